"""The store: the one object the CLI, the API and the exports talk to."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Engine, select

from frontlines.domain import Article
from frontlines.incidents.linker import LinkerConfig
from frontlines.incidents.model import Incident
from frontlines.store import corrections, query, repo
from frontlines.store import schema as t
from frontlines.store.codec import article_from_row
from frontlines.store.engine import DEFAULT_URL, begin_write, make_engine, migrate
from frontlines.store.query import IncidentFilters
from frontlines.store.writer import Extractor, IngestSummary
from frontlines.store.writer import ingest as _ingest


def default_url() -> str:
    """``FRONTLINES_DB``, else ``sqlite:///frontlines.db`` (DESIGN §3)."""
    return os.environ.get("FRONTLINES_DB") or DEFAULT_URL


class Store:
    """Articles, events and incidents in SQLite or PostgreSQL, behind one API."""

    def __init__(self, engine: Engine, *, url: str) -> None:
        self.engine = engine
        self.url = url

    @classmethod
    def open(cls, url: str | None = None, *, migrate_schema: bool = True) -> Store:
        """Open (and create or upgrade) the database at ``url``."""
        url = url or default_url()
        engine = make_engine(url)
        if migrate_schema:
            migrate(engine, url=url)
        return cls(engine, url=url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def ingest(
        self,
        articles: Iterable[Article],
        *,
        extractor: Extractor | None = None,
        batch_size: int = 25,
        config: LinkerConfig | None = None,
        summary: IngestSummary | None = None,
        on_article: Callable[[Article], None] | None = None,
    ) -> IngestSummary:
        """Extract, link and store articles (see ``frontlines.store.writer.ingest``)."""
        if extractor is None:
            from frontlines.extract.api import Extractor as DefaultExtractor

            extractor = DefaultExtractor()
        return _ingest(
            self.engine,
            articles,
            extractor=extractor,
            batch_size=batch_size,
            config=config,
            summary=summary,
            on_article=on_article,
        )

    def split(self, incident_id: str, ids: Sequence[str]) -> str:
        """Move members (event or article ids) of an incident to a new one; its id."""
        with begin_write(self.engine) as conn:
            return corrections.split(conn, incident_id, ids)

    def merge(self, incident_id: str, others: Sequence[str]) -> str:
        """Merge the incidents ``others`` into ``incident_id``."""
        with begin_write(self.engine) as conn:
            return corrections.merge(conn, incident_id, others)

    # -- reading ---------------------------------------------------------------------------

    def list_incidents(
        self,
        filters: IncidentFilters | None = None,
        sort: str = "-event_date",
        cursor: str | None = None,
        limit: int = 50,
    ) -> tuple[list[dict[str, Any]], str | None, int]:
        """A page of incident records, the next page's cursor (None at the end), the total."""
        with self.engine.connect() as conn:
            return query.list_incidents(
                conn, filters or IncidentFilters(), sort=sort, cursor=cursor, limit=limit
            )

    def iter_incidents(
        self, filters: IncidentFilters | None = None, *, sort: str = "event_date"
    ) -> Iterator[dict[str, Any]]:
        """Every matching incident record (streamed; for exports)."""
        with self.engine.connect() as conn:
            yield from query.iter_records(conn, filters or IncidentFilters(), sort=sort)

    def get_incident(self, incident_id: str) -> Incident | None:
        """One incident with its members, claims, sources, evidence and merge reasons."""
        with self.engine.connect() as conn:
            return repo.load_incident(conn, incident_id)

    def incident_of(self, event_id: str) -> str | None:
        with self.engine.connect() as conn:
            return repo.incident_of(conn, event_id)

    def incidents_of_article(self, article_id: str) -> list[str]:
        """Ids of the incidents an article's events belong to, in ingest order."""
        with self.engine.connect() as conn:
            m = t.incident_members.c
            rows = conn.execute(
                select(m.incident_id)
                .join(t.events, t.events.c.event_id == m.event_id)
                .where(t.events.c.article_id == article_id)
                .order_by(t.events.c.position)
            ).scalars()
            return list(dict.fromkeys(rows))

    def get_article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = (
                conn.execute(select(t.articles).where(t.articles.c.id == article_id))
                .mappings()
                .first()
            )
        return article_from_row(row) if row is not None else None

    def stats(self, filters: IncidentFilters | None = None) -> dict[str, Any]:
        """Incident counts and fatalities, in total and by day, type and country."""
        with self.engine.connect() as conn:
            return query.stats(conn, filters or IncidentFilters())
