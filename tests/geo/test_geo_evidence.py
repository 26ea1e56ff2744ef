"""Evidence beyond place names: country cues, local broadcasters and datelines after
boilerplate; and the places they lead to, asserted by real GeoNames ids.

Sentences are written for these tests; entities are left empty so that the phrase scan finds
the places and no statistical model is needed.
"""

from __future__ import annotations

import pytest

from frontlines.geo import Gazetteer, find_place_mentions, locate_event
from frontlines.geo.cues import _opening, _rules, find_cues
from frontlines.geo.datelines import dateline_span
from frontlines.geo.outlets import find_outlets

KENYA, SOMALIA = 192950, 51537


@pytest.mark.parametrize(
    ("text", "cue", "countries"),
    [
        ("ODM supporters stoned a convoy.", "ODM", ("KE",)),
        ("Pokot raiders drove off the herd.", "Pokot", ("KE",)),
        ("Boda boda riders blocked the road.", "Boda boda", ("KE",)),
        ("Two Jubilee Party aspirants came to blows.", "Jubilee Party", ("KE",)),
        ("The KDF shelled a camp.", "KDF", ("KE",)),
        ("Al-Shabaab fighters raided the village.", "Al-Shabaab", ("KE", "SO")),
        ("Houthi drones struck the port.", "Houthi", ("YE",)),
        ("CJNG gunmen opened fire on a bar.", "CJNG", ("MX",)),
    ],
)
def test_cues(text: str, cue: str, countries: tuple[str, ...]) -> None:
    found = find_cues(text)
    assert [(text[c.start : c.end], c.countries) for c in found] == [(cue, countries)]


@pytest.mark.parametrize(
    "text",
    [
        # Names keep their case: a lower-case word is not the people or the party.
        "The odm file was corrupted.",
        "A luo of the village.",
        # A jubilee is a celebration; Jubilee alone is not the party.
        "The Queen's Jubilee drew crowds to London.",
    ],
)
def test_no_cue(text: str) -> None:
    assert find_cues(text) == []


@pytest.mark.parametrize(
    ("alternative", "opening"),
    [
        ("ODM", "ODM"),
        ("Pokots?", "Pokot"),  # the "s" may be missing
        ("Jubilee (?:Party|party)", "Jubilee "),
        ("Wiper(?: Party)?", "Wiper"),
        ("(?<=NASA and )Jubilee", ""),  # opens with a group: no literal to test
        (r"\(Jubilee\)", ""),
        ("boda+", "boda"),
        ("x{0,2}ab", ""),
    ],
)
def test_cue_opening(alternative: str, opening: str) -> None:
    assert _opening(alternative) == opening


def test_every_cue_match_holds_its_rules_opening() -> None:
    """The literal pre-check may only skip rules that cannot match."""
    text = (
        "ODM and Jubilee supporters clashed; Pokots and Boda Boda riders, the KDF, "
        "Al-Shabaab, Houthis, CJNG cells, Wiper party agents and NASA and Jubilee camps."
    )
    matched = 0
    for rule in _rules():
        haystack = text.lower() if rule.ignore_case else text
        for match in rule.pattern.finditer(text):
            matched += 1
            assert not rule.openings or any(o in haystack for o in rule.openings), match
    assert matched >= 8


@pytest.mark.parametrize(
    ("text", "sign", "state"),
    [
        ("(WMC) - A boy was shot on Saturday.", "WMC", "TN"),
        ("Copyright 2016 KMOV. All rights reserved.", "KMOV", "MO"),
        ("Watch WSB-TV at six.", "WSB", "GA"),
        ("More at kmov.com and on the app.", "kmov", "MO"),
        ("More at wsbtv.com tonight.", "wsb", "GA"),
        ("(KMOV-DT) A man was shot.", "KMOV", "MO"),
    ],
)
def test_outlets(text: str, sign: str, state: str) -> None:
    assert [(text[o.start : o.end], o.state) for o in find_outlets(text)] == [(sign, state)]


@pytest.mark.parametrize(
    "text",
    [
        "I WISH the shooting had never happened.",  # call signs that are words are left out
        "Visit CBSDFW.COM for more.",
        "The WHO said nothing.",
        "KXYZ and WQQQ are not stations we list.",
        "AWMC and WMCX are longer words.",
    ],
)
def test_no_outlet(text: str) -> None:
    assert find_outlets(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("GARY, Ind. (AP) — A man was shot.", "GARY"),
        ("Follow us: Facebook | Twitter\n\nDALLAS (KDFW) – Police said.", "DALLAS"),
        ("Please enable Javascript\n\nCHICAGO -- Five people were shot.", "CHICAGO"),
        ("LEXINGTON, Ky (LEX 18) A teenager was shot.", "LEXINGTON"),
    ],
)
def test_dateline_span(text: str, place: str) -> None:
    span = dateline_span(text)
    assert span is not None and text[span[0] :].startswith(place)


def test_no_late_dateline_in_a_title_case_line() -> None:
    text = "Please log in\n\nMan Shot In Park - Police Seek Witnesses\n\nA man was shot."
    assert dateline_span(text) is None


# (sentence, geonameid, admin1, geo_precision, where_prec)
PLACES = [
    # Country cues when no place is named: the country, at country precision.
    ("ODM supporters clashed with police after the rally.", KENYA, None, 3, 6),
    ("Pokot raiders stole 200 goats from a homestead.", 178145, "West Pokot", 3, 4),
    ("Jubilee Party aspirants traded blows at the tallying centre.", KENYA, None, 3, 6),
    ("Boda boda riders blocked the highway after a colleague died.", KENYA, None, 3, 6),
    ("Grenade attack at a bar; Al Shabaab suspected.", KENYA, None, 3, 6),
    ("Al Shabaab militants overran a base near Kismayo.", 55671, "Lower Juba", 2, 2),
    # A community's name is the people, not the town, when the text speaks of people.
    ("Kikuyu youths and Kalenjin youths fought with clubs.", KENYA, None, 3, 6),
    ("Clashes between Kalenjin and Kikuyu tribes left two dead.", KENYA, None, 3, 6),
    ("Kikuyu residents protested over water shortages.", 192126, "Kiambu", 1, 1),
    # Kenyan units as ACLED's notes write them.
    ("A mob lynched a suspect in Kiptule area of Kericho West subcounty.",
     192898, "Kericho", 3, 4),
    ("In Mkocheni village (coded as Taveta), farmers fought herders.",
     179525, "Taita/Taveta", 1, 1),
    ("Raiders attacked herders near Kipsing Area, Isiolo District.", 196228, "Isiolo", 3, 4),
    ("Armed raiders shot dead a farmer in northern Kenya's Laikipia County.",
     189794, "Laikipia", 3, 4),
    ("Students of Rongo University demonstrated over fees.", 181122, "Migori", 1, 1),
    ("A protest was held at the Dadaab Refugee Camp.", 199209, "Garissa", 1, 1),
    # US stories: datelines after boilerplate, unpunctuated states, outlets, big cities.
    ("Follow WXYZ.COM: Facebook | Twitter\n\nDALLAS (KDFW) – Dallas police say a boy was shot.",
     4684888, "Texas", 1, 1),
    ("LEXINGTON, Ky (LEX 18) A teenager shot in Lexington on Monday shot himself.",
     4297983, "Kentucky", 1, 1),
    ("(WMC) - A teenager was shot on Saturday afternoon.", 4662168, "Tennessee", 3, 4),
    ("JACKSONVILLE, Fla. - An 11-year-old was shot in their Westside home.",
     4160021, "Florida", 1, 1),
    ("SAN FRANCISCO (KPIX) — Police in San Francisco said two students were shot in San "
     "Francisco.", 5391959, "California", 1, 1),
    ("The Bellefontaine Police Department said a teen was shot in Bellefontaine, Ohio.",
     5146965, "Ohio", 1, 1),
    ("DENVER (KUSA) – Police are investigating a shooting. The victim, a student from Utah, "
     "was found in an alley in Utah.", 5419384, "Colorado", 1, 1),
    # A big city's name is the city; a compass part of a named city is that city.
    ("OAKLAND -- A boy was shot in East Oakland on Thursday.", 5378538, "California", 1, 1),
    ("Police in Charlotte said four people were shot in West Charlotte early Saturday.",
     4460243, "North Carolina", 1, 1),
    # The country a story is about (US troops, US officials) is no place: where the text
    # says it happened wins, however often the country's name recurs.
    ("The United States military said US soldiers were hurt in a joint raid in western "
     "Iraq. US officials said the US would answer any attack on US troops.",
     99592, "Anbar", 3, 4),
    ("US officials said US troops came under rocket fire at a base near Baghdad; the US "
     "embassy condemned it.", 98182, "Baghdad", 2, 2),
    # Money is no place; front-line monitors are a country cue.
    ("Protesters in Beirut marched against the high US dollar exchange rate.",
     276781, "Beirut", 1, 1),
    # The front-line monitors' home regions: a village the gazetteer lacks is placed in the
    # first; a namesake far from the front is not the village meant.
    ("The OSCE SMM observed 40 explosions near Holubivske.", 709716, "Donetsk", 3, 4),
    ("The OSCE SMM observed 12 explosions near Serhiivka.", 709716, "Donetsk", 3, 4),
    ("LPR fighters fired mortars near Serhiivka.", 702657, "Luhansk", 3, 4),
    # "Kamianka, Donetsk": a Kamianka outside Donetsk province is not the one meant.
    ("Rebel forces fired 82mm mortars near Kamianka, Donetsk.", 709717, "Donetsk", 1, 1),
    # Universities and city streets are places; a street named after a town lies in the city
    # ("Ngong road" is in Nairobi, not Ngong); "along" says where, as "in" does.
    ("Students of Egerton University rioted over fees.", None, "Nakuru", 1, 1),
    ("Hawkers blocked part of Ngong road after an eviction.", None, "Nairobi", 1, 1),
    ("Gunmen shot a trader from Kisumu along Waiyaki Way.", None, "Nairobi", 1, 1),
    ("Traders blocked the Murree road in Rawalpindi.", 1166993, "Punjab", 1, 1),
    # AP's "W.Va."; a town the gazetteer lacks in the state the text pins is the state; the
    # DC quadrants; "MT." of "MT. JULIET"; a bare two-letter code abroad is no US state.
    ("CAMERON, W.Va. (AP) — Police said a man was shot.", 4801156, "West Virginia", 1, 1),
    ("A girl was shot by her brother in Fountain, Fla., on Sunday.", 4155751, "Florida", 3, 4),
    ("Four people were shot in southeast Washington on Saturday.", 4140963, "Columbia", 1, 1),
    ("MT. JULIET, Tenn. (WKRN) — Three teens were charged.", 4643336, "Tennessee", 1, 1),
    ("Protests were held in Madurai city (Madurai, TN) on Monday.", 1264521, "Tamil Nadu", 1, 1),
    # A town abroad with nothing else in its country, in a story settled on one country, is a
    # namesake of a local place; named with its country, it stands.
    ("A girl was shot on Sunday night in Whitehaven. Memphis police said her mother ran. "
     "Memphis police and Shelby County deputies searched the area.", 4641239, "Tennessee", 1, 1),
    ("A man was shot on Sunday in Whitehaven, England.", 2634096, "England", 1, 1),
    # A community or group that lives in one county places an event there, at admin-1
    # precision, when nothing else does; currency and offices are country cues.
    ("Orma herders and Pokomo farmers clashed over grazing land.", 179585, "Tana River", 3, 4),
    ("Gabra raiders stole 300 goats; two herders were killed.", 187583, "Marsabit", 3, 4),
    ("Residents protested the extortion of Ksh 5,000 by police reservists.", KENYA, None, 3, 6),
    ("The woman rep's supporters stoned the tallying centre.", KENYA, None, 3, 6),
    ("Pupils torched a dormitory after the KCPE results were cancelled.", KENYA, None, 3, 6),
    # A place the text names outranks a community's home.
    ("Gabra raiders attacked herders in Wajir.", 178443, "Wajir", 1, 1),
    # A compass part of a big city named alone is that city, not a village of the whole
    # name; a big city's dateline is the city, not a county of its name elsewhere.
    ("Four people were shot in West Charlotte early Saturday.", 4460243, "North Carolina", 1, 1),
    ("OAKLAND -- Police said four people were shot. Oakland officers and Bay City deputies "
     "searched Bay City.", 5378538, "California", 1, 1),
    # A listed city estate outweighs a small namesake town abroad when nothing else is named.
    ("Police raided shops in Eastleigh on Friday.", None, "Nairobi", 1, 1),
    # Across a border, the people and police an event happens to are in their own country;
    # raiders and troops may have come from the other.
    ("Ugandan rustlers raided Kenyan villages at dawn.", KENYA, None, 3, 6),
    ("Tanzanian gunmen shot two Kenyan policemen at a checkpoint.", KENYA, None, 3, 6),
    ("Somali gunmen crossed the border and shot two Kenyan herders.", KENYA, None, 3, 6),
    ("Ethiopian militiamen who crossed the border stole Kenyan camels; Gabra raiders "
     "pursued them.", 187583, "Marsabit", 3, 4),
]  # fmt: skip


@pytest.mark.parametrize(("text", "geonameid", "admin1", "geo_precision", "where_prec"), PLACES)
def test_event_place_from_evidence(
    gazetteer: Gazetteer,
    text: str,
    geonameid: int | None,
    admin1: str | None,
    geo_precision: int,
    where_prec: int,
) -> None:
    mentions = find_place_mentions(text, [], gazetteer=gazetteer)
    place = locate_event(text, mentions, focus=[(0, len(text))], gazetteer=gazetteer)
    assert place is not None
    assert (place.geonameid, place.admin1) == (geonameid, admin1)
    assert (place.geo_precision, place.where_prec) == (geo_precision, where_prec)


def test_imenti_central_is_the_listed_central_imenti(gazetteer: Gazetteer) -> None:
    text = "Students rioted in Imenti Central sub-county."
    place = locate_event(text, find_place_mentions(text, [], gazetteer=gazetteer),
                         focus=[(0, len(text))], gazetteer=gazetteer)  # fmt: skip
    assert place is not None
    assert (place.location, place.admin1, place.where_prec) == ("Central Imenti", "Meru", 3)


def test_residents_of_a_neighbourhood(gazetteer: Gazetteer) -> None:
    text = "Residents of Githurai blocked the road."
    place = locate_event(text, find_place_mentions(text, [], gazetteer=gazetteer),
                         focus=[(0, len(text))], gazetteer=gazetteer)  # fmt: skip
    assert place is not None and (place.location, place.admin1) == ("Githurai", "Nairobi")


def test_a_cue_is_never_the_events_place(gazetteer: Gazetteer) -> None:
    text = "ODM supporters marched through Kisumu."
    mentions = find_place_mentions(text, [], gazetteer=gazetteer)
    assert any(m.role == "cue" for m in mentions)
    place = locate_event(text, mentions, focus=[(0, len(text))], gazetteer=gazetteer)
    assert place is not None and (place.location, place.admin1) == ("Kisumu", "Kisumu")


@pytest.mark.parametrize(
    "text",
    [
        # Foreigners and their property say nothing for where the event is.
        "Rioters torched a French-owned hotel after the match.",
        "A mob beat two British nationals outside a bar.",
        "Gunmen shot a guard attached to an Israeli diplomat.",
        # Money is no place, and no namesake village either.
        "Traders protested the rising US dollar exchange rate.",
    ],
)
def test_no_place_from_foreigners_or_money(gazetteer: Gazetteer, text: str) -> None:
    mentions = find_place_mentions(text, [], gazetteer=gazetteer)
    assert locate_event(text, mentions, focus=[(0, len(text))], gazetteer=gazetteer) is None


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # ACLED's names for units GeoNames transliterates strictly, or splits differently.
        ("Regime forces shelled the outskirts of Idlib city.", "Idleb"),
        ("A car bomb exploded in Aleppo.", "Aleppo"),
        ("Militants attacked a checkpoint near Afgooye, Lower Shabelle.", "Lower Shabelle"),
        ("Protesters blocked a road in Tripoli, Libya.", "Tripoli"),
        ("Airstrikes hit villages near Zakho, in Dahuk governorate.", "Dahuk"),
        ("Settlers attacked farmers near Nablus.", "West Bank"),
        ("Gunmen shot a man in Mombasa.", "Mombasa"),  # names ACLED shares are kept
    ],
)
def test_acled_admin1_names(gazetteer: Gazetteer, text: str, admin1: str) -> None:
    mentions = find_place_mentions(text, [], gazetteer=gazetteer)
    place = locate_event(text, mentions, focus=[(0, len(text))], gazetteer=gazetteer)
    assert place is not None and place.admin1 == admin1
