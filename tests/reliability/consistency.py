"""What "the database stays consistent" means, checked on any store."""

from __future__ import annotations

from sqlalchemy import func, select

from frontlines.store import Store
from frontlines.store import schema as t


def assert_consistent(store: Store) -> None:
    """Every event is in exactly one incident with one link; no incident is empty; every
    event's article is stored; term statistics count no more documents than are stored."""
    with store.engine.connect() as conn:

        def count(query):  # type: ignore[no-untyped-def]
            return conn.execute(query).scalar_one()

        events = count(select(func.count()).select_from(t.events))
        members = count(select(func.count()).select_from(t.incident_members))
        member_events = count(select(func.count(func.distinct(t.incident_members.c.event_id))))
        links = count(select(func.count()).select_from(t.links))
        empty = count(
            select(func.count())
            .select_from(t.incidents)
            .where(~t.incidents.c.id.in_(select(t.incident_members.c.incident_id)))
        )
        orphans = count(
            select(func.count())
            .select_from(t.events)
            .where(~t.events.c.article_id.in_(select(t.articles.c.id)))
        )
        stored = count(select(func.count()).select_from(t.articles))
        df_docs = count(select(func.max(t.term_df.c.df))) or 0
    assert events == members == member_events == links, (events, members, links)
    assert empty == 0, f"{empty} incidents without members"
    assert orphans == 0, f"{orphans} events of articles not stored"
    assert df_docs <= stored
