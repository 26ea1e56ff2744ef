"""The event's place in tricky sentences, asserted by real GeoNames ids.

Entities are given by hand (what spaCy's small model tags, mistakes included) or left empty so
that the capitalised-phrase scan finds the places; no statistical model is needed.
"""

from __future__ import annotations

import pytest

from frontlines.geo import Gazetteer, find_place_mentions, locate_event

# (sentence, NER entities, geonameid, admin1, geo_precision, where_prec)
CASES = [
    # Ambiguous names resolved by the article's country context, population only last.
    ("Russian shelling killed three people in Pokrovsk on Tuesday, Ukrainian officials said.",
     [], 704422, "Donetsk", 1, 1),
    ("Militants attacked a checkpoint in Gao.", [], 2457163, "Gao", 1, 1),
    ("Jihadists attacked an army post in Gao, Mali.", [], 2457163, "Gao", 1, 1),
    # NER calls Kharkiv a person and El Fasher an organisation; the dateline is not the place.
    ("KYIV, Ukraine (AP) — Russian missiles struck Kharkiv overnight, killing two.",
     [(40, 47, "PERSON")], 706483, "Kharkiv", 1, 1),
    ("Shelling hit El Fasher for a third day.", [(14, 24, "ORG")], 379555, "North Darfur", 1, 1),
    # Transliterations.
    ("Fighting raged in Kharkov on Monday.", [], 706483, "Kharkiv", 1, 1),
    ("RSF fighters shelled Al-Fashir, killing 12 civilians.", [], 379555, "North Darfur", 1, 1),
    ("An airstrike hit Deir al-Zour on Friday.", [], 170794, "Deir-ez-Zor", 1, 1),
    ("Israeli strikes killed 20 people in Khan Younis.", [], 281124, "Gaza Strip", 1, 1),
    ("Two were killed in Khan Yunis.", [], 281124, "Gaza Strip", 1, 1),
    # Units named as units; a town inside its province; an unknown village gives its county.
    ("Clashes erupted in Deir ez-Zor province.", [], 170792, "Deir-ez-Zor", 3, 4),
    ("On 3 May 2020, police shot dead a man in Sujawal city (Sujawal, Sindh).",
     [], 10300608, "Sindh", 2, 3),
    ("Herders clashed in Kom, Isiolo County.", [], 196228, "Isiolo", 3, 4),
    ("Ten people were killed in Samburu, police said.", [], 180782, "Samburu", 3, 4),
    ("Clashes in the Rafah district of Gaza killed three.", [], 7870260, "Gaza Strip", 3, 4),
    # Near and outskirts: the town, at precision 2.
    ("Gunmen opened fire near Kabul, killing four.", [], 1138958, "Kabul", 2, 2),
    ("Mortar rounds fell on the outskirts of Mosul.", [], 99072, "Ninewa", 2, 2),
    # Directional regions: the admin-1 unit when one fits.
    ("Iranian-backed militias attacked a base in western Iraq.", [], 99592, "Anbar", 3, 4),
    # US datelines and AP-style states.
    ("GARY, Ind. (AP) — A man was shot and killed Sunday.", [], 4920607, "Indiana", 1, 1),
    ("Two people were shot in Franklin, Tenn., on Friday night.",
     [], 4623560, "Tennessee", 1, 1),
    ("A man was killed in Springfield, Ill., police said.", [], 4250542, "Illinois", 1, 1),
    # Not the capital a statement came from.
    ("Washington said the strike in Idlib killed a senior commander.",
     [], 169389, "Idleb", 1, 1),
    # A whole-country report.
    ("Protesters rallied in Kenya over fuel prices.", [], 192950, None, 3, 6),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "ents", "geonameid", "admin1", "geo_precision", "where_prec"), CASES
)
def test_event_place(
    gazetteer: Gazetteer,
    text: str,
    ents: list[tuple[int, int, str]],
    geonameid: int,
    admin1: str | None,
    geo_precision: int,
    where_prec: int,
) -> None:
    mentions = find_place_mentions(text, ents, gazetteer=gazetteer)
    place = locate_event(text, mentions, focus=[(0, len(text))], gazetteer=gazetteer)
    assert place is not None
    assert (place.geonameid, place.admin1) == (geonameid, admin1)
    assert (place.geo_precision, place.where_prec) == (geo_precision, where_prec)


def test_directional_region_without_one_unit(gazetteer: Gazetteer) -> None:
    text = "Boko Haram killed 12 villagers in northeast Nigeria."
    place = locate_event(text, find_place_mentions(text, [], gazetteer=gazetteer),
                         focus=[(0, len(text))], gazetteer=gazetteer)  # fmt: skip
    assert place is not None
    assert (place.country, place.iso3, place.admin1) == ("Nigeria", "NGA", None)
    assert (place.geo_precision, place.where_prec) == (3, 5)
    # The region's centre lies north-east of Nigeria's.
    assert place.latitude is not None and place.latitude > 10
    assert place.longitude is not None and place.longitude > 10
    assert place.geonameid is None  # a region, not the country's point


def test_water(gazetteer: Gazetteer) -> None:
    text = "A Houthi drone was intercepted over the Red Sea."
    place = locate_event(text, find_place_mentions(text, [], gazetteer=gazetteer),
                         focus=[(0, len(text))], gazetteer=gazetteer)  # fmt: skip
    assert place is not None and place.location == "Red Sea" and place.where_prec == 7


def test_nothing_to_place(gazetteer: Gazetteer) -> None:
    text = "Students rioted after the headmaster refused a mid-term break."
    mentions = find_place_mentions(text, [], gazetteer=gazetteer)
    assert locate_event(text, mentions, focus=[(0, len(text))], gazetteer=gazetteer) is None


def test_focus_comes_before_other_mentions(gazetteer: Gazetteer) -> None:
    text = "Residents of Nairobi marched on Monday. Police shot two protesters in Kisumu."
    mentions = find_place_mentions(text, [], gazetteer=gazetteer)
    focus = [(text.index("Police"), len(text))]
    place = locate_event(text, mentions, focus=focus, gazetteer=gazetteer)
    assert place is not None and place.location == "Kisumu"


def test_a_province_centroid_is_never_a_town(gazetteer: Gazetteer) -> None:
    text = "Clashes were reported in Mandera county."
    place = locate_event(text, find_place_mentions(text, [], gazetteer=gazetteer),
                         focus=[(0, len(text))], gazetteer=gazetteer)  # fmt: skip
    assert place is not None and place.location == "Mandera"
    assert place.geo_precision == 3 and place.where_prec == 4
