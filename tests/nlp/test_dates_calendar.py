"""Calendar arithmetic behind holiday names: Easter and the n-th weekday of a month."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.nlp.dates_calendar import easter, fold_holiday, holiday_in, nth_weekday


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2008, date(2008, 3, 23)),  # early: the Sunday after an early full moon
        (2011, date(2011, 4, 24)),  # late
        (2015, date(2015, 4, 5)),
        (2019, date(2019, 4, 21)),
        (2038, date(2038, 4, 25)),  # the latest possible
        (2285, date(2285, 3, 22)),  # the earliest possible
    ],
)
def test_easter(year, expected):
    assert easter(year) == expected
    assert easter(year).weekday() == 6


@pytest.mark.parametrize(
    ("year", "month", "weekday", "n", "expected"),
    [
        (2016, 11, 3, 4, date(2016, 11, 24)),  # fourth Thursday of November
        (2020, 5, 0, -1, date(2020, 5, 25)),  # last Monday of May
        (2021, 5, 0, -1, date(2021, 5, 31)),  # ... when the month ends on it
        (2017, 1, 0, 3, date(2017, 1, 16)),  # third Monday of January
        (2015, 9, 0, 1, date(2015, 9, 7)),  # first Monday of September
        (2020, 6, 0, 1, date(2020, 6, 1)),  # ... when the month starts on it
    ],
)
def test_nth_weekday(year, month, weekday, n, expected):
    assert nth_weekday(year, month, weekday, n) == expected


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Martin Luther King, Jr. Day", "mlk day"),
        ("MLK Day", "mlk day"),
        ("New Years Eve", "new years eve"),
        ("New Year\u2019s  Eve", "new years eve"),
        ("Saint Patrick's Day", "st patricks day"),
        ("St. Patrick's Day", "st patricks day"),
    ],
)
def test_fold_holiday(written, key):
    assert fold_holiday(written) == key
    assert holiday_in(key, 2020) is not None


def test_unknown_holiday_has_no_date():
    assert holiday_in("arbor day", 2020) is None
