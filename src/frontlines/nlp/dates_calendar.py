"""Calendar arithmetic for date resolution: intervals, precision, years of written dates."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from frontlines.nlp.dates_patterns import CASE_SENSITIVE_MONTHS, MONTHS

# ACLED time precision, plus YEAR (4) for a year or longer, which ACLED never codes.
DAY, WEEK, MONTH, YEAR = 1, 2, 3, 4
# A date without a year up to this many days after publication is still this year's: reports
# are filed across time zones and announce events of the next day or two.
FUTURE_SLACK = timedelta(days=2)

YMD = tuple[int | None, int | None, int | None]


def month_interval(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def span_precision(start: date, end: date) -> int:
    """ACLED precision of an interval: two days of doubt still count as a day."""
    days = (end - start).days + 1
    if days <= 2:
        return DAY
    if days <= 10:
        return WEEK
    if days <= 31:
        return MONTH
    return YEAR


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_day(ymd: YMD, anchor: date | None, *, future: bool) -> date | None:
    """The date of written parts; a missing year is the anchor's, or the year before when
    that would put the date after the anchor (reports look back)."""
    year, month, day = ymd
    if month is None or day is None:
        return None
    if year is not None:
        return safe_date(year, month, day)
    if anchor is None:
        return None
    candidate = safe_date(anchor.year, month, day)
    if candidate is None:  # 29 February in a non-leap year: try the previous year
        return safe_date(anchor.year - 1, month, day)
    if candidate > anchor + FUTURE_SLACK and not future:
        return safe_date(anchor.year - 1, month, day)
    if candidate < anchor - timedelta(days=300) and future:
        return safe_date(anchor.year + 1, month, day)
    return candidate


def month_number(word: str) -> int | None:
    """The month a matched word names, or None for "may"/"march" written in lower case."""
    key = word.lower().rstrip(".")
    if key in CASE_SENSITIVE_MONTHS and not word[:1].isupper():
        return None
    return MONTHS.get(key)


def written_year(text: str | None) -> int | None:
    if text is None:
        return None
    value = int(text)
    if len(text) == 2:  # "13/04/17": two-digit years are this century up to 69
        return 2000 + value if value < 70 else 1900 + value
    return value
