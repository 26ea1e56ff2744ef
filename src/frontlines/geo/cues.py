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
    # The admin-1 unit that is the group's home ("Orma" → Tana River), by name; or None.
    home: str | None = None


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    countries: tuple[str, ...]
    home: str | None
    # Literal openings, one of which every match contains (lower case when the rule ignores
    # case); empty when some alternative opens with no literal. A substring test on them is far
    # cheaper than a regex scan, and most texts hold none of the ~200 rules' cues.
    openings: tuple[str, ...]
    ignore_case: bool


def find_cues(text: str) -> list[Cue]:
    """Every cue in ``text``, in text order, longest first where two overlap."""
    lowered = text.lower()
    found = [
        Cue(match.start(), match.end(), rule.countries, rule.home)
        for rule in _rules()
        if _may_match(rule, text, lowered)
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
        cue, countries, *rest = line.split("\t")
        codes = tuple(c.strip().upper() for c in countries.split(","))
        home = (rest[1].strip() or None) if len(rest) > 1 else None
        # Names and acronyms keep their case ("Luo", "ODM" are not "luo", "odm" in a URL);
        # ordinary words ("boda boda") may open a sentence.
        sensitive = [a for a in _alternatives(cue) if a[:1].isupper()]
        insensitive = [a for a in _alternatives(cue) if not a[:1].isupper()]
        for group, flags in ((sensitive, 0), (insensitive, re.IGNORECASE)):
            if group:
                pattern = re.compile(r"(?<![\w-])(?:" + "|".join(group) + r")(?![\w-])", flags)
                ignore = flags == re.IGNORECASE
                openings = tuple(_opening(a) for a in group)
                if ignore:
                    openings = tuple(o.lower() for o in openings)
                openings = () if "" in openings else openings
                rules.append(_Rule(pattern, codes, home, openings, ignore))
    return tuple(rules)


def _may_match(rule: _Rule, text: str, lowered: str) -> bool:
    if not rule.openings:
        return True
    haystack = lowered if rule.ignore_case else text
    return any(opening in haystack for opening in rule.openings)


_META = frozenset("\\()[]{}|.^$")
_OPTIONAL = frozenset("?*{")


def _opening(alternative: str) -> str:
    """The literal text every match of one alternative begins with ("Pokots?" → "Pokot":
    a character a quantifier follows may be missing). "" when it opens with a group."""
    literal: list[str] = []
    for char in alternative:
        if char in _OPTIONAL:
            return "".join(literal[:-1])
        if char in _META or char == "+":
            break
        literal.append(char)
    return "".join(literal)


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
