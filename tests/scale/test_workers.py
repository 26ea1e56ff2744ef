"""Extraction in worker processes: input order, bounded flight, the in-process fallback."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

import frontlines.extract.api
from frontlines.domain import Article
from frontlines.scale.workers import ProcessExtractor, chunks, default_workers, ordered


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"text {i}", published=date(2024, 5, 1)) for i in range(n)]


@pytest.mark.parametrize(("n", "size", "window"), [(0, 4, 2), (1, 4, 2), (10, 3, 1), (37, 4, 3)])
def test_ordered_yields_input_order_with_bounded_flight(n: int, size: int, window: int) -> None:
    pulled = 0

    def pieces():
        nonlocal pulled
        for piece in chunks(_articles(n), size):
            pulled += 1
            yield piece

    most_ahead = 0
    done = 0
    with ThreadPoolExecutor(4) as pool:
        # Each article's "events" are its id, so a mix-up would show.
        def submit(piece):
            return pool.submit(lambda: [[a.id] for a in piece])

        out = []
        for article, events in ordered(submit, pieces(), window=window):
            out.append((article.id, events))
            done = len(out)
            most_ahead = max(most_ahead, pulled * size - done)
    assert out == [(f"a{i}", [f"a{i}"]) for i in range(n)]
    # Never more than ``window`` chunks read ahead of what was yielded.
    assert most_ahead <= window * size


def test_default_workers_is_every_usable_core() -> None:
    assert default_workers() >= 1


class _Recording:
    """Stands in for the pipeline's Extractor: no events, and remembers what it saw."""

    def __init__(self) -> None:
        self.prefilter = False
        self.seen: list[str] = []

    def extract_many(self, articles):
        for article in articles:
            self.seen.append(article.id)
            yield article, []


@pytest.mark.parametrize(("workers", "n"), [(1, 40), (2, 5), (4, 47)])
def test_small_inputs_and_one_worker_run_in_process(
    monkeypatch: pytest.MonkeyPatch, workers: int, n: int
) -> None:
    made: list[_Recording] = []

    def factory() -> _Recording:
        made.append(_Recording())
        return made[-1]

    monkeypatch.setattr(frontlines.extract.api, "Extractor", factory)
    extractor = ProcessExtractor(workers=workers, prefilter=True, chunk_size=16)
    out = list(extractor.extract_many(_articles(n)))
    assert [a.id for a, _ in out] == [f"a{i}" for i in range(n)]
    assert len(made) == 1 and made[0].prefilter is True
    assert made[0].seen == [f"a{i}" for i in range(n)]


@pytest.mark.slow
def test_two_worker_processes_extract_what_one_process_does(corpus: list[Article]) -> None:
    # Enough articles that the pool really starts (2 workers x 8-article chunks).
    articles = (corpus * 2)[:32]
    assert len(articles) == 32
    one = list(ProcessExtractor(workers=1).extract_many(articles))
    two = list(ProcessExtractor(workers=2, chunk_size=8).extract_many(articles))
    assert [a.id for a, _ in two] == [a.id for a in articles]
    assert [events for _, events in two] == [events for _, events in one]
    assert any(events for _, events in one)
