"""Choose the event's place among the mentions and resolve it to one gazetteer entry.

Disambiguation, strongest first: what the text pins a name to ("Gary, Ind.", "Fino, Mandera
county"), containment (a town inside a named province), the article's country and admin-1
context from the other mentions, closeness to co-mentioned places, and population only as a
last prior. Roles keep datelines, statement origins and actors' home countries from being
chosen as the event's place; they still count, weakly, as context.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from frontlines.domain import Place
from frontlines.geo.gazetteer import Candidate, Entry, Gazetteer, get_gazetteer
from frontlines.geo.mentions import PlaceMention
from frontlines.geo.normalize import name_key
from frontlines.geo.place_mention import prominent
from frontlines.geo.place_out import km, to_place, water_place

_ROLE_WEIGHT = {
    None: 1.0,
    "dateline": 1.0,
    "statement_origin": 0.2,
    "actor_origin": 0.3,
    # "Kenyan police", "Kenyan villagers": where the event is, more often than not.
    "resident_origin": 0.6,
    "cue": 0.3,
    "outlet": 0.5,
}
_LABEL_WEIGHT = {"ORG": 0.5, "PERSON": 0.5}
_SPECIFICITY = {"PPL": 3.0, "ADM3": 2.5, "ADM2": 2.0, "ADM1": 1.0, "PCLI": 0.0}
# Beyond this distance from every co-mentioned place, a town in another state than the
# article's is more likely a namesake than the event's place.
_NEAR_KM = 60.0


@dataclass(frozen=True, slots=True)
class Resolved:
    """A mention with the candidate chosen for it."""

    mention: PlaceMention
    entry: Entry
    score: float
    # The article text from this mention's end to the next mention's start (for containment).
    text: str = ""

    def mention_text_after(self, other: Resolved) -> str | None:
        if not self.text or other.mention.start < self.mention.end:
            return None
        return self.text[self.mention.end : other.mention.start]


def locate_event(
    text: str,
    mentions: Sequence[PlaceMention],
    *,
    focus: Sequence[tuple[int, int]],
    gazetteer: Gazetteer | None = None,
) -> Place | None:
    """The event's place: mentions inside ``focus`` first, then the dateline, then the rest of
    the article, then the article's country. None when nothing at all can be placed."""
    gaz = gazetteer or get_gazetteer()
    resolved = [replace(r, text=text) for r in resolve_mentions(mentions, gazetteer=gaz)]

    def in_focus(m: PlaceMention) -> bool:
        return any(s <= m.start and m.end <= e for s, e in focus)

    water = [m for m in mentions if m.kind_hint == "WATER" and m.role is None]
    votes = _country_votes(resolved)
    consensus = max(sorted(votes), key=lambda cc: votes[cc]) if votes else None
    tiers = [
        [r for r in resolved if r.mention.role is None and in_focus(r.mention)],
        [r for r in resolved if r.mention.role == "dateline"],
        [r for r in resolved if r.mention.role is None],
    ]
    settled = _settled(consensus, votes)
    homes = {h for r in resolved if r.mention.role == "cue" for h in r.mention.homes}
    home = _pinned_dateline(resolved)
    if home is not None:
        # "SPARTANBURG, S.C. (WSPA) —": a local outlet's story happens in its state; a town
        # elsewhere in the event's sentences is a hospital, a hometown or a namesake.
        tiers[0] = [r for r in tiers[0] if _near_home(r, home)]
    for tier in tiers:
        # The article's country first; elsewhere only on firm evidence, since a lone weak
        # match abroad ("Jubilee", "Green") is far more often an English word than a place.
        eligible = [
            r
            for r in tier
            if (_supported(r, resolved) or _stands_alone(r) or r.mention.state_hint is not None)
            and not _contradicted(r, resolved)
            and (r.mention.kind_hint != "PART" or _near_other_town(r, resolved))
            and not (settled and _lone_town_abroad(r, consensus, resolved))
            and not _outside_homes(r, homes, resolved)
        ]
        # Where the text says the event happened ("in western Iraq", "near Kabul") outranks
        # places named only as adjectives or owners ("US soldiers", "Iraq's military"),
        # however often those recur in the article.
        # Within the article's country, a place named inside the located one ("in northern
        # Kenya's Laikipia County") is more specific still; a located place abroad does not
        # outrank the article's own places ("in Naushera sector (Rajouri district, J&K)").
        located = [r for r in eligible if r.mention.locative or r.mention.qualifier]
        agreeing = [r for r in eligible if r.entry.cc == consensus]
        firm = [r for r in eligible if _confidence(r) >= 0.8]
        here = [r for r in located if r.entry.cc == consensus]
        if here and all(r.entry.kind == "PCLI" for r in here):
            here = [r for r in agreeing if r.entry.kind != "PCLI"] or here
        if located and not here:
            # Only a place inside the article's country outranks a located place abroad:
            # the country's bare name is mostly an adjective or an owner ("US soldiers were
            # injured in a raid in western Iraq").
            agreeing = [r for r in agreeing if r.entry.kind != "PCLI"]
        chosen = (
            _pick(here, resolved)
            or _pick(agreeing, resolved)
            or _pick([r for r in located if r in firm], resolved)
            or _pick(firm, resolved)
        )
        if chosen is None and not settled:
            chosen = _pick(located, resolved) or _pick(eligible, resolved)
        if chosen is not None:
            return _to_place(chosen, gaz, resolved)
    for m in water:
        if any(s <= m.start and m.end <= e for s, e in focus):
            return water_place(m)
    outlet = _outlet_state(resolved, consensus)
    if outlet is not None:
        return _to_place(outlet, gaz, resolved, qualifier=None)
    # With no place to stand on, a country the text names (or implies by an adjective:
    # "Kenyan police") is still the honest answer, at country precision.
    named = _country_votes([r for r in resolved if r.entry.kind == "PCLI"])
    country = consensus
    if named and (country is None or votes[country] < 0.5):
        country = max(sorted(named), key=lambda cc: named[cc])
    if country is not None and (votes[country] >= 0.5 or country in named):
        home = _cue_home(resolved, country, gaz)
        if home is not None:
            return _to_place(home, gaz, resolved, qualifier=None)
        entry = gaz.country(country)
        if entry is not None:
            mention = next(r.mention for r in resolved if r.entry.cc == country)
            return _to_place(Resolved(mention, entry, 0.0), gaz, resolved, qualifier=None)
    if water:
        return water_place(water[0])
    return None


def resolve_mentions(
    mentions: Sequence[PlaceMention], *, gazetteer: Gazetteer | None = None
) -> list[Resolved]:
    """Each mention with candidates, resolved to its best candidate in the article's context.

    Two passes: first every candidate of every other mention votes (shared out within its
    mention); then each mention's current choice votes alone.
    """
    del gazetteer  # candidates carry their entries; kept for a uniform signature
    usable = [m for m in mentions if m.candidates]
    chosen: dict[int, Entry] = {}
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(usable):
        groups[name_key(m.text)].append(i)
    for _ in range(2):
        context = _Context(usable, chosen)
        chosen = {}
        # One sense per article: every "Shelby" is the same Shelby, chosen on the evidence
        # of all of them together.
        for members in groups.values():
            totals: dict[Entry, float] = defaultdict(float)
            for i in members:
                for c in usable[i].candidates:
                    totals[c.entry] += context.score(c, usable[i], i)
            shared = {
                e
                for e in totals
                if all(any(c.entry == e for c in usable[i].candidates) for i in members)
            }
            for i in members:
                pool = shared or {c.entry for c in usable[i].candidates}
                chosen[i] = max(sorted(pool, key=lambda e: e.id), key=lambda e: totals[e])
    context = _Context(usable, chosen)
    return [
        Resolved(m, chosen[i], context.score(_as_candidate(m, chosen[i]), m, i))
        for i, m in enumerate(usable)
    ]


def _as_candidate(mention: PlaceMention, entry: Entry) -> Candidate:
    return next(c for c in mention.candidates if c.entry == entry)


def _weight(mention: PlaceMention) -> float:
    return _ROLE_WEIGHT.get(mention.role, 1.0) * _LABEL_WEIGHT.get(mention.label, 1.0)


def _admin1(entry: Entry) -> int | None:
    return entry.id if entry.kind == "ADM1" else entry.adm1


class _Context:
    """The votes of all mentions, so that each candidate is scored against the others'."""

    def __init__(self, mentions: Sequence[PlaceMention], chosen: dict[int, Entry]) -> None:
        self.mentions = mentions
        self.country_votes: list[dict[str, float]] = []
        self.admin_votes: list[dict[int, float]] = []
        self.country_sum: dict[str, float] = defaultdict(float)
        self.admin_sum: dict[int, float] = defaultdict(float)
        # unit id -> mentions that may name that unit (containment)
        self.holders: dict[int, list[int]] = defaultdict(list)
        self.towns: list[tuple[int, Entry]] = []
        for index, mention in enumerate(mentions):
            weight = _weight(mention)
            entries = [chosen[index]] if index in chosen else [c.entry for c in mention.candidates]
            # Before any choice, a name's votes are shared by prior (size and match quality):
            # "Houston" votes mostly for Texas.
            priors = [_prior(e, mention) for e in entries]
            norm = sum(priors) or 1.0
            cvote: dict[str, float] = defaultdict(float)
            avote: dict[int, float] = defaultdict(float)
            for e, p in zip(entries, priors, strict=True):
                # A country named outright is strong evidence for the article's country.
                cvote[e.cc] += weight * p / norm * (2.0 if e.kind == "PCLI" else 1.0)
                unit = _admin1(e)
                if mention.state_hint is None and unit is not None:
                    avote[unit] += weight * p / norm
            if mention.state_hint is not None:
                avote = defaultdict(float, {mention.state_hint: weight})
            for home in mention.homes:
                # "OSCE SMM", "Orma herders": the group's home regions settle namesakes
                # ("Serhiivka" near the front line, not the one in Poltava).
                avote[home] += 1.0 / len(mention.homes)
            for cc, v in cvote.items():
                self.country_sum[cc] += v
            for unit, v in avote.items():
                self.admin_sum[unit] += v
            self.country_votes.append(cvote)
            self.admin_votes.append(avote)
            for e in entries:
                if e.kind in ("ADM1", "ADM2"):
                    self.holders[e.id].append(index)
            if index in chosen and chosen[index].kind == "PPL":
                self.towns.append((index, chosen[index]))
        self.country_total = sum(self.country_sum.values())
        self.admin_total = sum(self.admin_sum.values())

    def score(self, candidate: Candidate, mention: PlaceMention, index: int) -> float:
        entry = candidate.entry
        score = -0.8 * candidate.quality
        if entry.kind == "PCLI" and candidate.quality < 2:
            # A country's own name is rarely anything else.
            score += 1.5
        own_c, own_a = self.country_votes[index], self.admin_votes[index]
        # The floor keeps one weak vote (an actor's origin) from being the whole context.
        country_total = max(1.5, self.country_total - sum(own_c.values()))
        score += 2.5 * (self.country_sum[entry.cc] - own_c.get(entry.cc, 0.0)) / country_total
        unit = _admin1(entry)
        if unit is not None:
            admin_total = max(1.5, self.admin_total - sum(own_a.values()))
            score += 1.5 * (self.admin_sum.get(unit, 0.0) - own_a.get(unit, 0.0)) / admin_total
        # What the text pins the place to: "Gary, Ind.".
        if mention.state_hint is not None:
            score += 4.0 if unit == mention.state_hint else -2.0
        # Containment: a named unit that holds this place, preferably named close by.
        # Another mention of the same name is no container: every "San Francisco" of a story
        # would otherwise put the Honduran town inside its namesake municipality.
        own = name_key(mention.text)
        holders = [
            i
            for u in (entry.adm1, entry.adm2)
            if u is not None
            for i in self.holders.get(u, ())
            if i != index and name_key(self.mentions[i].text) != own
        ]
        if holders:
            other = self.mentions[holders[0]]
            near = any(0 < self.mentions[i].start - mention.end < 80 for i in holders)
            score += (3.0 if near else 2.0) * min(1.0, _weight(other) * 2)
        # Co-mentioned towns close by.
        if entry.kind == "PPL" and entry.lat is not None and entry.lon is not None:
            for i, town in self.towns:
                if (
                    i != index
                    and town.id != entry.id
                    and town.lat is not None
                    and town.lon is not None
                    and abs(town.lat - entry.lat) < 1.0
                    and km(entry.lat, entry.lon, town.lat, town.lon) < _NEAR_KM
                ):
                    score += 0.8
                    break
        if mention.kind_hint is not None and entry.kind == mention.kind_hint:
            score += 1.0
        elif mention.kind_hint is None:
            score += _town_or_unit(entry, mention)
        # Population, the last prior: about 0.7 between a hamlet and a megacity.
        score += 0.12 * math.log10(entry.pop + 10)
        return score


def _prior(entry: Entry, mention: PlaceMention) -> float:
    quality = next((c.quality for c in mention.candidates if c.entry == entry), 2)
    return math.sqrt(entry.pop + 1000) * (1.0, 0.5, 0.1)[quality]


def _town_or_unit(entry: Entry, mention: PlaceMention) -> float:
    """ "In Mandera" is the town more often than the county it is the seat of; but a county's
    name is the county when the namesake village lies elsewhere ("Samburu")."""
    units = {c.entry.id for c in mention.candidates if c.entry.kind in ("ADM1", "ADM2")}
    # A big city's name is the city rather than a namesake county elsewhere ("Oakland").
    if entry.kind == "PPL" and (
        not units or units & {entry.adm1, entry.adm2} or entry.pop >= 100_000
    ):
        return 0.2
    if entry.kind == "ADM1" and units:
        seat = any(
            c.entry.kind == "PPL" and entry.id in (c.entry.adm1, c.entry.adm2)
            for c in mention.candidates
        )
        return 0.0 if seat else 0.5
    return 0.0


def _pick(tier: Sequence[Resolved], everything: Sequence[Resolved]) -> Resolved | None:
    """The most specific consistent place of a tier, the earliest among equals; a place the
    text names only as the container of another ("the Rafah district of Gaza") comes last."""
    consistent = [r for r in tier if _consistent(r, everything)]
    if not consistent:
        return None
    inner = [r for r in consistent if not any(_contains(r, o) for o in consistent)]
    return max(
        inner or consistent,
        key=lambda r: (_SPECIFICITY.get(r.entry.kind, 0), -r.mention.start),
    )


def _contains(outer: Resolved, inner: Resolved) -> bool:
    """Whether the text names ``outer`` right after ``inner`` as where it lies."""
    between = inner.mention_text_after(outer)
    return (
        between is not None
        and outer.mention.start - inner.mention.end <= 40
        and _CONTAINER_GAP.match(between) is not None
    )


def _consistent(candidate: Resolved, everything: Sequence[Resolved]) -> bool:
    """False for a town that sits in none of the article's named units and far from all its
    other places, when the rest of the article agrees on an admin-1: usually a namesake of a
    neighbourhood or street the gazetteer lacks ("Englewood" in a Chicago story)."""
    entry = candidate.entry
    if entry.kind != "PPL" or candidate.mention.state_hint is not None or _home(candidate):
        return True
    # A name held by one town only ("Mount Sinai") is dropped on firmer agreement alone: in
    # a Chicago story it is a hospital, not the hamlet in New York.
    unique = len(candidate.mention.candidates) < 2
    others = [
        r
        for r in everything
        if r.mention is not candidate.mention
        and r.entry.id != entry.id
        and r.mention.role in (None, "dateline")
        # A country says nothing about the admin-1 ("U.S." in a Kansas story).
        and r.entry.kind != "PCLI"
    ]
    units: dict[int | None, float] = defaultdict(float)
    for r in others:
        units[_admin1(r.entry)] += _weight(r.mention)
    if not units:
        return True
    top, weight = max(units.items(), key=lambda kv: kv[1])
    total = sum(units.values())
    floor, share = (2.5, 0.8) if unique else (1.5, 0.6)
    if top is None or weight < floor or weight / total < share or _admin1(entry) == top:
        return True
    return any(
        r.entry.lat is not None
        and r.entry.lon is not None
        and entry.lat is not None
        and entry.lon is not None
        and km(entry.lat, entry.lon, r.entry.lat, r.entry.lon) < _NEAR_KM
        for r in others
        if r.entry.kind == "PPL"
    )


def _confidence(r: Resolved) -> float:
    """How sure the text is that this mention is a place at all, before any context."""
    mention, entry = r.mention, r.entry
    if mention.label in ("GPE", "LOC", "FAC"):
        confidence = 1.0
    elif mention.label == "PATTERN":
        words = len(mention.text.split())
        strong = words > 1 or entry.kind != "PPL" or entry.pop >= 50000 or mention.kind_hint
        confidence = 0.8 if strong else 0.5
    else:
        confidence = 0.5
    quality = next((c.quality for c in mention.candidates if c.entry == entry), 2)
    if mention.state_hint is not None and _admin1(entry) == mention.state_hint:
        # "HAMPTON, Va.": the text itself says where this is.
        return 1.0
    if mention.locative and quality < 2:
        confidence = max(confidence, 0.8)
    if quality == 2:
        confidence *= 0.4
    return confidence


_CONTAINER_GAP = re.compile(
    r"^(?:\s+(?:town|village|city|area|camp|district|neighbourhood|neighborhood))?"
    r"\s*(?:,|\(|,?\s+in|,?\s+of|\s+\(\w[^()]*,)\s*(?:the\s+)?$"
)


def _contradicted(r: Resolved, resolved: Sequence[Resolved]) -> bool:
    """The text puts this place inside a unit ("Kom, Isiolo County", "Kamianka (Donetsk)")
    that its resolved entry is not in: the gazetteer lacks the real place, so the unit wins."""
    entry = r.entry
    for other in resolved:
        gap = other.mention.start - r.mention.end
        if other.mention is r.mention or not 0 <= gap <= 40:
            continue
        between = r.mention_text_after(other)
        if between is None or not _CONTAINER_GAP.match(between):
            continue
        unit = other.entry
        if unit.kind == "PCLI":
            return entry.cc != unit.cc
        if unit.kind in ("ADM1", "ADM2") and entry.kind in ("PPL", "ADM2", "ADM3"):
            return unit.id not in (entry.adm1, entry.adm2)
        if unit.kind == "PPL" and entry.kind in ("PPL", "ADM3") and between.strip() == "in":
            # "Ngomeni in Malindi": a namesake far from the town it is said to be in.
            return _far(entry, unit)
        if unit.kind == "PPL" and entry.kind in ("PPL", "ADM3"):
            # "Kamianka, Donetsk": the container is the province as much as its capital; a
            # namesake in neither, far from the town, is not the place meant.
            units = {
                c.entry.id
                for c in other.mention.candidates
                if c.quality == 0 and c.entry.kind in ("ADM1", "ADM2") and c.entry.cc == unit.cc
            }
            return bool(units) and not units & {entry.adm1, entry.adm2} and _far(entry, unit)
        return False
    return False


def _far(a: Entry, b: Entry) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return a.adm1 != b.adm1 and km(a.lat, a.lon, b.lat, b.lon) > _NEAR_KM


def _near_other_town(r: Resolved, resolved: Sequence[Resolved]) -> bool:
    """A neighbourhood ("the Chatham neighborhood") in a story that names a city is a part of
    that city: a town of that name far from every city named is a namesake."""
    own = name_key(r.mention.text)
    a = r.entry
    cities = [
        o.entry
        for o in resolved
        if o.entry.kind == "PPL"
        and o.entry.pop >= 100_000
        # A lone capitalised word ("Metro") is too weak a city to make others its parts.
        and (o.mention.label in ("GPE", "LOC", "FAC") or o.entry.pop >= 300_000)
        and o.mention.role in (None, "dateline")
        and name_key(o.mention.text) != own
    ]
    return not cities or any(
        a.lat is not None
        and a.lon is not None
        and c.lat is not None
        and c.lon is not None
        and km(a.lat, a.lon, c.lat, c.lon) < _NEAR_KM
        for c in cities
    )


def _lone_town_abroad(r: Resolved, consensus: str | None, resolved: Sequence[Resolved]) -> bool:
    """A town outside the article's settled country with nothing else in its country
    ("Whitehaven" in a Memphis story): a namesake of a local place, not an event abroad."""
    return (
        consensus is not None
        and r.entry.cc != consensus
        and r.entry.kind == "PPL"
        and r.mention.state_hint is None
        and not _supported(r, resolved)
    )


def _outside_homes(r: Resolved, homes: set[int], resolved: Sequence[Resolved]) -> bool:
    """A namesake town outside the home regions of the groups the text names ("near
    Serhiivka" in a front-line monitors' report: one of several Serhiivkas, none of them
    at the front), with no other place in its admin-1: the gazetteer lacks the real one."""
    entry = r.entry
    if not homes or entry.kind != "PPL" or r.mention.state_hint is not None:
        return False
    towns = [c for c in r.mention.candidates if c.entry.kind == "PPL"]
    if len(towns) < 2 or entry.adm1 in homes or prominent(r.mention.candidates):
        return False
    if any(c.entry.kind in ("ADM1", "ADM2") for c in r.mention.candidates):
        return False  # "in Wajir": the county's name is no namesake village
    home_countries = {o.entry.cc for o in resolved if o.mention.role == "cue" and o.mention.homes}
    if entry.cc not in home_countries:
        return False
    return not any(
        o.mention is not r.mention
        and o.mention.role in (None, "dateline")
        and _admin1(o.entry) == entry.adm1
        for o in resolved
    )


def _supported(r: Resolved, resolved: Sequence[Resolved]) -> bool:
    """Another mention (an adjective, a dateline, a province) puts the article in this
    place's country."""
    # Another name for the same entry ("Paletwa", "Paletwa Township" both read as Poltava)
    # is no independent support.
    return any(
        o.mention is not r.mention
        and o.entry.id != r.entry.id
        and o.entry.cc == r.entry.cc
        and _confidence(o) >= 0.3
        for o in resolved
    )


def _stands_alone(r: Resolved) -> bool:
    """Sure enough to be placed with no other mention agreeing: an exact name that NER calls a
    place, or a unit, or a large town."""
    quality = next((c.quality for c in r.mention.candidates if c.entry == r.entry), 2)
    if quality == 2:
        return False
    return (
        r.mention.label in ("GPE", "LOC", "FAC")
        or len(r.mention.text.split()) > 1
        or prominent(r.mention.candidates)
        or (r.mention.locative and quality == 0)
        # One place in the whole gazetteer bears this name ("Hulugho"): nothing to confuse.
        or (len(r.mention.candidates) == 1 and quality == 0 and len(r.mention.text) >= 5)
        # Every bearer of the name lies in one admin-1 unit ("Githurai", the town and its
        # ward): whichever is meant, the event is placed there.
        or (
            quality == 0
            and len(r.mention.text) >= 5
            and all(c.quality == 0 for c in r.mention.candidates)
            and len({(c.entry.cc, _admin1(c.entry)) for c in r.mention.candidates}) == 1
        )
    )


def _cue_home(resolved: Sequence[Resolved], country: str, gaz: Gazetteer) -> Resolved | None:
    """The home region of the groups the text names ("Orma herders" → Tana River), when the
    answer would otherwise be the bare country: the one most named, the first among equals."""
    counts: dict[int, int] = defaultdict(int)
    first: dict[int, PlaceMention] = {}
    for r in resolved:
        homes = r.mention.homes
        if r.mention.role == "cue" and homes and r.entry.cc == country:
            counts[homes[0]] += 1
            first.setdefault(homes[0], r.mention)
    if not counts:
        return None
    best = max(first, key=lambda unit: counts[unit])
    entry = gaz.get(best)
    return Resolved(first[best], entry, 0.0) if entry is not None else None


def _outlet_state(resolved: Sequence[Resolved], consensus: str | None) -> Resolved | None:
    """The state of the local station most often named, when the text places nothing
    itself and the article is not about another country."""
    outlets = [r for r in resolved if r.mention.role == "outlet"]
    if not outlets or (consensus is not None and consensus != outlets[0].entry.cc):
        return None
    counts: dict[int, int] = defaultdict(int)
    for r in outlets:
        counts[r.entry.id] += 1
    best = max(sorted(counts), key=lambda unit: counts[unit])
    return next(r for r in outlets if r.entry.id == best)


def _pinned_dateline(resolved: Sequence[Resolved]) -> Resolved | None:
    """The dateline's place when the text pins it to a state ("CAMERON, W.Va."), or a big
    city AP writes alone ("DENVER (CBS4) —"); not the wire services' national datelines."""
    return next((r for r in resolved if _home(r)), None)


def _home(r: Resolved) -> bool:
    if r.mention.role != "dateline":
        return False
    if r.mention.state_hint is not None:
        return _admin1(r.entry) == r.mention.state_hint
    return (
        r.entry.kind == "PPL"
        and r.entry.pop >= 300_000
        and _confidence(r) >= 0.8
        and name_key(r.entry.name) not in _NATIONAL_DATELINES
    )


# Datelines of national news as often as of local events.
_NATIONAL_DATELINES = frozenset({"washington", "new york", "new york city", "london"})


def _near_home(r: Resolved, home: Resolved) -> bool:
    """In the dateline's state, pinned by the text itself, or close to the dateline's town
    (a metro area across a state line)."""
    if r.mention.state_hint is not None:
        return True
    if _admin1(r.entry) == _admin1(home.entry):
        return True
    a, b = r.entry, home.entry
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return km(a.lat, a.lon, b.lat, b.lon) < _NEAR_KM


def _settled(consensus: str | None, votes: dict[str, float]) -> bool:
    """The article's country is beyond doubt (a dateline and several agreeing places): a
    weak match abroad in the event's sentences ("the Bellagio" in a Las Vegas story) is then
    a hotel, a bar or a street, and the next tier is asked instead."""
    if consensus is None:
        return False
    total = sum(votes.values())
    return votes[consensus] >= 2.0 and votes[consensus] >= 0.75 * total


def _country_votes(resolved: Sequence[Resolved]) -> dict[str, float]:
    """The article's country: each mention votes for its resolved country, by how sure it is
    a place and how unambiguous its name is."""
    votes: dict[str, float] = defaultdict(float)
    for r in resolved:
        pinned = r.mention.state_hint is not None and _admin1(r.entry) == r.mention.state_hint
        spread = 1 if pinned else len({c.entry.cc for c in r.mention.candidates}) or 1
        votes[r.entry.cc] += _weight(r.mention) * _confidence(r) / spread
    return votes


def _to_place(
    chosen: Resolved,
    gaz: Gazetteer,
    resolved: Sequence[Resolved],
    *,
    qualifier: str | bool | None = True,
) -> Place:
    del resolved  # kept for a uniform call
    q = chosen.mention.qualifier if qualifier is True else qualifier
    return to_place(chosen.entry, q if isinstance(q, str) else None, gaz)
