"""The index build: deterministic, versioned, and rebuilt when outdated."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from frontlines.geo import Gazetteer
from frontlines.geo.build import GAZETTEER_VERSION, build_index, source_versions
from frontlines.geo.gazetteer import ensure_index, index_path, is_current


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_build_is_deterministic(tmp_path: Path) -> None:
    first = build_index(tmp_path / "a.sqlite", countries=["AD", "LI"])
    second = build_index(tmp_path / "b.sqlite", countries=["LI", "AD"])
    assert _sha256(first) == _sha256(second)


def test_index_carries_its_version_and_sources(gazetteer: Gazetteer) -> None:
    meta = gazetteer.meta()
    assert meta["gazetteer_version"] == GAZETTEER_VERSION
    for package, version in source_versions().items():
        assert meta[package] == version
    assert meta["countries"] == "*"


def test_an_index_of_another_version_is_rebuilt(tmp_path: Path) -> None:
    path = index_path(tmp_path)
    build_index(path, countries=["AD"])
    assert is_current(path)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE meta SET value = '0' WHERE key = 'gazetteer_version'")
    assert not is_current(path)
    # ensure_index rebuilds (the whole world, so here only the decision is checked)
    assert not is_current(tmp_path / "missing.sqlite")


def test_a_damaged_file_is_not_current(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"not a database")
    assert not is_current(path)


@pytest.mark.parametrize(
    ("table", "minimum"),
    [("places", 200_000), ("names", 500_000), ("countries", 240), ("codes", 3000)],
)
def test_full_index_tables(gazetteer: Gazetteer, table: str, minimum: int) -> None:
    con = sqlite3.connect(gazetteer.path)
    (count,) = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    con.close()
    assert count >= minimum


def test_ensure_index_reuses_a_current_index(geo_cache: Path) -> None:
    path = index_path(geo_cache)
    before = path.stat().st_mtime_ns
    assert ensure_index(geo_cache) == path
    assert path.stat().st_mtime_ns == before
