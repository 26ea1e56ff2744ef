"""Query parameters → ``IncidentFilters``: one dependency shared by list, stats and export."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Query

from frontlines.errors import FrontlinesError
from frontlines.store import IncidentFilters


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``"W,S,E,N"`` in degrees → a tuple (E407 when it is not one)."""
    if not value:
        return None
    try:
        west, south, east, north = (float(x) for x in value.split(","))
    except ValueError:
        raise FrontlinesError("E407", detail=value) from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise FrontlinesError("E407", detail=value)
    return (west, south, east, north)


def incident_filters(
    since: Annotated[date | None, Query(description="Events on or after this day.")] = None,
    until: Annotated[date | None, Query(description="Events on or before this day.")] = None,
    country: Annotated[str | None, Query(description="Country name, e.g. Ukraine.")] = None,
    admin1: Annotated[str | None, Query(description="First-level region.")] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type.")] = None,
    sub_event_type: Annotated[str | None, Query(description="ACLED sub-event type.")] = None,
    actor: Annotated[str | None, Query(description="Part of any actor's name.")] = None,
    min_fatalities: Annotated[
        int | None, Query(ge=0, description="At least this many killed.")
    ] = None,
    bbox: Annotated[str | None, Query(description="WEST,SOUTH,EAST,NORTH in degrees.")] = None,
    q: Annotated[str | None, Query(description="Words that must all occur (full text).")] = None,
) -> IncidentFilters:
    if since and until and since > until:
        raise FrontlinesError("E652", name="since", detail=f"{since} is after until={until}")
    return IncidentFilters(
        since=since,
        until=until,
        country=country or None,
        admin1=admin1 or None,
        event_type=event_type or None,
        sub_event_type=sub_event_type or None,
        actor=actor or None,
        min_fatalities=min_fatalities,
        bbox=parse_bbox(bbox),
        q=q or None,
    )
