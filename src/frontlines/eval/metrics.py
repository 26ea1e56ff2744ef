"""Scoring one gold record against the events extracted from its article (DESIGN §6).

Each gold field that has a value gives one ``Outcome`` per metric: whether the prediction
was right, with both values kept for the error report. An article with no event still
scores every field it has gold for, as a miss: detection failures are not hidden by
scoring only what was found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from frontlines.domain import EVENT_TYPES, Event
from frontlines.eval.compare import haversine_km, same_actor, same_admin1, same_country
from frontlines.eval.gold import GoldRecord

# Metric names: a row in every report is (field, metric).
RATE = "rate"
ACCURACY = "accuracy"
EXACT = "exact"
DATE_ALL = "exact, all records"
DATE_RESOLVED = "exact, where resolved"
MATCH = "match"
WITHIN_25_KM = "within 25 km"
MEDIAN_KM = "median km"

WITHIN_KM = 25.0


@dataclass(frozen=True, slots=True)
class Outcome:
    """One scored (field, metric) of one record."""

    field: str
    metric: str
    correct: bool
    expected: Any
    predicted: Any
    km: float | None = None  # location error, when both sides have coordinates


def pick_event(events: Sequence[Event]) -> Event | None:
    """The event an article is scored on: its main one, else the most confident.

    Ties keep extraction order, so the choice is stable between runs.
    """
    if not events:
        return None
    pool = [e for e in events if e.main] or list(events)
    return max(pool, key=lambda e: e.confidence)


def is_acled_typed(record: GoldRecord) -> bool:
    """Gold typed in ACLED's taxonomy (not "Gun violence"): type and actors are scored."""
    return record.value("event_type") in EVENT_TYPES


def fatalities_field(record: GoldRecord) -> str:
    """ACLED's ``fatalities``; on gun-violence sets the gold counts everyone killed."""
    return "fatalities" if is_acled_typed(record) else "killed"


def score_record(record: GoldRecord, events: Sequence[Event]) -> list[Outcome]:
    """Every outcome of one record; ``events`` are all the events of its article."""
    event = pick_event(events)
    outcomes = [Outcome("detection", RATE, event is not None, "an event", _describe(event))]
    if is_acled_typed(record):
        outcomes += _types(record, event)
    outcomes += _dates(record, event)
    outcomes += _places(record, event)
    outcomes += _counts(record, event)
    if is_acled_typed(record):
        outcomes += _actors(record, event)
    return outcomes


def _describe(event: Event | None) -> str | None:
    if event is None:
        return None
    return f"{event.event_type} / {event.sub_event_type}"


def _types(record: GoldRecord, event: Event | None) -> list[Outcome]:
    out = []
    for name in ("event_type", "sub_event_type"):
        expected = record.value(name)
        if expected is None:
            continue
        predicted = getattr(event, name) if event else None
        out.append(Outcome(name, ACCURACY, predicted == expected, expected, predicted))
    return out


def _dates(record: GoldRecord, event: Event | None) -> list[Outcome]:
    raw = record.value("date")
    if raw is None:
        return []
    expected = date.fromisoformat(str(raw)[:10])
    predicted = event.event_date if event else None
    shown = predicted.isoformat() if predicted else None
    correct = predicted == expected
    out = [Outcome("date", DATE_ALL, correct, expected.isoformat(), shown)]
    if predicted is not None:
        out.append(Outcome("date", DATE_RESOLVED, correct, expected.isoformat(), shown))
    return out


def _places(record: GoldRecord, event: Event | None) -> list[Outcome]:
    out = []
    place = event.place if event else None
    country = record.value("country")
    if country is not None:
        predicted = place.country if place else None
        out.append(Outcome("country", MATCH, same_country(country, predicted), country, predicted))
    admin1 = record.value("admin1")
    if admin1 is not None:
        predicted = place.admin1 if place else None
        correct = same_admin1(admin1, predicted, country=country)
        out.append(Outcome("admin1", MATCH, correct, admin1, predicted))
    lat, lon = record.value("latitude"), record.value("longitude")
    if lat is not None and lon is not None:
        expected = f"{record.value('location')} ({lat:.4f}, {lon:.4f})"
        km = None
        shown = None
        if place is not None and place.latitude is not None and place.longitude is not None:
            km = haversine_km(float(lat), float(lon), place.latitude, place.longitude)
            shown = f"{place.location} ({place.latitude:.4f}, {place.longitude:.4f}), {km:.1f} km"
        correct = km is not None and km <= WITHIN_KM
        out.append(Outcome("location", WITHIN_25_KM, correct, expected, shown, km=km))
    return out


def _counts(record: GoldRecord, event: Event | None) -> list[Outcome]:
    out = []
    killed = record.value("fatalities")
    if killed is not None:
        predicted = event.fatalities if event else None
        field = fatalities_field(record)
        out.append(Outcome(field, EXACT, predicted == int(killed), int(killed), predicted))
    injured = record.value("injured")
    if injured is not None:
        # Our null means "never mentioned"; the gold codes an incident with no one hurt as 0,
        # and an article that never mentions injuries almost always reports none, so null
        # is read as 0. An article with no event at all stays a miss.
        best = event.injured_range.best if event else None
        predicted = (best if best is not None else 0) if event else None
        out.append(Outcome("injured", EXACT, predicted == int(injured), int(injured), predicted))
    return out


def _actors(record: GoldRecord, event: Event | None) -> list[Outcome]:
    """Actor 1 and actor 2, each found among the predicted pair in either order.

    Violence against civilians fixes the order (perpetrator first, civilians second), so
    there each gold actor must sit in its own slot.
    """
    ordered = record.value("event_type") == "Violence against civilians"
    p1 = event.actor1 if event else None
    p2 = event.actor2 if event else None
    out = []
    for name, own, other in (("actor1", p1, p2), ("actor2", p2, p1)):
        expected = record.value(name)
        if expected is None:
            continue
        correct = same_actor(expected, own) or (not ordered and same_actor(expected, other))
        shown = f"{p1} | {p2}" if event else None
        out.append(Outcome(name, MATCH, correct, expected, shown))
    return out
