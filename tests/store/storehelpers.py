"""Database helpers for the storage tests: fresh databases on each backend, table dumps.

``scripts/test-services.sh`` starts a throwaway PostgreSQL and exports
FRONTLINES_TEST_PG_URL. Locally, without it, the PostgreSQL cases skip; under CI a missing
server fails them, so CI never passes with half the backends untested.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from frontlines.store import Store
from frontlines.store.engine import normalise_url

BACKENDS = ("sqlite", "postgresql")


def postgres_admin_url() -> str | None:
    url = os.environ.get("FRONTLINES_TEST_PG_URL")
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail("FRONTLINES_TEST_PG_URL is unset under CI: run the tests through "
                    "scripts/test-services.sh (make test)")  # fmt: skip
    pytest.skip("PostgreSQL: FRONTLINES_TEST_PG_URL is unset (run via scripts/test-services.sh)")
    return None


def fresh_database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database of the backend, dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'frontlines.db'}"
        return
    admin = postgres_admin_url()
    assert admin is not None
    name = "t_" + uuid.uuid4().hex[:12]
    engine = create_engine(normalise_url(admin), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = admin.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


def two_fresh_database_urls(backend: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two empty databases of the backend (in their own folders), dropped afterwards."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = fresh_database_url(backend, tmp_path / "a")
    second = fresh_database_url(backend, tmp_path / "b")
    yield next(first), next(second)
    for rest in (first, second):
        next(rest, None)


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in key order: two stores with equal dumps are the same."""
    from frontlines.store.schema import metadata

    tables: dict[str, list[tuple[object, ...]]] = {}
    with store.engine.connect() as conn:
        for table in metadata.sorted_tables:
            keys = list(table.primary_key.columns)
            rows = conn.execute(table.select().order_by(*keys)).all()
            tables[table.name] = [tuple(r) for r in rows]
    return tables
