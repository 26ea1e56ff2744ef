"""The worked example of the issue: ../shared/examples/iraq-raid-2024-08-31.txt.

Runs the real pipeline (statistical model), so marked slow. Skips when ../shared is absent.
"""

from datetime import date
from pathlib import Path

import pytest

from frontlines.domain import Event

EXAMPLE = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / "iraq-raid-2024-08-31.txt"
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(extractor) -> list[Event]:
    if not EXAMPLE.exists():
        pytest.skip(f"worked example not found at {EXAMPLE} (the shared folder is absent)")
    from frontlines.readers import read_articles

    (article,) = list(read_articles([EXAMPLE]))
    assert article.published == date(2024, 8, 31)
    found = extractor.extract(article)
    for e in found:
        for claim in e.claims:
            assert article.text[claim.start : claim.end] == claim.quote
    return found


def test_main_event_is_the_thursday_raid(events: list[Event]) -> None:
    main = [e for e in events if e.main]
    assert len(main) == 1
    raid = main[0]
    assert raid.event_date == date(2024, 8, 29)
    assert raid.time_precision == 1
    assert raid.event_type == "Battles"
    assert raid.actor1 == "Military Forces of Iraq"
    assert raid.assoc_actor_1 == "Military Forces of the United States"
    assert raid.actor2 == "Islamic State"
    assert raid.fatalities == 15
    assert (raid.injured_range.low, raid.injured_range.best) == (7, 7)
    assert raid.place.country == "Iraq"


def test_claims_ledger_keeps_both_sources(events: list[Event]) -> None:
    raid = next(e for e in events if e.main)
    injured = {(c.value, c.source) for c in raid.claims if c.field == "injured"}
    assert any(v == 7 and "CENTCOM" in s for v, s in injured)
    ap = {v for v, s in injured if "Associated Press" in s}
    assert ap == {5, 2}
    assert any("Iraq" in c.source for c in raid.claims), "Iraq's military statement is a claim"


def test_earlier_this_month_attack_is_its_own_month_precision_event(events: list[Event]) -> None:
    others = [e for e in events if not e.main]
    assert len(others) == 1
    base = others[0]
    assert base.time_precision == 3
    assert base.event_date is not None and base.event_date.month == 8
    assert base.injured_range.low == 5


def test_background_history_is_not_an_event(events: list[Event]) -> None:
    years = {e.event_date.year for e in events if e.event_date}
    assert years == {2024}
    assert len(events) == 2
