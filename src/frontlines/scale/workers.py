"""Extraction in worker processes on one machine (``frontlines ingest --workers N``).

Each worker loads the pipeline once and runs the whole per-article path (spaCy, the
frontlines components, event assembly, geocoding) on chunks of articles; only articles go
out and frozen ``Event``s come back (with ``extract_prepared``, which ``Store.ingest`` uses,
also what storage derives from each article's text alone, ``frontlines.store.prepare``: work
taken off the main process that links and stores). Results are yielded in input order, so
ingest links and stores exactly as it would in one process. At most ``workers * 2`` chunks
are in flight: a stream of any length is read as it is consumed and memory stays flat.

Workers start with ``spawn`` (a clean interpreter: no inherited threads, locks or database
connections) and a small input never waits for them: when the stream ends within the first
``chunk_size * workers`` articles it is extracted in this process instead.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from frontlines.domain import Article, Event
from frontlines.store.prepare import ArticleText, article_text

_WORKER: Any = None  # the extractor of this worker process


def default_workers() -> int:
    """The cores this process may run on (all of them, unless pinned by the scheduler)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def in_process_extractor(*, prefilter: bool) -> Any:
    """The default ``Extractor``, looked up when called (tests may substitute another)."""
    from frontlines.extract import api

    extractor = api.Extractor()
    extractor.prefilter = prefilter
    return extractor


def _init_worker(prefilter: bool) -> None:
    global _WORKER
    _WORKER = in_process_extractor(prefilter=prefilter)


def extract_chunk(chunk: list[Article], prepare: bool = False) -> list[Any]:
    """Events of each article of ``chunk`` (in the worker), in order; with ``prepare``,
    (events, ``ArticleText``) pairs."""
    return results(_WORKER, chunk, prepare=prepare)


def results(extractor: Any, chunk: list[Article], *, prepare: bool) -> list[Any]:
    """What a worker sends back for ``chunk``: see ``extract_chunk``."""
    found = extractor.extract_many(chunk)
    if prepare:
        return [(events, article_text(article)) for article, events in found]
    return [events for _, events in found]


def chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ordered(
    submit: Any, pieces: Iterator[list[Article]], *, window: int
) -> Iterator[tuple[Article, Any]]:
    """Submit chunks with at most ``window`` in flight; (article, result) in input order.

    ``submit(chunk)`` returns a future (concurrent.futures or Dask) whose ``result()`` is
    the list of each article's result (its events, or what ``extract_chunk`` returns).
    """
    flight: deque[tuple[list[Article], Future[list[Any]]]] = deque()
    for piece in pieces:
        flight.append((piece, submit(piece)))
        if len(flight) >= window:
            yield from _collect(*flight.popleft())
    while flight:
        yield from _collect(*flight.popleft())


def _collect(piece: list[Article], future: Future[list[Any]]) -> Iterator[tuple[Article, Any]]:
    yield from zip(piece, future.result(), strict=True)


class ProcessExtractor:
    """``extract_many`` over ``workers`` processes (default: every core)."""

    def __init__(
        self, *, workers: int | None = None, prefilter: bool = True, chunk_size: int = 16
    ) -> None:
        self.workers = workers if workers and workers > 0 else default_workers()
        self.prefilter = prefilter
        self.chunk_size = chunk_size

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        yield from self._run(articles, prepare=False)

    def extract_prepared(
        self, articles: Iterable[Article]
    ) -> Iterator[tuple[Article, list[Event], ArticleText | None]]:
        """(article, events, ``ArticleText``) in input order: the text work done in the
        workers. None where this process extracts (a small input, one worker): the caller
        then derives it, as it would for any extractor."""
        for article, (events, text) in self._run(articles, prepare=True):
            yield article, events, text

    def _run(self, articles: Iterable[Article], *, prepare: bool) -> Iterator[tuple[Article, Any]]:
        """(article, what ``extract_chunk`` returns for it) in input order."""
        pieces = chunks(articles, self.chunk_size)
        if self.workers == 1:
            yield from self._in_process((a for piece in pieces for a in piece), prepare=prepare)
            return
        head = list(islice(pieces, self.workers))
        if len(head) < self.workers:
            # Too little work to be worth starting processes (each loads the pipeline).
            yield from self._in_process((a for piece in head for a in piece), prepare=prepare)
            return
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_init_worker, initargs=(self.prefilter,)
        ) as pool:
            yield from ordered(
                lambda piece: pool.submit(extract_chunk, piece, prepare),
                _chain(head, pieces),
                window=self.workers * 2,
            )

    def _in_process(
        self, articles: Iterable[Article], *, prepare: bool
    ) -> Iterator[tuple[Article, Any]]:
        found = in_process_extractor(prefilter=self.prefilter).extract_many(articles)
        if not prepare:
            yield from found
            return
        # No text made here: ingest derives it in this process, as for any extractor.
        for article, events in found:
            yield article, (events, None)


def _chain(head: list[list[Article]], rest: Iterator[list[Article]]) -> Iterator[list[Article]]:
    yield from head
    yield from rest
