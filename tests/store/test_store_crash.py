"""A SIGKILL mid-ingest leaves a consistent database, and re-running finishes the work with
nothing lost or counted twice: the result equals an uninterrupted run, row for row."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from storehelpers import BACKENDS, dump, two_fresh_database_urls

from frontlines.store import Store
from frontlines.store import schema as t

CHILD = Path(__file__).with_name("crash_child.py")
TIMEOUT = 60  # seconds for any one child: the test is bounded even if something hangs


def run_child(url: str, mode: str = "none", *, kill_after: float | None = None) -> str:
    """Run the child; with a pause mode or ``kill_after`` seconds, SIGKILL it and return
    what it had printed."""
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), url, mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")},
    )
    try:
        if mode != "none":
            assert proc.stdout is not None
            line = proc.stdout.readline()  # blocks until the child reaches its pause point
            assert line.strip() == "paused", proc.stderr.read() if proc.stderr else line
            proc.send_signal(signal.SIGKILL)
        elif kill_after is not None:
            try:
                proc.wait(timeout=kill_after)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if mode == "none" and kill_after is None:
        assert proc.returncode == 0, err
    return out


def assert_consistent(store: Store) -> None:
    """Every event is in exactly one incident with one link; no incident is empty."""
    with store.engine.connect() as conn:
        events = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
        members = conn.execute(select(func.count()).select_from(t.incident_members)).scalar_one()
        links = conn.execute(select(func.count()).select_from(t.links)).scalar_one()
        empty = conn.execute(
            select(func.count())
            .select_from(t.incidents)
            .where(~t.incidents.c.id.in_(select(t.incident_members.c.incident_id)))
        ).scalar_one()
        stored = conn.execute(select(func.count()).select_from(t.articles)).scalar_one()
        df_docs = conn.execute(select(func.max(t.term_df.c.df))).scalar_one() or 0
    assert events == members == links
    assert empty == 0
    assert df_docs <= stored


@pytest.fixture(params=BACKENDS)
def two_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    yield from two_fresh_database_urls(request.param, tmp_path)


_REFERENCE: dict[str, dict] = {}


@pytest.fixture
def reference(two_urls: tuple[str, str]) -> dict:
    """The database an uninterrupted run writes (computed once per backend)."""
    _, url = two_urls
    backend = url.split(":", 1)[0]
    if backend not in _REFERENCE:
        run_child(url)
        with Store.open(url) as store:
            _REFERENCE[backend] = dump(store)
    return _REFERENCE[backend]


# Points: during extraction before anything is written; inside the first and a later
# batch's open transaction; right after a batch committed (batches of 4: extracting the
# 9th article starts once the second batch is committed); and at an arbitrary moment.
KILL_POINTS = ["extract:2", "write:3", "write:11", "extract:8", "time:1.5"]


@pytest.mark.parametrize("point", KILL_POINTS)
def test_sigkill_then_rerun_equals_an_uninterrupted_run(
    two_urls: tuple[str, str], reference: dict, point: str
) -> None:
    url, _ = two_urls
    if point.startswith("time:"):
        run_child(url, kill_after=float(point.split(":")[1]))
    else:
        run_child(url, point)
    with Store.open(url) as store:
        assert_consistent(store)
        partial = dump(store)
    assert len(partial["articles"]) < len(reference["articles"]) or point.startswith("time")
    out = run_child(url)
    assert out.startswith("done")
    with Store.open(url) as store:
        assert_consistent(store)
        assert dump(store) == reference
