"""Actor substrings through a trigram index; covering indexes for bbox and place + toll.

Revision ID: 0003_actor_trigrams
Revises: 0002_query_shape

- ``actor`` is a substring filter, which no B-tree serves: SQLite gets an FTS5 trigram
  table over ``incidents.actors`` (external content, kept in step by triggers) used as an
  exact pre-filter; PostgreSQL gets a pg_trgm GIN index, which its LIKE uses directly. When
  the server lacks pg_trgm the filter still works, unindexed;
- ``ix_incidents_lat_lon`` also carries the sort keys, so a bbox page sorts off the index;
- ``ix_incidents_place_fatalities`` counts place + ``min_fatalities`` without the table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_actor_trigrams"
down_revision = "0002_query_shape"
branch_labels = None
depends_on = None

SQLITE_ACTORS = [
    """CREATE VIRTUAL TABLE incident_actor_fts USING fts5(
        actors, content='incidents', content_rowid='seq', tokenize='trigram')""",
    """CREATE TRIGGER incidents_actors_ai AFTER INSERT ON incidents BEGIN
        INSERT INTO incident_actor_fts(rowid, actors) VALUES (new.seq, new.actors);
    END""",
    """CREATE TRIGGER incidents_actors_ad AFTER DELETE ON incidents BEGIN
        INSERT INTO incident_actor_fts(incident_actor_fts, rowid, actors)
        VALUES ('delete', old.seq, old.actors);
    END""",
    """CREATE TRIGGER incidents_actors_au AFTER UPDATE OF seq, actors ON incidents BEGIN
        INSERT INTO incident_actor_fts(incident_actor_fts, rowid, actors)
        VALUES ('delete', old.seq, old.actors);
        INSERT INTO incident_actor_fts(rowid, actors) VALUES (new.seq, new.actors);
    END""",
    "INSERT INTO incident_actor_fts(incident_actor_fts) VALUES ('rebuild')",
]
POSTGRES_ACTORS = (
    "CREATE INDEX ix_incidents_actors_trgm ON incidents USING gin (actors gin_trgm_ops)"
)


def upgrade() -> None:
    conn = op.get_bind()
    op.drop_index("ix_incidents_lat_lon", table_name="incidents")
    op.create_index(
        "ix_incidents_lat_lon",
        "incidents",
        ["latitude", "longitude", "date_key", "fatalities", "id"],
    )
    op.create_index(
        "ix_incidents_place_fatalities", "incidents", ["country_key", "admin1_key", "fatalities"]
    )
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_ACTORS:
            conn.execute(sa.text(statement))
    else:
        try:
            with conn.begin_nested():  # a savepoint: a missing pg_trgm must not abort all
                conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
                conn.execute(sa.text(POSTGRES_ACTORS))
        except sa.exc.DBAPIError:
            pass
    conn.execute(sa.text("ANALYZE"))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in ("incidents_actors_ai", "incidents_actors_ad", "incidents_actors_au"):
            conn.execute(sa.text(f"DROP TRIGGER {name}"))
        conn.execute(sa.text("DROP TABLE incident_actor_fts"))
    else:
        conn.execute(sa.text("DROP INDEX IF EXISTS ix_incidents_actors_trgm"))
    op.drop_index("ix_incidents_place_fatalities", table_name="incidents")
    op.drop_index("ix_incidents_lat_lon", table_name="incidents")
    op.create_index("ix_incidents_lat_lon", "incidents", ["latitude", "longitude"])
