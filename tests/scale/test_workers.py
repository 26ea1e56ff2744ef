"""Extraction in worker processes: input order, bounded flight, the in-process fallback."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from storehelpers import dump

import frontlines.extract.api
from frontlines.domain import Article
from frontlines.scale.workers import (
    ProcessExtractor,
    chunks,
    default_workers,
    ordered,
    results,
)
from frontlines.store import Store
from frontlines.store.prepare import article_text


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


def test_a_worker_sends_each_articles_text_back_when_asked() -> None:
    articles = [
        Article(id="a", text="Gunmen shot two men in Gary on Monday.", title="Gary shooting"),
        Article(id="b", text="Copyright 2024. Police said 3 were hurt in Mosul.", title=None),
    ]
    assert results(_Recording(), articles, prepare=False) == [[], []]
    sent = results(_Recording(), articles, prepare=True)
    assert sent == [([], article_text(a)) for a in articles]
    text = sent[0][1]
    assert text.counts == {"gunmen": 1, "shot": 1, "gary": 1, "monday": 1}
    assert text.tf == {"gunmen": 1.0, "shot": 1.0, "gary": 1.0, "monday": 1.0}
    assert text.words == "gary shooting gunmen shot two men in gary on monday"
    # The boilerplate sentence is dropped; a number is a term, however short.
    assert sent[1][1].counts == {"police": 1, "3": 1, "hurt": 1, "mosul": 1}


def test_a_small_input_leaves_the_text_to_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frontlines.extract.api, "Extractor", _Recording)
    out = list(ProcessExtractor(workers=2).extract_prepared(_articles(3)))
    assert [(a.id, events, text) for a, events, text in out] == [
        ("a0", [], None),
        ("a1", [], None),
        ("a2", [], None),
    ]


@pytest.mark.slow
def test_ingest_through_worker_processes_writes_what_one_process_does(
    corpus: list[Article], tmp_path
) -> None:
    """The text work done in the workers (``extract_prepared``) stores the same rows."""
    dumps = []
    for workers in (1, 2):
        with Store.open(f"sqlite:///{tmp_path / f'{workers}.db'}") as store:
            summary = store.ingest(
                corpus, extractor=ProcessExtractor(workers=workers, chunk_size=8)
            )
            dumps.append(dump(store))
    assert summary.events > 0 and summary.articles_stored == len({a.id for a in corpus})
    assert dumps[0] == dumps[1]
