"""Domain types: the contract between stages.

Frozen dataclasses only. A spaCy ``Doc`` never leaves ``nlp/`` and ``extract/``; a storage row
never leaves ``store/``; everything in between speaks these types. ``Event.to_record()`` gives
the public schema of DESIGN §2, the one shape every consumer (CLI, API, exports) uses.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# ACLED taxonomy, in hierarchy order: when one event mixes tactics, the earlier type wins.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Armed clash",
    ),
    "Protests": (
        "Excessive force against protesters",
        "Protest with intervention",
        "Peaceful protest",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

DISORDER_TYPES: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

# ACLED actor categories ("inter" codes).
INTER_CODES: dict[str, int] = {
    "State forces": 1,
    "Rebel group": 2,
    "Political militia": 3,
    "Identity militia": 4,
    "Rioters": 5,
    "Protesters": 6,
    "Civilians": 7,
    "External/Other forces": 8,
}


def content_id(*parts: str, length: int = 16) -> str:
    """A stable content-derived id: the same inputs always give the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True, slots=True)
class Article:
    """One news report, as read from any input format."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    # Where it came from ("path/to/file.jsonl:12"), for error messages and skips.
    origin: str | None = None

    @staticmethod
    def make_id(text: str) -> str:
        return "a-" + content_id(text)


@dataclass(frozen=True, slots=True)
class Span:
    """A character range in an article's text: ``text[start:end]``."""

    article_id: str
    start: int
    end: int

    def to_record(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Claim:
    """Who said which figure (or which fact fixing the event type), and exactly where.

    Invariant: ``article.text[start:end] == quote``.
    """

    field: str  # "fatalities" | "injured" | "event_type"
    value: int | str | None
    low: int | None
    high: int | None
    about: str | None  # who the figure counts: "ISIL fighters", "US soldiers"
    source: str  # "CENTCOM", "a US military official (via AP)", or the outlet
    article_id: str
    quote: str
    start: int
    end: int

    def to_record(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "about": self.about,
            "source": self.source,
            "article_id": self.article_id,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved location with precision on both the ACLED and the UCDP scale."""

    location: str | None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    geo_precision: int | None = None  # ACLED 1 town · 2 near town / part of region · 3 region
    where_prec: int | None = None  # UCDP 1 exact … 6 country · 7 water/airspace


@dataclass(frozen=True, slots=True)
class Source:
    article_id: str
    outlet: str | None = None
    url: str | None = None
    published: date | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "outlet": self.outlet,
            "url": self.url,
            "published": _iso(self.published),
        }


@dataclass(frozen=True, slots=True)
class Range:
    """A UCDP-style low/best/high figure; all None when the text never mentions it."""

    low: int | None = None
    best: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class Event:
    """One event in the public schema of DESIGN §2."""

    event_id: str
    article_ids: tuple[str, ...]
    main: bool
    event_date: date | None
    date_start: date | None
    date_end: date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: str | None = None
    civilian_targeting: bool = False
    place: Place = field(default_factory=lambda: Place(location=None))
    fatalities_range: Range = field(default_factory=Range)
    injured_range: Range = field(default_factory=Range)
    claims: tuple[Claim, ...] = ()
    sources: tuple[Source, ...] = ()
    notes: str = ""
    confidence: float = 0.0
    evidence: dict[str, tuple[Span, ...]] = field(default_factory=dict)

    @property
    def disorder_type(self) -> str:
        return DISORDER_TYPES[self.event_type]

    @property
    def fatalities(self) -> int:
        """ACLED's rule: the lowest credible reported figure; 0 when none was reported."""
        low = self.fatalities_range.low
        return low if low is not None else 0

    @property
    def interaction(self) -> str | None:
        """ACLED's interaction: the two actor categories, the lower code first."""
        codes = sorted(INTER_CODES[c] for c in (self.inter1, self.inter2) if c in INTER_CODES)
        if not codes:
            return None
        names = {v: k for k, v in INTER_CODES.items()}
        if len(codes) == 1:
            return f"{names[codes[0]]} only"
        return f"{names[codes[0]]}-{names[codes[1]]}"

    def to_record(self) -> dict[str, Any]:
        """The public record (DESIGN §2), JSON-ready."""
        p = self.place
        return {
            "event_id": self.event_id,
            "article_ids": list(self.article_ids),
            "main": self.main,
            "event_date": _iso(self.event_date),
            "date_start": _iso(self.date_start),
            "date_end": _iso(self.date_end),
            "time_precision": self.time_precision,
            "disorder_type": self.disorder_type,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": self.actor1,
            "assoc_actor_1": self.assoc_actor_1,
            "inter1": self.inter1,
            "actor2": self.actor2,
            "assoc_actor_2": self.assoc_actor_2,
            "inter2": self.inter2,
            "interaction": self.interaction,
            "civilian_targeting": self.civilian_targeting,
            "country": p.country,
            "iso3": p.iso3,
            "admin1": p.admin1,
            "admin2": p.admin2,
            "location": p.location,
            "latitude": p.latitude,
            "longitude": p.longitude,
            "geonameid": p.geonameid,
            "geo_precision": p.geo_precision,
            "where_prec": p.where_prec,
            "fatalities": self.fatalities,
            "fatalities_low": self.fatalities_range.low,
            "fatalities_best": self.fatalities_range.best,
            "fatalities_high": self.fatalities_range.high,
            "injured_low": self.injured_range.low,
            "injured_best": self.injured_range.best,
            "injured_high": self.injured_range.high,
            "claims": [c.to_record() for c in self.claims],
            "sources": [s.to_record() for s in self.sources],
            "notes": self.notes,
            "confidence": round(self.confidence, 3),
            "evidence": {
                name: [s.to_record() for s in spans] for name, spans in self.evidence.items()
            },
        }


# The public record's field order; CSV and docs tests rely on it.
RECORD_FIELDS: tuple[str, ...] = (
    "event_id",
    "article_ids",
    "main",
    "event_date",
    "date_start",
    "date_end",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geonameid",
    "geo_precision",
    "where_prec",
    "fatalities",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured_low",
    "injured_best",
    "injured_high",
    "claims",
    "sources",
    "notes",
    "confidence",
    "evidence",
)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None
