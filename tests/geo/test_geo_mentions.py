"""Place mentions: spans, qualifiers, kinds and roles."""

from __future__ import annotations

import pytest

from frontlines.geo import Gazetteer, PlaceMention, find_place_mentions


def _by_text(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.text: m for m in mentions}


@pytest.mark.parametrize(
    ("text", "mention", "qualifier"),
    [
        ("Gunmen attacked a village near Kabul.", "Kabul", "near"),
        ("Shells hit the outskirts of Mosul.", "Mosul", "outskirts"),
        ("Troops advanced 20 km north of Mosul.", "Mosul", "near"),
        ("Violence flared in western Iraq.", "Iraq", "western"),
        ("Raids in northeast Nigeria continued.", "Nigeria", "northeast"),
        ("Fighting in Kharkiv city.", "Kharkiv", None),
    ],
)
def test_qualifiers(gazetteer: Gazetteer, text: str, mention: str, qualifier: str | None) -> None:
    found = _by_text(find_place_mentions(text, [], gazetteer=gazetteer))
    assert found[mention].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ("KYIV, Ukraine (AP) — Drones hit Odesa.", "KYIV", "dateline"),
        ("Washington said the raid was lawful.", "Washington", "statement_origin"),
        ("Iranian-backed militias fired rockets.", "Iranian", "actor_origin"),
        ("Kenyan police shot two men in Garissa.", "Kenyan", "resident_origin"),
        ("Ugandan raiders shot two men in Garissa.", "Ugandan", "actor_origin"),
        ("Two British nationals were robbed in Garissa.", "British", "foreigner_origin"),
        ("Somali gunmen crossed the border into Garissa.", "Somali", "foreigner_origin"),
        ("Kenyan police shot two men in Garissa.", "Garissa", None),
    ],
)
def test_roles(gazetteer: Gazetteer, text: str, mention: str, role: str | None) -> None:
    found = _by_text(find_place_mentions(text, [], gazetteer=gazetteer))
    assert found[mention].role == role


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        ("Clashes in Fino, Mandera county.", "Mandera county", "ADM1"),
        ("A man was killed in Sujawal District.", "Sujawal District", "ADM2"),
        ("Shelling hit the town of Kharkiv.", "Kharkiv", "PPL"),
    ],
)
def test_unit_words(gazetteer: Gazetteer, text: str, mention: str, kind: str) -> None:
    found = _by_text(find_place_mentions(text, [], gazetteer=gazetteer))
    assert found[mention].kind_hint == kind
    assert all(c.entry.kind == kind for c in found[mention].candidates)


@pytest.mark.parametrize(
    ("text", "ents", "absent"),
    [
        # English words that are also village names.
        ("Jubilee supporters barricaded roads in Limuru.", [], "Jubilee"),
        ("Shelling continued overnight.", [], "Shelling"),
        # Surnames of people the article names in full.
        ("Derrick Stafford was charged. Stafford denies it.", [(0, 16, "PERSON")], "Stafford"),
        # Roads named after towns.
        ("Protesters blocked Murree road in Rawalpindi.", [], "Murree"),
        # "Ore." is Oregon here, not the Nigerian town.
        ("PORTLAND, Ore. (KOIN) — A man was shot.", [], "Ore"),
        # A world region is no place to code an event to.
        ("Drought across east Africa.", [(15, 26, "LOC")], "east Africa"),
    ],
)
def test_not_places(
    gazetteer: Gazetteer, text: str, ents: list[tuple[int, int, str]], absent: str
) -> None:
    assert absent not in _by_text(find_place_mentions(text, ents, gazetteer=gazetteer))


def test_offsets_point_into_the_text(gazetteer: Gazetteer) -> None:
    text = "On 6 May, LNA forces shelled Abu Salim (Tripoli) and Deir al-Zour."
    for m in find_place_mentions(text, [], gazetteer=gazetteer):
        assert text[m.start : m.end] == m.text


def test_state_hint(gazetteer: Gazetteer) -> None:
    found = _by_text(find_place_mentions("SHELBY, N.C. — Later, Shelby police said.", [],
                                         gazetteer=gazetteer))  # fmt: skip
    assert found["SHELBY"].state_hint == gazetteer.admin_code("US", "NC").id  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "mention", "kind_hint"),
    [
        ("A man was shot in the Chatham neighborhood on Friday.", "Chatham", "PART"),
        ("Residents of the Kibera section of the city marched.", "Kibera", "PART"),
        ("A man was shot in Chatham on Friday.", "Chatham", None),
        ("Five people were hurt in Miami's Overtown neighborhood.", "Overtown", "PART"),
        (
            "Two were shot in Miami's Overtown on Friday; Overtown residents marched.",
            "Overtown",
            "PART",
        ),
        # A big city is no part of another: "the east Baltimore neighborhood".
        ("Four were shot in the east Baltimore neighborhood.", "Baltimore", None),
    ],
)
def test_city_part_hint(gazetteer: Gazetteer, text: str, mention: str, kind_hint: str) -> None:
    found = _by_text(find_place_mentions(text, [], gazetteer=gazetteer))
    assert found[mention].kind_hint == kind_hint


def test_dateline_pinned_by_its_station(gazetteer: Gazetteer) -> None:
    """A station's call sign after the dateline puts the dateline in the station's state."""
    text = "KNOXVILLE (WATE) — A teenager was shot on Friday."
    found = _by_text(find_place_mentions(text, [], gazetteer=gazetteer))
    state = gazetteer.admin_code("US", "TN")
    assert state is not None and found["KNOXVILLE"].state_hint == state.id
