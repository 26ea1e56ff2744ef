"""Temporal expressions: find them in a text and resolve them against the publication date.

``find_dates(text, published)`` returns every date mention with its character offsets, the
interval it denotes, its ACLED time precision and whether it is background (history, not the
article's news). ``event_date`` gives the one day ACLED would code for a mention and
``date_for_span`` picks the mention that dates an event. See docs/dates.md for the rules.

Precision codes follow ACLED (1 day, 2 week, 3 month) with one addition: 4 means a year or
longer, which ACLED never codes; such mentions are always background.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from frontlines.nlp.dates_calendar import (
    DAY,
    MONTH,
    WEEK,
    YEAR,
    month_interval,
    resolve_day,
    span_precision,
)
from frontlines.nlp.dates_cues import is_reporting, opens_clause, sentence_before
from frontlines.nlp.dates_patterns import (
    ANCHOR,
    ANCHOR_MARGIN,
    DATELINE_AFTER,
    HISTORY_CUE,
    LINE_LEAD,
    PAREN_LEAD,
    PATTERNS,
    POSTED_CUE,
    RANGE_GAP,
    RANGE_OPENER,
    SINCE,
)
from frontlines.nlp.dates_resolve import (
    RESOLVERS as _RESOLVERS,
)
from frontlines.nlp.dates_resolve import Context, Hit, core_span

__all__ = [
    "DAY",
    "MONTH",
    "WEEK",
    "YEAR",
    "DateMention",
    "date_for_span",
    "event_date",
    "find_dates",
    "usable_for_event",
]

# A mention that ends this long before publication is history, not the article's news.
BACKGROUND_AGE = timedelta(days=31)
_ANAPHORIC = frozenset({"ago", "anaphoric"})
# Statements are dated relatively ("police said Thursday"); a written date such as "On 7 May
# 2020, the government announced ..." dates the announcement as an event.
_REPORTING_KINDS = frozenset({"weekday", "relative"})
_ABSOLUTE_FAMILY = frozenset({"absolute", "month", "year"})


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression: ``text[start:end] == mention.text``.

    ``date_start``/``date_end`` are None when the expression cannot be resolved (no
    publication date for "yesterday", no year for "October 9th"). ``precision`` is 1 day,
    2 week, 3 month, 4 year or longer. ``kind`` is one of absolute, dateline (publication
    metadata such as "Posted: Feb 4, 2014"), month, year, weekday, relative, anaphoric ("the
    following day") and period (ranges and "since ..."). ``future`` marks times the text
    looks forward to ("will appear in court on Monday") and ``reporting`` the date of a
    statement ("police said Thursday"): neither dates an event.
    """

    start: int
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    precision: int | None
    kind: str
    background: bool
    future: bool = False
    reporting: bool = False


# Relative dates count back and forward from the publication date; near the ends of the
# calendar that arithmetic overflows (a feed dated 0001-01-01 crashed extraction), and no
# real article is dated there: such a date anchors nothing, as if there were none.
_ANCHORABLE = (date(1000, 1, 1), date(9000, 12, 31))


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date mention in ``text`` in order, resolved against ``published``."""
    if published is not None and not _ANCHORABLE[0] <= published <= _ANCHORABLE[1]:
        published = None
    hits = _merge_ranges(text, _scan(text, published), published)
    return [_mention(text, hit, published) for hit in hits]


def event_date(mention: DateMention) -> date | None:
    """The single date ACLED would code: the day; the middle of a week; the 15th of a month
    (kept inside the interval, so "earlier this month" never lands after publication).
    None for unresolved mentions and for years, which ACLED does not code."""
    start = mention.date_start
    if start is None or mention.precision == YEAR:
        return None
    end = mention.date_end or start
    if mention.precision == WEEK:
        return start + (end - start) // 2
    if mention.precision == MONTH:
        if (start.year, start.month) != (end.year, end.month):
            return start + (end - start) // 2
        return min(max(start.replace(day=15), start), end)
    return start


def date_for_span(
    mentions: Sequence[DateMention],
    start: int,
    end: int,
    *,
    text: str,
    published: date | None,
) -> DateMention | None:
    """The mention that dates the event described at ``text[start:end]``.

    Prefers a usable mention inside the span (the one that ends first, then the most
    precise, then the first); else the nearest usable mention before it in the same
    paragraph; else the first usable mention after it; else None, and the caller falls back
    to the publication date. Only mentions that pass ``usable_for_event`` are used.
    """
    usable = [m for m in mentions if usable_for_event(m, published=published)]
    inside = [m for m in usable if m.start >= start and m.end <= end]
    if inside:
        # A sentence with two times tells the event and a later step of it ("was arraigned
        # Thursday after his son shot himself Wednesday night", "turned himself in Monday
        # for a shooting last week"): the event is the time that ends first. Ends, so that
        # "this month" (up to publication) does not outrank the day it contains. A time
        # that opens the sentence ("On 8 May 2020, ... the day before") dates its main
        # clause, and so the event, whatever else the sentence recalls.
        return min(
            inside,
            key=lambda m: (
                not opens_clause(text, m.start),
                m.date_end or date.max,
                m.precision or YEAR,
                m.start,
            ),
        )
    paragraph = text.rfind("\n", 0, start) + 1
    before = [m for m in usable if paragraph <= m.start and m.end <= start]
    if before:
        return max(before, key=lambda m: m.end)
    # News leads with what happened and says when in a later sentence ("A boy shot himself
    # at home. It happened around 8 p.m. Sunday."): a time stated later in the report is a
    # better date for an undated event than the day the report was published.
    after = next((m for m in usable if m.start >= end), None)
    if after is not None or usable:
        return after
    # Nothing recent at all: a follow-up (an arrest, a trial) on an older incident, which
    # it names by its written date ("the Nov. 2 shooting"). That date, old as it is, is the
    # incident's; the publication date is only the follow-up's.
    return next((m for m in mentions if _written_day(m, published=published)), None)


def _written_day(mention: DateMention, *, published: date | None) -> bool:
    """A written calendar day in the past, usable but for its age."""
    if mention.kind != "absolute" or mention.precision != DAY or mention.date_start is None:
        return False
    if mention.future or mention.reporting:
        return False
    return published is None or mention.date_start <= published


def usable_for_event(mention: DateMention, *, published: date | None) -> bool:
    """Whether a mention can date an event: resolved, finer than a year, and neither
    background, future, a statement's date, publication metadata nor after ``published``."""
    if mention.background or mention.future or mention.reporting or mention.kind == "dateline":
        return False
    if mention.date_start is None or mention.precision == YEAR:
        return False
    return published is None or mention.date_start <= published


# ---- scanning -------------------------------------------------------------------------------


def _scan(text: str, published: date | None) -> list[Hit]:
    """Longest non-overlapping matches of all patterns, resolved in text order."""
    blank = Context(text, published, None)
    found: list[tuple[int, int, str, re.Match[str], Hit]] = []
    windows = _windows(text)
    for name, pattern in PATTERNS:
        for match in (m for lo, hi in windows for m in pattern.finditer(text, lo, hi)):
            hit = _RESOLVERS[name](match, blank)
            if hit is not None:
                begin, finish = core_span(name, match)
                found.append((begin, finish, name, match, hit))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    chosen: list[tuple[int, int, str, re.Match[str], Hit]] = []
    for candidate in found:
        if all(candidate[1] <= c[0] or candidate[0] >= c[1] for c in chosen):
            chosen.append(candidate)
    chosen.sort(key=lambda f: f[0])

    hits: list[Hit] = []
    previous_day: date | None = None
    for begin, finish, name, match, hit in chosen:
        if name in _ANAPHORIC:
            resolved = _RESOLVERS[name](match, Context(text, published, previous_day))
            hit = resolved if resolved is not None else hit
        if (hit.start, hit.end) != (begin, finish):
            hit = replace(hit, start=begin, end=finish)
        if hit.kind == "absolute" and hit.precision == DAY and _is_dateline(text, hit):
            hit = replace(hit, kind="dateline")
        elif hit.precision == DAY and hit.date_start is not None:
            previous_day = hit.date_start
        hits.append(hit)
    return hits


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged [start, end) windows around anchor words: the only places a date can be."""
    windows: list[tuple[int, int]] = []
    for anchor in ANCHOR.finditer(text):
        lo = max(0, anchor.start() - ANCHOR_MARGIN)
        hi = min(len(text), anchor.end() + ANCHOR_MARGIN)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _is_dateline(text: str, hit: Hit) -> bool:
    line_start = text.rfind("\n", 0, hit.start) + 1
    before = text[line_start : hit.start]
    if POSTED_CUE.search(before[-40:]):
        return True
    if len(before) > 60 or not (LINE_LEAD.match(before) or PAREN_LEAD.match(before)):
        return False
    line_end = text.find("\n", hit.end)
    after = text[hit.end : line_end if line_end >= 0 else len(text)]
    return DATELINE_AFTER.match(after) is not None


# ---- ranges ---------------------------------------------------------------------------------


def _merge_ranges(text: str, hits: list[Hit], published: date | None) -> list[Hit]:
    """Join "October to February", "30 April to 2 May 2020", "between 2011 and 2013"."""
    merged: list[Hit] = []
    index = 0
    while index < len(hits):
        first = hits[index]
        if index + 1 < len(hits):
            joined = _join(text, first, hits[index + 1], published)
            if joined is not None:
                merged.append(joined)
                index += 2
                continue
        merged.append(first)
        index += 1
    return merged


def _family(hit: Hit) -> str:
    return "absolute" if hit.kind in _ABSOLUTE_FAMILY else hit.kind


def _join(text: str, first: Hit, second: Hit, published: date | None) -> Hit | None:
    gap = RANGE_GAP.fullmatch(text, first.end, second.start)
    if (
        gap is None
        or _family(first) != _family(second)
        or _family(first)
        not in {
            "absolute",
            "weekday",
        }
    ):
        return None
    conn = gap["conn"].lower()
    opener = RANGE_OPENER.search(text, max(0, first.start - 10), first.start)
    if conn == "and" and (opener is None or opener["pre"].lower() != "between"):
        return None  # "in 2017 and 2019" names two times, not the years between
    if conn == "or" and (first.precision != DAY or second.precision != DAY):
        return None
    first = _anchor_to(first, second)
    start, end = first.date_start, second.date_end
    if start is not None and end is not None and start > end:
        return None
    begin = opener.start() if opener is not None else first.start
    precision = max(first.precision or DAY, second.precision or DAY)
    if start is not None and end is not None:
        precision = max(precision, span_precision(start, end))
    kind = first.kind if conn == "or" else "period"
    if start is None or end is None:
        start = end = None
        if first.ymd and second.ymd and first.ymd[1:] != second.ymd[1:] and first.ymd[2] is None:
            precision = YEAR  # "from October to February": several months
    return Hit(begin, second.end, kind, start, end, precision, first.future and second.future)


def _anchor_to(first: Hit, second: Hit) -> Hit:
    """Give the first end of a range the year (or week) of the second."""
    anchor = second.date_start
    if anchor is None:
        return first
    if first.weekday and first.date_start is not None and first.date_start > anchor:
        shifted = first.date_start - timedelta(days=7)
        return replace(first, date_start=shifted, date_end=shifted)
    if first.ymd is None or first.ymd[0] is not None:
        return first
    _, month, day = first.ymd
    if month is None:
        return first
    if day is None:  # a month: the last such month that starts no later than the anchor
        year = anchor.year if month <= anchor.month else anchor.year - 1
        start, end = month_interval(year, month)
        return replace(first, date_start=start, date_end=end)
    resolved = resolve_day(first.ymd, anchor, future=False)
    return replace(first, date_start=resolved, date_end=resolved)


# ---- background and the public mention ------------------------------------------------------


def _mention(text: str, hit: Hit, published: date | None) -> DateMention:
    since = SINCE.search(text, max(0, hit.start - 12), hit.start)
    if since is not None:
        end = published if published is not None else None
        if hit.date_start is not None and end is not None and end >= hit.date_start:
            precision = max(hit.precision or DAY, span_precision(hit.date_start, end))
        else:
            end = None
            precision = hit.precision or YEAR
        hit = replace(hit, start=since.start(), kind="period", date_end=end, precision=precision)
    return DateMention(
        start=hit.start,
        end=hit.end,
        text=text[hit.start : hit.end],
        date_start=hit.date_start,
        date_end=hit.date_end,
        precision=hit.precision,
        kind=hit.kind,
        background=_is_background(text, hit, published, since=since is not None),
        future=hit.future,
        reporting=hit.kind in _REPORTING_KINDS and is_reporting(text, hit.start, hit.end),
    )


def _is_background(text: str, hit: Hit, published: date | None, *, since: bool) -> bool:
    if hit.future or hit.kind == "dateline":
        return False
    if hit.precision == YEAR:
        return True  # ACLED codes no year-long events: a year is always context
    if published is not None:
        last = hit.date_start if since else hit.date_end
        return last is not None and last < published - BACKGROUND_AGE
    return since or HISTORY_CUE.search(sentence_before(text, hit.start, limit=60)) is not None


# Importing this module registers the "frontlines_dates" spaCy factory (the pipeline imports
# frontlines.nlp.dates to find it); the component itself lives in dates_component.
from frontlines.nlp import dates_component as _component  # noqa: E402, F401
