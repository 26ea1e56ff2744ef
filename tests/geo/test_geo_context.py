"""Places the text gives only by context: abbreviations, Kenyan wards and estates, datelines
whose city is an English word, and a country implied by an adjective.

Sentences are written for these tests (none comes from the gold data); entities are given by
hand where spaCy's small model tags them, else left to the capitalised-phrase scan.
"""

from __future__ import annotations

import pytest

from frontlines.geo import Gazetteer, find_place_mentions, locate_event

# (text, NER entities, country, admin1, location, geo_precision, where_prec)
CASES = [
    # Abbreviations: the country, never the French village "Us" or a namesake.
    ("The US government said its troops left the base in Saudi Arabia.", [(4, 6, "GPE")],
     "Saudi Arabia", None, "Saudi Arabia", 3, 6),
    ("U.S. officials said the strike was carried out overnight.", [],
     "United States", None, "United States", 3, 6),
    ("Militias clashed with the army in the DRC on Monday.", [],
     "Democratic Republic of Congo", None, "Democratic Republic of Congo", 3, 6),
    # Admin-1 abbreviations in container position.
    ("Police dispersed a protest in Wana town (SW, KPK).", [(30, 34, "PERSON")],
     "Pakistan", "Khyber Pakhtunkhwa", "Wana", 1, 1),
    ("Two men were beaten in Meerut (Meerut, UP) on Friday.", [],
     "India", "Uttar Pradesh", "Meerut", 1, 1),
    # Kenyan wards and constituencies the GeoNames towns lack: the unit, honestly precise.
    ("Hulugho villagers were attacked at midnight.", [],
     "Kenya", "Garissa", "Hulugho", 2, 3),
    ("A clinic was looted in Kasipul, Homa Bay, during a land dispute.",
     [(23, 30, "GPE"), (32, 40, "PERSON")], "Kenya", "Homa Bay", "Kasipul", 2, 3),
    # Estates of Nairobi, written for this project.
    ("Police fired tear gas during a forced eviction in Kibera.", [],
     "Kenya", "Nairobi", "Kibera", 1, 1),
    # A lone town after a locative preposition is a place, whatever NER called it.
    ("Farmers protested outside the governor's office in Malekan.", [(51, 58, "PERSON")],
     "Iran", "Azarbayjan-e Sharqi", "Malekan", 1, 1),
    # NER cut the name short.
    ("In Campo Grande, Mato Grosso do Sul, two thieves were beaten.",
     [(3, 15, "ORG"), (17, 28, "PERSON")], "Brazil", "Mato Grosso do Sul", "Campo Grande", 1, 1),
    # Datelines: a city that is also an English word, pinned by its state.
    ("LARGO, Fla. — Police are investigating a shooting on Starkey Road.", [],
     "United States", "Florida", "Largo", 1, 1),
    ("HAMPTON, Va. (WAVY) — A woman died after a gun went off inside a car. "
     "Read more On Your phone.", [(0, 7, "ORG"), (9, 12, "GPE")],
     "United States", "Virginia", "Hampton", 1, 1),
    # Nothing but an adjective: the country, at country precision.
    ("Bandits attacked Kenyan civilians and stole cattle.", [],
     "Kenya", None, "Kenya", 3, 6),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "ents", "country", "admin1", "location", "geo_precision", "where_prec"), CASES
)
def test_place_from_context(
    gazetteer: Gazetteer,
    text: str,
    ents: list[tuple[int, int, str]],
    country: str,
    admin1: str | None,
    location: str,
    geo_precision: int,
    where_prec: int,
) -> None:
    mentions = find_place_mentions(text, ents, gazetteer=gazetteer)
    place = locate_event(text, mentions, focus=[(0, len(text))], gazetteer=gazetteer)
    assert place is not None
    assert (place.country, place.admin1, place.location) == (country, admin1, location)
    assert (place.geo_precision, place.where_prec) == (geo_precision, where_prec)


@pytest.mark.parametrize(
    "text",
    [
        "Give us the names, they said.",  # lower-case "us" is a pronoun
        "OFFICERS FOUND ANOTHER BODY AT THE SAME AREA ON MONDAY NIGHT, POLICE SAID.",
        "The crowd shouted at Them\n\nPolice officers arrived later.",
    ],
)
def test_no_place_from_words(gazetteer: Gazetteer, text: str) -> None:
    mentions = find_place_mentions(text, [], gazetteer=gazetteer)
    assert locate_event(text, mentions, focus=[(0, len(text))], gazetteer=gazetteer) is None
