"""Shared fixtures: generated articles, the bundled samples, fresh databases per backend."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT / "tests" / "store"))  # storehelpers


def _load_generator():
    spec = importlib.util.spec_from_file_location(
        "gen_synthetic", ROOT / "scripts" / "gen_synthetic.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def gen_synthetic():
    return _load_generator()


@pytest.fixture(scope="session")
def synthetic_jsonl(gen_synthetic, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Fifty generated articles in a JSONL file."""
    path = tmp_path_factory.mktemp("synthetic") / "articles.jsonl"
    with path.open("w", encoding="utf-8") as out:
        gen_synthetic.write(out, 50, seed=11, conflict_share=0.5)
    return path


@pytest.fixture(scope="session")
def corpus(synthetic_jsonl: Path) -> list:
    """The bundled samples and fifty generated articles, as the readers give them."""
    from frontlines.readers import read_articles

    return list(read_articles([str(SAMPLES), str(synthetic_jsonl)], skip_bad=True))
