"""Shared fixtures: one loaded pipeline per test session (loading it takes a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def extractor():
    from frontlines.extract.api import Extractor

    return Extractor()
