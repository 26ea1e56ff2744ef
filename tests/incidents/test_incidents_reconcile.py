"""Reconciling claims: ACLED fatalities, UCDP low/best/high, history, sides, sources."""

from __future__ import annotations

import pytest
from eventfactory import make_event

from frontlines.incidents import reconcile


def figures(*reports: tuple[int, str]) -> tuple[int, int | None, int | None, int | None]:
    members = [
        make_event(f"a{i}", killed=killed, published=published)
        for i, (killed, published) in enumerate(reports)
    ]
    e = reconcile("inc-1", members).event
    r = e.fatalities_range
    return e.fatalities, r.low, r.best, r.high


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        ([(5, "2024-05-02")], (5, 5, 5, 5)),
        # "the death toll rose to 12": the later, higher toll updates best and high, and
        # the superseded 5 no longer pulls ACLED's lowest credible figure down
        ([(5, "2024-05-02"), (12, "2024-05-03")], (12, 12, 12, 12)),
        # same-day reports that disagree: a real conflict, ACLED takes the lowest
        ([(5, "2024-05-02"), (8, "2024-05-02")], (5, 5, 5, 8)),
        # a later, lower figure is a conflicting claim, not an update
        ([(9, "2024-05-02"), (7, "2024-05-03")], (7, 7, 7, 9)),
        ([(3, "2024-05-02"), (4, "2024-05-03"), (4, "2024-05-03"), (6, "2024-05-03")],
         (4, 4, 4, 6)),
    ],
)  # fmt: skip
def test_fatality_figures(reports: list[tuple[int, str]], expected: tuple) -> None:
    assert figures(*reports) == expected


def test_history_keeps_every_figure_in_order() -> None:
    members = [
        make_event("a1", killed=5, published="2024-05-02"),
        make_event("a2", killed=12, published="2024-05-03"),
    ]
    incident = reconcile("inc-1", members)
    history = [(f.article_id, f.best, f.superseded) for f in incident.figures]
    assert history == [("a1", 5, True), ("a2", 12, False)]
    record = incident.to_record()
    assert record["figure_history"][0]["superseded"] is True


def test_no_figures_means_none_and_zero() -> None:
    e = reconcile("inc-1", [make_event("a1")]).event
    assert (e.fatalities, e.fatalities_range.best, e.injured_range.best) == (0, None, None)


def test_record_is_the_event_schema_plus_incident_fields() -> None:
    from frontlines.domain import RECORD_FIELDS
    from frontlines.incidents.model import INCIDENT_EXTRA_FIELDS

    members = [make_event("a1", killed=1, injured=2), make_event("a2", killed=2)]
    record = reconcile("inc-1", members).to_record()
    assert tuple(record) == RECORD_FIELDS + INCIDENT_EXTRA_FIELDS
    assert record["event_id"] == "inc-1"
    assert record["article_ids"] == ["a1", "a2"]
    assert record["source_count"] == 2
    assert len(record["claims"]) == 2
    assert (record["injured_low"], record["injured_best"]) == (2, 2)


def test_hierarchy_types_the_incident_and_place_is_the_most_precise() -> None:
    vague = make_event("a1", event_type="Explosions/Remote violence",
                       sub_event_type="Air/drone strike", place="Region X")  # fmt: skip
    precise = make_event("a2", event_type="Battles", sub_event_type="Armed clash",
                         place="Kharkiv", actor1="Military Forces of Ukraine")  # fmt: skip
    e = reconcile("inc-1", [vague, precise]).event
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.place.location == "Kharkiv"
    assert e.actor1 == "Military Forces of Ukraine"


@pytest.mark.parametrize(
    ("about", "side"),
    [
        ("civilians", "civilians"),
        ("Ukrainian soldiers", "side_a"),
        ("Russian troops", "side_b"),
        ("fighters", "unknown"),
    ],
)
def test_deaths_by_side(about: str, side: str) -> None:
    member = make_event("a1", killed=4, about=about, actor1="Ukrainian soldiers",
                        actor2="Russian troops", event_type="Battles",
                        sub_event_type="Armed clash")  # fmt: skip
    assert reconcile("inc-1", [member]).deaths_by_side == {side: 4}


def test_an_incident_needs_members() -> None:
    with pytest.raises(ValueError):
        reconcile("inc-1", [])
