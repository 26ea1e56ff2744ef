"""Listing, filtering, paginating and counting incidents; migrations; errors."""

from __future__ import annotations

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from corpus import ARTICLES, extractor

from frontlines.errors import FrontlinesError
from frontlines.store import IncidentFilters, Store
from frontlines.store.engine import head_revision, schema_revision
from frontlines.store.schema import (
    ACTOR_FTS,
    ACTOR_INDEX,
    FTS_INDEX,
    FTS_TABLE,
    metadata,
)


@pytest.fixture
def filled(store: Store) -> Store:
    store.ingest(ARTICLES, extractor=extractor())
    return store


CLUB = {"club-1", "club-2"}
SCHOOL = {"school-1", "school-2"}
KHARKIV = {"kharkiv-1", "kharkiv-2"}


def articles_of(rows: list[dict]) -> set[str]:
    return {a for r in rows for a in r["article_ids"]}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (IncidentFilters(), CLUB | SCHOOL | KHARKIV),
        (IncidentFilters(since=date(2024, 5, 2)), SCHOOL | KHARKIV),
        (IncidentFilters(until=date(2024, 5, 1)), CLUB),
        (IncidentFilters(country="ukraine"), KHARKIV),
        (IncidentFilters(admin1="Indiana"), CLUB | SCHOOL),
        (IncidentFilters(event_type="Battles"), KHARKIV),
        (IncidentFilters(sub_event_type="Attack"), CLUB | SCHOOL),
        (IncidentFilters(actor="forces of russia"), KHARKIV),
        (IncidentFilters(min_fatalities=3), CLUB | KHARKIV),
        (IncidentFilters(bbox=(30.0, 45.0, 40.0, 52.0)), KHARKIV),
        (IncidentFilters(bbox=(170.0, 40.0, -80.0, 45.0)), CLUB | SCHOOL),  # across 180°
        (IncidentFilters(q="Lucky seven"), CLUB),
        (IncidentFilters(q="gymnasium"), SCHOOL),
        (IncidentFilters(country="Ukraine", min_fatalities=5), set()),
    ],
)  # fmt: skip
def test_filters(filled: Store, filters: IncidentFilters, expected: set[str]) -> None:
    rows, _, count = filled.list_incidents(filters)
    assert articles_of(rows) == expected
    assert count == len(rows)


@pytest.mark.parametrize("sort", ["event_date", "-event_date", "fatalities", "-fatalities",
                                  "source_count", "-created"])  # fmt: skip
def test_cursor_pages_visit_every_incident_once_in_order(filled: Store, sort: str) -> None:
    seen, cursor, pages = [], None, 0
    while True:
        rows, cursor, count = filled.list_incidents(sort=sort, cursor=cursor, limit=1)
        seen += rows
        pages += 1
        if cursor is None:
            break
    assert count == 3 and pages == 3
    assert len({r["event_id"] for r in seen}) == 3
    key = sort.lstrip("-")
    if key in ("event_date", "fatalities", "source_count"):
        values = [r[key] for r in seen]
        assert values == sorted(values, reverse=sort.startswith("-"))


def test_stats(filled: Store) -> None:
    stats = filled.stats()
    assert stats["incidents"] == 3
    assert stats["fatalities"] == 3 + 0 + 4
    assert stats["by_type"] == [
        {"event_type": "Battles", "incidents": 1, "fatalities": 4},
        {"event_type": "Violence against civilians", "incidents": 2, "fatalities": 3},
    ]
    assert [d["day"] for d in stats["by_day"]] == ["2024-05-01", "2024-05-02", "2024-05-09"]
    only = filled.stats(IncidentFilters(country="Ukraine"))
    assert only["by_country"] == [{"country": "Ukraine", "incidents": 1, "fatalities": 4}]


def test_get_article_returns_its_text(filled: Store) -> None:
    article = filled.get_article("notes-1")
    assert article == ARTICLES[5]
    assert filled.get_article("nope") is None


def test_migrations_are_recorded_and_match_the_tables(store: Store) -> None:
    with store.engine.connect() as conn:
        assert schema_revision(conn) == head_revision() == "0004_blocking_index"
        # The full-text objects are the backend's own (FTS5 shadow tables, a GIN index).
        context = MigrationContext.configure(
            conn, opts={"include_name": lambda name, _kind, _parent: not (
                str(name).startswith((FTS_TABLE, ACTOR_FTS))
                or name in (FTS_INDEX, ACTOR_INDEX))}
        )  # fmt: skip
        diff = compare_metadata(context, metadata)
    assert diff == []
    # Opening an up-to-date database again is a no-op.
    Store.open(store.url).close()


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda s: s.list_incidents(sort="colour"), "E402"),
        (lambda s: s.list_incidents(cursor="%%%"), "E403"),
        (lambda s: s.split("inc-nope", ["x"]), "E401"),
        (lambda s: s.merge("inc-nope", ["x"]), "E401"),
    ],
)
def test_errors_are_coded(filled: Store, call, code: str) -> None:
    with pytest.raises(FrontlinesError) as caught:
        call(filled)
    assert caught.value.code == code


def test_split_rejects_non_members_and_emptying(filled: Store) -> None:
    incident = next(r for r in filled.iter_incidents() if "club-1" in r["article_ids"])
    with pytest.raises(FrontlinesError) as caught:
        filled.split(incident["event_id"], ["school-1"])
    assert caught.value.code == "E404"
    with pytest.raises(FrontlinesError) as caught:
        filled.split(incident["event_id"], ["club-1", "club-2"])
    assert caught.value.code == "E405"


@pytest.mark.parametrize("url", ["mysql://x/y", "not a url", "sqlite:////nonexistent-dir/x/y.db"])
def test_bad_database_urls_raise_e400(url: str) -> None:
    with pytest.raises(FrontlinesError) as caught:
        Store.open(url)
    assert caught.value.code == "E400"
