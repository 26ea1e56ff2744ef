"""The readers' fuzz target, bounded for CI: atheris (coverage-guided) for a fixed number of
runs where it is installed, and always the same target under hypothesis."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]
FUZZ = REPO / "fuzz"
sys.path.insert(0, str(FUZZ))

from readers_target import FORMATS, read_bytes  # noqa: E402

SEEDS = sorted(p.read_bytes() for p in (FUZZ / "corpus").iterdir() if p.is_file())


def mutated_seeds() -> st.SearchStrategy[bytes]:
    """A seed with a slice replaced by random bytes: near-valid inputs reach deeper code."""

    def mutate(seed: bytes, at: float, cut: int, noise: bytes) -> bytes:
        i = int(at * len(seed))
        return seed[:i] + noise + seed[i + cut :]

    return st.builds(
        mutate, st.sampled_from(SEEDS), st.floats(0, 1), st.integers(0, 64), st.binary(max_size=64)
    )


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=2048), mutated_seeds()), st.sampled_from(FORMATS))
def test_any_bytes_in_any_format_give_articles_or_a_coded_error(
    data: bytes, input_format: str | None
) -> None:
    read_bytes(data, input_format=input_format)


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris not installed")
def test_atheris_finds_no_crash_in_a_bounded_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FUZZ / "corpus", corpus)  # libFuzzer adds to its corpus: not the repo's
    run = subprocess.run(
        [sys.executable, str(FUZZ / "fuzz_readers.py"), "-runs=3000", "-max_len=4096",
         f"-artifact_prefix={tmp_path}/", str(corpus)],
        capture_output=True, text=True, timeout=240, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-4000:]
    assert "Done 3000 runs" in run.stderr
