"""Linking in memory: the same decisions the store makes, without a database.

Used by the evaluation (``frontlines.eval.linking``) and by tests; the store runs the same
``decide`` over candidates it reads from its tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from frontlines.domain import Event
from frontlines.incidents.linker import (
    Candidate,
    Constraints,
    Decision,
    LinkerConfig,
    Member,
    block_dates,
    decide,
    link_order,
)
from frontlines.incidents.model import Incident, Link, incident_id_for
from frontlines.incidents.reconcile import reconcile
from frontlines.incidents.text import TermStats, terms, vectorize


@dataclass
class _Cluster:
    incident_id: str
    members: list[Event] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


class MemoryLinker:
    """Feeds articles' events through ``decide`` one by one, keeping incidents in memory."""

    def __init__(
        self,
        *,
        config: LinkerConfig | None = None,
        constraints: Constraints | None = None,
    ) -> None:
        self.config = config or LinkerConfig()
        self.constraints = constraints or Constraints()
        self.stats = TermStats()
        self._counts: dict[str, dict[str, int]] = {}  # article id -> term counts
        self._clusters: dict[str, _Cluster] = {}
        self._of_event: dict[str, str] = {}
        self._order: dict[str, int] = {}  # incident id -> creation order
        self._by_day: dict[date, set[str]] = {}  # day -> incidents with a member that day

    def add(self, article_id: str, text: str, events: Iterable[Event]) -> list[Decision]:
        """Count the article's text, then link each of its events (main event first); returns
        the decisions in the order of ``events``."""
        counts = dict(terms(text))
        self._counts[article_id] = counts
        self.stats.add(counts)
        events = list(events)
        decided = {id(e): self._link(e, article_id) for e in link_order(events)}
        return [decided[id(e)] for e in events]

    def _vector(self, event: Event) -> dict[str, float]:
        article_id = event.article_ids[0] if event.article_ids else ""
        return vectorize(self._counts.get(article_id, {}), self.stats)

    def _candidates(self, event: Event) -> list[Candidate]:
        window = block_dates(event)
        if window is None:
            ids: Iterable[str] = self._clusters
        else:
            # Only incidents with a member day inside the window: the day index keeps this
            # from scanning every incident for every event.
            found: set[str] = set()
            day = window[0]
            while day <= window[1]:
                found |= self._by_day.get(day, set())
                day += timedelta(days=1)
            ids = sorted(found, key=self._order.__getitem__)
        country = event.place.country
        candidates = []
        for incident_id in ids:
            cluster = self._clusters[incident_id]
            head = cluster.members[0]
            if country and head.place.country and head.place.country != country:
                continue
            members = [Member(m, self._vector(m)) for m in cluster.members]
            candidates.append(Candidate(cluster.incident_id, members))
        return candidates

    def _link(self, event: Event, article_id: str) -> Decision:
        decision = decide(
            event,
            self._vector(event),
            self._candidates(event),
            constraints=self.constraints,
            config=self.config,
        )
        incident_id = decision.incident_id or incident_id_for(event.event_id)
        if incident_id not in self._clusters:
            self._clusters[incident_id] = _Cluster(incident_id)
            self._order[incident_id] = len(self._order)
        cluster = self._clusters[incident_id]
        cluster.members.append(event)
        start = event.date_start or event.event_date
        end = event.date_end or event.event_date
        if start is not None and end is not None:
            day = min(start, end)
            while day <= max(start, end):
                self._by_day.setdefault(day, set()).add(incident_id)
                day += timedelta(days=1)
        cluster.links.append(decision.link)
        self._of_event[event.event_id] = incident_id
        return decision

    def incident_of(self, event_id: str) -> str | None:
        return self._of_event.get(event_id)

    def incidents(self) -> Sequence[Incident]:
        return [reconcile(c.incident_id, c.members, c.links) for c in self._clusters.values()]
