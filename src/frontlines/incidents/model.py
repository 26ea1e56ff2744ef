"""The incident: one real-world event as reported by one or more articles.

An ``Incident`` composes a reconciled ``Event`` (so its public record is exactly the DESIGN §2
schema, built by ``Event.to_record``) with what only incidents have: the member events it was
built from, the reasons each member was joined, the history of reported figures and the
deaths per side.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from frontlines.domain import Event, content_id

# Who decided that a member belongs to its incident.
LINKER = "linker"  # the automatic scorer
AGGREGATION = "aggregation"  # ACLED's rule: same actors, place and day
ANALYST = "analyst"  # a correction made with `frontlines incidents merge|split`
FOUNDER = "founder"  # the first member: nothing to join


def incident_id_for(founding_event_id: str) -> str:
    """An incident's id: derived from its first member, so re-ingesting gives the same id."""
    return "inc-" + content_id("incident", founding_event_id)


@dataclass(frozen=True, slots=True)
class Link:
    """Why ``event_id`` joined its incident: the member it matched and the per-feature scores."""

    event_id: str
    matched_event_id: str | None
    score: float
    features: Mapping[str, float | None] = field(default_factory=dict)
    decided_by: str = LINKER

    def to_record(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "matched_event_id": self.matched_event_id,
            "score": round(self.score, 4),
            "features": {
                k: (round(v, 4) if v is not None else None) for k, v in self.features.items()
            },
            "decided_by": self.decided_by,
        }


@dataclass(frozen=True, slots=True)
class Figure:
    """One reported figure in an incident's history (a toll that rose is a later Figure)."""

    field: str  # "fatalities" | "injured"
    article_id: str
    published: date | None
    low: int | None
    best: int | None
    high: int | None
    superseded: bool  # a report published later gives a higher figure

    def to_record(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "article_id": self.article_id,
            "published": self.published.isoformat() if self.published else None,
            "low": self.low,
            "best": self.best,
            "high": self.high,
            "superseded": self.superseded,
        }


@dataclass(frozen=True)
class Incident:
    """A reconciled event plus its members, merge reasons and figure history."""

    event: Event
    members: tuple[Event, ...]
    links: tuple[Link, ...] = ()
    figures: tuple[Figure, ...] = ()
    # UCDP splits deaths by side: "side_a", "side_b", "civilians", "unknown" (absent when
    # no claim says whom the dead were).
    deaths_by_side: Mapping[str, int] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.event.event_id

    def to_record(self) -> dict[str, Any]:
        """The DESIGN §2 record of the reconciled event, plus the incident's own fields."""
        record = self.event.to_record()
        record["source_count"] = len(self.event.sources)
        record["deaths_by_side"] = dict(self.deaths_by_side)
        record["figure_history"] = [f.to_record() for f in self.figures]
        record["member_event_ids"] = [m.event_id for m in self.members]
        record["links"] = [link.to_record() for link in self.links]
        return record


# Fields an incident record adds to the DESIGN §2 record, in order.
INCIDENT_EXTRA_FIELDS: tuple[str, ...] = (
    "source_count",
    "deaths_by_side",
    "figure_history",
    "member_event_ids",
    "links",
)
