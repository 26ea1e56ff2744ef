"""The extraction API: articles in, events out. The CLI and ingest are shells over this."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from frontlines.domain import Article, Event
from frontlines.extract.assemble import events_from_doc
from frontlines.nlp.pipeline import load_pipeline, make_doc_with_context


class Extractor:
    """Holds the loaded pipeline; reuse one Extractor for many articles.

    ``batch_size`` is passed to ``nlp.pipe``; ``n_process`` > 1 parses in worker processes.
    """

    def __init__(
        self, *, nlp: Language | None = None, batch_size: int = 64, n_process: int = 1
    ) -> None:
        self.nlp = nlp if nlp is not None else load_pipeline()
        self.batch_size = batch_size
        self.n_process = n_process

    def extract(self, article: Article) -> list[Event]:
        return next(self.extract_many([article]))[1]

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """(article, its events) for each article, in input order."""
        pending: list[Article] = []

        def docs() -> Iterator[Any]:
            for article in articles:
                pending.append(article)
                yield make_doc_with_context(
                    self.nlp,
                    article.text,
                    article_id=article.id,
                    published=article.published,
                    outlet=article.outlet,
                )

        for doc in self.nlp.pipe(docs(), batch_size=self.batch_size, n_process=self.n_process):
            article = pending.pop(0)
            if n_process_restores_context(self.n_process):
                doc._.article_id = article.id
                doc._.published = article.published
                doc._.outlet = article.outlet
            yield article, events_from_doc(doc, article)


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
