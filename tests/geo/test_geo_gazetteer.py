"""Lookups against the real index: GeoNames ids of the places news names."""

from __future__ import annotations

import pytest

from frontlines.geo import Gazetteer


@pytest.mark.parametrize(
    ("name", "geonameid"),
    [
        ("Kharkiv", 706483),
        ("Kharkov", 706483),
        ("Deir ez-Zor", 170794),
        ("Deir al-Zour", 170794),
        ("Al-Fashir", 379555),
        ("El Fasher", 379555),
        ("Khan Younis", 281124),
        ("Khan Yunis", 281124),
        ("Mosul", 99072),
    ],
)
def test_transliterations_find_the_same_place(
    gazetteer: Gazetteer, name: str, geonameid: int
) -> None:
    assert geonameid in {c.entry.id for c in gazetteer.lookup(name)}


@pytest.mark.parametrize(
    ("name", "countries"),
    [("Pokrovsk", {"UA", "RU"}), ("Gao", {"ML", "BF"}), ("Springfield", {"US"})],
)
def test_ambiguous_names_return_every_namesake(
    gazetteer: Gazetteer, name: str, countries: set[str]
) -> None:
    assert countries <= {c.entry.cc for c in gazetteer.lookup(name)}


@pytest.mark.parametrize(
    ("name", "kind", "cc"),
    [
        ("Mandera County", "ADM1", "KE"),
        ("Kharkiv oblast", "ADM1", "UA"),
        ("Sindh", "ADM1", "PK"),
        ("Syria", "PCLI", "SY"),
        ("Democratic Republic of the Congo", "PCLI", "CD"),
    ],
)
def test_units_and_countries(gazetteer: Gazetteer, name: str, kind: str, cc: str) -> None:
    assert any(c.entry.kind == kind and c.entry.cc == cc for c in gazetteer.lookup(name))


def test_units_have_positions_and_admin_links(gazetteer: Gazetteer) -> None:
    kharkiv = gazetteer.get(706483)
    assert kharkiv is not None and kharkiv.adm1 is not None
    oblast = gazetteer.get(kharkiv.adm1)
    assert oblast is not None and oblast.kind == "ADM1" and oblast.name == "Kharkiv"
    assert oblast.lat is not None and 48 < oblast.lat < 51


def test_state_codes(gazetteer: Gazetteer) -> None:
    indiana = gazetteer.admin_code("US", "IN")
    assert indiana is not None and indiana.id == 4921868


def test_full_text_search(gazetteer: Gazetteer) -> None:
    assert 170794 in {e.id for e in gazetteer.search("deir zor")}


def test_common_words(gazetteer: Gazetteer) -> None:
    assert gazetteer.is_common_word("Jubilee")
    assert not gazetteer.is_common_word("Mosul")


def test_unknown_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Qwxzzy") == ()
