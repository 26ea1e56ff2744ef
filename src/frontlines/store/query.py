"""Reading incidents: filters, sorting, cursor pagination, counts and statistics.

Cursor pagination is keyset pagination: the cursor holds the last row's sort value and id,
so a page is found by an indexed comparison, never by skipping rows, and rows inserted
meanwhile do not shift later pages. Every filter compares a key column in the form it was
written (see ``schema.fold``) and every sort key is a plain NOT NULL column, so the indexes
(filter column, sort key, id) serve both; ``q`` goes through the full-text index.

``count`` is exact for the first page and carried in the cursor to the later ones: paging
through a large result counts it once, and every page of one listing reports the same total
(the number of matches when its first page was read).
"""

from __future__ import annotations

import base64
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import orjson
from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    and_,
    bindparam,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import Boolean

from frontlines.errors import FrontlinesError
from frontlines.store import schema as t

i = t.incidents.c
r = t.incident_records.c

SORTS: dict[str, Any] = {
    "event_date": i.date_key,  # "" for an unknown date: sorts before every day
    "fatalities": i.fatalities,
    "source_count": i.source_count,
    "created": i.seq,
}
MAX_LIMIT = 1000


class FullText(ColumnElement[bool]):
    """Incidents whose search document has every word of ``words`` as the start of one of
    its words (prefix match, so "fash" finds "fasher").

    Compiled per backend (FTS5 on SQLite, tsvector on PostgreSQL) over documents and
    queries both made by ``schema.search_words``, so the two backends match alike.
    """

    type = Boolean()
    inherit_cache = False  # the compiled form depends on the words; never cached
    # A condition, not a value: without this SQLite gets "(… IN (…)) = 1", which turns the
    # probe of matching rows into a scan of every incident.
    _is_implicitly_boolean = True

    def __init__(self, words: list[str]) -> None:
        self.words = words


@compiles(FullText, "sqlite")
def _fulltext_sqlite(element: FullText, compiler: SQLCompiler, **kw: Any) -> str:
    # Words are letters and digits only, so quoting each one is enough for FTS5's syntax.
    match = " ".join(f'"{w}"*' for w in element.words)
    param = compiler.process(bindparam("fts_match", match, unique=True), **kw)
    # FTS5 row numbers are incident_records.doc, which is the incident's seq: matches go
    # straight to the seq index, without a detour through the wide records table.
    fts = t.FTS_TABLE
    return f"incidents.seq IN (SELECT rowid FROM {fts} WHERE {fts} MATCH {param})"


@compiles(FullText, "postgresql")
def _fulltext_postgresql(element: FullText, compiler: SQLCompiler, **kw: Any) -> str:
    # The expression is the GIN index's, word for word, or PostgreSQL will not use it.
    query = " & ".join(f"{w}:*" for w in element.words)
    param = compiler.process(bindparam("fts_query", query, unique=True), **kw)
    return (
        "incidents.id IN (SELECT incident_records.id FROM incident_records WHERE "
        "to_tsvector('simple'::regconfig, incident_records.search_text) "
        f"@@ to_tsquery('simple'::regconfig, {param}))"
    )


class ActorContains(ColumnElement[bool]):
    """Incidents one of whose (folded) actor names contains ``needle``.

    The exact LIKE on ``incidents.actors``; on SQLite, for needles of three characters or
    more, the trigram FTS5 phrase query over the same text instead (a trigram phrase is a
    case-insensitive substring match); on PostgreSQL the pg_trgm index serves the LIKE.
    """

    type = Boolean()
    inherit_cache = False
    _is_implicitly_boolean = True  # see FullText

    def __init__(self, needle: str) -> None:
        self.needle = needle


@compiles(ActorContains)
def _actor_contains(element: ActorContains, compiler: SQLCompiler, **kw: Any) -> str:
    # Fewer than three characters have no trigram: the FTS5 phrase would match nothing.
    if compiler.dialect.name != "sqlite" or len(element.needle) < 3:
        return str(compiler.process(i.actors.contains(element.needle, autoescape=True), **kw))
    phrase = '"' + element.needle.replace('"', '""') + '"'
    param = compiler.process(bindparam("actor_match", phrase, unique=True), **kw)
    fts = t.ACTOR_FTS
    # A trigram phrase query is itself a case-insensitive substring match over the same
    # (folded) text, so the LIKE would only re-check every match: skip it.
    return f"incidents.seq IN (SELECT rowid FROM {fts} WHERE {fts} MATCH {param})"


@compiles(FullText)
def _fulltext_other(element: FullText, compiler: SQLCompiler, **kw: Any) -> str:
    raise NotImplementedError(f"full-text search on {compiler.dialect.name}")


@dataclass(frozen=True, kw_only=True)
class IncidentFilters:
    """Which incidents to list, export or count; every field is optional."""

    since: date | None = None
    until: date | None = None
    country: str | None = None  # case- and accent-insensitive
    admin1: str | None = None  # case- and accent-insensitive
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # case- and accent-insensitive substring of any actor
    min_fatalities: int | None = None
    # (min_lon, min_lat, max_lon, max_lat), the GeoJSON order
    bbox: tuple[float, float, float, float] | None = None
    q: str | None = None  # words, each of which must begin a word of the incident's text

    def where(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.since is not None:
            conditions.append(i.date_key >= self.since.isoformat())
        if self.until is not None:
            conditions.append(i.date_key <= self.until.isoformat())
            if self.since is None:  # "" (no date) sorts below every day: keep it out
                conditions.append(i.date_key > "")
        if self.country:
            conditions.append(i.country_key == t.fold(self.country))
        if self.admin1:
            conditions.append(i.admin1_key == t.fold(self.admin1))
        if self.event_type:
            conditions.append(i.event_type == self.event_type)
        if self.sub_event_type:
            conditions.append(i.sub_event_type == self.sub_event_type)
        if self.actor:
            conditions.append(ActorContains(t.fold(self.actor)))
        if self.min_fatalities is not None:
            conditions.append(i.fatalities >= self.min_fatalities)
        if self.bbox is not None:
            west, south, east, north = self.bbox
            lon = (
                i.longitude.between(west, east)
                if west <= east  # a box across the antimeridian wraps around
                else or_(i.longitude >= west, i.longitude <= east)
            )
            conditions.append(and_(i.latitude.between(south, north), lon))
        words = t.search_words(self.q)
        if words:
            conditions.append(FullText(words))
        return conditions


def parse_sort(sort: str) -> tuple[str, bool]:
    """``"-event_date"`` → ("event_date", descending)."""
    name = sort.lstrip("-")
    if name not in SORTS:
        raise FrontlinesError("E402", detail=sort, choices=", ".join(sorted(SORTS)))
    return name, sort.startswith("-")


def encode_cursor(value: Any, incident_id: str, count: int | None = None) -> str:
    payload = [value, incident_id] if count is None else [value, incident_id, count]
    return base64.urlsafe_b64encode(orjson.dumps(payload)).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[Any, str, int | None]:
    """(sort value, id, the listing's count or None for a cursor that carries none)."""
    try:
        payload = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        value, incident_id, *rest = payload
        count = int(rest[0]) if rest else None
        return value, str(incident_id), count
    except (ValueError, TypeError) as exc:
        raise FrontlinesError("E403", detail=cursor) from exc


def count_incidents(conn: Connection, filters: IncidentFilters) -> int:
    query = select(func.count()).select_from(t.incidents).where(*filters.where())
    return int(conn.execute(query).scalar_one())


def keys_query(
    filters: IncidentFilters, *, sort: str = "-event_date", after: tuple[Any, str] | None = None
) -> Select[Any]:
    """(sort value, id) of the matches in page order, after the cursor's (value, id).

    Keys first, records after: the sort walks an index of the narrow incidents table, and
    only the page's records are read from incident_records.
    """
    name, descending = parse_sort(sort)
    key = SORTS[name]
    query: Select[Any] = select(key, i.id).where(*filters.where())
    if after is not None:
        value, last_id = after
        if descending:
            query = query.where(or_(key < value, and_(key == value, i.id < last_id)))
        else:
            query = query.where(or_(key > value, and_(key == value, i.id > last_id)))
    order = (key.desc(), i.id.desc()) if descending else (key.asc(), i.id.asc())
    return query.order_by(*order)


def list_incidents(
    conn: Connection,
    filters: IncidentFilters,
    *,
    sort: str = "-event_date",
    cursor: str | None = None,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], str | None, int]:
    """One page of incident records, the cursor of the next page (or None), and the total."""
    count: int | None = None
    after: tuple[Any, str] | None = None
    if cursor:
        value, last_id, count = decode_cursor(cursor)
        after = (value, last_id)
    query = keys_query(filters, sort=sort, after=after)
    limit = max(1, min(limit, MAX_LIMIT))
    rows = conn.execute(query.limit(limit + 1)).all()
    page = rows[:limit]
    if count is None:
        # A first page shorter than the limit is the whole result: no count query needed.
        count = len(page) if not cursor and len(rows) <= limit else count_incidents(conn, filters)
    next_cursor = encode_cursor(page[-1][0], page[-1][1], count) if len(rows) > limit else None
    ids = [row[1] for row in page]
    records = dict(conn.execute(select(r.id, r.record).where(r.id.in_(ids))).all()) if ids else {}
    return [orjson.loads(records[x]) for x in ids], next_cursor, count


def iter_records(
    conn: Connection, filters: IncidentFilters, *, sort: str = "event_date"
) -> Iterator[dict[str, Any]]:
    """Every matching incident record, in a stable order (for export)."""
    name, descending = parse_sort(sort)
    key = SORTS[name]
    order = (key.desc(), i.id.desc()) if descending else (key.asc(), i.id.asc())
    result = conn.execution_options(yield_per=500).execute(
        select(r.record)
        .join_from(t.incidents, t.incident_records, r.id == i.id)
        .where(*filters.where())
        .order_by(*order)
    )
    for (record,) in result:
        yield orjson.loads(record)


def _unknown_last(value: str | None) -> tuple[bool, str]:
    # One order on both backends (SQLite sorts NULL first, PostgreSQL last).
    return (value is None, value or "")


def _filtered_cells(
    conn: Connection, conditions: list[ColumnElement[bool]]
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Day × type cells and country totals of the matching rows, in one statement that
    collects the matches once (a materialised CTE, through the filters' own indexes)."""
    m = (
        select(i.event_date, i.event_type, i.country, i.fatalities)
        .where(*conditions)
        .cte("matching")
        .prefix_with("MATERIALIZED")
    )
    n, f = func.count(), func.coalesce(func.sum(m.c.fatalities), 0)
    none = literal(None, String)
    query = union_all(
        select(literal("d"), m.c.event_date, m.c.event_type, n, f).group_by(
            m.c.event_date, m.c.event_type
        ),
        select(literal("c"), m.c.country, none, n, f).group_by(m.c.country),
    )
    cells, countries = [], []
    for part, key, event_type, count, fatalities in conn.execute(query):
        if part == "d":
            cells.append((key, event_type, count, fatalities))
        else:
            countries.append((key, count, fatalities))
    return cells, countries


def stats(conn: Connection, filters: IncidentFilters) -> dict[str, Any]:
    """Counts and fatalities in total and by day, event type, country and day × type.

    Unfiltered, two grouped scans of covering indexes (day × type, country × fatalities)
    that never read the table. Filtered, the matching rows are first collected through the
    filters' own indexes (a materialised CTE: otherwise the planner walks the GROUP BY's
    index and looks up every row to test the filter). Totals, days and types are sums of
    the day × type cells.
    """
    conditions = filters.where()
    if conditions:
        cells, countries = _filtered_cells(conn, conditions)
    else:
        n, f = func.count(), func.coalesce(func.sum(i.fatalities), 0)
        day_type = select(i.event_date, i.event_type, n, f).group_by(i.event_date, i.event_type)
        cells = [tuple(row) for row in conn.execute(day_type)]
        countries = [
            tuple(row) for row in conn.execute(select(i.country, n, f).group_by(i.country))
        ]
    cells.sort(key=lambda c: (_unknown_last(c[0]), c[1]))
    by_day: dict[str | None, list[int]] = defaultdict(lambda: [0, 0])
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for day, event_type, n, f in cells:
        for totals in (by_day[day], by_type[event_type]):
            totals[0] += int(n)
            totals[1] += int(f)
    return {
        "incidents": sum(n for n, _ in by_type.values()),
        "fatalities": sum(f for _, f in by_type.values()),
        "by_day": [{"day": d, "incidents": n, "fatalities": f} for d, (n, f) in by_day.items()],
        "by_type": [
            {"event_type": k, "incidents": n, "fatalities": f}
            for k, (n, f) in sorted(by_type.items())
        ],
        "by_country": [
            {"country": c, "incidents": int(n), "fatalities": int(f)}
            for c, n, f in sorted(countries, key=lambda row: _unknown_last(row[0]))
        ],
        "by_day_type": [
            {"day": d, "event_type": k, "incidents": int(n), "fatalities": int(f)}
            for d, k, n, f in cells
        ],
    }
