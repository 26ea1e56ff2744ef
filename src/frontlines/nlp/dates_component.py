"""The spaCy component that puts ``find_dates`` on a Doc: ``nlp.add_pipe("frontlines_dates")``.

It reads ``doc._.published`` (set by the caller before the pipeline runs) and writes
``doc._.dates``. It needs no statistical model, so it can run first in any pipeline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from frontlines.nlp.attributes import declare, text_of
from frontlines.nlp.dates import find_dates


class DatesComponent:
    """Sets ``doc._.dates`` to the date mentions of the text, resolved against
    ``doc._.published``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = find_dates(text_of(doc), doc._.published)
        return doc


@Language.factory("frontlines_dates")
def make_dates(nlp: Language, name: str) -> DatesComponent:
    declare()
    return DatesComponent()
