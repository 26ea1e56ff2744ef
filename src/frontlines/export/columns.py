"""ACLED- and UCDP-shaped rows from incident records (DESIGN §2 plus the incident fields).

ACLED's columns and their order follow ACLED's export files; UCDP's follow the GED
codebook, keeping the columns we can fill (ids of UCDP's own conflict and dyad registers,
PRIO-GRID cells and the like are left out rather than invented).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pycountry

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

UCDP_COLUMNS: tuple[str, ...] = (
    "id", "year", "type_of_violence", "dyad_name", "side_a", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "country",
    "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best", "high", "low",
)  # fmt: skip

_POLITICAL_VIOLENCE = ("Battles", "Explosions/Remote violence")


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value else None


def _iso_numeric(iso3: str | None) -> int | None:
    if not iso3:
        return None
    country = pycountry.countries.get(alpha_3=iso3)
    return int(country.numeric) if country is not None else None


def _outlets(record: Mapping[str, Any]) -> str:
    names = [s.get("outlet") or s.get("url") or s["article_id"] for s in record["sources"]]
    return "; ".join(dict.fromkeys(names))


def acled_row(record: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "event_id_cnty": record["event_id"],
        "event_date": record["event_date"],
        "year": _year(record["event_date"]),
        "time_precision": record["time_precision"],
        "disorder_type": record["disorder_type"],
        "event_type": record["event_type"],
        "sub_event_type": record["sub_event_type"],
        "actor1": record["actor1"],
        "assoc_actor_1": record["assoc_actor_1"],
        "inter1": record["inter1"],
        "actor2": record["actor2"],
        "assoc_actor_2": record["assoc_actor_2"],
        "inter2": record["inter2"],
        "interaction": record["interaction"],
        "civilian_targeting": "Civilian targeting" if record["civilian_targeting"] else "",
        "iso": _iso_numeric(record["iso3"]),
        "region": None,
        "country": record["country"],
        "admin1": record["admin1"],
        "admin2": record["admin2"],
        "admin3": None,
        "location": record["location"],
        "latitude": record["latitude"],
        "longitude": record["longitude"],
        "geo_precision": record["geo_precision"],
        "source": _outlets(record),
        "source_scale": None,
        "notes": record["notes"],
        "fatalities": record["fatalities"],
        "tags": None,
        "timestamp": None,
    }


def _type_of_violence(record: Mapping[str, Any]) -> int | None:
    """UCDP: 1 state-based, 2 non-state, 3 one-sided; None outside organised violence."""
    if record["event_type"] == "Violence against civilians":
        return 3
    if record["event_type"] in _POLITICAL_VIOLENCE:
        return 1 if "State forces" in (record["inter1"], record["inter2"]) else 2
    return None


def _date_prec(record: Mapping[str, Any]) -> int | None:
    """UCDP: 1 day, 2 two to six days, 3 week, 4 month, 5 year."""
    start, end = record["date_start"], record["date_end"]
    if start and end and start != end:
        days = (date.fromisoformat(end) - date.fromisoformat(start)).days
        if days <= 6:
            return 2
        return 3 if days <= 8 else 4 if days <= 31 else 5
    return {1: 1, 2: 3, 3: 4}.get(record["time_precision"])


def ucdp_row(record: Mapping[str, Any]) -> dict[str, Any]:
    sides = record.get("deaths_by_side") or {}
    lat, lon = record["latitude"], record["longitude"]
    sources = record["sources"]
    side_a, side_b = record["actor1"], record["actor2"]
    return {
        "id": record["event_id"],
        "year": _year(record["event_date"]),
        "type_of_violence": _type_of_violence(record),
        "dyad_name": " - ".join(x for x in (side_a, side_b) if x) or None,
        "side_a": side_a,
        "side_b": side_b,
        "number_of_sources": len(sources),
        "source_article": "; ".join(s.get("url") or s["article_id"] for s in sources),
        "source_office": _outlets(record),
        "source_date": "; ".join(s["published"] for s in sources if s.get("published")),
        "where_prec": record["where_prec"],
        "where_coordinates": record["location"],
        "where_description": ", ".join(
            x for x in (record["location"], record["admin1"], record["country"]) if x
        ),
        "adm_1": record["admin1"],
        "adm_2": record["admin2"],
        "latitude": lat,
        "longitude": lon,
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else None,
        "country": record["country"],
        "date_prec": _date_prec(record),
        "date_start": record["date_start"],
        "date_end": record["date_end"],
        "deaths_a": sides.get("side_a", 0),
        "deaths_b": sides.get("side_b", 0),
        "deaths_civilians": sides.get("civilians", 0),
        "deaths_unknown": sides.get("unknown", 0),
        "best": record["fatalities_best"] or 0,
        "high": record["fatalities_high"] or 0,
        "low": record["fatalities_low"] or 0,
    }
