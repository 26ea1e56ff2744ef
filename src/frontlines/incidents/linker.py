"""Cross-document event coreference: does a new event join an existing incident?

The decision compares the event with *every* member of each candidate incident, not only the
closest one. A single decisive disagreement with any member (a veto) rules the incident out,
and the mean score over its members must pass a bar too, so a chain of pairwise-similar
reports cannot grow into one giant cluster of unrelated events (single-link clustering's
failure). Analyst corrections are constraints between event ids: must-link wins over the
scores, cannot-link rules an incident out.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from frontlines.domain import Event
from frontlines.incidents.features import (
    CORROBORATED_WINDOW,
    FEATURES,
    casualty_score,
    date_window,
    day_gap,
    place_score,
    same_named_actors,
    score_pair,
)
from frontlines.incidents.model import AGGREGATION, ANALYST, FOUNDER, LINKER, Link
from frontlines.incidents.text import Vector, cosine


@dataclass(frozen=True)
class LinkerConfig:
    """Weights of the features in the pair score, and the bars a join must pass."""

    weights: Mapping[str, float] = field(
        default_factory=lambda: {
            "date": 1.0,
            "place": 1.5,
            # Reports of one event often type it differently (a shooting as an attack or a
            # clash); the type says little, and ACLED's hierarchy settles it afterwards.
            "type": 0.25,
            "actors": 1.0,
            "casualties": 1.0,
            # What tells apart two incidents in one city on nearby days is the story:
            # names, streets, ages.
            "text": 4.0,
        }
    )
    # Cosine similarity at which two articles count as fully similar: reports of one event by
    # different outlets share names and details but rarely more than a third of their weight.
    text_full: float = 0.3
    # Cosine at which two texts corroborate each other: they tell the same story, so dates
    # weeks apart (follow-up reports) and contradicting places (a gazetteer's namesake) no
    # longer veto. On the gun-violence dev sets fewer than 1 in 100 pairs of different
    # incidents within a month reach it.
    corroborate: float = 0.25
    threshold: float = 0.62  # the best member's score must reach this ...
    min_mean: float = 0.5  # ... and the mean over all members this.


def combine(features: Mapping[str, float | None], config: LinkerConfig) -> float:
    """Weighted mean of the known features; an unknown feature neither helps nor hurts."""
    total = weight = 0.0
    for name in FEATURES:
        value = features.get(name)
        if value is None:
            continue
        w = config.weights.get(name, 0.0)
        total += w * value
        weight += w
    return total / weight if weight else 0.0


@dataclass(frozen=True)
class Constraints:
    """Analyst corrections as pairwise constraints between event ids."""

    must: frozenset[tuple[str, str]] = frozenset()
    cannot: frozenset[tuple[str, str]] = frozenset()

    @staticmethod
    def pair(a: str, b: str) -> tuple[str, str]:
        return (a, b) if a <= b else (b, a)

    @classmethod
    def of(
        cls,
        *,
        must: Iterable[tuple[str, str]] = (),
        cannot: Iterable[tuple[str, str]] = (),
    ) -> Constraints:
        return cls(
            must=frozenset(cls.pair(a, b) for a, b in must),
            cannot=frozenset(cls.pair(a, b) for a, b in cannot),
        )

    def must_link(self, a: str, b: str) -> bool:
        return self.pair(a, b) in self.must

    def cannot_link(self, a: str, b: str) -> bool:
        return self.pair(a, b) in self.cannot


@dataclass(frozen=True, slots=True)
class Member:
    """An incident member as the linker sees it: the event and its article's text vector.

    The vector may be given as a function that makes it (memoised by the caller): most
    candidates are ruled out without their texts, and weighing a text is what costs.
    """

    event: Event
    text: Vector | Callable[[], Vector]
    # The words of the member's text (any collection with them), when ``text`` is a
    # function: enough to bound a cosine from above without weighing the text.
    words: Collection[str] | None = None

    @property
    def vector(self) -> Vector:
        return self.text() if callable(self.text) else self.text

    def cosine_below(self, vector: Vector, bar: float) -> bool:
        """Whether the cosine of ``vector`` with this member's vector is under ``bar``.

        A unit vector's cosine with any unit vector is at most the norm of its part on the
        shared words: when that is under the bar, the member's vector is not needed.
        """
        words = self.words if self.words is not None and callable(self.text) else None
        if words is not None:
            shared = vector.keys() & words
            if math.sqrt(sum(vector[w] * vector[w] for w in shared)) < bar:
                return True
        return cosine(vector, self.vector) < bar


@dataclass(frozen=True, slots=True)
class Candidate:
    incident_id: str
    members: Sequence[Member]


@dataclass(frozen=True, slots=True)
class Decision:
    incident_id: str | None  # None: the event founds a new incident
    link: Link


def link_order(events: Iterable[Event]) -> list[Event]:
    """The order in which an article's events are linked: its main event first.

    Events of one article never share an incident, so whichever is linked first takes the
    incident that fits; the article's most prominent event should have first pick, not a
    secondary mention listed before it.
    """
    return sorted(events, key=lambda e: not e.main)


def block_dates(event: Event) -> tuple[date, date] | None:
    """The date range an incident must overlap to be compared with ``event`` at all."""
    start = event.date_start or event.event_date
    end = event.date_end or event.event_date
    if start is None or end is None:
        return None
    window = timedelta(days=date_window(event))
    # Reports arrive in publication order, so a follow-up (dated by its own, later day) meets
    # its incident looking back: the window reaches back far enough for a follow-up that the
    # texts corroborate, and forward only the ordinary window, which keeps blocking tight.
    back = timedelta(days=max(date_window(event), CORROBORATED_WINDOW))
    return (min(start, end) - back, max(start, end) + window)


def _vetoed_for_sure(event: Event, vector: Vector, member: Member, config: LinkerConfig) -> bool:
    """Whether ``score_pair`` vetoes the pair, found with the fewest features and texts.

    Some vetoes no text lifts: the same article's events, dates beyond even the
    corroborated window, a date *and* a place contradiction (corroboration excuses one,
    not both). A date or a place contradiction alone vetoes unless the texts corroborate,
    which one cosine settles (often a bound on it). Blocking reaches back far enough for
    follow-up reports, so most candidates it finds end here, unscored.
    """
    other = member.event
    if set(event.article_ids) & set(other.article_ids):
        return True
    gap = day_gap(event, other)
    date_veto = gap is not None and gap > max(date_window(event), date_window(other))
    if date_veto and gap is not None and gap > CORROBORATED_WINDOW:
        return True
    place_veto = place_score(event, other)[1] is not None
    if date_veto and place_veto:
        return True
    if casualty_score(event, other)[1] is not None:
        return True
    if date_veto or place_veto:
        return member.cosine_below(vector, config.corroborate)
    return False


def _score_member(
    event: Event, vector: Vector, member: Member, config: LinkerConfig
) -> tuple[float, dict[str, float | None], str | None, bool]:
    raw = cosine(vector, member.vector)
    similarity = min(1.0, raw / config.text_full)
    pair = score_pair(
        event, member.event, text_similarity=similarity, corroborated=raw >= config.corroborate
    )
    aggregated = (
        pair.veto is None
        and day_gap(event, member.event) == 0
        and (pair.features["place"] or 0.0) >= 0.9
        and same_named_actors(event, member.event)
    )
    return combine(pair.features, config), pair.features, pair.veto, aggregated


def decide(
    event: Event,
    vector: Vector,
    candidates: Sequence[Candidate],
    *,
    constraints: Constraints = Constraints(),
    config: LinkerConfig = LinkerConfig(),
) -> Decision:
    """Join the best eligible candidate, or found a new incident; the link says why."""
    best: tuple[float, str, Link] | None = None
    for candidate in candidates:
        ids = [m.event.event_id for m in candidate.members]
        if any(constraints.cannot_link(event.event_id, i) for i in ids):
            continue
        forced = next((i for i in ids if constraints.must_link(event.event_id, i)), None)
        if forced is None and any(
            _vetoed_for_sure(event, vector, m, config) for m in candidate.members
        ):
            continue  # a member vetoes: spare scoring the rest
        scored = [_score_member(event, vector, m, config) for m in candidate.members]
        if forced is not None:
            index = ids.index(forced)
            link = Link(event.event_id, forced, scored[index][0], scored[index][1], ANALYST)
            return Decision(candidate.incident_id, link)
        if not scored or any(veto for _, _, veto, _ in scored):
            continue
        index = max(range(len(scored)), key=lambda i: scored[i][0])
        score, features, _, _ = scored[index]
        mean = sum(s for s, _, _, _ in scored) / len(scored)
        aggregated = any(agg for _, _, _, agg in scored)
        if aggregated:
            decided_by = AGGREGATION
        elif score >= config.threshold and mean >= config.min_mean:
            decided_by = LINKER
        else:
            continue
        link = Link(event.event_id, ids[index], score, features, decided_by)
        # Ties go to the earlier candidate, so the outcome does not depend on dict order.
        if best is None or score > best[0]:
            best = (score, candidate.incident_id, link)
    if best is None:
        return Decision(None, Link(event.event_id, None, 1.0, {}, FOUNDER))
    return Decision(best[1], best[2])
