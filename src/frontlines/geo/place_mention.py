"""The place mention: a place named in the text, what the text says about it, and its
gazetteer candidates. Shared by the mention finder, the evidence from cues and outlets, and the
resolver."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from frontlines.geo.gazetteer import Candidate


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, with its gazetteer candidates (best first)."""

    text: str
    start: int
    end: int
    label: str  # NER label, or "PATTERN" for rule-found spans
    qualifier: str | None  # "near", "outskirts", "western", "northeast", ... or None
    candidates: tuple[Candidate, ...]
    # "dateline" | "statement_origin" | "actor_origin" | "resident_origin" |
    # "foreigner_origin" | "cue" | "outlet" | None
    role: str | None
    # What the text says the place is: "ADM1" ("Mandera county"), "ADM2" ("Sujawal district"),
    # "PPL" ("the town of Karak"), "WATER", or None.
    kind_hint: str | None = None
    # For "City, ST" (US AP style): the state the text pins the place to.
    state_hint: int | None = None
    # Governed by a locative preposition ("in Malekan", "at Liboi"): a place, whatever NER
    # called it.
    locative: bool = False
    # For a cue ("Gabra herders", "OSCE SMM"): the admin-1 units that are the group's home,
    # most likely first: the region a coder places an event by when the text names no place.
    homes: tuple[int, ...] = ()


def prominent(candidates: Sequence[Candidate]) -> bool:
    """A unit or a big town among the exact matches: a name worth trusting on its own."""
    return any(
        c.quality < 2
        and (c.entry.kind in ("ADM1", "PCLI") or (c.entry.kind == "PPL" and c.entry.pop >= 100_000))
        for c in candidates
    )
