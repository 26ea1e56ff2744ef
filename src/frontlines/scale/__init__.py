"""Throughput: the relevance pre-filter, extraction in worker processes and on a Dask cluster.

    frontlines.scale.prefilter.screen(text) -> Screen
    frontlines.scale.workers.ProcessExtractor(*, workers=None, prefilter=True, chunk_size=16)
    frontlines.scale.cluster.DaskExtractor(address, *, prefilter=True, chunk_size=16,
                                           n_workers=None)
    frontlines.scale.factory.open_extractor(*, workers=None, dask=None, prefilter=True)

Every extractor here has ``extract_many(articles)`` yielding (article, events) in input
order, so ``Store.ingest`` links and stores exactly as it would with one process, and
``extract_prepared(articles)`` yielding (article, events, ``ArticleText``): what storage
derives from each article's text alone, made by the workers instead of the process that
links and stores (``frontlines.store.prepare``; None where the text stayed in-process).
"""
