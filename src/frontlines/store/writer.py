"""The write path of ingest: articles in, events linked into incidents, one transaction a batch.

Articles are processed one at a time in input order, each against everything stored before
it, so the outcome does not depend on where batches start and end: a run that was killed
and re-run (its committed batches are skipped as unchanged) writes the same rows as a run
that never stopped.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, delete, insert, or_, select

from frontlines.domain import Article, Event
from frontlines.incidents.linker import (
    Candidate,
    Constraints,
    LinkerConfig,
    Member,
    block_dates,
    decide,
    link_order,
)
from frontlines.incidents.text import TermStats, Vector, terms, tf_weights, weigh
from frontlines.store import repo
from frontlines.store import schema as t
from frontlines.store.codec import article_row, day, dumps, loads
from frontlines.store.engine import begin_write
from frontlines.store.memo import Memo


class Extractor(Protocol):
    def extract_many(
        self, articles: Iterable[Article]
    ) -> Iterator[tuple[Article, list[Event]]]: ...


@dataclass
class IngestSummary:
    """What an ingest run did; ``skipped`` counts reasons (``unchanged``, reader codes …)."""

    articles_read: int = 0
    articles_stored: int = 0
    articles_replaced: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    events: int = 0
    new_incidents: int = 0
    merges: int = 0
    batches: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles_read": self.articles_read,
            "articles_stored": self.articles_stored,
            "articles_replaced": self.articles_replaced,
            "skipped": dict(sorted(self.skipped.items())),
            "events": self.events,
            "new_incidents": self.new_incidents,
            "merges": self.merges,
            "batches": self.batches,
        }


def content_hash(article: Article) -> str:
    """What makes an article 'the same' on re-ingest: its text and the fields we store."""
    parts = (article.text, article.title or "", str(article.published or ""), article.url or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class _Batch:
    """One transaction's worth of articles.

    Each join keeps only what blocking reads current (``repo.update_reach``); the incidents
    it touched are reconciled, and their records, search documents and figures rewritten,
    once when the batch finishes. No query inside the batch reads those, so every decision
    is the one a refresh after each join would give.
    """

    def __init__(
        self, conn: Connection, memo: Memo, config: LinkerConfig, summary: IngestSummary
    ) -> None:
        self.conn = conn
        self.memo = memo
        self.stats: TermStats = memo.term_stats(conn)
        self.config = config
        self.summary = summary
        self.dirty_terms: set[str] = set()
        self._stale: dict[str, None] = {}  # incidents to refresh, in the order first touched
        # The next article's and incident's seq, counted here once read: only this
        # transaction writes. A removal may free the highest, so it makes them read again.
        self._seqs: dict[str, int] = {}
        # Analyst corrections are rare: with none stored, no event needs its own lookup.
        self._corrections = conn.execute(select(t.corrections.c.seq).limit(1)).first() is not None

    # -- articles ------------------------------------------------------------------------

    def add(self, article: Article, events: Sequence[Event]) -> None:
        digest = content_hash(article)
        old = self.conn.execute(
            select(t.articles.c.content_hash).where(t.articles.c.id == article.id)
        ).first()
        if old is not None and old[0] == digest:
            self.summary.skipped["unchanged"] += 1
            return
        old_events: list[str] = []
        if old is not None:
            old_events = self._remove_article(article.id)
            self.summary.articles_replaced += 1
        counts = dict(terms(article.text))
        seq = self._next_seq(t.articles.c.seq)
        self.conn.execute(
            insert(t.articles),
            article_row(article, content_hash=digest, seq=seq, terms=dumps(counts)),
        )
        self.memo.tf.put(article.id, tf_weights(counts))
        self.stats.add(counts)
        self.dirty_terms.update(counts)
        self.summary.articles_stored += 1
        fresh = self._insert_events(article, events)
        if fresh:  # its words go into an incident's search document at the batch's end
            self.memo.remember_report(article.id, seq, article.title, article.text)
        # A changed article's events replace its old ones position by position, and inherit
        # the analyst's corrections, so a split or merge survives the re-ingest.
        for old_id, new in zip(old_events, fresh, strict=False):
            if old_id != new.event_id:
                repo.rename_in_constraints(self.conn, old_id, new.event_id)
        for event in link_order(fresh):
            self._link(event)

    def _insert_events(self, article: Article, events: Sequence[Event]) -> list[Event]:
        fresh = []
        for position, event in enumerate(events):
            taken = self.conn.execute(
                select(t.events.c.event_id).where(t.events.c.event_id == event.event_id)
            ).first()
            if taken is not None:
                self.summary.skipped["duplicate event id"] += 1
                continue
            self.conn.execute(
                insert(t.events),
                {
                    "event_id": event.event_id,
                    "article_id": article.id,
                    "position": position,
                    "event_date": day(event.event_date),
                    "event_type": event.event_type,
                    "country": event.place.country,
                    "record": dumps(event.to_record()),
                },
            )
            self.memo.events.put(event.event_id, event)
            fresh.append(event)
        self.summary.events += len(fresh)
        return fresh

    def _next_seq(self, column: Any) -> int:
        key = f"{column.table.name}.{column.name}"
        seq = self._seqs.get(key) or repo.next_seq(self.conn, column)
        self._seqs[key] = seq + 1
        return seq

    def _remove_article(self, article_id: str) -> list[str]:
        """Take back an article's whole contribution; returns its old event ids in order."""
        self._seqs.clear()
        e = t.events.c
        rows = self.conn.execute(
            select(e.event_id, t.incident_members.c.incident_id)
            .outerjoin(t.incident_members, t.incident_members.c.event_id == e.event_id)
            .where(e.article_id == article_id)
            .order_by(e.position)
        ).all()
        old_terms = self.conn.execute(
            select(t.articles.c.terms).where(t.articles.c.id == article_id)
        ).scalar_one()
        counts = loads(old_terms)
        self.stats.remove(counts)
        self.dirty_terms.update(counts)
        event_ids = [r[0] for r in rows]
        self.conn.execute(delete(t.links).where(t.links.c.event_id.in_(event_ids)))
        self.conn.execute(
            delete(t.incident_members).where(t.incident_members.c.event_id.in_(event_ids))
        )
        self.conn.execute(delete(t.events).where(e.article_id == article_id))
        self.conn.execute(delete(t.articles).where(t.articles.c.id == article_id))
        self.memo.forget_article(article_id, event_ids)
        # At once, not at the end of the batch: an incident left empty must go before the
        # next candidate query could find it.
        for incident_id in dict.fromkeys(r[1] for r in rows if r[1] is not None):
            repo.refresh(self.conn, incident_id, memo=self.memo)
        return event_ids

    # -- linking -------------------------------------------------------------------------

    def _tf(self, article_id: str) -> dict[str, float]:
        tf = self.memo.tf.get(article_id)
        if tf is None:
            stored = self.conn.execute(
                select(t.articles.c.terms).where(t.articles.c.id == article_id)
            ).scalar_one_or_none()
            tf = tf_weights(loads(stored) if stored else {})
            self.memo.tf.put(article_id, tf)
        return tf

    def _vector(self, event: Event) -> Vector:
        return weigh(self._tf(event.article_ids[0] if event.article_ids else ""), self.stats)

    def _candidates(self, event: Event) -> list[Candidate]:
        i = t.incidents.c
        query = select(i.id)
        window = block_dates(event)
        if window is not None:
            query = query.where(
                i.date_end >= window[0].isoformat(), i.date_start <= window[1].isoformat()
            )
        if event.place.country:
            query = query.where(or_(i.country == event.place.country, i.country.is_(None)))
        # One query for the members of every candidate, in incident then join order; the
        # records (kilobytes each) only of members not decoded before.
        m = t.incident_members.c
        rows = self.conn.execute(
            select(m.incident_id, m.event_id)
            .join(t.incidents, i.id == m.incident_id)
            .where(m.incident_id.in_(query.subquery().select()))
            .order_by(i.seq, m.position)
        ).all()
        decoded = self._decode([event_id for _, event_id in rows])
        vectors = _Vectors(self)
        members: dict[str, list[Member]] = {}
        for incident_id, event_id in rows:
            member = decoded[event_id]
            key = member.article_ids[0] if member.article_ids else ""
            members.setdefault(incident_id, []).append(
                Member(member, vectors.of(key), self._tf(key))
            )
        return [Candidate(incident_id, found) for incident_id, found in members.items()]

    def _decode(self, event_ids: list[str]) -> dict[str, Event]:
        """Stored events by id: from the memo, the others read and decoded."""
        found: dict[str, Event] = {}
        missing = []
        for event_id in event_ids:
            cached = self.memo.events.get(event_id)
            if cached is None:
                missing.append(event_id)
            else:
                found[event_id] = cached
        e = t.events.c
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            rows = self.conn.execute(select(e.event_id, e.record).where(e.event_id.in_(chunk)))
            for event_id, record in rows:
                found[event_id] = self.memo.event(event_id, record)
        return found

    def _link(self, event: Event) -> None:
        candidates = self._candidates(event)
        constraints = (
            repo.constraints_for(self.conn, [event.event_id]) if self._corrections else None
        )
        decision = decide(
            event,
            self._vector(event),
            candidates,
            constraints=constraints or Constraints(),
            config=self.config,
        )
        incident_id = decision.incident_id
        members = [event]
        if incident_id is None:
            incident_id = repo.new_incident_id(self.conn, event.event_id)
            repo.create_incident_row(
                self.conn, incident_id, seq=self._next_seq(t.incidents.c.seq), members=members
            )
            repo.add_member(self.conn, incident_id, decision.link, position=1)
            self.summary.new_incidents += 1
        else:
            joined = next(c for c in candidates if c.incident_id == incident_id)
            members = [m.event for m in joined.members] + members
            repo.add_member(self.conn, incident_id, decision.link)
            self.summary.merges += 1
            repo.update_reach(self.conn, incident_id, members)
        self._stale[incident_id] = None

    def finish(self) -> None:
        """Reconcile the incidents the batch touched, and store the corpus statistics."""
        for incident_id in self._stale:
            repo.refresh(self.conn, incident_id, memo=self.memo)
        self._stale.clear()
        self.flush_terms()
        self.memo.committing(self.conn)

    def flush_terms(self) -> None:
        terms_ = sorted(self.dirty_terms)
        for start in range(0, len(terms_), 500):
            chunk = terms_[start : start + 500]
            self.conn.execute(delete(t.term_df).where(t.term_df.c.term.in_(chunk)))
            rows = [{"term": x, "df": self.stats.df[x]} for x in chunk if x in self.stats.df]
            if rows:
                self.conn.execute(insert(t.term_df), rows)
        self.dirty_terms.clear()


class _Vectors:
    """One decision's text vectors, each made when first asked for, once per article."""

    def __init__(self, batch: _Batch) -> None:
        self.batch = batch
        self.made: dict[str, Vector] = {}

    def of(self, article_id: str) -> Callable[[], Vector]:
        return partial(self.get, article_id)

    def get(self, article_id: str) -> Vector:
        vector = self.made.get(article_id)
        if vector is None:
            vector = self.made[article_id] = weigh(self.batch._tf(article_id), self.batch.stats)
        return vector


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ingest(
    engine: Engine,
    articles: Iterable[Article],
    *,
    extractor: Extractor,
    batch_size: int = 25,
    config: LinkerConfig | None = None,
    summary: IngestSummary | None = None,
    on_article: Callable[[Article], None] | None = None,
) -> IngestSummary:
    """Extract, link and store ``articles``; each batch commits in one transaction.

    Articles already stored with the same content are skipped before extraction (the
    expensive step); an article whose content changed replaces its earlier contribution.
    """
    summary = summary or IngestSummary()
    config = config or LinkerConfig()

    def fresh(items: Iterable[Article]) -> Iterator[Article]:
        with engine.connect() as conn:
            for article in items:
                summary.articles_read += 1
                if on_article is not None:
                    on_article(article)
                stored = conn.execute(
                    select(t.articles.c.content_hash).where(t.articles.c.id == article.id)
                ).scalar_one_or_none()
                conn.rollback()  # end the read transaction: never hold a snapshot while idle
                if stored == content_hash(article):
                    summary.skipped["unchanged"] += 1
                    continue
                yield article

    memo = Memo()
    for chunk in _batched(extractor.extract_many(fresh(articles)), batch_size):
        with begin_write(engine) as conn:
            # Under the write lock: another process may have ingested since the last batch.
            batch = _Batch(conn, memo, config, summary)
            for article, events in chunk:
                batch.add(article, events)
            batch.finish()
        summary.batches += 1
    return summary
