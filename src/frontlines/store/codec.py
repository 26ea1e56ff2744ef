"""Rows to domain objects and back. Storage rows never leave ``store/``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import orjson

from frontlines.domain import Article, Claim, Event, Place, Range, Source, Span
from frontlines.incidents.model import Link


def dumps(value: Any) -> str:
    # Key order is kept: stored records come back in the public schema's field order.
    return orjson.dumps(value).decode()


def loads(value: str) -> Any:
    return orjson.loads(value)


def day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def event_from_record(r: Mapping[str, Any]) -> Event:
    """The inverse of ``Event.to_record`` (derived fields such as ``interaction`` are dropped)."""
    return Event(
        event_id=r["event_id"],
        article_ids=tuple(r["article_ids"]),
        main=bool(r["main"]),
        event_date=parse_day(r["event_date"]),
        date_start=parse_day(r["date_start"]),
        date_end=parse_day(r["date_end"]),
        time_precision=r["time_precision"],
        event_type=r["event_type"],
        sub_event_type=r["sub_event_type"],
        actor1=r["actor1"],
        assoc_actor_1=r["assoc_actor_1"],
        inter1=r["inter1"],
        actor2=r["actor2"],
        assoc_actor_2=r["assoc_actor_2"],
        inter2=r["inter2"],
        civilian_targeting=bool(r["civilian_targeting"]),
        place=Place(
            location=r["location"],
            country=r["country"],
            iso3=r["iso3"],
            admin1=r["admin1"],
            admin2=r["admin2"],
            latitude=r["latitude"],
            longitude=r["longitude"],
            geonameid=r["geonameid"],
            geo_precision=r["geo_precision"],
            where_prec=r["where_prec"],
        ),
        fatalities_range=Range(r["fatalities_low"], r["fatalities_best"], r["fatalities_high"]),
        injured_range=Range(r["injured_low"], r["injured_best"], r["injured_high"]),
        claims=tuple(Claim(**c) for c in r["claims"]),
        sources=tuple(
            Source(s["article_id"], s["outlet"], s["url"], parse_day(s["published"]))
            for s in r["sources"]
        ),
        notes=r["notes"],
        confidence=float(r["confidence"]),
        evidence={name: tuple(Span(**s) for s in spans) for name, spans in r["evidence"].items()},
    )


def article_row(article: Article, *, content_hash: str, seq: int, terms: str) -> dict[str, Any]:
    return {
        "id": article.id,
        "content_hash": content_hash,
        "seq": seq,
        "title": article.title,
        "published": day(article.published),
        "url": article.url,
        "outlet": article.outlet,
        "language": article.language,
        "origin": article.origin,
        "text": article.text,
        "terms": terms,
    }


def article_from_row(row: Mapping[Any, Any]) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        published=parse_day(row["published"]),
        url=row["url"],
        outlet=row["outlet"],
        language=row["language"],
        origin=row["origin"],
    )


def link_row(link: Link, incident_id: str) -> dict[str, Any]:
    return {
        "event_id": link.event_id,
        "incident_id": incident_id,
        "matched_event_id": link.matched_event_id,
        "score": link.score,
        "features": dumps(dict(link.features)),
        "decided_by": link.decided_by,
    }


def link_from_row(row: Mapping[Any, Any]) -> Link:
    return Link(
        event_id=row["event_id"],
        matched_event_id=row["matched_event_id"],
        score=row["score"],
        features=loads(row["features"]),
        decided_by=row["decided_by"],
    )
