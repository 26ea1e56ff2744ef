"""A real SQLite store with the sample articles (and one hostile article), built once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from apihelpers import SAMPLES, TOKEN  # type: ignore[import-not-found]
from fastapi.testclient import TestClient

from frontlines.api import ApiSettings, create_app
from frontlines.readers import read_articles
from frontlines.store import Store
from hostile_article import HOSTILE  # type: ignore[import-not-found]


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory, extractor) -> str:
    path = tmp_path_factory.mktemp("api") / "samples.db"
    url = f"sqlite:///{path}"
    with Store.open(url) as store:
        store.ingest(read_articles([SAMPLES], skip_bad=True), extractor=extractor)
        store.ingest([HOSTILE], extractor=extractor)
    return url


@pytest.fixture(scope="session")
def store(sample_db: str) -> Iterator[Store]:
    with Store.open(sample_db) as opened:
        yield opened


@pytest.fixture(scope="session")
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(ApiSettings(), store=store)) as test_client:
        yield test_client


@pytest.fixture()
def writable(tmp_path: Path, extractor) -> Iterator[TestClient]:
    """A fresh empty store behind a server that accepts writes with TOKEN."""
    with Store.open(f"sqlite:///{tmp_path / 'w.db'}") as fresh:
        app = create_app(
            ApiSettings(api_token=TOKEN, max_body_bytes=20_000), store=fresh, extractor=extractor
        )
        with TestClient(app) as test_client:
            yield test_client
