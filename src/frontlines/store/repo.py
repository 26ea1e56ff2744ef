"""Reading and writing incidents' rows on an open connection (shared by ingest, corrections
and queries)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, or_, select, update

from frontlines.domain import Event
from frontlines.incidents.linker import Constraints
from frontlines.incidents.model import Incident, Link, incident_id_for
from frontlines.incidents.reconcile import reach, reconcile
from frontlines.store import schema as t
from frontlines.store.codec import day, dumps, event_from_record, link_from_row, link_row, loads
from frontlines.store.memo import Memo


def next_seq(conn: Connection, column: Any) -> int:
    return int(conn.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1


def load_members(
    conn: Connection, incident_id: str, *, memo: Memo | None = None
) -> tuple[list[Event], list[Link]]:
    """An incident's member events in join order, and the link of each.

    With ``memo``, events it decoded before are not decoded again.
    """
    rows = conn.execute(
        select(t.events.c.record, t.links)
        .join(t.incident_members, t.incident_members.c.event_id == t.events.c.event_id)
        .join(t.links, t.links.c.event_id == t.events.c.event_id)
        .where(t.incident_members.c.incident_id == incident_id)
        .order_by(t.incident_members.c.position)
    ).mappings()
    members, links = [], []
    for row in rows:
        if memo is None:
            members.append(event_from_record(loads(row["record"])))
        else:
            members.append(memo.event(row["event_id"], row["record"]))
        links.append(link_from_row(row))
    return members, links


def load_incident(
    conn: Connection, incident_id: str, *, memo: Memo | None = None
) -> Incident | None:
    members, links = load_members(conn, incident_id, memo=memo)
    if not members:
        return None
    return reconcile(incident_id, members, links)


def incident_of(conn: Connection, event_id: str) -> str | None:
    return conn.execute(
        select(t.incident_members.c.incident_id).where(t.incident_members.c.event_id == event_id)
    ).scalar_one_or_none()


def add_member(
    conn: Connection, incident_id: str, link: Link, *, position: int | None = None
) -> None:
    """Append a member; ``position`` only when the caller knows it (1: a new incident)."""
    m = t.incident_members.c
    if position is None:
        position = conn.execute(
            select(func.coalesce(func.max(m.position), 0) + 1).where(m.incident_id == incident_id)
        ).scalar_one()
    conn.execute(
        insert(t.incident_members),
        {"event_id": link.event_id, "incident_id": incident_id, "position": position},
    )
    conn.execute(insert(t.links), link_row(link, incident_id))


def move_member(conn: Connection, incident_id: str, link: Link) -> None:
    """Move an event (already a member somewhere) to the end of ``incident_id``."""
    conn.execute(delete(t.links).where(t.links.c.event_id == link.event_id))
    conn.execute(delete(t.incident_members).where(t.incident_members.c.event_id == link.event_id))
    add_member(conn, incident_id, link)


def new_incident_id(conn: Connection, founding_event_id: str) -> str:
    """The id for an incident founded by this event, unless taken (after a split, say)."""
    candidate, n = incident_id_for(founding_event_id), 0
    while conn.execute(select(t.incidents.c.id).where(t.incidents.c.id == candidate)).first():
        n += 1
        candidate = incident_id_for(f"{founding_event_id}#{n}")
    return candidate


def ensure_incident_row(conn: Connection, incident_id: str) -> None:
    """Create the row a new incident's members point to; ``refresh`` fills it in."""
    exists = conn.execute(select(t.incidents.c.id).where(t.incidents.c.id == incident_id))
    if exists.first() is None:
        create_incident_row(conn, incident_id)


def create_incident_row(
    conn: Connection,
    incident_id: str,
    *,
    seq: int | None = None,
    members: Sequence[Event] = (),
    record: bool = True,
) -> None:
    """``ensure_incident_row`` for an id known to be free (from ``new_incident_id``).

    ``seq`` when the caller counts them; ``members`` fill in what blocking reads at once.
    ``record=False`` leaves out the ``incident_records`` row, for a caller that writes it
    whole later (``refresh_many(unwritten=…)``).
    """
    if seq is None:
        seq = next_seq(conn, t.incidents.c.seq)
    date_start, date_end, country = reach(members) if members else (None, None, None)
    conn.execute(
        insert(t.incidents),
        {
            "id": incident_id,
            "seq": seq,
            "date_start": day(date_start),
            "date_end": day(date_end),
            "country": country,
            "event_type": "",
            "sub_event_type": "",
            "actors": "",
            "fatalities": 0,
            "source_count": 0,
        },
    )
    if record:
        conn.execute(
            insert(t.incident_records),
            {"id": incident_id, "doc": seq, "record": "{}", "search_text": ""},
        )


def update_reach(conn: Connection, incident_id: str, members: Sequence[Event]) -> None:
    """Bring the columns blocking reads (span, country) up to date with ``members``.

    Ingest calls this after each join and ``refresh`` once per batch: the next event's
    candidates are then the ones a full refresh after every join would give.
    """
    date_start, date_end, country = reach(members)
    conn.execute(
        _UPDATE_REACH,
        {"b_id": incident_id, "date_start": day(date_start), "date_end": day(date_end),
         "country": country},
    )  # fmt: skip


# Built once: ingest runs it after every join, and building it cost more than running it.
_UPDATE_REACH = (
    update(t.incidents)
    .where(t.incidents.c.id == bindparam("b_id"))
    .values(
        date_start=bindparam("date_start"),
        date_end=bindparam("date_end"),
        country=bindparam("country"),
    )
)


def refresh(conn: Connection, incident_id: str, *, memo: Memo | None = None) -> Incident | None:
    """Reconcile an incident from its members and rewrite its row and figures.

    An incident left without members is deleted. ``memo`` (ingest's) spares decoding
    member events and folding reports' texts it has seen before; the rows are the same.
    """
    return refresh_many(conn, [incident_id], memo=memo)[incident_id]


def refresh_many(
    conn: Connection,
    incident_ids: Sequence[str],
    *,
    memo: Memo | None = None,
    unwritten: Mapping[str, int] | None = None,
) -> dict[str, Incident | None]:
    """``refresh`` of each incident, in a handful of statements for all of them.

    ``unwritten`` maps incidents created without their ``incident_records`` row
    (``create_incident_row(record=False)``) to their seq: the row is inserted whole here,
    where it would otherwise be written twice. Ingest refreshes the incidents of a batch
    in one call: per incident, the five statements of a refresh were most of its SQL.
    """
    unwritten = unwritten or {}
    ids = list(dict.fromkeys(incident_ids))
    found = _members_of(conn, ids, memo=memo)
    incidents = {
        incident_id: reconcile(incident_id, *found[incident_id]) if incident_id in found else None
        for incident_id in ids
    }
    for chunk in _chunks(ids):
        conn.execute(delete(t.figures).where(t.figures.c.incident_id.in_(chunk)))
    gone = [i for i, incident in incidents.items() if incident is None]
    for chunk in _chunks(gone):
        conn.execute(delete(t.incident_records).where(t.incident_records.c.id.in_(chunk)))
        conn.execute(delete(t.incidents).where(t.incidents.c.id.in_(chunk)))
    kept = [(i, incident) for i, incident in incidents.items() if incident is not None]
    if not kept:
        return incidents
    if memo is not None:
        memo.prefetch_reports(conn, [a for _, i in kept for a in i.event.article_ids])
    rows, records, figures = [], [], []
    for incident_id, incident in kept:
        row, record = _incident_rows(conn, incident_id, incident, memo=memo)
        rows.append(row)
        records.append((unwritten.get(incident_id), record))
        figures += [
            {
                "incident_id": incident_id,
                "field": f.field,
                "article_id": f.article_id,
                "published": day(f.published),
                "low": f.low,
                "best": f.best,
                "high": f.high,
                "superseded": f.superseded,
            }
            for f in _one_per_article(incident)
        ]
    conn.execute(update(t.incidents).where(t.incidents.c.id == bindparam("b_id")), rows)
    updates = [r for seq, r in records if seq is None]
    if updates:
        conn.execute(
            update(t.incident_records).where(t.incident_records.c.id == bindparam("b_id")),
            updates,
        )
    inserts = [
        {"id": r["b_id"], "doc": seq, "record": r["record"], "search_text": r["search_text"]}
        for seq, r in records
        if seq is not None
    ]
    if inserts:
        conn.execute(insert(t.incident_records), inserts)
    if figures:
        conn.execute(insert(t.figures), figures)
    return incidents


def _members_of(
    conn: Connection, incident_ids: list[str], *, memo: Memo | None
) -> dict[str, tuple[list[Event], list[Link]]]:
    """``load_members`` of each incident that has any, in one query per 500 incidents."""
    m = t.incident_members.c
    found: dict[str, tuple[list[Event], list[Link]]] = {}
    for chunk in _chunks(incident_ids):
        rows = conn.execute(
            select(m.incident_id.label("member_of"), t.events.c.record, t.links)
            .join(t.incident_members, m.event_id == t.events.c.event_id)
            .join(t.links, t.links.c.event_id == t.events.c.event_id)
            .where(m.incident_id.in_(chunk))
            .order_by(m.incident_id, m.position)
        ).mappings()
        for row in rows:
            members, links = found.setdefault(row["member_of"], ([], []))
            if memo is None:
                members.append(event_from_record(loads(row["record"])))
            else:
                members.append(memo.event(row["event_id"], row["record"]))
            links.append(link_from_row(row))
    return found


def _incident_rows(
    conn: Connection, incident_id: str, incident: Incident, *, memo: Memo | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """An incident's row in ``incidents`` and in ``incident_records``, keyed for an
    executemany UPDATE by ``b_id``."""
    e = incident.event
    # The q filter searches the reports themselves as well as the coded fields. In ingest
    # order: PostgreSQL returns unordered rows in any order, and the same input must write
    # the same row (a Dask ingest is compared with a single-process one).
    actors = [a for a in (e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2) if a]
    coded: list[str | None] = [e.notes, e.place.location, e.place.admin1, e.place.admin2]
    coded += [e.place.country, *actors]
    if memo is None:
        reports = conn.execute(
            select(t.articles.c.title, t.articles.c.text)
            .where(t.articles.c.id.in_(e.article_ids))
            .order_by(t.articles.c.seq)
        ).all()
        search_text = t.search_document(coded + [p for r in reports for p in r])
    else:
        # The same words: a document joins its parts' words with single spaces.
        parts = [t.search_document(coded), *memo.report_words(conn, e.article_ids)]
        search_text = " ".join(part for part in parts if part)
    row = {
        "b_id": incident_id,
        "event_date": day(e.event_date),
        "date_start": day(e.date_start),
        "date_end": day(e.date_end),
        "country": e.place.country,
        "admin1": e.place.admin1,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actors": "\n".join(t.fold(a) for a in actors),
        "fatalities": e.fatalities,
        "latitude": e.place.latitude,
        "longitude": e.place.longitude,
        "source_count": len(e.sources),
        "date_key": day(e.event_date) or "",
        "country_key": t.fold(e.place.country),
        "admin1_key": t.fold(e.place.admin1),
    }
    record = {
        "b_id": incident_id,
        "record": dumps(incident.to_record()),
        "search_text": search_text,
    }
    return row, record


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _one_per_article(incident: Incident) -> Iterable[Any]:
    # The table's key is (incident, field, article): one figure per article and field.
    seen: set[tuple[str, str]] = set()
    for f in incident.figures:
        if (f.field, f.article_id) not in seen:
            seen.add((f.field, f.article_id))
            yield f


def constraints_for(conn: Connection, event_ids: Sequence[str]) -> Constraints:
    """The analyst's constraints that involve any of ``event_ids``."""
    c = t.corrections.c
    rows = conn.execute(
        select(c.event_a, c.event_b, c.must_link).where(
            or_(c.event_a.in_(event_ids), c.event_b.in_(event_ids))
        )
    ).all()
    return Constraints.of(
        must=[(a, b) for a, b, must in rows if must],
        cannot=[(a, b) for a, b, must in rows if not must],
    )


def record_constraints(
    conn: Connection, pairs: Iterable[tuple[str, str]], *, must_link: bool
) -> int:
    """Store constraints; a later correction of the same pair replaces the earlier one."""
    c = t.corrections.c
    seq = next_seq(conn, c.seq)
    count = 0
    for x, y in {Constraints.pair(a, b) for a, b in pairs if a != b}:
        conn.execute(delete(t.corrections).where(and_(c.event_a == x, c.event_b == y)))
        conn.execute(
            insert(t.corrections),
            {"event_a": x, "event_b": y, "must_link": must_link, "seq": seq},
        )
        count += 1
    return count


def rename_in_constraints(conn: Connection, old: str, new: str) -> None:
    """Carry an event's corrections over to the event that replaces it (a changed article)."""
    c = t.corrections.c
    rows = conn.execute(
        select(c.event_a, c.event_b, c.must_link, c.seq).where(
            or_(c.event_a == old, c.event_b == old)
        )
    ).all()
    for a, b, must, seq in rows:
        conn.execute(delete(t.corrections).where(and_(c.event_a == a, c.event_b == b)))
        x, y = Constraints.pair(new if a == old else a, new if b == old else b)
        if x == y:
            continue
        conn.execute(delete(t.corrections).where(and_(c.event_a == x, c.event_b == y)))
        conn.execute(
            insert(t.corrections), {"event_a": x, "event_b": y, "must_link": must, "seq": seq}
        )
