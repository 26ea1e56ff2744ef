"""A store filled with the storage tests' small corpus, for the exports and commands."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "incidents"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from corpus import ARTICLES, extractor

from frontlines.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'export.db'}"
    with Store.open(url) as store:
        store.ingest(ARTICLES, extractor=extractor())
    yield url
