"""Context cues around a date mention: the sentence before it, future and reporting verbs."""

from __future__ import annotations

import re

from frontlines.nlp.dates_patterns import (
    EVENT_AFTER,
    FUTURE_CUE,
    PAST_VERB,
    REPORTING_AFTER,
    REPORTING_AFTER_LEAD,
    REPORTING_BEFORE,
)

_CLAUSE_LEAD = re.compile(r"^\s*(?:on|by|from|until|as\s+of)?\s*$", re.IGNORECASE)


# A sentence (or ACLED "Arrests:" heading) ends at a line break or at [.!?:] + space, except
# after abbreviations that news text puts before dates and names ("7 p.m. Wednesday").
_BOUNDARY = re.compile(r"\n|(?P<word>[\w.]*)[.!?:]\s")
_ABBREVIATIONS = frozenset(
    {"a.m", "p.m", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "lt", "gen", "sgt", "col"}
    | {"capt", "gov", "sen", "rep", "ave", "blvd", "rd", "co", "inc", "vs", "mt", "ft", "u.s"}
    | {"jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec"}
)


def sentence_before(text: str, start: int, *, limit: int = 120) -> str:
    """The part of the sentence before ``start`` (at most ``limit`` characters)."""
    window = text[max(0, start - limit) : start]
    cut = 0
    for boundary in _BOUNDARY.finditer(window):
        word = (boundary["word"] or "").lower()
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue  # "p.m. Wednesday", "Mr. Smith", "John F. Kennedy"
        cut = boundary.end()
    return window[cut:]


def opens_clause(text: str, start: int) -> bool:
    """Whether the time at ``start`` opens its sentence ("On Monday, ...", "Friday, ...")."""
    return _CLAUSE_LEAD.match(sentence_before(text, start, limit=80)) is not None


def is_future(text: str, start: int, end: int) -> bool:
    """Whether the time at [start, end) is governed by a future verb.

    Looks back within the sentence for a future cue not followed by a past-tense verb; for a
    sentence-initial time ("On Monday, the court will rule"), looks ahead in the same way.
    """
    before = sentence_before(text, start, limit=80)
    cues = list(FUTURE_CUE.finditer(before))
    cue = cues[-1] if cues else None
    if cue is not None and not PAST_VERB.search(before, cue.end()):
        return True
    if _CLAUSE_LEAD.match(before):
        after = text[end : end + 60]
        stop = re.search(r"[.!?;\n]", after)
        after = after[: stop.start()] if stop else after
        cue = FUTURE_CUE.search(after)
        if cue is not None and not PAST_VERB.search(after, 0, cue.start()):
            return True
    return False


def is_reporting(text: str, start: int, end: int) -> bool:
    """Whether the time at [start, end) dates a statement ("police said Thursday") rather
    than an event."""
    before = sentence_before(text, start, limit=80)
    after = text[end : end + 50]
    if EVENT_AFTER.match(after):
        return False
    if REPORTING_BEFORE.search(before) or REPORTING_AFTER.match(after):
        return True
    return _CLAUSE_LEAD.match(before) is not None and REPORTING_AFTER_LEAD.match(after) is not None
