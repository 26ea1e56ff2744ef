"""Reconciling the claims of an incident's articles into one record.

ACLED's ``fatalities`` is the lowest credible figure; UCDP keeps low/best/high. A toll that
rose in a later report ("the death toll rose to 12") supersedes the earlier, lower figures:
they stay in the history but no longer pull ``low`` down, and the latest report gives
``best``. Reports of the same day that disagree are a real conflict: both stay credible.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

from rapidfuzz import fuzz

from frontlines.domain import EVENT_TYPES, Claim, Event, Place, Range, Source, Span
from frontlines.incidents.features import first_by_hierarchy, range_value
from frontlines.incidents.model import Figure, Incident, Link

_CIVILIAN_WORDS = (
    "civilian", "child", "children", "resident", "villager", "bystander", "passer",
    "student", "worker", "people", "women", "family", "families", "worshipper", "patient",
)  # fmt: skip
_ORDER_UNKNOWN = date.min


def _published(event: Event) -> date | None:
    for source in event.sources:
        if source.article_id in event.article_ids and source.published is not None:
            return source.published
    return None


def _figures(field: str, members: Sequence[Event]) -> list[Figure]:
    raw: list[tuple[str, date | None, Range]] = []
    for m in members:
        rng = m.fatalities_range if field == "fatalities" else m.injured_range
        if rng.low is None and rng.best is None and rng.high is None:
            continue
        raw.append((m.article_ids[0] if m.article_ids else m.event_id, _published(m), rng))

    figures = []
    for article_id, published, rng in raw:
        when = published or _ORDER_UNKNOWN
        superseded = any(
            (other_pub or _ORDER_UNKNOWN) > when and _value(other) > _value(rng)
            for _, other_pub, other in raw
        )
        figures.append(
            Figure(field, article_id, published, rng.low, rng.best, rng.high, superseded)
        )
    return figures


def _value(rng: Range) -> int:
    value = range_value(rng)
    if value is None:
        raise ValueError("a figure without any value")
    return value


def _range(figures: Sequence[Figure]) -> Range:
    if not figures:
        return Range()
    values = [_value(Range(f.low, f.best, f.high)) for f in figures]
    active = [(f, v) for f, v in zip(figures, values, strict=True) if not f.superseded]
    low = min(f.low if f.low is not None else v for f, v in active)
    high = max(f.high if f.high is not None else v for f, v in zip(figures, values, strict=True))
    latest = max((f.published or _ORDER_UNKNOWN) for f, _ in active)
    newest = sorted(v for f, v in active if (f.published or _ORDER_UNKNOWN) == latest)
    best = newest[(len(newest) - 1) // 2]  # the lower median of the latest reports
    return Range(low=low, best=max(low, best), high=max(high, best))


def _side(claim: Claim, lead: Event) -> str:
    about = (claim.about or "").casefold()
    if not about:
        return "unknown"
    if any(word in about for word in _CIVILIAN_WORDS):
        return "civilians"
    for side, actors in (
        ("side_a", (lead.actor1, lead.assoc_actor_1)),
        ("side_b", (lead.actor2, lead.assoc_actor_2)),
    ):
        if any(a and fuzz.token_set_ratio(about, a.casefold()) >= 80 for a in actors):
            return side
    return "unknown"


def _deaths_by_side(members: Sequence[Event], lead: Event) -> dict[str, int]:
    # Per article, the dead of each side; across articles, the latest article's figure.
    per_article: dict[str, tuple[date, dict[str, int]]] = {}
    for m in members:
        sides: dict[str, int] = defaultdict(int)
        for claim in m.claims:
            if claim.field != "fatalities" or not claim.about:
                continue
            n = claim.value if isinstance(claim.value, int) else claim.low
            if n is not None:
                sides[_side(claim, lead)] += n
        if sides:
            key = m.article_ids[0] if m.article_ids else m.event_id
            per_article[key] = (_published(m) or _ORDER_UNKNOWN, dict(sides))
    result: dict[str, int] = {}
    latest: dict[str, date] = {}
    for when, sides in per_article.values():
        for side, n in sides.items():
            if (
                side not in latest
                or when > latest[side]
                or (when == latest[side] and n > result[side])
            ):
                latest[side], result[side] = when, n
    return dict(sorted(result.items()))


def _subtype_rank(event: Event) -> int:
    subtypes = EVENT_TYPES.get(event.event_type, ())
    return (
        subtypes.index(event.sub_event_type) if event.sub_event_type in subtypes else len(subtypes)
    )


def _lead(members: Sequence[Event]) -> Event:
    """The member whose typing the incident takes: ACLED's hierarchy decides between tactics."""
    event_type = first_by_hierarchy(m.event_type for m in members)
    typed = [m for m in members if m.event_type == event_type]
    return min(typed, key=lambda m: (_subtype_rank(m), -m.confidence))


def _first(values: Sequence[str | None]) -> str | None:
    return next((v for v in values if v), None)


def _place(members: Sequence[Event]) -> Place:
    def precision(m: Event) -> tuple[int, int, int]:
        p = m.place
        has_coords = p.latitude is not None and p.longitude is not None
        return (p.geo_precision or 9, p.where_prec or 9, 0 if has_coords else 1)

    return min(members, key=precision).place


def _event_date(members: Sequence[Event]) -> date | None:
    counts = Counter(m.event_date for m in members if m.event_date is not None)
    if not counts:
        return None
    return min(counts, key=lambda d: (-counts[d], d))


def span(members: Sequence[Event]) -> tuple[date | None, date | None]:
    """The first and last day any member reports (``date_start`` and ``date_end``)."""
    starts = [d for m in members for d in (m.date_start, m.event_date) if d is not None]
    ends = [d for m in members for d in (m.date_end, m.event_date) if d is not None]
    return (min(starts) if starts else None, max(ends) if ends else None)


def reach(members: Sequence[Event]) -> tuple[date | None, date | None, str | None]:
    """What blocking compares a new event with: the incident's span and its country.

    Exactly the values ``reconcile`` gives, at a fraction of its cost: ingest keeps them
    current after every join and reconciles the whole incident once per batch.
    """
    first, last = span(members)
    return first, last, _place(members).country


def reconcile(incident_id: str, members: Sequence[Event], links: Sequence[Link] = ()) -> Incident:
    """The incident built from its members (in the order they joined) and the reasons."""
    if not members:
        raise ValueError("an incident needs at least one member event")
    lead = _lead(members)
    others = [lead, *[m for m in members if m is not lead]]
    date_start, date_end = span(members)
    precisions = [m.time_precision for m in members if m.time_precision is not None]
    fatality_figures = _figures("fatalities", members)
    injury_figures = _figures("injured", members)

    article_ids = list(dict.fromkeys(a for m in members for a in m.article_ids))
    sources: dict[str, Source] = {}
    for m in members:
        for s in m.sources:
            sources.setdefault(s.article_id, s)
    ordered_sources = sorted(
        sources.values(),
        key=lambda s: (
            s.published or _ORDER_UNKNOWN,
            article_ids.index(s.article_id) if s.article_id in article_ids else len(article_ids),
        ),
    )
    evidence: dict[str, tuple[Span, ...]] = {}
    for m in others:
        for name, spans in m.evidence.items():
            evidence[name] = (*evidence.get(name, ()), *spans)

    event = dataclasses.replace(
        lead,
        event_id=incident_id,
        article_ids=tuple(article_ids),
        main=any(m.main for m in members),
        event_date=_event_date(members),
        date_start=date_start,
        date_end=date_end,
        time_precision=min(precisions) if precisions else None,
        actor1=_first([m.actor1 for m in others]),
        assoc_actor_1=_first([m.assoc_actor_1 for m in others]),
        inter1=_first([m.inter1 for m in others]),
        actor2=_first([m.actor2 for m in others]),
        assoc_actor_2=_first([m.assoc_actor_2 for m in others]),
        inter2=_first([m.inter2 for m in others]),
        civilian_targeting=any(m.civilian_targeting for m in members),
        place=_place(members),
        fatalities_range=_range(fatality_figures),
        injured_range=_range(injury_figures),
        claims=tuple(c for m in members for c in m.claims),
        sources=tuple(ordered_sources),
        notes=lead.notes,
        confidence=max(m.confidence for m in members),
        evidence=evidence,
    )
    return Incident(
        event=event,
        members=tuple(members),
        links=tuple(links),
        figures=tuple(fatality_figures + injury_figures),
        deaths_by_side=_deaths_by_side(members, lead),
    )
