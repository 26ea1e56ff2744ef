"""One gazetteer index per test session, built into a temporary cache directory.

The full build takes about half a minute on two cores, so every geo test shares it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontlines.geo import Gazetteer, ensure_index, get_gazetteer
from frontlines.geo.gazetteer import CACHE_ENV


@pytest.fixture(scope="session")
def geo_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    directory = tmp_path_factory.mktemp("geo-cache")
    previous = os.environ.get(CACHE_ENV)
    # The library opens the index from the cache directory; point it at the test's.
    os.environ[CACHE_ENV] = str(directory)
    ensure_index(directory)
    yield directory
    if previous is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = previous


@pytest.fixture(scope="session")
def gazetteer(geo_cache: Path) -> Gazetteer:
    return get_gazetteer(geo_cache)
