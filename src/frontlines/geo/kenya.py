"""Kenya below the county: constituencies and wards, and the neighbourhoods of its cities.

ACLED codes Kenya to the ward and the estate ("Kasipul", "Hulugho", "Kibera"), and GeoNames
cities500 holds few of them. ``kenya-data`` (MIT; IEBC's county → constituency → ward listing
with a position per constituency) fills the gap: a constituency becomes an admin-2 unit and a
ward an admin-3 unit, both tied to their county, so that "residents of Kibundani" is placed in
Kwale county at its constituency's position, with unit precision rather than a town's.

``NEIGHBOURHOODS`` and ``TOWNS`` are written for this project: well-known estates and informal
settlements of Kenyan cities, refugee camps and small towns, by name, with their county and an
approximate position.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

# Ward names that are ordinary words or name something other than a place in news text
# ("Central", "Township", "Hindi" the language, "Bahari" = "sea").
_GENERIC = frozenset(
    {
        "central", "township", "town", "airport", "hospital", "industrial area", "arabia",
        "hindi", "bahari", "sokoni", "mji wa kale", "kati", "mashariki", "magharibi",
        "kaskazini", "kusini", "market", "stadium", "railway", "harbour", "school", "mission",
        "university", "prison", "estate", "sunrise", "sunset", "highway", "junction",
    }
)  # fmt: skip

# name → (county as kenya-data spells it, latitude, longitude). Positions are approximate
# (within a few km): the estates lie inside their city, which is what matters for scoring.
NEIGHBOURHOODS: dict[str, tuple[str, float, float]] = {
    "Kibera": ("Nairobi", -1.313, 36.787), "Kibra": ("Nairobi", -1.313, 36.787),
    "Mathare": ("Nairobi", -1.260, 36.858), "Dandora": ("Nairobi", -1.250, 36.900),
    "Korogocho": ("Nairobi", -1.250, 36.886), "Kariobangi": ("Nairobi", -1.257, 36.884),
    "Eastleigh": ("Nairobi", -1.275, 36.850), "Kawangware": ("Nairobi", -1.284, 36.745),
    "Kangemi": ("Nairobi", -1.266, 36.749), "Mukuru": ("Nairobi", -1.310, 36.877),
    "Huruma": ("Nairobi", -1.258, 36.873), "Kayole": ("Nairobi", -1.276, 36.914),
    "Githurai": ("Nairobi", -1.203, 36.913), "Umoja": ("Nairobi", -1.283, 36.897),
    "Majengo": ("Nairobi", -1.285, 36.840), "Gikomba": ("Nairobi", -1.284, 36.836),
    "Pumwani": ("Nairobi", -1.282, 36.845), "Kasarani": ("Nairobi", -1.222, 36.897),
    "Embakasi": ("Nairobi", -1.318, 36.905), "Kamukunji": ("Nairobi", -1.282, 36.846),
    "Baba Dogo": ("Nairobi", -1.240, 36.880), "Lucky Summer": ("Nairobi", -1.232, 36.882),
    "Kiamaiko": ("Nairobi", -1.259, 36.866), "Mlango Kubwa": ("Nairobi", -1.264, 36.853),
    "Westlands": ("Nairobi", -1.265, 36.805), "Kileleshwa": ("Nairobi", -1.282, 36.784),
    "Lavington": ("Nairobi", -1.279, 36.770), "Kilimani": ("Nairobi", -1.290, 36.785),
    "Langata": ("Nairobi", -1.333, 36.763), "Lang'ata": ("Nairobi", -1.333, 36.763),
    "Karen": ("Nairobi", -1.319, 36.708), "Riruta": ("Nairobi", -1.290, 36.735),
    "Dagoretti": ("Nairobi", -1.287, 36.715), "Kariokor": ("Nairobi", -1.275, 36.835),
    "Ngara": ("Nairobi", -1.272, 36.822), "Pangani": ("Nairobi", -1.268, 36.838),
    "Kahawa": ("Nairobi", -1.185, 36.915), "Roysambu": ("Nairobi", -1.218, 36.888),
    "Zimmerman": ("Nairobi", -1.213, 36.895), "Mwiki": ("Nairobi", -1.211, 36.935),
    "Njiru": ("Nairobi", -1.255, 36.955), "Ruai": ("Nairobi", -1.265, 37.010),
    "Uthiru": ("Nairobi", -1.263, 36.709), "Kibera slum": ("Nairobi", -1.313, 36.787),
    "Mathare slum": ("Nairobi", -1.260, 36.858), "Kitusuru": ("Nairobi", -1.235, 36.790),
    "Muthaiga": ("Nairobi", -1.245, 36.830), "Parklands": ("Nairobi", -1.262, 36.815),
    "Buruburu": ("Nairobi", -1.285, 36.878), "Makadara": ("Nairobi", -1.295, 36.870),
    "Kibagare": ("Nairobi", -1.262, 36.768), "Soweto": ("Nairobi", -1.315, 36.890),
    "Likoni": ("Mombasa", -4.088, 39.660), "Kisauni": ("Mombasa", -4.015, 39.690),
    "Changamwe": ("Mombasa", -4.025, 39.630), "Bamburi": ("Mombasa", -3.990, 39.720),
    "Kongowea": ("Mombasa", -4.030, 39.690), "Mtongwe": ("Mombasa", -4.085, 39.630),
    "Nyali": ("Mombasa", -4.030, 39.710), "Shanzu": ("Mombasa", -3.970, 39.745),
    "Mishomoroni": ("Mombasa", -4.000, 39.695), "Bombolulu": ("Mombasa", -4.010, 39.700),
    "Nyalenda": ("Kisumu", -0.112, 34.770), "Manyatta": ("Kisumu", -0.095, 34.775),
    "Obunga": ("Kisumu", -0.085, 34.740), "Kondele": ("Kisumu", -0.090, 34.770),
    "Nyamasaria": ("Kisumu", -0.100, 34.800), "Bandani": ("Kisumu", -0.100, 34.790),
    "Kaptembwo": ("Nakuru", -0.300, 36.040), "Rhonda": ("Nakuru", -0.295, 36.050),
    "Langas": ("Uasin Gishu", 0.495, 35.270),
}  # fmt: skip


# Refugee camps, border posts and small towns often in the news that neither cities500 nor
# the ward listing holds (or holds only under another spelling), written for this project in
# the same shape; positions approximate.
TOWNS: dict[str, tuple[str, float, float]] = {
    "Hagadera": ("Garissa", 0.002, 40.370), "Dagahaley": ("Garissa", 0.190, 40.300),
    "Ifo camp": ("Garissa", 0.120, 40.310), "Kolbio": ("Garissa", -1.170, 41.200),
    "Banisa": ("Mandera", 3.930, 40.320), "Elwak": ("Mandera", 2.800, 40.930),
    "Todonyang": ("Turkana", 4.430, 35.920), "Mai Mahiu": ("Nakuru", -1.020, 36.580),
    "Ruaka": ("Kiambu", -1.205, 36.780), "Gachie": ("Kiambu", -1.215, 36.770),
    "Uhuru Park": ("Nairobi", -1.289, 36.817), "Kamukunji grounds": ("Nairobi", -1.282, 36.846),
    "Jacaranda grounds": ("Nairobi", -1.262, 36.903), "Boni Forest": ("Lamu", -1.750, 41.200),
    "Dadaab camp": ("Garissa", 0.055, 40.310), "Kakuma camp": ("Turkana", 3.720, 34.860),
}  # fmt: skip


# Universities, hospitals, courts, venues and city streets that Kenyan reports name as where
# something happened ("Moi University students", "on Moi Avenue", "along Ngong Road"),
# written for this project in the same shape; positions approximate. A street named after a
# town ("Ngong Road", "Juja Road") lies in Nairobi, not in that town.
LANDMARKS: dict[str, tuple[str, float, float]] = {
    "Moi University": ("Uasin Gishu", 0.288, 35.292),
    "Kenyatta University": ("Nairobi", -1.180, 36.930),
    "University of Nairobi": ("Nairobi", -1.280, 36.817),
    "Nairobi University": ("Nairobi", -1.280, 36.817),
    "Technical University of Kenya": ("Nairobi", -1.292, 36.824),
    "Kenya Polytechnic": ("Nairobi", -1.292, 36.824),
    "Strathmore University": ("Nairobi", -1.310, 36.813),
    "Multimedia University": ("Nairobi", -1.379, 36.770),
    "Jomo Kenyatta University": ("Kiambu", -1.094, 37.015),
    "JKUAT": ("Kiambu", -1.094, 37.015),
    "Egerton University": ("Nakuru", -0.370, 35.932),
    "Kabarak University": ("Nakuru", -0.163, 35.965),
    "Maseno University": ("Kisumu", -0.004, 34.601),
    "Masinde Muliro University": ("Kakamega", 0.288, 34.764),
    "Maasai Mara University": ("Narok", -1.093, 35.858),
    "Dedan Kimathi University": ("Nyeri", -0.398, 36.962),
    "Pwani University": ("Kilifi", -3.620, 39.848),
    "Kenyatta National Hospital": ("Nairobi", -1.301, 36.807),
    "Moi Teaching and Referral Hospital": ("Uasin Gishu", 0.515, 35.280),
    "Milimani Law Courts": ("Nairobi", -1.293, 36.800),
    "Milimani Commercial Courts": ("Nairobi", -1.293, 36.800),
    "Kibera Law Courts": ("Nairobi", -1.310, 36.790),
    "Kamiti Maximum Security Prison": ("Kiambu", -1.188, 36.897),
    "Kamiti Prison": ("Kiambu", -1.188, 36.897),
    "Shimo La Tewa": ("Mombasa", -3.970, 39.730),
    "Jomo Kenyatta International Airport": ("Nairobi", -1.319, 36.928),
    "JKIA": ("Nairobi", -1.319, 36.928),
    "Wilson Airport": ("Nairobi", -1.322, 36.815),
    "Moi International Airport": ("Mombasa", -4.035, 39.594),
    "Nyayo Stadium": ("Nairobi", -1.305, 36.825),
    "Kasarani Stadium": ("Nairobi", -1.222, 36.891),
    "Moi Sports Centre": ("Nairobi", -1.222, 36.891),
    "Moi Avenue": ("Nairobi", -1.284, 36.826),
    "Kenyatta Avenue": ("Nairobi", -1.286, 36.821),
    "Haile Selassie Avenue": ("Nairobi", -1.289, 36.827),
    "Tom Mboya Street": ("Nairobi", -1.283, 36.828),
    "Luthuli Avenue": ("Nairobi", -1.284, 36.829),
    "Uhuru Highway": ("Nairobi", -1.291, 36.818),
    "Ngong Road": ("Nairobi", -1.300, 36.780),
    "Jogoo Road": ("Nairobi", -1.290, 36.860),
    "Juja Road": ("Nairobi", -1.265, 36.855),
    "Kangundo Road": ("Nairobi", -1.272, 36.930),
    "Outer Ring Road": ("Nairobi", -1.250, 36.885),
    "Waiyaki Way": ("Nairobi", -1.262, 36.790),
    "Langata Road": ("Nairobi", -1.320, 36.800),
    "Mbagathi Way": ("Nairobi", -1.305, 36.800),
    "Parliament Road": ("Nairobi", -1.288, 36.822),
    "Harambee Avenue": ("Nairobi", -1.287, 36.824),
    "Fort Jesus": ("Mombasa", -4.063, 39.680),
}  # fmt: skip


# Neighbourhoods carry no census figure here; this nominal size (estates hold thousands) only
# lets them pass the place finder's size floor for lone capitalised words.
NEIGHBOURHOOD_POPULATION = 5000
# The listed city estates are large (Eastleigh, Kibera, Mathare hold tens of thousands or
# more): a size of that order lets them, rather than a small namesake town abroad, be the
# reading when a note names nothing else ("police raided Eastleigh").
ESTATE_POPULATION = 60000


@dataclass(frozen=True, slots=True)
class Unit:
    """A Kenyan unit below the county (or a neighbourhood), ready for the gazetteer."""

    key: str  # stable id source: "c:<code>", "w:<code>", "n:<name>"
    kind: str  # "ADM2" (constituency), "ADM3" (ward), "PPL" (neighbourhood)
    name: str
    names: tuple[str, ...]
    county: str
    parent: str | None  # constituency key of a ward
    lat: float | None
    lon: float | None
    pop: int = 0


def units() -> Iterator[Unit]:
    """Constituencies, wards and neighbourhoods; nothing when kenya-data is not installed."""
    try:
        db = resources.files("kenya_data").joinpath("kenya.db")
    except ModuleNotFoundError:
        return
    with resources.as_file(db) as path:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            yield from _from_db(con)
        finally:
            con.close()
    for name, (county, lat, lon) in sorted({**NEIGHBOURHOODS, **TOWNS}.items()):
        pop = ESTATE_POPULATION if name in NEIGHBOURHOODS else NEIGHBOURHOOD_POPULATION
        yield Unit(f"n:{name}", "PPL", name, (name,), county, None, lat, lon, pop)
    # After the rest, so that the numbers (and ids) of the units above stay as they were.
    for name, (county, lat, lon) in sorted(LANDMARKS.items()):
        yield Unit(
            f"l:{name}", "PPL", name, (name,), county, None, lat, lon, NEIGHBOURHOOD_POPULATION
        )


def _from_db(con: sqlite3.Connection) -> Iterator[Unit]:
    positions = {
        (kind, entity): (lat, lon)
        for kind, entity, lat, lon in con.execute(
            "SELECT entity_type, entity_id, latitude, longitude FROM coordinates"
        )
    }
    constituencies = {}
    rows = con.execute(
        "SELECT c.id, c.code, c.name, k.name FROM constituencies c "
        "JOIN counties k ON k.id = c.county_id ORDER BY c.code"
    ).fetchall()
    for cid, code, name, county in rows:
        lat, lon = positions.get(("constituency", cid), (None, None))
        unit = Unit(f"c:{code}", "ADM2", name, _names(name), county, None, lat, lon)
        constituencies[cid] = unit
        yield unit
    wards = con.execute("SELECT code, name, constituency_id FROM wards ORDER BY code").fetchall()
    for code, name, cid in wards:
        parent = constituencies.get(cid)
        if parent is None:
            continue
        names = _names(name)
        if names:
            yield Unit(
                f"w:{code}", "ADM3", name.replace("/ ", "/"), names, parent.county, parent.key,
                parent.lat, parent.lon,
            )  # fmt: skip


def _names(name: str) -> tuple[str, ...]:
    """The name and its parts: "Wundanyi/Mbale" is also "Wundanyi" and "Mbale"; "Central
    Ward" is "Central" (and dropped as generic)."""
    parts = [name, *name.split("/")] if "/" in name else [name]
    out = []
    for part in parts:
        part = part.strip()
        if part.lower().endswith(" ward"):
            part = part[:-5].strip()
        if len(part) >= 4 and part.lower() not in _GENERIC and part not in out:
            out.append(part)
            # News writes "Imenti Central" for the listed "Central Imenti", and back.
            words = part.split()
            if len(words) == 2 and _COMPASS & {words[0].lower(), words[1].lower()}:
                out.append(f"{words[1]} {words[0]}")
    return tuple(out)


_COMPASS = frozenset({"north", "south", "east", "west", "central"})
