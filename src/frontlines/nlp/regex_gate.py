"""Skip the regular expressions of a battery that cannot match a text, decided by word heads.

A lexicon of many cue patterns (``extract.cues``) is costly when every pattern scans every
sentence: Python's ``re`` tries each alternative at each word start. Most patterns can only
begin with a few literal words ("protest…", "demonstrat…", "on strike"), so a sentence whose
words begin otherwise cannot hold them. ``RegexGate`` reads each pattern's parsed form once
and records the first ``HEAD`` characters its matches can begin with; per text it collects
the heads of its words and runs only the patterns that one of them admits.

The gate only ever skips a pattern that cannot match, so results are identical to running
every pattern. It relies on one property, checked per pattern: every match starts at a word
boundary with a word character (the pattern opens with ``\\b``, or ``(?<!\\w)``, before a word
character). Any pattern the analysis does not understand, or whose heads are too many,
simply always runs.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

_p: Any
_c: Any
try:  # the parser behind ``re``; private, hence the fallback to "always run"
    _p = importlib.import_module("re._parser")
    _c = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - a Python without it: every pattern always runs
    _p = _c = None

HEAD = 3  # characters of a word looked up; three keep "on " apart from "one", "only"
_MAX_HEADS = 4096  # beyond this a pattern is too open to be worth gating
_CACHE_SIZE = 50_000  # word heads remembered (three characters: a bounded set in practice)
_MAX_CLASS = 64  # character classes wider than this count as "any character"

# Where a word starts in the text, with its first HEAD characters (zero-width, so
# consecutive short words each get their own head).
_WORD_HEAD = re.compile(rf"\b(?=(\w.{{0,{HEAD - 1}}}))", re.DOTALL)


class _Open(Exception):
    """The pattern can begin with too many strings, or with something not analysed."""


@dataclass(frozen=True)
class RegexGate:
    """Patterns indexed by the word heads they can begin with."""

    patterns: Mapping[str, re.Pattern[str]]
    always: frozenset[str]  # names whose patterns run on every text
    by_head: tuple[Mapping[str, frozenset[str]], ...] = field(repr=False)  # by head length
    _cache: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, patterns: Mapping[str, re.Pattern[str]]) -> RegexGate:
        always: set[str] = set()
        index: list[dict[str, set[str]]] = [{} for _ in range(HEAD + 1)]
        for name, pattern in patterns.items():
            heads = pattern_heads(pattern)
            if heads is None:
                always.add(name)
                continue
            for head in heads:
                index[len(head)].setdefault(head, set()).add(name)
        frozen = tuple({k: frozenset(v) for k, v in table.items()} for table in index)
        return cls(patterns=dict(patterns), always=frozenset(always), by_head=frozen)

    def names_for(self, head: str) -> frozenset[str]:
        """Names of the gated patterns a word beginning with ``head`` may start."""
        names = self._cache.get(head)
        if names is None:
            found: set[str] = set()
            for n in range(1, min(len(head), HEAD) + 1):
                found |= self.by_head[n].get(head[:n], frozenset())
            names = frozenset(found)
            if len(self._cache) < _CACHE_SIZE:
                self._cache[head] = names
        return names

    def finditer_all(self, text: str) -> dict[str, list[re.Match[str]]]:
        """Every pattern's matches in ``text``, in the patterns' order, empty ones left out.

        A gated pattern is tried only where a word it may begin starts; trying those
        positions left to right, each after the previous match's end, gives exactly the
        matches ``finditer`` gives (it would fail everywhere else).
        """
        starts: dict[str, list[int]] = {}
        for word in _WORD_HEAD.finditer(text):
            for name in self.names_for(word.group(1)):
                starts.setdefault(name, []).append(word.start())
        found: dict[str, list[re.Match[str]]] = {}
        for name, pattern in self.patterns.items():
            if name in self.always:
                matches = list(pattern.finditer(text))
            elif name in starts:
                matches = []
                end = 0
                for pos in starts[name]:
                    if pos >= end:
                        match = pattern.match(text, pos)
                        if match:
                            matches.append(match)
                            end = match.end()
            else:
                continue
            if matches:
                found[name] = matches
        return found


def pattern_heads(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The strings (HEAD characters, or fewer meaning "then anything") every match begins with.

    None when the pattern cannot be gated: it may match without a word start, begins with
    something not analysed, or can begin in too many ways.
    """
    if _p is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        items = list(_p.parse(pattern.pattern, pattern.flags & ~re.UNICODE))
        if not _starts_at_word(items):
            return None
        heads = _expand(items, "")
    except (_Open, RecursionError, re.error, TypeError, ValueError):
        return None
    if "" in heads or any(not h[0].isalnum() and h[0] != "_" for h in heads):
        return None
    return frozenset(heads)


def _starts_at_word(items: list[Any]) -> bool:
    """Whether every way into the pattern passes a word boundary (``\\b``) first."""
    if not items:
        return False
    op, av = items[0]
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    if op is _c.ASSERT_NOT:
        direction, sub = av
        # (?<!\w): nothing word-like before, i.e. a word starts here if a word character follows
        return bool(direction == -1 and _is_word_class(list(sub)))
    if op is _c.SUBPATTERN:
        return _starts_at_word(list(av[-1]) + items[1:])
    if op is _c.BRANCH:
        return all(_starts_at_word(list(b) + items[1:]) for b in av[1])
    return False


def _is_word_class(items: list[Any]) -> bool:
    return (
        len(items) == 1
        and items[0][0] is _c.IN
        and list(items[0][1]) == [(_c.CATEGORY, _c.CATEGORY_WORD)]
    )


def _expand(items: list[Any], prefix: str) -> set[str]:
    """All heads the item sequence can produce after ``prefix`` (cut at HEAD characters)."""
    if len(prefix) >= HEAD:
        return {prefix[:HEAD]}
    if not items:
        return {prefix}  # the pattern may end here: anything may follow
    op, av = items[0]
    rest = items[1:]
    if op is _c.LITERAL:
        return _expand(rest, prefix + chr(av))
    if op is _c.IN:
        chars = _class_chars(av)
        if chars is None:
            return {prefix}  # any character: the head stops here
        return _union(_expand(rest, prefix + ch) for ch in chars)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _expand(rest, prefix)  # zero-width: ignoring it only widens the heads
    if op is _c.SUBPATTERN:
        return _expand(list(av[-1]) + rest, prefix)
    if op is _c.BRANCH:
        return _union(_expand(list(b) + rest, prefix) for b in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        # One pass of the body, then anything: a head may stop early but never lies.
        once = _expand(list(sub), prefix)
        if low == 0:
            return once | _expand(rest, prefix)
        return once
    return {prefix}  # anything else (., \w, back-references): the head stops here


def _union(parts: Iterable[set[str]]) -> set[str]:
    out: set[str] = set()
    for part in parts:
        out |= part
        if len(out) > _MAX_HEADS:
            raise _Open
    return out


def _class_chars(items: list[Any]) -> list[str] | None:
    """The characters a class admits, or None when it is negated, a category or too wide."""
    chars: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE:
            low, high = av
            if high - low > _MAX_CLASS:
                return None
            chars.extend(chr(c) for c in range(low, high + 1))
        else:  # NEGATE, CATEGORY and the rest
            return None
    return chars if len(chars) <= _MAX_CLASS else None
