"""Opening a database: one engine per URL, SQLite tuned for safe writes, migrations applied.

SQLite runs in WAL mode (readers never block the writer) and with transactional DDL: the
Python driver would otherwise commit silently before each schema statement, so a migration
interrupted half-way would leave half a schema. PostgreSQL needs neither.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from frontlines.errors import FrontlinesError

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_URL = "sqlite:///frontlines.db"
# Any constant works; it only has to be the same for every frontlines process.
_PG_LOCK_KEY = 0x66726F6E  # "fron"


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3 (SQLAlchemy would pick psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str) -> Engine:
    """An engine for ``sqlite:///file.db`` or ``postgresql://…``; raises E400 when it cannot."""
    try:
        parsed = make_url(normalise_url(url))
    except ArgumentError as exc:
        raise FrontlinesError("E400", url=url, detail=str(exc)) from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed.render_as_string(hide_password=False))
    if backend == "postgresql":
        return create_engine(parsed, pool_pre_ping=True)
    raise FrontlinesError("E400", url=url, detail=f"unsupported database '{backend}'")


def _sqlite_engine(url: str) -> Engine:
    memory = url in ("sqlite://", "sqlite:///:memory:")
    options: dict[str, Any] = {"connect_args": {"timeout": 30}}
    if memory:
        options["poolclass"] = StaticPool  # one shared connection, or each sees an empty db
    engine = create_engine(url, **options)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the driver; "begin" below issues BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        # With WAL, NORMAL loses no committed transaction when a process dies; only a power
        # cut may lose the last commits, never consistency.
        cursor.execute("PRAGMA synchronous=NORMAL")
        # 32 MiB of page cache instead of 2: ingest's index lookups (candidates, members,
        # seen articles) range over a file of hundreds of megabytes, and every page missed
        # is a system call; ORDER BY's scratch B-trees stay in memory.
        cursor.execute("PRAGMA cache_size=-32768")
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front so two of them queue instead of deadlocking.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def begin_write(engine: Engine) -> _WriteTransaction:
    """A write transaction: BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL."""
    return _WriteTransaction(engine.connect().execution_options(sqlite_begin="IMMEDIATE"))


class _WriteTransaction:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def __enter__(self) -> Connection:
        self._tx = self.conn.begin()
        if self.conn.dialect.name == "postgresql":
            self.conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        return self.conn

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            if exc_type is None:
                self._tx.commit()
            else:
                self._tx.rollback()
        finally:
            self.conn.close()


def _alembic_config(conn: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def migrate(engine: Engine, *, url: str) -> None:
    """Apply every pending migration in one transaction (named, and recorded by Alembic)."""
    try:
        with begin_write(engine) as conn:
            command.upgrade(_alembic_config(conn), "head")
    except SQLAlchemyError as exc:
        raise FrontlinesError(
            "E400", url=url, detail=str(getattr(exc, "orig", None) or exc)
        ) from exc


def schema_revision(conn: Connection) -> str | None:
    """The database's recorded migration, or None before the first."""
    return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()
