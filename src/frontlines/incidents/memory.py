"""Linking in memory: the same decisions the store makes, without a database.

Used by the evaluation (``frontlines.eval.linking``) and by tests; the store runs the same
``decide`` over candidates it reads from its tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from frontlines.domain import Event
from frontlines.incidents.linker import (
    Candidate,
    Constraints,
    Decision,
    LinkerConfig,
    Member,
    block_dates,
    decide,
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

    def add(self, article_id: str, text: str, events: Iterable[Event]) -> list[Decision]:
        """Count the article's text, then link each of its events; returns the decisions."""
        counts = dict(terms(text))
        self._counts[article_id] = counts
        self.stats.add(counts)
        return [self._link(event, article_id) for event in events]

    def _vector(self, event: Event) -> dict[str, float]:
        article_id = event.article_ids[0] if event.article_ids else ""
        return vectorize(self._counts.get(article_id, {}), self.stats)

    def _candidates(self, event: Event) -> list[Candidate]:
        window = block_dates(event)
        country = event.place.country
        found = []
        for cluster in self._clusters.values():
            head = cluster.members[0]
            if country and head.place.country and head.place.country != country:
                continue
            if window is not None:
                dates = [d for m in cluster.members for d in (m.date_start, m.date_end) if d]
                dates += [m.event_date for m in cluster.members if m.event_date]
                if dates and (max(dates) < window[0] or min(dates) > window[1]):
                    continue
            members = [Member(m, self._vector(m)) for m in cluster.members]
            found.append(Candidate(cluster.incident_id, members))
        return found

    def _link(self, event: Event, article_id: str) -> Decision:
        decision = decide(
            event,
            self._vector(event),
            self._candidates(event),
            constraints=self.constraints,
            config=self.config,
        )
        incident_id = decision.incident_id or incident_id_for(event.event_id)
        cluster = self._clusters.setdefault(incident_id, _Cluster(incident_id))
        cluster.members.append(event)
        cluster.links.append(decision.link)
        self._of_event[event.event_id] = incident_id
        return decision

    def incident_of(self, event_id: str) -> str | None:
        return self._of_event.get(event_id)

    def incidents(self) -> Sequence[Incident]:
        return [reconcile(c.incident_id, c.members, c.links) for c in self._clusters.values()]
