"""A sample store (the bundled samples) behind a real server; the write token."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "reliability"))

from liveserver import serving  # noqa: E402

from frontlines.api import ApiSettings, create_app  # noqa: E402
from frontlines.readers import read_articles  # noqa: E402
from frontlines.store import Store  # noqa: E402

TOKEN = "s3cret-token-for-tests-only"
LIMIT = 50_000


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory, extractor) -> Iterator[Store]:
    url = f"sqlite:///{tmp_path_factory.mktemp('security') / 'samples.db'}"
    with Store.open(url) as store:
        store.ingest(read_articles([REPO / "samples"], skip_bad=True), extractor=extractor)
        yield store


@pytest.fixture(scope="session")
def settings() -> ApiSettings:
    return ApiSettings(api_token=TOKEN, max_body_bytes=LIMIT)


@pytest.fixture(scope="session")
def base_url(sample_store: Store, settings: ApiSettings, extractor) -> Iterator[str]:
    with serving(create_app(settings, store=sample_store, extractor=extractor)) as url:
        yield url
