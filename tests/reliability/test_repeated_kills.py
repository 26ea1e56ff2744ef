"""Crash safety under repeated SIGKILL at random points: after any number of kills, running
the same ingest once more gives exactly the database of an uninterrupted run (row for row).

Bounded: a fixed seed, two chains of kills per backend, each child under a timeout. The one
kill at chosen points is tests/store/test_store_crash.py; this adds chains of random kills,
including kills of a run that is itself resuming, and changed versions of stored articles.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from consistency import assert_consistent
from storehelpers import dump, fresh_database_url

from frontlines.store import Store

CHILD = Path(__file__).with_name("kill_child.py")
TIMEOUT = 60
KILLS_PER_CHAIN = 3
SEED = 20240831
ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}


def run(url: str, *, kill_after: float | None = None, versions: bool = False) -> tuple[bool, float]:
    """Run the child; SIGKILL it ``kill_after`` seconds after it opened the store.
    Returns (finished, seconds it ran after opening the store)."""
    args = [sys.executable, str(CHILD), url, *(["versions"] if versions else [])]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=ENV)  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "ready", proc.stderr.read() if proc.stderr else line
        began = time.monotonic()
        try:
            proc.wait(timeout=TIMEOUT if kill_after is None else kill_after)
        except subprocess.TimeoutExpired:
            if kill_after is None:
                raise
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=TIMEOUT)
            return False, time.monotonic() - began
        _, err = proc.communicate(timeout=TIMEOUT)
        assert proc.returncode == 0, err
        return True, time.monotonic() - began
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def urls(backend: str, tmp_path: Path, n: int) -> Iterator[list[str]]:
    gens = []
    for i in range(n):
        (tmp_path / str(i)).mkdir()
        gens.append(fresh_database_url(backend, tmp_path / str(i)))
    yield [next(g) for g in gens]
    for g in gens:
        next(g, None)


def without_sequence(tables: dict) -> dict:
    """The dump with the articles' ingest sequence (third column) blanked."""
    return {**tables, "articles": [(*r[:2], None, *r[3:]) for r in tables["articles"]]}


# (stream, chains of kills): distinct articles must come back exactly; a stream holding a
# second version of an article, exactly but for the ingest sequence (see docs/reliability.md).
CASES = [("distinct", 2), ("versions", 1)]


@pytest.mark.parametrize(("kind", "chains"), CASES, ids=[c[0] for c in CASES])
def test_repeated_random_sigkills_then_a_rerun_equal_an_uninterrupted_run(
    backend: str, tmp_path: Path, kind: str, chains: int
) -> None:
    versions = kind == "versions"
    rng = random.Random(SEED)
    made = urls(backend, tmp_path, chains + 1)
    reference_url, *chain_urls = next(made)
    finished, full = run(reference_url, versions=versions)
    assert finished
    with Store.open(reference_url) as store:
        reference = dump(store)
    killed = 0
    for url in chain_urls:
        for _ in range(KILLS_PER_CHAIN):
            finished, _ = run(url, kill_after=rng.uniform(0.0, full), versions=versions)
            killed += not finished
            with Store.open(url) as store:
                assert_consistent(store)
        run(url, versions=versions)
        with Store.open(url) as store:
            assert_consistent(store)
            result = dump(store)
        if versions:
            assert without_sequence(result) == without_sequence(reference)
        else:
            assert result == reference
    assert killed >= chains  # the kills did land mid-run
    next(made, None)
