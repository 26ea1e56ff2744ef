"""Public response models: what /openapi.json documents for each route.

The routes build their bodies from the store's records (already the public schema) and
return them as they are; these models describe that shape for clients and the docs, so the
hot list route does not pay for re-validating every record it has just read.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ErrorDetail(BaseModel):
    code: str = Field(examples=["E401"])
    message: str
    hint: str
    origin: str | None = None


class ErrorBody(BaseModel):
    """The one error shape of every route."""

    error: ErrorDetail


class ClaimModel(BaseModel):
    field: str
    value: int | str | None
    low: int | None
    high: int | None
    about: str | None
    source: str
    article_id: str
    quote: str
    start: int
    end: int


class SourceModel(BaseModel):
    article_id: str
    outlet: str | None
    url: str | None
    published: str | None


class SpanModel(BaseModel):
    article_id: str
    start: int
    end: int


class LinkModel(BaseModel):
    """Why a member event joined its incident."""

    event_id: str
    matched_event_id: str | None
    score: float
    features: dict[str, float | None]
    decided_by: str


class IncidentRecord(BaseModel):
    """An incident in the public schema (DESIGN §2) plus the incident's own fields."""

    model_config = ConfigDict(extra="allow")

    event_id: str
    article_ids: list[str]
    event_date: str | None
    date_start: str | None
    date_end: str | None
    time_precision: int | None
    disorder_type: str | None = None
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    country: str | None
    iso3: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    where_prec: int | None
    fatalities: int
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    injured_low: int | None
    injured_best: int | None
    injured_high: int | None
    claims: list[ClaimModel] = []
    sources: list[SourceModel] = []
    evidence: dict[str, list[SpanModel]] = {}
    notes: str | None = None
    confidence: float | None = None
    source_count: int | None = None
    links: list[LinkModel] = []


class IncidentPage(BaseModel):
    """One page of a list: ``next`` is the cursor of the following page (null at the end).

    With ``fields=`` each record holds only the fields asked for.
    """

    data: list[dict[str, Any]]
    count: int = Field(description="How many incidents match the filters, over all pages.")
    next: str | None


class MemberModel(BaseModel):
    event_id: str
    article_ids: list[str]
    event_date: str | None
    event_type: str
    sub_event_type: str
    location: str | None
    fatalities: int


class IncidentDetail(BaseModel):
    data: IncidentRecord
    members: list[MemberModel]


class ArticleSpan(BaseModel):
    """A span of the article's text that a field or claim of an incident was taken from."""

    start: int
    end: int
    field: str
    incident_id: str
    quote: str | None = None
    source: str | None = None


class ArticleModel(BaseModel):
    id: str
    title: str | None
    published: str | None
    url: str | None
    outlet: str | None
    language: str | None
    text: str


class ArticleDetail(BaseModel):
    data: ArticleModel
    incidents: list[str]
    spans: list[ArticleSpan]


class Bucket(BaseModel):
    model_config = ConfigDict(extra="allow")

    incidents: int
    fatalities: int


class Stats(BaseModel):
    incidents: int
    fatalities: int
    by_day: list[Bucket]
    by_type: list[Bucket]
    by_country: list[Bucket]
    by_day_type: list[Bucket]


class IngestResult(BaseModel):
    """What POST /api/articles did, and the articles and incidents it touched."""

    summary: dict[str, Any]
    article_ids: list[str]
    incident_ids: list[str]


class ArticleIn(BaseModel):
    """An article to ingest: the JSONL input shape of `frontlines extract` and `ingest`."""

    id: str | None = Field(None, description="Your id; default: a hash of the text.")
    text: str
    title: str | None = None
    publication_date: str | None = Field(None, description="YYYY-MM-DD or an RFC 2822 date.")
    url: str | None = None
    outlet: str | None = None
