"""/api/stats: counts and fatalities by day, type, country and day × type."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool

from frontlines.api.deps import get_store
from frontlines.api.filters import incident_filters
from frontlines.api.models import ErrorBody, Stats
from frontlines.api.responses import JSON
from frontlines.store import IncidentFilters, Store

router = APIRouter(prefix="/api/stats", tags=["stats"])


@router.get("", response_model=Stats, responses={400: {"model": ErrorBody}}, summary="Statistics")
async def stats(
    store: Annotated[Store, Depends(get_store)],
    filters: Annotated[IncidentFilters, Depends(incident_filters)],
) -> JSON:
    return JSON(await run_in_threadpool(store.stats, filters))
