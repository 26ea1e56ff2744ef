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

from sqlalchemy import Connection, Engine, delete, insert, select

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
from frontlines.incidents.model import Link, incident_id_for
from frontlines.incidents.text import TermStats, Vector, tf_weights, weigh
from frontlines.store import repo, statements
from frontlines.store import schema as t
from frontlines.store.codec import article_row, day, dumps, link_row, loads
from frontlines.store.engine import begin_write
from frontlines.store.memo import Memo
from frontlines.store.prepare import ArticleText, article_text


class Extractor(Protocol):
    """What ingest extracts with. One that also offers ``extract_prepared(articles)``,
    yielding (article, events, ``ArticleText`` or None), is asked for that instead."""

    def extract_many(
        self, articles: Iterable[Article]
    ) -> Iterator[tuple[Article, list[Event]]]: ...


# An article, its events, and what storage derives from its text (None: not made yet).
Extracted = tuple[Article, list[Event], ArticleText | None]


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
    is the one a refresh after each join would give. For the same reason the rows nothing
    reads before the batch ends (members' links, a new incident's record) are written at
    its end, many in one statement, and what the batch asks of every article (is it
    stored, is an event id taken, is an incident id free) is asked once for all of them.
    """

    def __init__(
        self,
        conn: Connection,
        memo: Memo,
        config: LinkerConfig,
        summary: IngestSummary,
        chunk: Sequence[Extracted],
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
        # What the store holds of this chunk, read once and kept current by this batch.
        a, e, i = t.articles.c, t.events.c, t.incidents.c
        self._hashes: dict[str, str] = dict(
            statements.lookup(conn, a.id, a.content_hash, _ids(chunk))
        )
        events = [event.event_id for _, found, _ in chunk for event in found]
        self._taken: set[str] = {
            r[0] for r in statements.lookup(conn, e.event_id, e.event_id, events)
        }
        founders = list(dict.fromkeys(incident_id_for(x) for x in events))
        stored = {r[0] for r in statements.lookup(conn, i.id, i.id, founders)}
        self._incidents: dict[str, bool] = {x: x in stored for x in founders}  # id: taken
        self._links: list[dict[str, Any]] = []  # written at the end (nothing reads them)
        self._unwritten: dict[str, int] = {}  # new incidents without a record row: their seq
        self._vectors = _Vectors(self)

    # -- articles ------------------------------------------------------------------------

    def add(
        self, article: Article, events: Sequence[Event], text: ArticleText | None = None
    ) -> None:
        digest = content_hash(article)
        old = self._hashes.get(article.id)
        if old == digest:
            self.summary.skipped["unchanged"] += 1
            return
        old_events: list[str] = []
        if old is not None:
            old_events = self._remove_article(article.id)
            self.summary.articles_replaced += 1
        if text is None:
            text = article_text(article)
        seq = self._next_seq(t.articles.c.seq)
        self.conn.execute(
            insert(t.articles),
            article_row(article, content_hash=digest, seq=seq, terms=dumps(text.counts)),
        )
        self._hashes[article.id] = digest
        self.memo.tf.put(article.id, text.tf)
        self.stats.add(text.counts)
        self._vectors = _Vectors(self)  # the statistics changed: every weight with them
        self.dirty_terms.update(text.counts)
        self.summary.articles_stored += 1
        fresh = self._insert_events(article, events)
        if fresh:  # its words go into an incident's search document at the batch's end
            self.memo.remember_report(article.id, seq, text.words)
        # A changed article's events replace its old ones position by position, and inherit
        # the analyst's corrections, so a split or merge survives the re-ingest.
        for old_id, new in zip(old_events, fresh, strict=False):
            if old_id != new.event_id:
                repo.rename_in_constraints(self.conn, old_id, new.event_id)
        for event in link_order(fresh):
            self._link(event)

    def _insert_events(self, article: Article, events: Sequence[Event]) -> list[Event]:
        fresh, rows = [], []
        for position, event in enumerate(events):
            if event.event_id in self._taken:
                self.summary.skipped["duplicate event id"] += 1
                continue
            self._taken.add(event.event_id)
            rows.append(
                {
                    "event_id": event.event_id,
                    "article_id": article.id,
                    "position": position,
                    "event_date": day(event.event_date),
                    "event_type": event.event_type,
                    "country": event.place.country,
                    "record": dumps(event.to_record()),
                }
            )
            self.memo.events.put(event.event_id, event)
            fresh.append(event)
        if rows:
            self.conn.execute(insert(t.events), rows)
        self.summary.events += len(fresh)
        return fresh

    def _next_seq(self, column: Any) -> int:
        key = f"{column.table.name}.{column.name}"
        seq = self._seqs.get(key) or repo.next_seq(self.conn, column)
        self._seqs[key] = seq + 1
        return seq

    def _write_pending(self) -> None:
        """Write the rows kept for the batch's end now (a removal reads and deletes them)."""
        if self._links:
            self.conn.execute(insert(t.links), self._links)
            self._links = []
        if self._unwritten:
            self.conn.execute(
                insert(t.incident_records),
                [
                    {"id": incident_id, "doc": seq, "record": "{}", "search_text": ""}
                    for incident_id, seq in self._unwritten.items()
                ],
            )
            self._unwritten = {}

    def _remove_article(self, article_id: str) -> list[str]:
        """Take back an article's whole contribution; returns its old event ids in order."""
        self._write_pending()
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
        self._vectors = _Vectors(self)
        self.dirty_terms.update(counts)
        event_ids = [r[0] for r in rows]
        self.conn.execute(delete(t.links).where(t.links.c.event_id.in_(event_ids)))
        self.conn.execute(
            delete(t.incident_members).where(t.incident_members.c.event_id.in_(event_ids))
        )
        self.conn.execute(delete(t.events).where(e.article_id == article_id))
        self.conn.execute(delete(t.articles).where(t.articles.c.id == article_id))
        self._taken.difference_update(event_ids)
        self.memo.forget_article(article_id, event_ids)
        # At once, not at the end of the batch: an incident left empty must go before the
        # next candidate query could find it.
        touched = list(dict.fromkeys(r[1] for r in rows if r[1] is not None))
        for incident_id, incident in repo.refresh_many(self.conn, touched, memo=self.memo).items():
            if incident is None:
                self._incidents[incident_id] = False
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
        return self._vectors.get(event.article_ids[0] if event.article_ids else "")

    def _candidates(self, event: Event) -> tuple[list[Candidate], dict[str, int]]:
        """The candidate incidents, and the position of each one's last member."""
        window = block_dates(event)
        country = event.place.country
        params: dict[str, str] = {}
        if window is not None:
            params = {"lo": window[0].isoformat(), "hi": window[1].isoformat()}
        if country:
            params["country"] = country
        rows = self.conn.execute(
            statements.members_query(window is not None, bool(country)), params
        ).all()
        decoded = self._decode([event_id for _, event_id, _ in rows])
        vectors = self._vectors
        members: dict[str, list[Member]] = {}
        last: dict[str, int] = {}
        for incident_id, event_id, position in rows:
            member = decoded[event_id]
            key = member.article_ids[0] if member.article_ids else ""
            members.setdefault(incident_id, []).append(
                Member(member, vectors.of(key), self._tf(key))
            )
            last[incident_id] = position
        return [Candidate(incident_id, found) for incident_id, found in members.items()], last

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
        candidates, last = self._candidates(event)
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
            incident_id = self._new_incident_id(event.event_id)
            seq = self._next_seq(t.incidents.c.seq)
            repo.create_incident_row(self.conn, incident_id, seq=seq, members=members, record=False)
            self._incidents[incident_id] = True
            self._unwritten[incident_id] = seq
            self._add_member(incident_id, decision.link, position=1)
            self.summary.new_incidents += 1
        else:
            joined = next(c for c in candidates if c.incident_id == incident_id)
            members = [m.event for m in joined.members] + members
            self._add_member(incident_id, decision.link, position=last[incident_id] + 1)
            self.summary.merges += 1
            repo.update_reach(self.conn, incident_id, members)
        self._stale[incident_id] = None

    def _new_incident_id(self, founding_event_id: str) -> str:
        """``repo.new_incident_id``, from what the batch knows of the ids taken."""
        candidate, n = incident_id_for(founding_event_id), 0
        while self._incident_taken(candidate):
            n += 1
            candidate = incident_id_for(f"{founding_event_id}#{n}")
        return candidate

    def _incident_taken(self, incident_id: str) -> bool:
        taken = self._incidents.get(incident_id)
        if taken is None:  # not a founder's own id: one after a split, say
            i = t.incidents.c
            taken = self.conn.execute(select(i.id).where(i.id == incident_id)).first() is not None
            self._incidents[incident_id] = taken
        return taken

    def _add_member(self, incident_id: str, link: Link, *, position: int) -> None:
        # The member row at once (the next candidate query reads it); its link at the end.
        self.conn.execute(
            insert(t.incident_members),
            {"event_id": link.event_id, "incident_id": incident_id, "position": position},
        )
        self._links.append(link_row(link, incident_id))

    def finish(self) -> None:
        """Reconcile the incidents the batch touched, and store the corpus statistics."""
        unwritten = self._unwritten
        self._unwritten = {}
        self._write_pending()
        repo.refresh_many(self.conn, list(self._stale), memo=self.memo, unwritten=unwritten)
        self._stale.clear()
        self.flush_terms()
        self.memo.committing(self.conn)

    def flush_terms(self) -> None:
        """Write the document frequencies the batch changed: one upsert for those still
        counted (most terms are in the table already: updated in place, where a delete
        and an insert of every one cost twice), one delete for those counted no more."""
        terms_ = sorted(self.dirty_terms)
        df = self.stats.df
        counted = [{"term": x, "df": df[x]} for x in terms_ if x in df]
        gone = [x for x in terms_ if x not in df]
        if counted:
            self.conn.execute(statements.upsert_df(self.conn.dialect.name), counted)
        for start in range(0, len(gone), 500):
            chunk = gone[start : start + 500]
            self.conn.execute(delete(t.term_df).where(t.term_df.c.term.in_(chunk)))
        self.dirty_terms.clear()


class _Vectors:
    """Text vectors under the current corpus statistics, each made when first asked for,
    once per article: shared by the decisions about one article's events (the statistics
    change only when an article is added or taken back, and a new ``_Vectors`` then
    replaces this one)."""

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
            # The stored hashes of many articles in one query: one per article was most
            # of what this process spent on an input already stored.
            for group in _batched(items, 64):
                for article in group:
                    summary.articles_read += 1
                    if on_article is not None:
                        on_article(article)
                a = t.articles.c
                stored = dict(statements.lookup(conn, a.id, a.content_hash, [x.id for x in group]))
                conn.rollback()  # end the read transaction: never hold a snapshot while idle
                for article in group:
                    if stored.get(article.id) == content_hash(article):
                        summary.skipped["unchanged"] += 1
                        continue
                    yield article

    memo = Memo()
    for chunk in _batched(_extracted(extractor, fresh(articles)), batch_size):
        with begin_write(engine) as conn:
            # Under the write lock: another process may have ingested since the last batch.
            batch = _Batch(conn, memo, config, summary, chunk)
            for article, events, text in chunk:
                batch.add(article, events, text)
            batch.finish()
        summary.batches += 1
    return summary


def _extracted(extractor: Extractor, articles: Iterable[Article]) -> Iterator[Extracted]:
    """(article, events, text or None): the text work done by the extractor's workers when
    it offers ``extract_prepared`` (``frontlines.scale``), else left to the batch."""
    prepared = getattr(extractor, "extract_prepared", None)
    if prepared is not None:
        yield from prepared(articles)
        return
    for article, events in extractor.extract_many(articles):
        yield article, list(events), None


def _ids(chunk: Sequence[Extracted]) -> list[str]:
    return list(dict.fromkeys(article.id for article, _, _ in chunk))
