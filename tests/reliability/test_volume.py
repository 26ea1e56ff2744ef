"""Volume, bounded: a million tiny articles stream through the readers in bounded time and
memory, and a few thousand go through extraction and storage. (The full million through
ingest is a soak run: fuzz/soak_tiny_articles.py.)"""

from __future__ import annotations

import io
import time
import tracemalloc
from pathlib import Path

import orjson
from consistency import assert_consistent

from frontlines.readers import read_articles
from frontlines.store import Store

MILLION = 1_000_000
READ_BOUND_S = 120  # about 11 s here on a quiet machine; generous for 2 shared CPU cores


def tiny_lines(n: int) -> bytes:
    return b"".join(orjson.dumps({"id": f"t{i}", "text": f"item {i}"}) + b"\n" for i in range(n))


def test_a_million_tiny_articles_read_in_bounded_time() -> None:
    data = tiny_lines(MILLION)
    began = time.perf_counter()
    count = sum(1 for _ in read_articles(["-"], input_format="jsonl", stdin=io.BytesIO(data)))
    assert count == MILLION
    assert time.perf_counter() - began < READ_BOUND_S


def test_tiny_articles_stream_in_bounded_memory() -> None:
    data = tiny_lines(200_000)
    tracemalloc.start()
    count = sum(1 for _ in read_articles(["-"], input_format="jsonl", stdin=io.BytesIO(data)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 200_000
    assert peak < 40_000_000  # streamed: the records are never all held at once


def test_thousands_of_tiny_articles_ingest_consistently(extractor, tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'tiny.db'}") as store:
        lines = io.BytesIO(tiny_lines(3000))
        summary = store.ingest(read_articles(["-"], input_format="jsonl", stdin=lines),
                               extractor=extractor, batch_size=200)  # fmt: skip
        assert summary.articles_stored == 3000
        assert summary.events == 0  # "item 17" reports no event
        assert_consistent(store)
