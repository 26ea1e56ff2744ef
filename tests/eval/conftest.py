"""Builders shared by the evaluation tests: hand-made gold records and events."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from frontlines.domain import Event, Place, Range
from frontlines.eval.gold import GoldRecord


def build_event(
    *,
    article_id: str = "a1",
    event_type: str = "Battles",
    sub_event_type: str = "Armed clash",
    event_date: date | None = None,
    country: str | None = None,
    admin1: str | None = None,
    location: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    killed: int | None = None,
    injured: int | None = None,
    actor1: str | None = None,
    actor2: str | None = None,
    main: bool = True,
    confidence: float = 0.5,
) -> Event:
    return Event(
        event_id=f"e-{article_id}-{event_type}-{confidence}",
        article_ids=(article_id,),
        main=main,
        event_date=event_date,
        date_start=event_date,
        date_end=event_date,
        time_precision=1 if event_date else None,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=actor1,
        actor2=actor2,
        place=Place(
            location=location,
            country=country,
            admin1=admin1,
            latitude=latitude,
            longitude=longitude,
        ),
        fatalities_range=Range(low=killed, best=killed, high=killed),
        injured_range=Range(low=injured, best=injured, high=injured),
        confidence=confidence,
    )


def build_record(
    record_id: str = "a1", *, dataset: str = "toy_dev", text: str = "Some text.", **gold: Any
) -> GoldRecord:
    return GoldRecord(id=record_id, dataset=dataset, text=text, gold=gold)


@pytest.fixture
def make_event() -> Callable[..., Event]:
    return build_event


@pytest.fixture
def make_record() -> Callable[..., GoldRecord]:
    return build_record
