"""Properties that must hold for any input: number parsing, date resolution, claim offsets.

Bounded: each property has an explicit example budget and no deadline (the machine is shared,
so per-example timing would be noise), and the whole file runs in well under a minute.
"""

from __future__ import annotations

import string
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import news_text, publication_dates

from frontlines.domain import Article
from frontlines.nlp.dates import event_date, find_dates
from frontlines.nlp.numbers import IMPLAUSIBLE, Quantity, parse_quantity, to_int

QUICK = settings(max_examples=300, deadline=None)
SLOW = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)  # each example runs the spaCy pipeline


# ---- numbers ----------------------------------------------------------------------------


@QUICK
@given(st.one_of(news_text(max_parts=6), st.text()))
def test_parse_quantity_never_raises_and_orders_its_range(phrase: str) -> None:
    q = parse_quantity(phrase)
    if q is not None:
        assert 0 <= q.low <= q.best <= q.high


@QUICK
@given(st.text(alphabet=string.digits + ",.- " + "onetwhrfivsxzu", max_size=30))
def test_to_int_is_an_int_or_none(token: str) -> None:
    value = to_int(token)
    assert value is None or (isinstance(value, int) and value >= 0)


@QUICK
@given(st.integers(min_value=0, max_value=10**15))
def test_digits_read_back_exactly_with_or_without_separators(n: int) -> None:
    assert parse_quantity(str(n)) == Quantity(n, n, n)
    assert parse_quantity(f"{n:,}") == Quantity(n, n, n)


@QUICK
@given(
    st.sampled_from(["at least", "more than", "nearly", "about", "up to", "fewer than", ""]),
    st.integers(min_value=0, max_value=10**9),
)
def test_a_qualified_figure_brackets_the_figure(qualifier: str, n: int) -> None:
    q = parse_quantity(f"{qualifier} {n}")
    assert q is not None
    assert q.low <= n + 0 or qualifier == ""
    if qualifier in ("at least", "more than", ""):
        assert q.low == n  # ACLED codes the stated figure as the lowest credible count


@pytest.mark.parametrize("n", [IMPLAUSIBLE + 1, 10**6, 10**9])
def test_figures_over_the_cap_are_marked_implausible(n: int) -> None:
    from frontlines.nlp.numbers import is_implausible

    q = parse_quantity(f"{n:,}")
    assert q is not None and is_implausible(q)


# ---- dates ------------------------------------------------------------------------------


@QUICK
@given(news_text(), publication_dates())
def test_find_dates_offsets_and_intervals_hold_for_any_text(
    text: str, published: date | None
) -> None:
    mentions = find_dates(text, published)
    previous_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert previous_end <= m.start < m.end <= len(text)  # in order, never overlapping
        previous_end = m.end
        if m.date_start is not None and m.date_end is not None:
            assert m.date_start <= m.date_end
        assert m.precision in (None, 1, 2, 3, 4)
        day = event_date(m)
        if day is not None and m.date_end is not None and m.date_start is not None:
            assert m.date_start <= day <= m.date_end


# ---- claims: text[start:end] == quote for any input -------------------------------------


@SLOW
@given(news_text(max_parts=30), publication_dates())
def test_every_claim_and_evidence_span_points_into_the_text(
    extractor, text: str, published: date | None
) -> None:
    if not text.strip():
        return
    article = Article(id="prop", text=text, published=published)
    for event in extractor.extract(article):
        for claim in event.claims:
            assert text[claim.start : claim.end] == claim.quote
            if claim.field in ("fatalities", "injured") and isinstance(claim.value, int):
                assert claim.value <= IMPLAUSIBLE  # never stored as fact
        for spans in event.evidence.values():
            for span in spans:
                assert 0 <= span.start <= span.end <= len(text)
        assert event.fatalities is None or 0 <= event.fatalities <= IMPLAUSIBLE
