"""Calendar arithmetic for date resolution: intervals, precision, years of written dates."""

from __future__ import annotations

import calendar
import re
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


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 Monday) of a month; ``n`` = -1 is the last one."""
    if n < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def easter(year: int) -> date:
    """Western Easter Sunday (the Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    skipped_leaps, century_rest = divmod(century, 4)
    moon_fix = (century + 8) // 25
    correction = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - skipped_leaps - correction + 15) % 30
    leaps, year_rest = divmod(rest, 4)
    to_sunday = (32 + 2 * century_rest + 2 * leaps - epact - year_rest) % 7
    late = (golden + 11 * epact + 22 * to_sunday) // 451
    month, day = divmod(epact + to_sunday - 7 * late + 114, 31)
    return date(year, month, day + 1)


# Named days of the (mostly US) calendar that news uses as dates: "on Christmas Eve", "a
# Fourth of July shooting", "Thanksgiving night". Keys are the folded names of HOLIDAY_NAMES.
_FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new years eve": (12, 31),
    "new years day": (1, 1),
    "new years": (1, 1),
    "fourth of july": (7, 4),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentines day": (2, 14),
    "st patricks day": (3, 17),
    "veterans day": (11, 11),
}
_FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {  # month, weekday, n-th
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "mothers day": (5, 6, 2),
    "fathers day": (6, 6, 3),
    "mlk day": (1, 0, 3),
    "presidents day": (2, 0, 3),
    "columbus day": (10, 0, 2),
}
_EASTER_OFFSETS: dict[str, int] = {"easter": 0, "easter sunday": 0, "good friday": -2}


def fold_holiday(name: str) -> str:
    """The lexicon key of a holiday as written: case, apostrophes, dots and spacing folded."""
    key = re.sub(r"['\u2019.,]", "", name.lower())
    key = re.sub(r"\s+", " ", key).strip()
    key = re.sub(r"^saint ", "st ", key)
    return re.sub(r"^(?:martin luther king(?: jr)?|mlk) day$", "mlk day", key)


def holiday_in(key: str, year: int) -> date | None:
    """The date of a folded holiday name in ``year``; None for a name not in the lexicon."""
    if key in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[key]
        return date(year, month, day)
    if key in _FLOATING_HOLIDAYS:
        return nth_weekday(year, *_FLOATING_HOLIDAYS[key])
    if key in _EASTER_OFFSETS:
        return easter(year) + timedelta(days=_EASTER_OFFSETS[key])
    return None
