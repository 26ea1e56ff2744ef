"""/api/incidents: filtered, sorted, cursor-paginated lists and one incident in full."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from starlette.concurrency import run_in_threadpool

from frontlines.api.deps import get_store
from frontlines.api.filters import incident_filters
from frontlines.api.models import ErrorBody, IncidentDetail, IncidentPage
from frontlines.api.responses import JSON
from frontlines.errors import FrontlinesError
from frontlines.incidents.model import Incident
from frontlines.store import IncidentFilters, Store
from frontlines.store.query import MAX_LIMIT, SORTS

router = APIRouter(prefix="/api/incidents", tags=["incidents"])
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody},
    404: {"model": ErrorBody},
    422: {"model": ErrorBody},
}


def parse_fields(value: str | None) -> tuple[str, ...] | None:
    if not value:
        return None
    fields = tuple(dict.fromkeys(f.strip() for f in value.split(",") if f.strip()))
    return ("event_id", *[f for f in fields if f != "event_id"])


@router.get(
    "",
    response_model=IncidentPage,
    responses=ERRORS,
    summary="List incidents",
    description="Filters combine with AND. Pass the previous page's `next` as `cursor`. "
    f"Sortable: {', '.join(sorted(SORTS))} (prefix '-' for descending).",
)
async def list_incidents(
    store: Annotated[Store, Depends(get_store)],
    filters: Annotated[IncidentFilters, Depends(incident_filters)],
    sort: Annotated[str, Query(description="Sort field, '-' for descending.")] = "-event_date",
    cursor: Annotated[str | None, Query(description="`next` of the previous page.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    fields: Annotated[
        str | None, Query(description="Comma-separated record fields to return (default all).")
    ] = None,
) -> JSON:
    chosen = parse_fields(fields)
    data, next_cursor, count = await run_in_threadpool(
        store.list_incidents, filters, sort, cursor, limit
    )
    if chosen is not None:
        data = [{f: record.get(f) for f in chosen} for record in data]
    return JSON({"data": data, "count": count, "next": next_cursor})


def member_summary(incident: Incident) -> list[dict[str, Any]]:
    return [
        {
            "event_id": m.event_id,
            "article_ids": list(m.article_ids),
            "event_date": m.event_date.isoformat() if m.event_date else None,
            "event_type": m.event_type,
            "sub_event_type": m.sub_event_type,
            "location": m.place.location,
            "fatalities": m.fatalities,
        }
        for m in incident.members
    ]


@router.get(
    "/{incident_id}",
    response_model=IncidentDetail,
    responses=ERRORS,
    summary="One incident with claims, sources, evidence and merge reasons",
)
async def get_incident(incident_id: str, store: Annotated[Store, Depends(get_store)]) -> JSON:
    incident = await run_in_threadpool(store.get_incident, incident_id)
    if incident is None:
        raise FrontlinesError("E401", detail=incident_id)
    return JSON({"data": incident.to_record(), "members": member_summary(incident)})
