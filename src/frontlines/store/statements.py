"""Statements of the ingest path built once, and lookups of many keys in one query.

Ingest runs a few statements per article on every backend; SQLAlchemy building one anew
cost about as much as the database running it, so the hot ones are built here once, with
their values bound at each use.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, bindparam, or_, select

from frontlines.store import schema as t


@cache
def upsert_df(dialect: str) -> Any:
    """INSERT … ON CONFLICT (term) DO UPDATE of ``term_df`` (SQLite and PostgreSQL alike)."""
    from sqlalchemy.dialects import postgresql, sqlite

    module: Any = postgresql if dialect == "postgresql" else sqlite
    statement = module.insert(t.term_df)
    return statement.on_conflict_do_update(
        index_elements=[t.term_df.c.term], set_={"df": statement.excluded.df}
    )


@cache
def members_query(dated: bool, placed: bool) -> Select[Any]:
    """The members of every incident blocking lets an event meet, in incident then join
    order: built once per shape (an event with or without dates and a country), the
    window and country bound at each use, where building the query cost as much as
    running it."""
    i, m = t.incidents.c, t.incident_members.c
    query = select(i.id)
    if dated:
        query = query.where(i.date_end >= bindparam("lo"), i.date_start <= bindparam("hi"))
    if placed:
        query = query.where(or_(i.country == bindparam("country"), i.country.is_(None)))
    # The records (kilobytes each) are read apart, only of members not decoded before.
    return (
        select(m.incident_id, m.event_id, m.position)
        .join(t.incidents, i.id == m.incident_id)
        .where(m.incident_id.in_(query.subquery().select()))
        .order_by(i.seq, m.position)
    )


def lookup(conn: Connection, key: Any, value: Any, keys: Sequence[str]) -> list[Any]:
    """(key, value) of the rows whose ``key`` is one of ``keys``, 500 keys a query."""
    found: list[Any] = []
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        found += conn.execute(select(key, value).where(key.in_(chunk))).all()
    return found
