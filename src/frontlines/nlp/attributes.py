"""Every custom ``._`` attribute frontlines sets, declared in one place.

Components import ``declare()`` (idempotent) rather than calling ``set_extension`` themselves,
so a reader of this module sees the whole vocabulary a frontlines Doc carries.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_DOC_ATTRIBUTES: dict[str, object] = {
    # The article's publication date (datetime.date | None), set before the pipeline runs.
    "published": None,
    # The article id, so spans can be turned into evidence and claims.
    "article_id": None,
    # The outlet that published the article: the source of unattributed statements.
    "outlet": None,
    # list[frontlines.nlp.dates.DateMention]: temporal expressions resolved against `published`.
    "dates": None,
    # list[frontlines.nlp.casualties.CasualtyMention]: killed / injured figures.
    "casualties": None,
    # list[frontlines.nlp.actors.ActorMention]: normalised actors found in the text.
    "actors": None,
    # list[frontlines.nlp.attribution.Attribution]: who said each sentence ("CENTCOM said").
    "attributions": None,
    # list[frontlines.geo.PlaceMention]: gazetteer-checked place candidates.
    "place_mentions": None,
    # list[frontlines.nlp.triggers.Trigger]: words that signal an event type ("clashed", "IED").
    "triggers": None,
    # str: the text, kept once by ``text_of`` (spaCy's ``Doc.text`` joins every token anew).
    "text": None,
}

_SPAN_ATTRIBUTES: dict[str, object] = {
    # True for sentences that report background history rather than the article's news.
    "is_background": False,
}


def declare() -> None:
    for name, default in _DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN_ATTRIBUTES.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def text_of(doc: Doc) -> str:
    """The Doc's text, built once and kept: every component and the assembly read it, and
    ``Doc.text`` rebuilds it from the tokens on each call (about 3 ms for a long article)."""
    text = doc._.text
    if text is None:
        text = doc.text
        doc._.text = text
    return str(text)
