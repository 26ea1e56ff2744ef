"""Geocoding: an offline gazetteer, place mentions, and the event's resolved place.

Public API::

    find_place_mentions(text, ents) -> list[PlaceMention]
    locate_event(text, mentions, *, focus) -> Place | None
    geocode_text(text) -> Place | None
    get_gazetteer() -> Gazetteer          # built on first use, cached per user
"""

from __future__ import annotations

from frontlines.geo.gazetteer import (
    Candidate,
    Entry,
    Gazetteer,
    cache_dir,
    ensure_index,
    get_gazetteer,
    index_path,
)
from frontlines.geo.mentions import PlaceMention, find_place_mentions
from frontlines.geo.resolve import km, locate_event, resolve_mentions
from frontlines.geo.text import event_focus, geocode_text

__all__ = [
    "Candidate",
    "Entry",
    "Gazetteer",
    "PlaceMention",
    "cache_dir",
    "ensure_index",
    "event_focus",
    "find_place_mentions",
    "geocode_text",
    "get_gazetteer",
    "index_path",
    "km",
    "locate_event",
    "resolve_mentions",
]
