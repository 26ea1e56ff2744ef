"""The event's place: the geocoder's answer when it is installed, else the names in the text.

``frontlines.geo`` resolves place mentions against the gazetteer (issue 4). Without it the
record still carries what the text says: the country named or implied by a demonym in the
event's sentences, then anywhere in the article, and the first place-like entity.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence

from spacy.tokens import Doc

from frontlines.domain import Place
from frontlines.nlp.actors import country_by_word
from frontlines.nlp.attributes import text_of

_HAS_GEO = importlib.util.find_spec("frontlines.geo") is not None


def place_for_event(
    doc: Doc, *, focus: Sequence[tuple[int, int]]
) -> tuple[Place, tuple[tuple[int, int], ...]]:
    """(place, evidence spans) for the event whose sentences are ``focus``."""
    mentions = doc._.place_mentions
    if _HAS_GEO and mentions is not None:
        from frontlines.geo import locate_event

        place = locate_event(text_of(doc), mentions, focus=focus)
        if place is not None:
            spans = tuple(
                (m.start, m.end)
                for m in mentions
                if place.location and m.text and place.location.lower() in m.text.lower()
            )
            return place, spans[:1]
    return _names_in_text(doc, focus)


def _names_in_text(
    doc: Doc, focus: Sequence[tuple[int, int]]
) -> tuple[Place, tuple[tuple[int, int], ...]]:
    countries = country_by_word()
    inside = [e for e in doc.ents if any(a <= e.start_char and e.end_char <= b for a, b in focus)]
    ordered = inside + [e for e in doc.ents if e not in inside]
    country = None
    location = None
    spans: list[tuple[int, int]] = []
    for ent in ordered:
        if ent.label_ not in {"GPE", "LOC", "NORP", "FAC"}:
            continue
        if country is None and ent.text in countries:
            country = countries[ent.text]
        elif location is None and ent.label_ in {"GPE", "LOC", "FAC"} and ent in inside:
            location = ent.text
            spans.append((ent.start_char, ent.end_char))
    return (
        Place(
            location=location or (country.name if country else None),
            country=country.name if country else None,
            iso3=country.iso3 if country else None,
        ),
        tuple(spans),
    )
