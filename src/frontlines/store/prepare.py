"""What ingest derives from one article alone, made where the article is extracted.

An article's term counts, their sub-linear weights and the folded words of its search
document depend on nothing but its own text and title, yet they cost the main process of
an ingest about a third of a millisecond per article, the process that links and stores
every article while the extraction workers beside it compete for the same cores. Workers
(``frontlines.scale``) make them beside the events and send them back; an extractor that
does not is served by ``article_text`` in the main process, with the same result.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontlines.domain import Article
from frontlines.incidents.text import terms, tf_weights
from frontlines.store.schema import search_document


@dataclass(frozen=True)
class ArticleText:
    """An article's text as linking and storage read it."""

    counts: dict[str, int]  # term counts (``incidents.text.terms``), stored as JSON
    tf: dict[str, float]  # their weights ``1 + ln tf``, independent of the corpus
    words: str  # the folded words of its title and text, as search documents hold them


def article_text(article: Article) -> ArticleText:
    counts = dict(terms(article.text))
    return ArticleText(
        counts=counts,
        tf=tf_weights(counts),
        words=report_words(article.title, article.text),
    )


def report_words(title: str | None, text: str) -> str:
    return search_document([title, text])
