"""Quantities in news prose: "15", "fifteen", "at least 80", "8-10", "dozens", "a man".

``parse_quantity`` turns one quantity phrase into a ``Quantity`` (low, best, high). Vague words
follow ACLED's conventions (DESIGN §4): several → 3, dozens → 12, hundreds → 100.
number-parser handles number words; the qualifiers and vague words are rules, because it
does neither (and word2number adds up every number in a phrase).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from number_parser import parse_number


@dataclass(frozen=True, slots=True)
class Quantity:
    low: int
    best: int
    high: int
    vague: bool = False  # from a word like "dozens" rather than a stated figure


# Vague amounts: (low, best, high). ACLED codes the low end; the high end records how large
# the word can plausibly be so reconciliation sees the uncertainty.
VAGUE: dict[str, tuple[int, int, int]] = {
    "a few": (3, 3, 5),
    "few": (3, 3, 5),
    "several": (3, 3, 9),
    "some": (3, 3, 9),
    "a number of": (3, 3, 9),
    "numerous": (3, 3, 20),
    "many": (3, 10, 50),
    "a dozen": (12, 12, 12),
    "dozen": (12, 12, 12),
    "dozens": (12, 24, 99),
    "dozens of": (12, 24, 99),
    "scores": (20, 40, 99),
    "scores of": (20, 40, 99),
    "tens": (12, 24, 99),
    "hundreds": (100, 200, 999),
    "hundreds of": (100, 200, 999),
    "thousands": (1000, 2000, 9999),
    "thousands of": (1000, 2000, 9999),
    "a couple of": (2, 2, 2),
    "a pair of": (2, 2, 2),
    "both": (2, 2, 2),
    "twin": (2, 2, 2),
}

# Singular determiners that count one victim: "a man was killed", "one soldier died".
SINGULAR = {"a", "an", "one", "another", "the", "his", "her", "their", "its", "single", "lone"}

_NUMBER_WORDS = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million"
)
# One number: digits (with thousands separators) or a run of number words. Each word ends at
# a word boundary so that "seventeen" or "sixty" is never read as "seven" or "six".
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
    rf"|(?:(?:{_NUMBER_WORDS})\b(?:[\s-]+(?:and[\s-]+)?(?:{_NUMBER_WORDS})\b)*))"
)
_QUALIFIED = re.compile(
    r"^(?P<qual>at least|at most|up to|more than|over|nearly|almost|about|around|some|between|"
    r"approximately|roughly|close to|as many as|fewer than|less than|no fewer than|"
    r"no less than|an estimated|estimated|a total of|a further|another|an additional)?\s*"
    rf"(?P<n1>{NUMBER})(?:\s*(?:-|–|to|or|and)\s*(?P<n2>{NUMBER}))?\+?$",
    re.IGNORECASE,
)
# Hard ceiling: a figure above it is implausible for one event and is never stored as fact.
IMPLAUSIBLE = 100_000


@lru_cache(maxsize=4096)
def to_int(token: str) -> int | None:
    """A number written in digits or words → int; None when it is not a number."""
    t = token.strip().lower().replace(",", "")
    if not t:
        return None
    if t.replace(".", "", 1).isdigit():
        value = float(t)
        return int(value) if value == int(value) else None
    t = t.replace("-", " ")
    parsed = parse_number(t)
    if isinstance(parsed, int):
        return parsed
    return None


@lru_cache(maxsize=4096)
def parse_quantity(phrase: str) -> Quantity | None:
    """Parse a quantity phrase; None when it states no quantity."""
    p = " ".join(phrase.lower().split())
    if not p:
        return None
    if p in VAGUE:
        lo, best, hi = VAGUE[p]
        return Quantity(lo, best, hi, vague=True)
    if p in SINGULAR:
        return Quantity(1, 1, 1)
    m = _QUALIFIED.match(p)
    if not m:
        return None
    n1 = to_int(m.group("n1"))
    if n1 is None:
        return None
    qual = m.group("qual") or ""
    if m.group("n2"):
        n2 = to_int(m.group("n2"))
        if n2 is None or n2 < n1:
            return None
        return Quantity(n1, n1, n2)
    if qual in {"up to", "at most", "as many as"}:
        # A ceiling, but the only figure stated: ACLED codes it, so low stays the figure.
        return Quantity(n1, n1, n1)
    if qual in {"fewer than", "less than"}:
        return Quantity(max(n1 - 1, 0), max(n1 - 1, 0), max(n1 - 1, 0))
    if qual in {"more than", "over", "at least", "no fewer than", "no less than"}:
        # ACLED codes the stated figure for "more than N": the lowest credible count.
        return Quantity(n1, n1, n1 if qual == "at least" else n1 + max(1, n1 // 10))
    if qual in {"nearly", "almost"}:
        return Quantity(max(n1 - max(1, n1 // 10), 0), n1, n1)
    if qual in {
        "about",
        "around",
        "approximately",
        "roughly",
        "close to",
        "some",
        "an estimated",
        "estimated",
    }:
        spread = max(1, n1 // 10)
        return Quantity(max(n1 - spread, 0), n1, n1 + spread)
    return Quantity(n1, n1, n1)


def is_implausible(q: Quantity) -> bool:
    return q.high > IMPLAUSIBLE


def too_large(phrase: str) -> bool:
    """The phrase states a figure no single event could have ("1,000,000,000")."""
    q = parse_quantity(phrase)
    return q is not None and is_implausible(q)


def victim_count(phrase: str) -> Quantity | None:
    """A quantity phrase read as a number of victims, the check every casualty shape
    shares: None when it states no quantity or a figure no single event could have
    (``is_implausible``), which is no figure rather than a huge one."""
    q = parse_quantity(phrase)
    if q is None or is_implausible(q):
        return None
    return q
