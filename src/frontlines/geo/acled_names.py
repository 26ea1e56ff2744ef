"""ACLED's names for the first-level units of the countries it covers most.

GeoNames writes Syria's and Yemen's governorates in strict transliteration ("Halab", "Taiz",
"Dayr az Zawr") and Somalia's regions in Somali ("Shabeele Hoose"); ACLED's records, which the
event record follows (DESIGN §2), use the English names a reader knows ("Aleppo", "Taizz",
"Deir-ez-Zor", "Lower Shabelle"). Written for this project from ACLED's public data
conventions; a unit not listed keeps its gazetteer name.
"""

from __future__ import annotations

from frontlines.geo.normalize import name_key

# (ISO alpha-2, name key of the gazetteer's name) -> the name ACLED uses.
_NAMES: dict[tuple[str, str], str] = {
    ("SY", "tartus"): "Tartous", ("SY", "dimashq"): "Damascus", ("SY", "idlib"): "Idleb",
    ("SY", "hims"): "Homs", ("SY", "halab"): "Aleppo", ("SY", "rif dimashq"): "Rural Damascus",
    ("SY", "dayr az zawr"): "Deir-ez-Zor", ("SY", "as suwayda"): "As-Sweida",
    ("SY", "ar raqqah"): "Ar-Raqqa", ("SY", "al qunaytirah"): "Quneitra",
    ("SY", "al ladhiqiyah"): "Lattakia", ("SY", "al hasakah"): "Al-Hasakeh",
    ("YE", "taiz"): "Taizz", ("YE", "sana"): "Sanaa", ("YE", "sadah"): "Sadah",
    ("YE", "marib"): "Marib", ("YE", "adan"): "Aden",
    ("YE", "amanat alasimah"): "Amanat al Asimah",
    ("SO", "shabeele hoose"): "Lower Shabelle", ("SO", "shabeele dhexe"): "Middle Shabelle",
    ("SO", "jubbada hoose"): "Lower Juba", ("SO", "jubbada dhexe"): "Middle Juba",
    ("SO", "hiiran"): "Hiraan", ("SO", "galgadud"): "Galgaduud",
    ("IQ", "al basrah"): "Basrah", ("IQ", "wasit"): "Wassit", ("IQ", "salah ad din"): "Sala al-Din",
    ("IQ", "ninawa"): "Ninewa", ("IQ", "karbala"): "Kerbala", ("IQ", "dhi qar"): "Thi-Qar",
    ("IQ", "babil"): "Babylon", ("IQ", "an najaf"): "Najaf", ("IQ", "al qadisiyah"): "Qadissiya",
    ("IQ", "al muthanna"): "Muthanna", ("IQ", "al anbar"): "Anbar",
    # GeoNames' Kurdistan Region holds three governorates that ACLED keeps apart.
    ("IQ", "dahuk"): "Dahuk", ("IQ", "arbil"): "Erbil", ("IQ", "as sulaymaniyah"): "Sulaymaniyah",
    ("LY", "darnah"): "Derna", ("LY", "banghazi"): "Benghazi", ("LY", "al kufrah"): "Al Kufra",
    ("LY", "tarabulus"): "Tripoli", ("LY", "surt"): "Sirte", ("LY", "sabha"): "Sebha",
    ("LY", "misratah"): "Misrata", ("LY", "az zawiyah"): "Az Zawiya",
    ("LY", "al jufrah"): "Al Jufra", ("LY", "al jafarah"): "Aljfara",
    ("LB", "jabal lubnan"): "Mount Lebanon", ("LB", "bayrut"): "Beirut",
    ("LB", "ash shimal"): "North", ("LB", "al janub"): "South", ("LB", "al biqa"): "Bekaa",
    ("LB", "an nabatiyah"): "Nabatiye", ("LB", "balabak al hirmil"): "Baalbek-Hermel",
    # ACLED places Palestinian events in its two territories, not the governorates.
    ("PS", "gaza"): "Gaza Strip", ("PS", "north gaza"): "Gaza Strip",
    ("PS", "deir el balah"): "Gaza Strip", ("PS", "khan yunis"): "Gaza Strip",
    ("PS", "rafah"): "Gaza Strip", ("PS", "jenin"): "West Bank",
    ("PS", "bethlehem"): "West Bank", ("PS", "nablus"): "West Bank",
    ("PS", "tulkarm"): "West Bank", ("PS", "tubas"): "West Bank",
    ("PS", "qalqilya"): "West Bank", ("PS", "salfit"): "West Bank",
    ("PS", "jericho"): "West Bank", ("PS", "jerusalem"): "West Bank",
    ("PS", "ramallah"): "West Bank", ("PS", "hebron"): "West Bank",
}  # fmt: skip


# First-level units that ACLED splits by their second-level units.
_SPLIT = frozenset({("IQ", "iqlim kurdistan")})


def acled_admin1(cc: str, name: str, *, admin2: str | None = None) -> str:
    """ACLED's name for a first-level unit, or ``name`` when ACLED writes it the same way;
    for a unit ACLED splits, the name of the second-level unit (when known)."""
    if admin2 is not None and (cc, name_key(name)) in _SPLIT:
        return _NAMES.get((cc, name_key(admin2)), admin2)
    return _NAMES.get((cc, name_key(name)), name)
