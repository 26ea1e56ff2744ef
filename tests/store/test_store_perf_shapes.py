"""The query shape of migration 0002: full-text and folded filters, counts carried by the
cursor, record rows in step with incidents, indexes in the plans, and the upgrade of a
database that already holds data (in one transaction)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import orjson
import pytest
from alembic import command
from corpus import ARTICLES, extractor
from eventfactory import ScriptedExtractor, article
from sqlalchemy import Connection, Select, select, text

from frontlines.errors import FrontlinesError
from frontlines.store import IncidentFilters, Store
from frontlines.store import query as q
from frontlines.store import schema as t
from frontlines.store.engine import (
    _alembic_config,
    begin_write,
    head_revision,
    make_engine,
    schema_revision,
)

CAFE = article("cafe-1", "Shots were fired at the Café Émile in Chicago; an al-Shabaab claim "
               "circulated and was denied by police.", published="2024-06-02")  # fmt: skip
CAFE_SCRIPT = {"cafe-1": [dict(when="2024-06-01", place="Chicago", killed=1,
                               actor1="Unidentified Armed Group (United States)")]}  # fmt: skip


@pytest.fixture
def filled(store: Store) -> Store:
    store.ingest(ARTICLES, extractor=extractor())
    store.ingest([CAFE], extractor=ScriptedExtractor(CAFE_SCRIPT))
    return store


CLUB, SCHOOL, KHARKIV, CAFE_IDS = {"club-1", "club-2"}, {"school-1", "school-2"}, \
    {"kharkiv-1", "kharkiv-2"}, {"cafe-1"}  # fmt: skip
EVERY = CLUB | SCHOOL | KHARKIV | CAFE_IDS


def articles_of(rows: list[dict[str, Any]]) -> set[str]:
    return {a for r in rows for a in r["article_ids"]}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        # q: every word must begin a word of the text; case and accents do not matter
        (IncidentFilters(q="lucky sev"), CLUB),
        (IncidentFilters(q="LUCKY Seven"), CLUB),
        (IncidentFilters(q="cafe emile"), CAFE_IDS),
        (IncidentFilters(q="CAFÉ"), CAFE_IDS),
        (IncidentFilters(q="al-shabaab"), CAFE_IDS),
        (IncidentFilters(q="shabaab"), CAFE_IDS),
        (IncidentFilters(q="gymnasium roosevelt"), SCHOOL),
        (IncidentFilters(q="gymnasium kharkiv"), set()),
        (IncidentFilters(q="ucky"), set()),  # inside a word: not a match
        (IncidentFilters(q="!!!"), EVERY),  # no words, no condition
        (IncidentFilters(q="kharkiv", event_type="Battles"), KHARKIV),
        # keys are folded: case and accents do not matter
        (IncidentFilters(country="UKRAINE", admin1="kharkivska"), KHARKIV),
        (IncidentFilters(actor="FORCES OF RUSSIA"), KHARKIV),
        (IncidentFilters(actor="armed group (united"), CAFE_IDS),  # substring, LIKE-escaped
        (IncidentFilters(actor="%"), set()),
        (IncidentFilters(actor="ia"), KHARKIV),  # under three characters: no trigram
        (IncidentFilters(actor='forces "of'), set()),
        (IncidentFilters(actor="ilitary forces of"), KHARKIV),  # starts inside a word
        # an incident's unknown date never passes a date bound
        (IncidentFilters(until=date(2024, 5, 1)), CLUB),
        (IncidentFilters(since=date(2024, 5, 9), until=date(2024, 6, 1)), KHARKIV | CAFE_IDS),
    ],
)  # fmt: skip
def test_filters_in_the_new_shape(filled: Store, filters: IncidentFilters, expected: set) -> None:
    rows, _, count = filled.list_incidents(filters)
    assert articles_of(rows) == expected
    assert count == len(rows)


@pytest.mark.parametrize(
    ("value", "folded", "words"),
    [
        ("Côte d'Ivoire", "cote d'ivoire", ["cote", "d", "ivoire"]),
        ("KHARKIVSKA", "kharkivska", ["kharkivska"]),
        ("Straße", "strasse", ["strasse"]),
        ("al-Shabaab_x 3,000", "al-shabaab_x 3,000", ["al", "shabaab", "x", "3", "000"]),
        (None, "", []),
    ],
)
def test_fold_and_search_words(value: str | None, folded: str, words: list[str]) -> None:
    assert t.fold(value) == folded
    assert t.search_words(value) == words


def test_count_is_taken_once_and_carried_by_the_cursor(filled: Store) -> None:
    first, cursor, count = filled.list_incidents(limit=1)
    assert count == 4 and cursor is not None
    filled.ingest(
        [article("late-1", "A late report.", published="2024-07-02")],
        extractor=ScriptedExtractor({"late-1": [dict(when="2024-07-01", place="Mosul")]}),
    )
    # Later pages repeat the first page's count; a new listing counts again.
    _, _, later = filled.list_incidents(cursor=cursor, limit=1)
    assert later == 4
    assert filled.list_incidents(limit=1)[2] == 5
    # A cursor of the earlier format (no count in it) still pages, and counts.
    value, last_id, _ = q.decode_cursor(cursor)
    legacy = q.encode_cursor(value, last_id)
    rows, _, recount = filled.list_incidents(cursor=legacy, limit=1)
    assert recount == 5 and rows and rows[0]["event_id"] != first[0]["event_id"]


def record_rows(store: Store) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    with store.engine.connect() as conn:
        incidents = conn.execute(select(t.incidents.c.id, t.incidents.c.seq).order_by("id"))
        docs = conn.execute(
            select(t.incident_records.c.id, t.incident_records.c.doc).order_by("id")
        )
        return [tuple(x) for x in incidents], [tuple(x) for x in docs]  # type: ignore[misc]


def test_record_rows_and_full_text_follow_splits_and_merges(filled: Store) -> None:
    club = next(r for r in filled.iter_incidents() if "club-1" in r["article_ids"])
    new_id = filled.split(club["event_id"], ["club-2"])
    filled.merge(new_id, [club["event_id"]])
    incidents, docs = record_rows(filled)
    assert incidents == docs  # one record row per incident, doc == seq
    rows, _, _ = filled.list_incidents(IncidentFilters(q="lucky seven"))
    assert articles_of(rows) == CLUB and len(rows) == 1
    if filled.engine.dialect.name == "sqlite":
        with filled.engine.begin() as conn:  # FTS5 checks its index against the content
            for fts in (t.FTS_TABLE, t.ACTOR_FTS):
                conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")


def test_stats_agree_with_a_plain_count(filled: Store) -> None:
    for filters in (IncidentFilters(), IncidentFilters(q="police"), IncidentFilters(
            country="united states")):  # fmt: skip
        stats = filled.stats(filters)
        rows = list(filled.iter_incidents(filters))
        assert stats["incidents"] == len(rows)
        assert stats["fatalities"] == sum(r["fatalities"] for r in rows)
        assert sum(d["incidents"] for d in stats["by_day_type"]) == len(rows)
        assert sum(c["incidents"] for c in stats["by_country"]) == len(rows)


# -- plans ----------------------------------------------------------------------------------


def sql_of(conn: Connection, query: Select[Any]) -> str:
    return str(query.compile(conn, compile_kwargs={"literal_binds": True}))


@pytest.mark.parametrize(
    ("filters", "sort", "index"),
    [
        (IncidentFilters(), "-event_date", "ix_incidents_date"),
        (IncidentFilters(since=date(2024, 5, 2)), "event_date", "ix_incidents_date"),
        (IncidentFilters(country="Ukraine"), "-event_date", "ix_incidents_place"),
        (IncidentFilters(country="Ukraine", admin1="Kharkivska"), "-event_date",
         "ix_incidents_place"),
        (IncidentFilters(event_type="Battles", since=date(2024, 1, 1)), "-event_date",
         "ix_incidents_type"),
        (IncidentFilters(sub_event_type="Armed clash"), "-fatalities", "ix_incidents_sub_type"),
        (IncidentFilters(), "-fatalities", "ix_incidents_fatalities"),
        (IncidentFilters(), "source_count", "ix_incidents_sources"),
        (IncidentFilters(), "-created", "ix_incidents_seq"),
        (IncidentFilters(bbox=(30.0, 45.0, 40.0, 52.0)), "-event_date", "ix_incidents_lat_lon"),
        (IncidentFilters(q="kharkiv"), "-fatalities", t.FTS_TABLE),
        (IncidentFilters(actor="islamic state"), "-event_date", t.ACTOR_FTS),
        (IncidentFilters(country="Ukraine", admin1="Kharkivska", min_fatalities=5),
         "-fatalities", "ix_incidents_place"),
    ],
)  # fmt: skip
def test_sqlite_list_queries_use_their_index(
    tmp_path: Any, filters: IncidentFilters, sort: str, index: str
) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'plans.db'}") as store, store.engine.connect() as c:
        plan = " | ".join(
            row[-1] for row in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql_of(
                c, q.keys_query(filters, sort=sort)))
        )  # fmt: skip
    assert index in plan
    assert "SCAN incidents |" not in plan + " |"  # never a full scan of the table


@pytest.mark.parametrize(
    ("filters", "index"),
    [(IncidentFilters(q="lucky"), t.FTS_INDEX),
     (IncidentFilters(actor="forces of"), t.ACTOR_INDEX)],
)  # fmt: skip
def test_postgresql_text_filters_use_their_gin_index(
    filled: Store, filters: IncidentFilters, index: str
) -> None:
    if filled.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's GIN indexes")
    with filled.engine.connect() as conn:
        # A tiny table is cheaper to walk: leave the planner only bitmap scans, so the plan
        # shows whether the query's expression is the GIN index's.
        for setting in ("enable_seqscan", "enable_indexscan", "enable_indexonlyscan"):
            conn.execute(text(f"SET LOCAL {setting} = off"))
        sql = sql_of(conn, q.keys_query(filters, sort="-event_date"))
        plan = "\n".join(row[0] for row in conn.execute(text("EXPLAIN " + sql)))
    assert index in plan


# -- the upgrade from 0001 ------------------------------------------------------------------

OLD_ROWS = [  # incidents in the 0001 shape: keys not yet folded, record and text inline
    ("inc-a", 1, "2024-05-01", "Côte d'Ivoire", "Abidjan", "Lucky Seven club, Côte d'Ivoire"),
    ("inc-b", 2, "2024-05-02", "Ukraine", "Kharkivska", "Shelling of Kharkiv"),
    ("inc-c", 3, None, "Ukraine", None, "Undated report from Kharkiv"),
]


def database_at_0001(url: str, rows: list[tuple[Any, ...]]) -> None:
    engine = make_engine(url)
    with begin_write(engine) as conn:
        command.upgrade(_alembic_config(conn), "0001_initial")
        for id_, seq, day, country, admin1, words in rows:
            record = {"event_id": id_, "event_date": day, "country": country, "notes": words}
            conn.execute(
                text(
                    "INSERT INTO incidents (id, seq, event_date, country, admin1, event_type, "
                    "sub_event_type, actors, fatalities, source_count, search_text, record) "
                    "VALUES (:id, :seq, :day, :country, :admin1, 'Battles', 'Armed clash', "
                    "'military forces of ukraine', 1, 1, :words, :record)"
                ),
                {"id": id_, "seq": seq, "day": day, "country": country, "admin1": admin1,
                 "words": words.casefold(), "record": orjson.dumps(record).decode()},
            )  # fmt: skip
    engine.dispose()


@pytest.fixture
def old_url(db_url: str) -> Iterator[str]:
    database_at_0001(db_url, OLD_ROWS)
    yield db_url


def test_migration_upgrades_a_database_with_data(old_url: str) -> None:
    with Store.open(old_url) as store:
        with store.engine.connect() as conn:
            assert schema_revision(conn) == head_revision()
        rows, _, count = store.list_incidents(sort="-event_date")
        assert [r["event_id"] for r in rows] == ["inc-b", "inc-a", "inc-c"] and count == 3
        assert rows[1]["notes"] == OLD_ROWS[0][5]  # records carried over unchanged
        cases = {
            IncidentFilters(country="cote d'ivoire"): {"inc-a"},
            IncidentFilters(admin1="KHARKIVSKA"): {"inc-b"},
            IncidentFilters(q="lucky cote"): {"inc-a"},
            IncidentFilters(q="kharkiv"): {"inc-b", "inc-c"},
            IncidentFilters(until=date(2024, 5, 31)): {"inc-a", "inc-b"},
            IncidentFilters(actor="forces of ukr"): {"inc-a", "inc-b", "inc-c"},
        }
        for filters, expected in cases.items():
            found = {r["event_id"] for r in store.list_incidents(filters)[0]}
            assert found == expected, filters


def test_a_failed_migration_leaves_the_database_as_it_was(db_url: str) -> None:
    # Two incidents with one seq cannot both be a full-text row: the upgrade fails half-way.
    database_at_0001(db_url, [OLD_ROWS[0], (*OLD_ROWS[1][:1], 1, *OLD_ROWS[1][2:])])
    with pytest.raises(FrontlinesError) as caught:
        Store.open(db_url)
    assert caught.value.code == "E400"
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert schema_revision(conn) == "0001_initial"
        kept = conn.execute(text("SELECT id, record FROM incidents ORDER BY id")).all()
        assert [k[0] for k in kept] == ["inc-a", "inc-b"]
        names = set(conn.dialect.get_table_names(conn))
    engine.dispose()
    assert not names & {"incident_records", t.FTS_TABLE, t.ACTOR_FTS}
