"""Written dates cross-checked against dateparser, an independent parser, on random dates."""

from __future__ import annotations

from datetime import date

import dateparser
from hypothesis import given, settings
from hypothesis import strategies as st

from frontlines.nlp.dates import event_date, find_dates

FORMATS = ("%d %B %Y", "%B %d, %Y", "%b. %d, %Y", "%B %d %Y", "%Y-%m-%d", "%A, %B %d, %Y")


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    layout=st.sampled_from(FORMATS),
)
def test_written_dates_agree_with_dateparser(day, layout):
    written = day.strftime(layout)
    text = f"Witnesses said the attack happened on {written} near the river."
    found = find_dates(text, None)
    assert [m.text for m in found] == [written]
    assert event_date(found[0]) == day
    oracle = dateparser.parse(written, languages=["en"], settings={"DATE_ORDER": "DMY"})
    assert oracle is not None and oracle.date() == day


@settings(max_examples=100, deadline=None)
@given(day=st.dates(min_value=date(1990, 1, 13), max_value=date(2030, 12, 31)))
def test_numeric_dates_are_day_first(day):
    written = day.strftime("%d/%m/%Y")
    found = find_dates(f"Arrested on {written}.", None)
    oracle = dateparser.parse(written, languages=["en"], settings={"DATE_ORDER": "DMY"})
    assert oracle is not None
    assert [m.date_start for m in found] == [oracle.date()] == [day]


@settings(max_examples=200, deadline=None)
@given(
    published=st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    back=st.integers(min_value=0, max_value=6),
)
def test_weekdays_resolve_to_the_last_seven_days(published, back):
    target = published.toordinal() - back
    name = date.fromordinal(target).strftime("%A")
    found = find_dates(f"Gunmen attacked the village on {name}.", published)
    assert [m.date_start for m in found] == [date.fromordinal(target)]
