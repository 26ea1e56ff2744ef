"""What ingest keeps between batches: decoded events, texts' term weights, corpus statistics.

Linking reads the same stored rows over and over (each candidate incident's members, for
every new event near it in time and place); decoding a member's JSON record and weighing
its article's terms once instead of at every decision is most of what linking saved. The
caches are bounded, so memory stays flat however long the stream, and they are only ever
a copy of committed rows: ``Memo.valid_for`` drops everything when another process wrote
to the store since this one's last batch.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

from sqlalchemy import Connection, func, select

from frontlines.domain import Event
from frontlines.incidents.text import TermStats
from frontlines.store import schema as t
from frontlines.store.codec import event_from_record, loads
from frontlines.store.prepare import report_words

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

# Entries kept: a stream moving forward in time compares each event with incidents of the
# last few weeks, a few thousand articles at the rates GDELT-sized streams reach per region;
# an evicted entry is only read and decoded again.
ARTICLES_KEPT = 4096
EVENTS_KEPT = 8192


class Bounded(Generic[K, V]):
    """A dict that forgets its oldest entries beyond ``size`` (first in, first out)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        return self._items.get(key)

    def put(self, key: K, value: V) -> None:
        self._items[key] = value
        if len(self._items) > self.size:
            del self._items[next(iter(self._items))]

    def pop(self, key: K) -> None:
        self._items.pop(key, None)

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


def store_signature(conn: Connection) -> int:
    """Changes whenever any process stores or replaces an article: both take a new, highest
    seq (articles leave only to be replaced). One index lookup, where a count would read
    every row of a growing table twice a batch."""
    return int(conn.execute(select(func.coalesce(func.max(t.articles.c.seq), 0))).scalar_one())


def load_term_stats(conn: Connection) -> TermStats:
    stats = TermStats()
    stats.documents = int(conn.execute(select(func.count()).select_from(t.articles)).scalar_one())
    rows = conn.execute(select(t.term_df.c.term, t.term_df.c.df)).all()
    stats.df = {term: df for term, df in rows}
    return stats


class Memo:
    """Caches of one ingest run, carried from batch to batch."""

    def __init__(self) -> None:
        self.tf: Bounded[str, dict[str, float]] = Bounded(ARTICLES_KEPT)  # by article id
        self.events: Bounded[str, Event] = Bounded(EVENTS_KEPT)  # by event id
        # By article id: its seq and the folded words of its title and text, as the
        # search document holds them.
        self.reports: Bounded[str, tuple[int, str]] = Bounded(ARTICLES_KEPT)
        self.stats: TermStats | None = None
        self._signature: int | None = None

    def term_stats(self, conn: Connection) -> TermStats:
        """The corpus statistics, read from the store only when it changed under us.

        Call under the batch's write lock, before any write.
        """
        if self.stats is None or store_signature(conn) != self._signature:
            self.tf.clear()
            self.events.clear()
            self.reports.clear()
            self.stats = load_term_stats(conn)
        # Until this batch commits, the statistics run ahead of the store: a batch that
        # fails leaves no signature, and the next one reads them afresh.
        self._signature = None
        return self.stats

    def committing(self, conn: Connection) -> None:
        """Record the store as this batch leaves it (call last, inside the transaction)."""
        self._signature = store_signature(conn)

    def event(self, event_id: str, record: str) -> Event:
        """The event a stored record holds, decoded once."""
        cached = self.events.get(event_id)
        if cached is None:
            cached = event_from_record(loads(record))
            self.events.put(event_id, cached)
        return cached

    def remember_report(self, article_id: str, seq: int, words: str) -> None:
        """An article just stored: its seq and ``prepare.report_words`` of it."""
        self.reports.put(article_id, (seq, words))

    def report_words(self, conn: Connection, article_ids: Iterable[str]) -> list[str]:
        """The folded words of each stored article's title and text, in ingest order."""
        found = self._reports(conn, article_ids)
        return [words for _, words in sorted(found.values())]

    def prefetch_reports(self, conn: Connection, article_ids: Iterable[str]) -> None:
        """Read the reports not in the cache in one query, for ``report_words`` to come."""
        self._reports(conn, article_ids)

    def _reports(self, conn: Connection, article_ids: Iterable[str]) -> dict[str, tuple[int, str]]:
        found: dict[str, tuple[int, str]] = {}
        missing = []
        for article_id in dict.fromkeys(article_ids):
            cached = self.reports.get(article_id)
            if cached is None:
                missing.append(article_id)
            else:
                found[article_id] = cached
        a = t.articles.c
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            rows = conn.execute(select(a.id, a.seq, a.title, a.text).where(a.id.in_(chunk)))
            for article_id, seq, title, text in rows:
                found[article_id] = (seq, report_words(title, text))
                self.reports.put(article_id, found[article_id])
        return found

    def forget_article(self, article_id: str, event_ids: list[str]) -> None:
        self.tf.pop(article_id)
        self.reports.pop(article_id)
        for event_id in event_ids:
            self.events.pop(event_id)
