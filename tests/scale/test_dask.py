"""`frontlines ingest --dask local` on a LocalCluster of two workers, against PostgreSQL.

The cluster extracts; the client links each batch and commits it to the shared store. The
database it writes must be the one a single-process ingest writes, row for row.
"""

from __future__ import annotations

import faulthandler
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelpers import dump, fresh_database_url
from typer.testing import CliRunner

from frontlines.cli import app
from frontlines.errors import FrontlinesError
from frontlines.scale.workers import ProcessExtractor
from frontlines.store import Store

# The whole test is bounded: a hung cluster dumps every thread's stack and ends the run.
DEADLINE_S = 600

pytestmark = pytest.mark.slow


@pytest.fixture
def deadline() -> Iterator[None]:
    faulthandler.dump_traceback_later(DEADLINE_S, exit=True)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


@pytest.fixture
def two_pg(tmp_path: Path) -> Iterator[tuple[str, str]]:
    first = fresh_database_url("postgresql", tmp_path)
    second = fresh_database_url("postgresql", tmp_path)
    a, b = next(first), next(second)
    try:
        yield a, b
    finally:
        for gen in (first, second):
            gen.close()


def test_dask_local_ingest_equals_single_process_ingest(
    deadline: None, two_pg: tuple[str, str], synthetic_jsonl: Path
) -> None:
    from frontlines.readers import read_articles

    samples = str(Path(__file__).resolve().parents[2] / "samples")
    single_url, dask_url = two_pg
    with Store.open(single_url) as store:
        store.ingest(
            read_articles([samples, str(synthetic_jsonl)], skip_bad=True),
            extractor=ProcessExtractor(workers=1, prefilter=True),
            batch_size=10,
        )
        expected = dump(store)
    result = CliRunner().invoke(
        app,
        [
            "ingest",
            samples,
            str(synthetic_jsonl),
            "--db",
            dask_url,
            "--dask",
            "local",
            "--workers",
            "2",
            "--skip-bad",
            "--batch-size",
            "10",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    with Store.open(dask_url) as store:
        got = dump(store)
    assert sum(len(rows) for rows in expected.values()) > 0
    assert len(expected["incidents"]) > 5
    assert got == expected


def test_an_unreachable_scheduler_is_a_coded_error(deadline: None) -> None:
    from frontlines.scale.cluster import DaskExtractor

    with pytest.raises(FrontlinesError) as caught:
        DaskExtractor("tcp://127.0.0.1:9", prefilter=True, connect_timeout=3)
    assert caught.value.code == "E710"
