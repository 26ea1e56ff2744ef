"""Resolvers: one function per pattern of ``dates_patterns``, turning a match into dates.

A resolver gets the match and a ``Context`` (text, publication date, the last day-level date
seen so far) and returns a ``Hit`` or ``None`` when the match is not a date after all
("officials may resign"). Nothing is ever resolved against today's date: without a
publication date, expressions that need one stay unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from frontlines.nlp.dates_calendar import (
    DAY,
    FUTURE_SLACK,
    MONTH,
    WEEK,
    YEAR,
    YMD,
    add_months,
    fold_holiday,
    holiday_in,
    month_interval,
    month_number,
    resolve_day,
    safe_date,
    span_precision,
    written_year,
)
from frontlines.nlp.dates_cues import is_future
from frontlines.nlp.dates_patterns import (
    BARE_HOLIDAYS,
    EVENT_AFTER,
    FULL_MONTH_NAMES,
    NUMBER_WORDS,
    WEEKDAY_NAME_PREFIXES,
    WEEKDAY_NAME_SUFFIXES,
    WEEKDAYS,
)


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    published: date | None
    # The last day-level date resolved before this match: the anchor of "the following day".
    previous_day: date | None


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    kind: str
    date_start: date | None
    date_end: date | None
    precision: int | None
    future: bool = False
    # The parts written in the text (year None when omitted), kept so that "30 April to
    # 2 May 2020" can give the first date the second one's year.
    ymd: YMD | None = None
    weekday: bool = False


Resolver = Callable[[re.Match[str], Context], Hit | None]


# ---- resolvers ------------------------------------------------------------------------------


def _absolute(m: re.Match[str], ctx: Context, ymd: YMD, kind: str = "absolute") -> Hit | None:
    future = ymd[0] is None and is_future(ctx.text, m.start(), m.end())
    day = resolve_day(ymd, ctx.published, future=future)
    if day is None and (ymd[0] is not None or ctx.published is not None):
        return None  # an impossible date such as 31 April: not a date at all
    if day is not None and ctx.published is not None and day > ctx.published + FUTURE_SLACK:
        future = True
    return Hit(m.start(), m.end(), kind, day, day, DAY, future, ymd)


def _iso(m: re.Match[str], ctx: Context) -> Hit | None:
    return _absolute(m, ctx, (int(m["y"]), int(m["m"]), int(m["d"])))


def _numeric(m: re.Match[str], ctx: Context) -> Hit | None:
    first = int(m["a"])
    second = int(m["b1"] or m["b2"])
    year = written_year(m["y1"] or m["y2"])
    assert year is not None
    readings = []  # day-first is the rule; month-first only where day-first is impossible
    for day, month in ((first, second), (second, first)):
        parsed = safe_date(year, month, day) if month <= 12 else None
        if parsed is not None:
            readings.append((day, month, parsed))
    if not readings:
        return None
    day, month, parsed = readings[0]
    if len(readings) == 2 and ctx.published is not None:
        # Both readings valid (4/2/2014): a report is about the recent past, so take the
        # reading closest to publication without going after it.
        past = [r for r in readings if r[2] <= ctx.published + FUTURE_SLACK]
        if past:
            day, month, parsed = max(past, key=lambda r: r[2])
    return _absolute(m, ctx, (year, month, day))


def _day_month(m: re.Match[str], ctx: Context) -> Hit | None:
    month = month_number(m["mon"])
    if month is None:
        return None
    return _absolute(m, ctx, (written_year(m["y"]), month, int(m["d"])))


def _range(m: re.Match[str], ctx: Context) -> Hit | None:
    month = month_number(m["mon"])
    first, last = int(m["d1"]), int(m["d2"])
    conn = m["conn"].lower()
    if month is None or first >= last or (conn == "and" and not m["pre"] and last - first > 1):
        return None
    year = written_year(m["y"])
    future = year is None and is_future(ctx.text, m.start(), m.end())
    end = resolve_day((year, month, last), ctx.published, future=future)
    start = None if end is None else safe_date(end.year, month, first)
    if start is None or end is None:
        if year is not None or ctx.published is not None:
            return None
        return Hit(m.start(), m.end(), "absolute", None, None, DAY, False, (None, month, first))
    if ctx.published is not None and start > ctx.published + FUTURE_SLACK:
        future = True
    return Hit(m.start(), m.end(), "absolute", start, end, span_precision(start, end), future, None)


def _month_year(m: re.Match[str], ctx: Context) -> Hit | None:
    month = month_number(m["mon"])
    if month is None:
        return None
    start, end = month_interval(int(m["y"]), month)
    future = ctx.published is not None and start > ctx.published
    return Hit(
        m.start(), m.end(), "absolute", start, end, MONTH, future, (int(m["y"]), month, None)
    )


def _month(m: re.Match[str], ctx: Context) -> Hit | None:
    month = month_number(m["mon"])
    if month is None:
        return None
    begin, finish = m.span("core")
    p = ctx.published
    if p is None:
        return Hit(begin, finish, "month", None, None, MONTH, False, (None, month, None))
    mod = (m["mod"] or "").lower()
    future = mod in {"next"} or is_future(ctx.text, begin, finish)
    year = p.year if month <= p.month else p.year - 1
    if future and month < p.month:
        year = p.year + 1
    elif mod in {"last", "past"} and month == p.month:
        year = p.year - 1
    start, end = month_interval(year, month)
    return Hit(begin, finish, "month", start, end, MONTH, future and start > p, (None, month, None))


def _year_range(m: re.Match[str], ctx: Context) -> Hit | None:
    first = int(m["y"])
    last = first
    if m["y2"]:
        last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
        if last <= first:
            return None
    begin, finish = m.span("core")
    future = ctx.published is not None and first > ctx.published.year
    return Hit(begin, finish, "year", date(first, 1, 1), date(last, 12, 31), YEAR, future)


def _decade(m: re.Match[str], ctx: Context) -> Hit | None:
    first = int(m["dec"])
    return Hit(m.start(), m.end(), "year", date(first, 1, 1), date(first + 9, 12, 31), YEAR)


def _weekday(m: re.Match[str], ctx: Context) -> Hit | None:
    text = ctx.text
    previous_word = re.search(r"(\w+)\W*$", text[max(0, m.start() - 20) : m.start()])
    if previous_word and previous_word.group(1).lower() in WEEKDAY_NAME_PREFIXES:
        return None
    next_word = re.match(r"\W*(\w+)", text[m.end() : m.end() + 20])
    if next_word and next_word.group(1).lower() in WEEKDAY_NAME_SUFFIXES:
        return None
    wd = m["wd"]
    if not wd[:1].isupper():
        return None  # weekday names are proper nouns; lower case is usually not a date here
    p = ctx.published
    if p is None:
        return Hit(m.start(), m.end(), "weekday", None, None, DAY, weekday=True)
    target = WEEKDAYS[wd.lower()]
    mod = re.sub(r"\s+", " ", (m["mod"] or "").lower())
    future = mod in {"next", "this coming", "coming"} or (
        mod not in {"last", "this past", "past", "previous"} and is_future(text, m.start(), m.end())
    )
    if future:
        # "is expected to be arraigned Tuesday" in a Tuesday report: later that day, unless
        # the text says "next".
        ahead = (target - p.weekday()) % 7 or (7 if mod == "next" else 0)
        day = p + timedelta(days=ahead)
    else:
        back = (p.weekday() - target) % 7
        # Same weekday as publication: that very day ("said in a statement on Saturday"),
        # unless the text says it was the week before.
        if back == 0 and mod in {"last", "this past", "past", "previous"}:
            back = 7
        day = p - timedelta(days=back)
    return Hit(m.start(), m.end(), "weekday", day, day, DAY, future, weekday=True)


def _holiday(m: re.Match[str], ctx: Context) -> Hit | None:
    key = fold_holiday(m["name"])
    if key in BARE_HOLIDAYS and not (
        m["on"] or m["part"] or EVENT_AFTER.match(ctx.text[m.end() : m.end() + 50])
    ):
        return None
    begin, finish = m.span("core")
    p = ctx.published
    if m["y"]:
        day = holiday_in(key, int(m["y"]))
        future = p is not None and day is not None and day > p + FUTURE_SLACK
        return Hit(begin, finish, "absolute", day, day, DAY, future)
    if p is None:
        return Hit(begin, finish, "absolute", None, None, DAY)
    # Like a date written without its year: the last one, unless the text looks forward.
    future = is_future(ctx.text, begin, finish)
    day = holiday_in(key, p.year)
    if day is None:
        return None
    if day > p + FUTURE_SLACK and not future:
        day = holiday_in(key, p.year - 1)
    elif future and day < p:
        day = holiday_in(key, p.year + 1)
    assert day is not None
    return Hit(begin, finish, "absolute", day, day, DAY, future or day > p + FUTURE_SLACK)


def _offset_days(days: int, kind: str = "relative") -> Resolver:
    def resolve(m: re.Match[str], ctx: Context) -> Hit | None:
        if ctx.published is None:
            return Hit(m.start(), m.end(), kind, None, None, DAY)
        day = ctx.published - timedelta(days=days)
        return Hit(m.start(), m.end(), kind, day, day, DAY)

    return resolve


def _hours(m: re.Match[str], ctx: Context) -> Hit | None:
    p = ctx.published
    if p is None:
        return Hit(m.start(), m.end(), "relative", None, None, DAY)
    start = p - timedelta(days=int(m["n"]) // 24)
    return Hit(m.start(), m.end(), "relative", start, p, span_precision(start, p))


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _calendar(m: re.Match[str], ctx: Context) -> Hit | None:
    mod = re.sub(r"\s+", " ", m["mod"].lower()).removeprefix("the ")
    unit = m["unit"].lower()
    p = ctx.published
    future = mod in {"next", "coming", "later this"} or (
        mod == "this" and is_future(ctx.text, m.start(), m.end())
    )
    precision = {"week": WEEK, "weekend": WEEK, "month": MONTH, "year": YEAR}[unit]
    if p is None:
        return Hit(m.start(), m.end(), "relative", None, None, precision, future)
    start: date
    end: date
    if unit == "week":
        if mod == "past":
            start, end = p - timedelta(days=6), p
        elif mod in {"this", "later this"} and future:
            start, end = p, _monday(p) + timedelta(days=6)
        elif mod in {"this", "earlier this", "later this"} and not future:
            start, end = _monday(p), p
        else:
            start = _monday(p) + timedelta(days=7 if future else -7)
            end = start + timedelta(days=6)
    elif unit == "weekend":
        saturday = _monday(p) + timedelta(days=5)
        if future:
            start = saturday if p < saturday else saturday + timedelta(days=7)
        elif p >= saturday and mod in {"this", "this past"}:
            start = saturday  # the weekend we are in
        else:
            start = saturday - timedelta(days=7)  # the weekend just before
        end = start + timedelta(days=1) if future else min(start + timedelta(days=1), p)
    elif unit == "month":
        if mod == "past":
            start, end = p - timedelta(days=30), p
        elif mod in {"this", "later this"} and future:
            start, end = p, month_interval(p.year, p.month)[1]
        elif mod in {"this", "earlier this", "later this"} and not future:
            start, end = p.replace(day=1), p
        else:
            first = add_months(p.replace(day=1), 1 if future else -1)
            start, end = month_interval(first.year, first.month)
    else:
        if mod == "past":
            start, end = p - timedelta(days=365), p
        elif mod in {"this", "later this"} and future:
            start, end = p, date(p.year, 12, 31)
        elif mod in {"this", "earlier this", "later this"} and not future:
            start, end = date(p.year, 1, 1), p
        else:
            year = p.year + (1 if future else -1)
            start, end = date(year, 1, 1), date(year, 12, 31)
    return Hit(m.start(), m.end(), "relative", start, end, precision, future)


def _count(word: str) -> int:
    word = re.sub(r"\s+", " ", word.lower())
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _shift(anchor: date, n: int, unit: str) -> tuple[date, date, int]:
    """The interval ``n`` units away from ``anchor`` (negative: before), at the unit's
    precision; weeks are centred on the shifted day so that their middle is that day."""
    if unit == "day":
        day = anchor + timedelta(days=n)
        return day, day, DAY
    if unit == "week":
        day = anchor + timedelta(weeks=n)
        return day - timedelta(days=3), day + timedelta(days=3), WEEK
    if unit == "month":
        first = add_months(anchor.replace(day=1), n)
        start, end = month_interval(first.year, first.month)
        return start, end, MONTH
    return date(anchor.year + n, 1, 1), date(anchor.year + n, 12, 31), YEAR


def _ago(m: re.Match[str], ctx: Context) -> Hit | None:
    n = _count(m["n"])
    unit = m["unit"].lower().rstrip("s")
    direction = m["dir"].lower()
    # "ago" counts from publication; "earlier"/"later" from the date mentioned before.
    anchor = ctx.published if direction == "ago" else ctx.previous_day
    kind = "relative" if direction == "ago" else "anaphoric"
    if anchor is None:
        precision = {"day": DAY, "week": WEEK, "month": MONTH}.get(unit, YEAR)
        return Hit(m.start(), m.end(), kind, None, None, precision)
    start, end, precision = _shift(anchor, n if direction == "later" else -n, unit)
    future = ctx.published is not None and start > ctx.published
    return Hit(m.start(), m.end(), kind, start, end, precision, future)


def _anaphoric(m: re.Match[str], ctx: Context) -> Hit | None:
    direction = (m["dir"] or m["dir2"]).lower()
    anchor = ctx.previous_day
    if anchor is None:
        return Hit(m.start(), m.end(), "anaphoric", None, None, DAY)
    day = anchor + timedelta(days=-1 if direction in {"previous", "before"} else 1)
    future = ctx.published is not None and day > ctx.published
    return Hit(m.start(), m.end(), "anaphoric", day, day, DAY, future)


RESOLVERS: dict[str, Resolver] = {
    "iso": _iso,
    "numeric": _numeric,
    "range_dm": _range,
    "range_md": _range,
    "dmy": _day_month,
    "mdy": _day_month,
    "month_year": _month_year,
    "month": _month,
    "year": _year_range,
    "decade": _decade,
    "weekday": _weekday,
    "day_before_yesterday": _offset_days(2),
    "yesterday": _offset_days(1),
    "last_night": _offset_days(1),
    "today": _offset_days(0),
    # "overnight" in a report mostly means the night that ended on the publication morning:
    # the gun-violence gold dates such incidents to the publication day twice as often as
    # to the day before.
    "overnight": _offset_days(0),
    "hours": _hours,
    "calendar": _calendar,
    "holiday": _holiday,
    "ago": _ago,
    "anaphoric": _anaphoric,
}


def core_span(name: str, m: re.Match[str]) -> tuple[int, int]:
    """The characters a pattern claims: the introducing preposition stays outside."""
    begin, finish = m.span("core") if name in {"month", "year", "holiday"} else m.span()
    # "14 March." ends a sentence: the full stop belongs to an abbreviation ("Sept.") only.
    if (
        "mon" in m.re.groupindex
        and m.end("mon") + 1 == finish
        and m.group()[-1:] == "."
        and m["mon"].lower() in FULL_MONTH_NAMES
    ):
        finish -= 1
    return begin, finish
