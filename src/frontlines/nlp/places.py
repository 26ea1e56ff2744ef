"""The ``frontlines_places`` component: gazetteer-checked place mentions on the Doc.

Sets ``doc._.place_mentions`` (a list of ``frontlines.geo.PlaceMention``) from the Doc's NER
entities plus a capitalised-phrase scan; the extraction stage then calls
``frontlines.geo.locate_event`` with the sentences of each event.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from frontlines.geo import find_place_mentions, get_gazetteer
from frontlines.nlp.attributes import declare, text_of


class PlacesComponent:
    def __init__(self, *, cache_dir: str | None = None) -> None:
        # The gazetteer opens lazily: building a pipeline must not build the index.
        self._cache_dir = Path(cache_dir) if cache_dir else None

    def __call__(self, doc: Doc) -> Doc:
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        gazetteer = get_gazetteer(self._cache_dir)
        doc._.place_mentions = find_place_mentions(text_of(doc), ents, gazetteer=gazetteer)
        return doc


@Language.factory("frontlines_places", default_config={"cache_dir": None})
def make_places(nlp: Language, name: str, cache_dir: str | None) -> PlacesComponent:
    declare()
    return PlacesComponent(cache_dir=cache_dir)
