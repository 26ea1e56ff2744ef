"""Publication dates as they appear in inputs: ISO dates and datetimes, RFC 2822 feed dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

from frontlines.errors import FrontlinesError

# The zero dates of spreadsheets (1899-12-30, 1900-01-01) and of Unix time stand in for "no
# date" in broken exports; a real news article is never dated on or before them. Anything
# before this day is taken for such a placeholder.
EARLIEST = date(1900, 1, 2)
PLACEHOLDERS = frozenset({date(1970, 1, 1)})
# Tomorrow is still plausible: an article written east of the date line is a day ahead.
FUTURE_SLACK = timedelta(days=1)


class ImplausibleDate(ValueError):
    """A well-formed date no article can have: a placeholder, or one in the future."""


def check_plausible(day: date, *, today: date | None = None) -> date:
    """``day`` itself, or ``ImplausibleDate`` saying why it cannot be a publication date.

    Relative dates ("yesterday") are resolved against it, so a date in 2999 would date
    every event in 2999, and one near ``date.min`` leaves no room to count back from.
    """
    if day < EARLIEST or day in PLACEHOLDERS:
        raise ImplausibleDate(f"{day.isoformat()} is a placeholder, not a publication date")
    if day > (today or date.today()) + FUTURE_SLACK:
        raise ImplausibleDate(f"{day.isoformat()} is in the future")
    return day


def date_error(error: ValueError, *, origin: str, detail: str) -> FrontlinesError:
    """The coded warning for a publication date that could not be used: E113 for a
    well-formed but implausible date, E109 for one that is not a date at all."""
    if isinstance(error, ImplausibleDate):
        return FrontlinesError("E113", origin=origin, detail=detail, reason=str(error))
    return FrontlinesError("E109", origin=origin, detail=detail)


def parse_date(value: object) -> date | None:
    """The calendar date of a publication-date value; ``None`` for a missing one.

    A datetime keeps the date as written in its own time zone: an article stamped
    "2024-03-12T23:30:00-05:00" was published on the 12th where it was written, and that is
    the day its "yesterday" and "on Monday" are resolved against.

    Raises ``ValueError`` for a value that is present but not a date, and its subclass
    ``ImplausibleDate`` for a date no article can have (see ``check_plausible``).
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"not a date string: {value!r}")
    text = value.strip()
    if not text:
        return None
    for parse in (_iso_date, _iso_datetime, _rfc2822):
        try:
            day = parse(text)
        except (ValueError, TypeError, IndexError, OverflowError):
            continue
        return check_plausible(day)
    raise ValueError(f"not a date: {value!r}")


def _iso_date(text: str) -> date:
    # Only the extended form: date.fromisoformat also takes "20240312" and week dates, which
    # in a news feed are more likely a mangled value than a date.
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise ValueError(text)
    return date.fromisoformat(text)


def _iso_datetime(text: str) -> date:
    if len(text) < 11 or text[4] != "-":
        raise ValueError(text)
    return datetime.fromisoformat(text).date()


def _rfc2822(text: str) -> date:
    return parsedate_to_datetime(text).date()
