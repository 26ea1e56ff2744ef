"""Publication dates as they appear in inputs: ISO dates and datetimes, RFC 2822 feed dates."""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime


def parse_date(value: object) -> date | None:
    """The calendar date of a publication-date value; ``None`` for a missing one.

    A datetime keeps the date as written in its own time zone: an article stamped
    "2024-03-12T23:30:00-05:00" was published on the 12th where it was written, and that is
    the day its "yesterday" and "on Monday" are resolved against.

    Raises ``ValueError`` for a value that is present but not a date.
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
            return parse(text)
        except (ValueError, TypeError, IndexError, OverflowError):
            continue
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
