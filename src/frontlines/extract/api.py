"""The extraction API: articles in, events out. The CLI and ingest are shells over this."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from frontlines.domain import Article, Event
from frontlines.extract.assemble import events_from_doc
from frontlines.nlp.pipeline import load_pipeline, make_doc_with_context
from frontlines.scale.prefilter import screen


class Extractor:
    """Holds the loaded pipeline; reuse one Extractor for many articles.

    ``batch_size`` is passed to ``nlp.pipe``; ``n_process`` > 1 parses in worker processes.
    ``prefilter`` runs the relevance screen first (``frontlines.scale.prefilter``): articles
    with no conflict cue skip the pipeline, long ones are parsed only in their relevant
    paragraphs (offsets unchanged). It is an attribute and may be set after construction.
    """

    def __init__(
        self,
        *,
        nlp: Language | None = None,
        batch_size: int = 64,
        n_process: int = 1,
        prefilter: bool = False,
    ) -> None:
        self.nlp = nlp if nlp is not None else load_pipeline()
        self.batch_size = batch_size
        self.n_process = n_process
        self.prefilter = prefilter

    def extract(self, article: Article) -> list[Event]:
        return next(self.extract_many([article]))[1]

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """(article, its events) for each article, in input order."""
        # Input order, each article marked whether it went into the pipeline: screened-out
        # articles are answered (no events) between the parsed ones around them.
        pending: deque[tuple[Article, bool]] = deque()
        prefilter = self.prefilter

        def docs() -> Iterator[Any]:
            for article in articles:
                text = article.text
                if prefilter:
                    decision = screen(text)
                    if not decision.relevant:
                        pending.append((article, False))
                        continue
                    text = decision.apply(text)
                pending.append((article, True))
                yield make_doc_with_context(
                    self.nlp,
                    text,
                    article_id=article.id,
                    published=article.published,
                    outlet=article.outlet,
                )

        for doc in self.nlp.pipe(docs(), batch_size=self.batch_size, n_process=self.n_process):
            while not pending[0][1]:
                yield pending.popleft()[0], []
            article = pending.popleft()[0]
            if n_process_restores_context(self.n_process):
                doc._.article_id = article.id
                doc._.published = article.published
                doc._.outlet = article.outlet
            yield article, events_from_doc(doc, article)
        while pending:
            yield pending.popleft()[0], []


def n_process_restores_context(n_process: int) -> bool:
    # Worker processes return Docs without the user data set before piping, so the
    # article context is put back; harmless in-process.
    return True


_DEFAULT: Extractor | None = None


def extract(source: Article | str | Iterable[Article], **options: Any) -> list[Event]:
    """Events of one article, one text, or several articles (concatenated, in order)."""
    global _DEFAULT
    if options or _DEFAULT is None:
        extractor = Extractor(**options)
        if not options:
            _DEFAULT = extractor
    else:
        extractor = _DEFAULT
    if isinstance(source, str):
        source = Article(id=Article.make_id(source), text=source)
    if isinstance(source, Article):
        return extractor.extract(source)
    return [event for _, events in extractor.extract_many(source) for event in events]
