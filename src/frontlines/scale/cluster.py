"""Extraction on a Dask cluster (``frontlines ingest --dask tcp://HOST:8786`` or ``local``).

Extraction is per article and is what costs: it runs on the cluster's workers, a chunk of
articles per task, each worker process keeping one loaded pipeline for all its tasks. The
client keeps the rest: it reads the input, and as results come back in input order
``Store.ingest`` links each batch into incidents and commits it to the shared store
(PostgreSQL for a team), so linking runs incrementally after every batch and the result is
the database a single-process ingest writes. At most ``2 × worker threads`` chunks are in
flight, so a stream of any length keeps memory flat on both sides.

Every worker needs frontlines installed (the same version as the client): the task is
``frontlines.scale.cluster.extract_on_worker``, which the workers import by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from frontlines.domain import Article, Event
from frontlines.errors import FrontlinesError
from frontlines.scale.workers import chunks, in_process_extractor, ordered, results
from frontlines.store.prepare import ArticleText

# One extractor per worker process and setting, built by the first task that needs it.
_EXTRACTORS: dict[bool, Any] = {}


def extract_on_worker(chunk: list[Article], prefilter: bool, prepare: bool = False) -> list[Any]:
    """The task: events of each article of ``chunk``, in order; with ``prepare``, (events,
    ``ArticleText``) pairs (``frontlines.scale.workers.extract_chunk``)."""
    extractor = _EXTRACTORS.get(prefilter)
    if extractor is None:
        extractor = _EXTRACTORS[prefilter] = in_process_extractor(prefilter=prefilter)
    return results(extractor, chunk, prepare=prepare)


class DaskExtractor:
    """``extract_many`` on a Dask cluster: ``address`` is ``tcp://HOST:PORT`` or ``local``.

    ``local`` starts a ``LocalCluster`` of ``n_workers`` single-threaded worker processes
    (default: every core). Use as a context manager, or call ``close()``.
    """

    def __init__(
        self,
        address: str,
        *,
        prefilter: bool = True,
        chunk_size: int = 16,
        n_workers: int | None = None,
        connect_timeout: float = 30,
    ) -> None:
        from distributed import Client, LocalCluster

        from frontlines.scale.workers import default_workers

        self.prefilter = prefilter
        self.chunk_size = chunk_size
        self._cluster: Any = None
        try:
            if address == "local":
                self._cluster = LocalCluster(
                    n_workers=n_workers or default_workers(),
                    threads_per_worker=1,  # the pipeline is CPU-bound Python: one task a process
                    processes=True,
                    dashboard_address=None,
                )
                self.client = Client(self._cluster)
            else:
                self.client = Client(address, timeout=connect_timeout)
        except (OSError, TimeoutError, ValueError) as exc:
            if self._cluster is not None:
                self._cluster.close()
            raise FrontlinesError("E710", address=address, detail=str(exc)) from exc

    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        yield from self._run(articles, prepare=False)

    def extract_prepared(
        self, articles: Iterable[Article]
    ) -> Iterator[tuple[Article, list[Event], ArticleText | None]]:
        """(article, events, ``ArticleText``) in input order, the text work done on the
        workers (``Store.ingest`` asks for this)."""
        for article, (events, text) in self._run(articles, prepare=True):
            yield article, events, text

    def _run(self, articles: Iterable[Article], *, prepare: bool) -> Iterator[tuple[Article, Any]]:
        def submit(piece: list[Article]) -> Any:
            # pure=False: two chunks with equal content are still two tasks to answer.
            return self.client.submit(extract_on_worker, piece, self.prefilter, prepare, pure=False)

        yield from ordered(submit, chunks(articles, self.chunk_size), window=2 * self.threads())

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
