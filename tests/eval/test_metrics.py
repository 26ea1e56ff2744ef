"""Scoring rules on hand-made records, with exact counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from frontlines.domain import Event
from frontlines.eval.gold import GoldRecord
from frontlines.eval.metrics import (
    ACCURACY,
    DATE_ALL,
    DATE_RESOLVED,
    EXACT,
    MATCH,
    MEDIAN_KM,
    RATE,
    WITHIN_25_KM,
    pick_event,
    score_record,
)
from frontlines.eval.report import summarise

MakeEvent = Callable[..., Event]
MakeRecord = Callable[..., GoldRecord]

ACLED_GOLD: dict[str, Any] = {
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
    "date": "2019-12-31",
    "country": "Kenya",
    "admin1": "Kilifi",
    "location": "Watamu",
    "latitude": -3.3543,
    "longitude": 40.0209,
    "actor1": "Police Forces of Kenya (2013-)",
    "actor2": "Civilians (Kenya)",
    "fatalities": 1,
    "injured": None,
}
RIGHT: dict[str, Any] = {
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
    "event_date": date(2019, 12, 31),
    "country": "Kenya",
    "admin1": "Kilifi County",
    "location": "Watamu",
    "latitude": -3.35,
    "longitude": 40.02,
    "killed": 1,
    "actor1": "Police Forces of Kenya",
    "actor2": "Civilians (Kenya)",
}


def scored(record: GoldRecord, events: list[Event]) -> dict[tuple[str, str], bool]:
    return {(o.field, o.metric): o.correct for o in score_record(record, events)}


def test_a_right_event_scores_every_field(make_record: MakeRecord, make_event: MakeEvent):
    outcome = scored(make_record(**ACLED_GOLD), [make_event(**RIGHT)])
    assert outcome == {
        ("detection", RATE): True,
        ("event_type", ACCURACY): True,
        ("sub_event_type", ACCURACY): True,
        ("date", DATE_ALL): True,
        ("date", DATE_RESOLVED): True,
        ("country", MATCH): True,
        ("admin1", MATCH): True,
        ("location", WITHIN_25_KM): True,
        ("fatalities", EXACT): True,
        ("actor1", MATCH): True,
        ("actor2", MATCH): True,
    }  # no injured row: the gold has none


def test_no_event_misses_every_gold_field_but_has_no_resolved_date(make_record: MakeRecord):
    outcome = scored(make_record(**ACLED_GOLD), [])
    assert ("date", DATE_RESOLVED) not in outcome
    assert set(outcome.values()) == {False}
    assert len(outcome) == 10


@pytest.mark.parametrize(
    ("change", "field", "metric"),
    [
        ({"event_type": "Battles"}, "event_type", ACCURACY),
        ({"sub_event_type": "Abduction/forced disappearance"}, "sub_event_type", ACCURACY),
        ({"event_date": date(2019, 12, 30)}, "date", DATE_ALL),
        ({"country": "Uganda"}, "country", MATCH),
        ({"admin1": "Mombasa"}, "admin1", MATCH),
        ({"latitude": -3.6, "longitude": 40.0}, "location", WITHIN_25_KM),  # ~27 km off
        ({"latitude": None, "longitude": None}, "location", WITHIN_25_KM),
        ({"killed": 2}, "fatalities", EXACT),
        ({"killed": None}, "fatalities", EXACT),  # none reported reads as 0 killed
        ({"actor1": "Military Forces of Kenya"}, "actor1", MATCH),
    ],
)
def test_one_wrong_field_misses_only_that_field(
    make_record: MakeRecord, make_event: MakeEvent, change: dict[str, Any], field: str, metric: str
):
    outcome = scored(make_record(**ACLED_GOLD), [make_event(**{**RIGHT, **change})])
    wrong = {key for key, ok in outcome.items() if not ok}
    expected = {(field, metric)}
    if field == "date":
        expected.add(("date", DATE_RESOLVED))
    assert wrong == expected


def test_violence_against_civilians_keeps_actor_order(
    make_record: MakeRecord, make_event: MakeEvent
):
    swapped = {**RIGHT, "actor1": "Civilians (Kenya)", "actor2": "Police Forces of Kenya"}
    outcome = scored(make_record(**ACLED_GOLD), [make_event(**swapped)])
    assert {key for key, ok in outcome.items() if not ok} == {("actor1", MATCH), ("actor2", MATCH)}


def test_actors_are_order_free_outside_violence_against_civilians(
    make_record: MakeRecord, make_event: MakeEvent
):
    gold = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Somalia (2017-)",
        "actor2": "Al Shabaab",
    }
    event = make_event(actor1="Al-Shabaab", actor2="Military Forces of Somalia")
    outcome = scored(make_record(**gold), [event])
    assert outcome[("actor1", MATCH)] and outcome[("actor2", MATCH)]


def test_gun_violence_sets_score_killed_and_injured_not_type_or_actors(
    make_record: MakeRecord, make_event: MakeEvent
):
    gold = {
        "event_type": "Gun violence",
        "sub_event_type": "mass_shootings_2014",
        "date": "2014-02-12",
        "fatalities": 0,
        "injured": 5,
        "actor1": "Kendall Reed",
    }
    outcome = scored(make_record(**gold), [make_event(event_date=date(2014, 2, 12), injured=5)])
    assert outcome == {
        ("detection", RATE): True,
        ("date", DATE_ALL): True,
        ("date", DATE_RESOLVED): True,
        ("killed", EXACT): True,
        ("injured", EXACT): True,
    }


@pytest.mark.parametrize(
    ("gold_injured", "predicted", "correct"),
    [
        (0, None, True),  # never mentioned reads as none injured
        (0, 0, True),
        (2, None, False),
        (2, 2, True),
        (2, 3, False),
    ],
)
def test_injured(
    make_record: MakeRecord,
    make_event: MakeEvent,
    gold_injured: int,
    predicted: int | None,
    correct: bool,
):
    outcome = scored(make_record(injured=gold_injured), [make_event(injured=predicted)])
    assert outcome[("injured", EXACT)] is correct


@pytest.mark.parametrize("unknown", [None, "", "Unclear", "unknown"])
def test_unknown_gold_values_are_not_scored(make_record: MakeRecord, unknown: str | None):
    outcome = scored(make_record(admin1=unknown, country="United States"), [])
    assert ("admin1", MATCH) not in outcome
    assert ("country", MATCH) in outcome


@pytest.mark.parametrize(
    ("events", "chosen"),
    [
        ([], None),
        ([{"main": False, "confidence": 0.9}, {"main": True, "confidence": 0.2}], 1),
        ([{"main": False, "confidence": 0.3}, {"main": False, "confidence": 0.8}], 1),
        ([{"main": True, "confidence": 0.4}, {"main": True, "confidence": 0.7}], 1),
        ([{"main": True, "confidence": 0.5}, {"main": True, "confidence": 0.5}], 0),  # tie: first
    ],
)
def test_pick_event(make_event: MakeEvent, events: list[dict[str, Any]], chosen: int | None):
    built = [make_event(article_id=f"a{i}", **kw) for i, kw in enumerate(events)]
    picked = pick_event(built)
    assert picked is (built[chosen] if chosen is not None else None)


def test_summarise_counts_dates_two_ways_with_coverage(
    make_record: MakeRecord, make_event: MakeEvent
):
    day = date(2020, 5, 9)
    cases = [
        (make_record("r1", date="2020-05-09"), [make_event(event_date=day)]),  # right
        (make_record("r2", date="2020-05-09"), [make_event(event_date=date(2020, 5, 8))]),
        (make_record("r3", date="2020-05-09"), [make_event(event_date=None)]),  # unresolved
        (make_record("r4", date="2020-05-09"), []),  # not detected
    ]
    outcomes = [o for record, events in cases for o in score_record(record, events)]
    rows = {(r.field, r.metric): r for r in summarise("toy_dev", outcomes, records=4)}
    every, resolved = rows[("date", DATE_ALL)], rows[("date", DATE_RESOLVED)]
    assert (every.correct, every.scored) == (1, 4)
    assert (resolved.correct, resolved.scored) == (1, 2)
    assert resolved.note == "coverage 50.0% (2/4 dated)"
    detection = rows[("detection", RATE)]
    assert (detection.correct, detection.scored, detection.value) == (3, 4, 0.75)


def test_summarise_location_median_and_share_within_25_km(
    make_record: MakeRecord, make_event: MakeEvent
):
    gold = {"latitude": 0.0, "longitude": 0.0, "location": "Null Island"}
    offsets = [0.0, 0.1, 0.2, 1.0]  # degrees of latitude: 0, 11.1, 22.2, 111.2 km
    cases = [
        (make_record(f"r{i}", **gold), [make_event(latitude=d, longitude=0.0)])
        for i, d in enumerate(offsets)
    ]
    cases.append((make_record("r-none", **gold), [make_event()]))  # no coordinates
    outcomes = [o for record, events in cases for o in score_record(record, events)]
    rows = {(r.field, r.metric): r for r in summarise("toy_dev", outcomes, records=5)}
    within = rows[("location", WITHIN_25_KM)]
    assert (within.correct, within.scored) == (3, 5)
    median = rows[("location", MEDIAN_KM)]
    assert median.scored == 4
    assert median.value == pytest.approx((11.12 + 22.24) / 2, abs=0.05)
    assert median.unit == "km"
    assert median.note == "4/5 given coordinates"


def test_summarise_checks_floors(make_record: MakeRecord, make_event: MakeEvent):
    cases = [
        (make_record(f"r{i}", event_type="Battles", fatalities=1), [make_event(killed=1)])
        for i in range(9)
    ]
    cases.append((make_record("r9", event_type="Battles", fatalities=1), [make_event(killed=0)]))
    outcomes = [o for record, events in cases for o in score_record(record, events)]
    row = {(r.field, r.metric): r for r in summarise("acled_dev", outcomes, records=10)}[
        ("fatalities", EXACT)
    ]
    assert (row.correct, row.scored, row.floor) == (9, 10, 0.90)
    assert row.passed is True


def test_summarise_adds_linking_rows(make_record: MakeRecord):
    outcomes = score_record(make_record("r1"), [])
    linking = {"precision": 0.5, "recall": 1.0, "f1": 2 / 3}
    rows = summarise("gvc_dev", outcomes, linking=linking, records=7)
    incident = [(r.metric, r.value, r.scored) for r in rows if r.field == "incident"]
    assert incident == [
        ("B-cubed F1", 2 / 3, 7),
        ("B-cubed precision", 0.5, 7),
        ("B-cubed recall", 1.0, 7),
    ]
