"""Choosing the extractor for a run: in worker processes, or on a Dask cluster."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from frontlines.scale.workers import ProcessExtractor


@contextmanager
def open_extractor(
    *, workers: int | None = None, dask: str | None = None, prefilter: bool = True
) -> Iterator[Any]:
    """An extractor with ``extract_many`` for ``Store.ingest``, closed on exit.

    ``dask`` (``tcp://HOST:PORT`` or ``local``) runs extraction on a Dask cluster, with
    ``workers`` worker processes for ``local``; otherwise ``workers`` processes on this
    machine (None or 0: every core).
    """
    if dask:
        from frontlines.scale.cluster import DaskExtractor

        with DaskExtractor(dask, prefilter=prefilter, n_workers=workers or None) as extractor:
            yield extractor
        return
    yield ProcessExtractor(workers=workers, prefilter=prefilter)


def prefiltered() -> Any:
    """The default extractor with the pre-filter on; for ``frontlines eval --extractor
    frontlines.scale.factory:prefiltered``."""
    from frontlines.extract.api import Extractor

    return Extractor(prefilter=True)
