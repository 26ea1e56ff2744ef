"""Evidence that is not a place name: country cues and local broadcasters, as mentions.

Cues ("ODM supporters", "Pokot raiders", ``geo/cues.py``) become mentions with the role
``cue`` and the countries they point to; call signs ("(WMC) -", ``geo/outlets.py``) become
mentions of their state with the role ``outlet``. Neither is ever the event's place; both vote
for the article's country or state and answer when no place can be resolved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontlines.geo.cues import ROLE_CUE, Cue, find_cues
from frontlines.geo.gazetteer import Candidate, Gazetteer
from frontlines.geo.outlets import ROLE_OUTLET, find_outlets
from frontlines.geo.place_mention import PlaceMention, prominent


def with_outlets(gaz: Gazetteer, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Local stations' call signs ("(WMC) -") as mentions of their state, role ``outlet``."""
    added = []
    for outlet in find_outlets(text):
        if any(outlet.start < m.end and m.start < outlet.end for m in mentions):
            continue
        state = gaz.admin_code("US", outlet.state)
        if state is not None:
            added.append(
                PlaceMention(
                    text[outlet.start : outlet.end],
                    outlet.start,
                    outlet.end,
                    "OUTLET",
                    None,
                    (Candidate(state, 0),),
                    ROLE_OUTLET,
                )
            )
    return mentions + added


def with_cues(gaz: Gazetteer, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Country cues ("ODM", "Pokot raiders") added as mentions with the role ``cue``. A cue
    outranks a weak namesake under it ("Jubilee primaries" is no Canadian village) but not a
    unit or a big town."""
    cues = find_cues(text)
    if not cues:
        return mentions
    kept = [m for m in mentions if _outranks_cues(text, m, cues)]
    for cue in cues:
        if any(cue.start < m.end and m.start < cue.end for m in kept):
            continue
        countries = [gaz.country(cc) for cc in cue.countries]
        candidates = tuple(
            Candidate(entry, min(i, 1)) for i, entry in enumerate(countries) if entry is not None
        )
        if candidates:
            kept.append(
                PlaceMention(
                    text[cue.start : cue.end],
                    cue.start,
                    cue.end,
                    "CUE",
                    None,
                    candidates,
                    ROLE_CUE,
                    homes=_homes(gaz, cue),
                )
            )
    return kept


def _homes(gaz: Gazetteer, cue: Cue) -> tuple[int, ...]:
    if cue.home is None:
        return ()
    homes = []
    for name in cue.home.split(","):
        units = [
            c.entry.id
            for c in gaz.lookup(name.strip())
            if c.entry.kind == "ADM1" and c.entry.cc == cue.countries[0] and c.quality == 0
        ]
        homes += units[:1]
    return tuple(homes)


def _outranks_cues(text: str, mention: PlaceMention, cues: Sequence[Cue]) -> bool:
    """Whether a place mention stands against the cues over it. A cue inside a longer name
    ("Marakwet" of "Marakwet East") leaves the name alone; a cue longer than the name wins
    ("Boda" of "Boda boda"); over the same words, a unit or a big town wins unless the text
    speaks of the people ("Kikuyu youths")."""
    over = [c for c in cues if c.start <= mention.start and mention.end <= c.end]
    if not over:
        return True
    if any(c.end - c.start > mention.end - mention.start for c in over):
        return False
    strong = prominent(mention.candidates) or any(
        c.quality < 2 and c.entry.kind in ("ADM1", "ADM2", "ADM3") for c in mention.candidates
    )
    return strong and not _people(text, mention, cues)


# Nouns that make a community's name a people, not the town of that name: "Kikuyu youths",
# "Kalenjin and Kikuyu" ("Kikuyu residents" are still the town's).
_PEOPLE_AFTER = re.compile(
    r"^\s+(?:people|peoples|tribe|tribes|tribesmen|community|communities|youths?|militias?|"
    r"raiders|attackers|gunmen|warriors|morans?|herders|herdsmen|pastoralists|farmers|"
    r"civilians|elders|clans?|ethnic|families|traders|men|women|supporters|and\b|or\b)",
    re.IGNORECASE,
)
_PEOPLE_BEFORE = re.compile(r"(?:\b(?:and|or|between|against|the)\s+|,\s*)$", re.IGNORECASE)


def _people(text: str, mention: PlaceMention, cues: Sequence[Cue]) -> bool:
    """Whether a name that is both a community and a unit names the community here."""
    if _PEOPLE_AFTER.match(text[mention.end : mention.end + 20]) is None and not (
        _PEOPLE_BEFORE.search(text[max(0, mention.start - 12) : mention.start])
        and any(c.end <= mention.start and mention.start - c.end <= 12 for c in cues)
    ):
        return False
    after = _PEOPLE_AFTER.match(text[mention.end : mention.end + 20])
    if after is not None and after.group(0).strip().lower() in ("and", "or"):
        # "Kikuyu and Kalenjin": a people only when the other name is a cue too.
        nxt = mention.end + after.end()
        return any(0 <= c.start - nxt <= 2 for c in cues)
    return True
