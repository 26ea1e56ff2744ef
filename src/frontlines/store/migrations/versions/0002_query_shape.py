"""Query shape: key columns, records apart, full-text search, indexes for filter + sort.

Revision ID: 0002_query_shape
Revises: 0001_initial

- ``incidents`` gains ``date_key``, ``country_key`` and ``admin1_key`` (the forms the filters
  and sorts compare) and loses ``record`` and ``search_text`` to ``incident_records``, so the
  table that list queries scan holds keys only;
- the search document is re-written as folded words and indexed: an FTS5 table kept in step
  by triggers on SQLite, a GIN index on its ``to_tsvector('simple', …)`` on PostgreSQL;
- the indexes follow the queries: each filter column, then the sort key, then ``id``.

Existing rows are carried over in the same transaction as the schema change (the store runs
every pending migration in one). SQLite needs 3.35 or later (``ALTER TABLE … DROP COLUMN``).
On SQLite the file keeps the space the old columns took
(reused by later writes; ``VACUUM`` returns it). The fold below is a frozen copy of
``schema.fold``: a migration must keep meaning what it
meant when it was applied, whatever later code does.
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002_query_shape"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

ID = sa.String(200)
_WORD = re.compile(r"[^\W_]+")
_CHUNK = 2000

OLD_INDEXES = {
    "ix_incidents_event_date": ["event_date"],
    "ix_incidents_country": ["country", "admin1"],
    "ix_incidents_type": ["event_type", "sub_event_type"],
    "ix_incidents_fatalities": ["fatalities"],
}
NEW_INDEXES = {
    "ix_incidents_date": ["date_key", "id"],
    "ix_incidents_place": ["country_key", "admin1_key", "date_key", "id"],
    "ix_incidents_type": ["event_type", "date_key", "id"],
    "ix_incidents_sub_type": ["sub_event_type", "fatalities", "id"],
    "ix_incidents_fatalities": ["fatalities", "id"],
    "ix_incidents_sources": ["source_count", "id"],
    "ix_incidents_seq": ["seq", "id"],
    "ix_incidents_day_type": ["event_date", "event_type", "fatalities"],
    "ix_incidents_country_total": ["country", "fatalities"],
}

# SQLite: an external-content FTS5 table over incident_records, synchronised by triggers
# (the pattern of the FTS5 documentation), so every writer keeps it right without knowing.
SQLITE_FTS = [
    """CREATE VIRTUAL TABLE incident_fts USING fts5(
        search_text, content='incident_records', content_rowid='doc',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER incident_records_ai AFTER INSERT ON incident_records BEGIN
        INSERT INTO incident_fts(rowid, search_text) VALUES (new.doc, new.search_text);
    END""",
    """CREATE TRIGGER incident_records_ad AFTER DELETE ON incident_records BEGIN
        INSERT INTO incident_fts(incident_fts, rowid, search_text)
        VALUES ('delete', old.doc, old.search_text);
    END""",
    """CREATE TRIGGER incident_records_au AFTER UPDATE OF doc, search_text ON incident_records
    BEGIN
        INSERT INTO incident_fts(incident_fts, rowid, search_text)
        VALUES ('delete', old.doc, old.search_text);
        INSERT INTO incident_fts(rowid, search_text) VALUES (new.doc, new.search_text);
    END""",
]
POSTGRES_FTS = (
    "CREATE INDEX ix_incident_records_search ON incident_records "
    "USING gin (to_tsvector('simple'::regconfig, search_text))"
)


def _fold(value: str | None) -> str:
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _document(text: str) -> str:
    return " ".join(_WORD.findall(_fold(text)))


def _compact_sqlite(conn: sa.Connection) -> None:
    """Re-write the incidents rows densely.

    SQLite's DROP COLUMN shrinks each row where it lies, leaving every page as sparse as
    the wide rows made it (100,000 incidents: 50,000 pages instead of 2,500), and VACUUM
    cannot run in a transaction. Deleting and re-inserting the rows packs them; foreign
    keys are deferred meanwhile (none of the children cascades) and hold again at commit.
    """
    conn.execute(sa.text("PRAGMA defer_foreign_keys = ON"))  # reset by the commit
    conn.execute(sa.text("CREATE TEMP TABLE incidents_compact AS SELECT * FROM incidents"))
    conn.execute(sa.text("DELETE FROM incidents"))
    conn.execute(sa.text("INSERT INTO incidents SELECT * FROM incidents_compact ORDER BY seq"))
    conn.execute(sa.text("DROP TABLE incidents_compact"))


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    for name in OLD_INDEXES:
        op.drop_index(name, table_name="incidents")
    for column, size in (("date_key", 10), ("country_key", 100), ("admin1_key", 200)):
        op.add_column(
            "incidents",
            sa.Column(column, sa.String(size), nullable=False, server_default=""),
        )
    conn.execute(sa.text("UPDATE incidents SET date_key = coalesce(event_date, '')"))
    # Few distinct places: fold each in Python (exact Unicode folding) and set by value.
    for column in ("country", "admin1"):
        values = conn.execute(
            sa.text(f"SELECT DISTINCT {column} FROM incidents WHERE {column} IS NOT NULL")
        ).scalars()
        for value in list(values):
            conn.execute(
                sa.text(f"UPDATE incidents SET {column}_key = :k WHERE {column} = :v"),
                {"k": _fold(value), "v": value},
            )

    op.create_table(
        "incident_records",
        sa.Column("id", ID, sa.ForeignKey("incidents.id"), primary_key=True),
        sa.Column("doc", sa.Integer, nullable=False, unique=True),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
    )
    if sqlite:  # before the copy: the insert trigger fills the index as rows arrive
        for statement in SQLITE_FTS:
            conn.execute(sa.text(statement))
    copy = sa.text(
        "INSERT INTO incident_records (id, doc, record, search_text) VALUES (:i, :d, :r, :s)"
    )
    after = ""
    while True:  # keyset chunks: memory stays flat however many incidents there are
        rows = conn.execute(
            sa.text(
                "SELECT id, seq, record, search_text FROM incidents WHERE id > :after "
                "ORDER BY id LIMIT :n"
            ),
            {"after": after, "n": _CHUNK},
        ).all()
        if not rows:
            break
        conn.execute(copy, [{"i": i, "d": d, "r": r, "s": _document(s)} for i, d, r, s in rows])
        after = rows[-1][0]

    # The same statement on both backends (SQLite 3.35+ rewrites the rows in place).
    conn.execute(sa.text("ALTER TABLE incidents DROP COLUMN record"))
    conn.execute(sa.text("ALTER TABLE incidents DROP COLUMN search_text"))
    if sqlite:
        _compact_sqlite(conn)
    for name, columns in NEW_INDEXES.items():
        op.create_index(name, "incidents", columns)
    if not sqlite:
        conn.execute(sa.text(POSTGRES_FTS))
        # DROP COLUMN only hides the column: rewrite the table so scans read narrow rows
        # (CLUSTER is transactional when given a table), in date order as lists read it.
        conn.execute(sa.text("CLUSTER incidents USING ix_incidents_date"))
    conn.execute(sa.text("ANALYZE"))  # the planner needs the new indexes' statistics


def downgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    for name in NEW_INDEXES:
        op.drop_index(name, table_name="incidents")
    op.add_column("incidents", sa.Column("record", sa.Text, nullable=False, server_default="{}"))
    op.add_column("incidents", sa.Column("search_text", sa.Text, nullable=False, server_default=""))
    conn.execute(
        sa.text(
            "UPDATE incidents SET record = (SELECT r.record FROM incident_records r "
            "WHERE r.id = incidents.id), search_text = (SELECT r.search_text FROM "
            "incident_records r WHERE r.id = incidents.id) "
            "WHERE id IN (SELECT id FROM incident_records)"
        )
    )
    if sqlite:
        for name in ("incident_records_ai", "incident_records_ad", "incident_records_au"):
            conn.execute(sa.text(f"DROP TRIGGER {name}"))
        conn.execute(sa.text("DROP TABLE incident_fts"))
    op.drop_table("incident_records")
    for column in ("date_key", "country_key", "admin1_key"):
        conn.execute(sa.text(f"ALTER TABLE incidents DROP COLUMN {column}"))
    for name, columns in OLD_INDEXES.items():
        op.create_index(name, "incidents", columns)
