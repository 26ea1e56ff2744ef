"""Country cues: words that tie a text to a country without naming a place.

"ODM supporters clash with police", "Pokot raiders steal cattle": a coder knows these are in
Kenya though no place is named. Cues come from ``data/country_cues.tsv`` (parties,
institutions, armed groups, communities, local words). They become mentions with the role
``cue``: never the event's place, but a weak vote for the article's country, and the
country-level answer when nothing else can be placed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

ROLE_CUE = "cue"


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in a text: its span and the countries it points to, most likely first."""

    start: int
    end: int
    countries: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    countries: tuple[str, ...]


def find_cues(text: str) -> list[Cue]:
    """Every cue in ``text``, in text order, longest first where two overlap."""
    found = [
        Cue(match.start(), match.end(), rule.countries)
        for rule in _rules()
        for match in rule.pattern.finditer(text)
    ]
    found.sort(key=lambda c: (c.start, -c.end))
    kept: list[Cue] = []
    for cue in found:
        if kept and cue.start < kept[-1].end:
            continue
        kept.append(cue)
    return kept


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    text = resources.files("frontlines.data").joinpath("country_cues.tsv").read_text("utf-8")
    rules = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cue, countries, *_ = line.split("\t")
        codes = tuple(c.strip().upper() for c in countries.split(","))
        # Names and acronyms keep their case ("Luo", "ODM" are not "luo", "odm" in a URL);
        # ordinary words ("boda boda") may open a sentence.
        sensitive = [a for a in _alternatives(cue) if a[:1].isupper()]
        insensitive = [a for a in _alternatives(cue) if not a[:1].isupper()]
        for group, flags in ((sensitive, 0), (insensitive, re.IGNORECASE)):
            if group:
                pattern = re.compile(r"(?<![\w-])(?:" + "|".join(group) + r")(?![\w-])", flags)
                rules.append(_Rule(pattern, codes))
    return tuple(rules)


def _alternatives(pattern: str) -> Iterator[str]:
    """The top-level alternatives of a regular expression ("A|B(?:c|d)" → "A", "B(?:c|d)")."""
    depth = 0
    start = 0
    escaped = False
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            yield pattern[start:i]
            start = i + 1
    yield pattern[start:]
