"""Read access to the gazetteer index, built on first use and cached per user.

Lookups are indexed SQLite reads behind small in-process caches: the process holds no copy
of the gazetteer, only SQLite's page cache, which keeps its memory cost low.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import platformdirs

from frontlines.errors import FrontlinesError
from frontlines.geo.build import GAZETTEER_VERSION, build_index, source_versions
from frontlines.geo.normalize import name_key, variant_key

CACHE_ENV = "FRONTLINES_CACHE_DIR"
_ABBREVIATED = {"mt": "mount", "ft": "fort", "st": "saint", "pt": "point"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place: a populated place, an admin-1/admin-2 unit or a country."""

    id: int
    kind: str  # "PPL" | "ADM1" | "ADM2" | "PCLI"
    name: str
    cc: str
    adm1: int | None
    adm2: int | None
    lat: float | None
    lon: float | None
    pop: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer hit for a name in the text; ``quality`` 0 official, 1 alternate, 2 variant."""

    entry: Entry
    quality: int


def cache_dir() -> Path:
    """``$FRONTLINES_CACHE_DIR`` when set, else the user cache directory."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured) if configured else Path(platformdirs.user_cache_dir("frontlines"))


def index_path(directory: Path | None = None) -> Path:
    return (directory or cache_dir()) / f"gazetteer-v{GAZETTEER_VERSION}.sqlite"


def is_current(path: Path) -> bool:
    """Whether ``path`` holds a complete index built by this version from these sources."""
    if not path.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        return False
    expected = {"gazetteer_version": GAZETTEER_VERSION, **source_versions()}
    return all(meta.get(k) == v for k, v in expected.items())


class Gazetteer:
    """Name lookups, places by id, and full-text search over one index file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # One connection per thread: sqlite3 connections are not shared across threads.
        self._local = threading.local()
        # Per-instance caches: articles repeat names, and hits are immutable.
        self.lookup: Callable[[str], tuple[Candidate, ...]] = lru_cache(maxsize=65536)(self._lookup)
        self.get: Callable[[int], Entry | None] = lru_cache(maxsize=65536)(self._get)
        self.country: Callable[[str], Entry | None] = lru_cache(maxsize=512)(self._country)
        self.iso3: Callable[[str], str | None] = lru_cache(maxsize=512)(self._iso3)
        self.admin1_units: Callable[[str], tuple[Entry, ...]] = lru_cache(maxsize=512)(
            self._admin1_units
        )
        self.is_common_word: Callable[[str], bool] = lru_cache(maxsize=65536)(self._is_common_word)

    @property
    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            try:
                con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            except sqlite3.Error as exc:
                raise FrontlinesError("E600", path=str(self.path), detail=str(exc)) from exc
            self._local.con = con
        return con

    def meta(self) -> dict[str, str]:
        return dict(self._con.execute("SELECT key, value FROM meta").fetchall())

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        """Places called ``name``: exact keys first; the transliteration key only when no
        exact key matches."""
        key = name_key(name)
        rows = self._con.execute(
            "SELECT id, quality FROM names WHERE key = ? AND quality < 2", (key,)
        ).fetchall()
        head, _, rest = key.partition(" ")
        if not rows and rest and head in _ABBREVIATED:
            # "Mt. Juliet", "Ft. Myers", "Pt. Pleasant": names listed in full only.
            rows = self._con.execute(
                "SELECT id, quality FROM names WHERE key = ? AND quality < 2",
                (f"{_ABBREVIATED[head]} {rest}",),
            ).fetchall()
        if not rows:
            variant = variant_key(name)
            if variant:
                rows = self._con.execute(
                    "SELECT id, quality FROM names WHERE key = ?", (variant,)
                ).fetchall()
        found = [(self.get(i), q) for i, q in rows]
        hits = [Candidate(e, q) for e, q in found if e is not None]
        return tuple(sorted(hits, key=lambda c: (c.quality, -c.entry.pop, c.entry.id)))

    def _get(self, place_id: int) -> Entry | None:
        row = self._con.execute(
            "SELECT id, kind, name, cc, adm1, adm2, lat, lon, pop FROM places WHERE id = ?",
            (place_id,),
        ).fetchone()
        return Entry(*row) if row else None

    def has_key(self, name: str) -> bool:
        row = self._con.execute(
            "SELECT 1 FROM names WHERE key = ? AND quality < 2 LIMIT 1", (name_key(name),)
        ).fetchone()
        return row is not None

    def _is_common_word(self, text: str) -> bool:
        """Whether ``text`` is an ordinary English word that is also a place name."""
        row = self._con.execute(
            "SELECT 1 FROM common_words WHERE key = ?", (name_key(text),)
        ).fetchone()
        return row is not None

    def _country(self, cc: str) -> Entry | None:
        row = self._con.execute("SELECT id FROM countries WHERE cc = ?", (cc,)).fetchone()
        return self.get(row[0]) if row else None

    def _iso3(self, cc: str) -> str | None:
        row = self._con.execute("SELECT iso3 FROM countries WHERE cc = ?", (cc,)).fetchone()
        return row[0] if row else None

    def admin_code(self, cc: str, code: str) -> Entry | None:
        """An admin-1 unit by its ISO 3166-2 suffix ("US", "IN" → Indiana)."""
        row = self._con.execute(
            "SELECT id FROM codes WHERE cc = ? AND code = ?", (cc, code.upper())
        ).fetchone()
        return self.get(row[0]) if row else None

    def _admin1_units(self, cc: str) -> tuple[Entry, ...]:
        ids = self._con.execute(
            "SELECT id FROM places WHERE kind = 'ADM1' AND cc = ? ORDER BY id", (cc,)
        ).fetchall()
        return tuple(e for (i,) in ids if (e := self.get(i)) is not None)

    def search(self, text: str, *, limit: int = 10) -> list[Entry]:
        """Full-text search over every name of every place, the most populous first."""
        words = name_key(text).split()
        if not words:
            return []
        query = " ".join(f'"{w}"' for w in words)
        rows = self._con.execute(
            "SELECT s.rowid FROM search s JOIN places p ON p.id = s.rowid "
            "WHERE search MATCH ? ORDER BY p.pop DESC, p.id LIMIT ?",
            (query, limit),
        ).fetchall()
        return [e for (i,) in rows if (e := self.get(i)) is not None]


_lock = threading.Lock()
_open: dict[Path, Gazetteer] = {}


def ensure_index(directory: Path | None = None, *, rebuild: bool = False) -> Path:
    """The path of a current index, building it first when missing or outdated."""
    path = index_path(directory)
    with _lock:
        if rebuild or not is_current(path):
            try:
                build_index(path)
            except OSError as exc:
                raise FrontlinesError("E601", path=str(path), detail=str(exc)) from exc
    return path


def get_gazetteer(directory: Path | None = None) -> Gazetteer:
    """The process-wide gazetteer for ``directory`` (default: the cache directory)."""
    path = index_path(directory)
    gazetteer = _open.get(path)
    if gazetteer is None:
        ensure_index(directory)
        with _lock:
            gazetteer = _open.setdefault(path, Gazetteer(path))
    return gazetteer
