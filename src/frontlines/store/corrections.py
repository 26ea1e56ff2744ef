"""An analyst's corrections to the linker: split an incident, merge two.

Each correction is applied now and recorded as constraints between event ids (cannot-link
for a split, must-link for a merge) that the linker obeys whenever those events are linked
again, so corrections survive re-ingest.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from frontlines.errors import FrontlinesError
from frontlines.incidents.model import ANALYST, Link
from frontlines.store import repo
from frontlines.store import schema as t


def _member_ids(conn: Connection, incident_id: str) -> list[str]:
    m = t.incident_members.c
    ids = conn.execute(
        select(m.event_id).where(m.incident_id == incident_id).order_by(m.position)
    ).scalars()
    found = list(ids)
    if not found:
        raise FrontlinesError("E401", detail=incident_id)
    return found


def split(conn: Connection, incident_id: str, ids: Sequence[str]) -> str:
    """Move the given members (event ids, or article ids meaning their events) to a new
    incident; returns the new incident's id."""
    members = _member_ids(conn, incident_id)
    rows = conn.execute(
        select(t.events.c.event_id, t.events.c.article_id).where(t.events.c.event_id.in_(members))
    ).all()
    of_article = {event_id: article_id for event_id, article_id in rows}
    wanted = set(ids)
    moving = [e for e in members if e in wanted or of_article.get(e) in wanted]
    unknown = wanted - set(moving) - {of_article[e] for e in moving}
    if unknown:
        raise FrontlinesError("E404", detail=", ".join(sorted(unknown)), incident=incident_id)
    staying = [e for e in members if e not in moving]
    if not staying:
        raise FrontlinesError("E405", detail=incident_id)
    repo.record_constraints(conn, [(a, b) for a in moving for b in staying], must_link=False)
    new_id = repo.new_incident_id(conn, moving[0])
    repo.ensure_incident_row(conn, new_id)
    for k, event_id in enumerate(moving):
        matched = moving[0] if k else None
        repo.move_member(conn, new_id, Link(event_id, matched, 1.0, {}, ANALYST))
    repo.refresh(conn, incident_id)
    repo.refresh(conn, new_id)
    return new_id


def merge(conn: Connection, incident_id: str, others: Sequence[str]) -> str:
    """Move every member of ``others`` into ``incident_id``; returns ``incident_id``."""
    members = _member_ids(conn, incident_id)
    for other in others:
        if other == incident_id:
            continue
        joining = _member_ids(conn, other)
        repo.record_constraints(conn, [(a, b) for a in joining for b in members], must_link=True)
        for event_id in joining:
            repo.move_member(conn, incident_id, Link(event_id, members[0], 1.0, {}, ANALYST))
        repo.refresh(conn, other)
        members += joining
    repo.refresh(conn, incident_id)
    return incident_id
