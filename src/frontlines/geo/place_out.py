"""From a resolved gazetteer entry to the event's ``Place``: names, coordinates and ACLED and
UCDP precision codes; directional regions of a country; water bodies; distances."""

from __future__ import annotations

import math

from frontlines.domain import Place
from frontlines.geo.acled_names import acled_admin1
from frontlines.geo.gazetteer import Entry, Gazetteer
from frontlines.geo.lexicon import DIRECTIONS, WATER
from frontlines.geo.normalize import name_key
from frontlines.geo.place_mention import PlaceMention


def _admin1(entry: Entry) -> int | None:
    return entry.id if entry.kind == "ADM1" else entry.adm1


def to_place(entry: Entry, q: str | None, gaz: Gazetteer) -> Place:
    """The public place for a resolved entry and the text's qualifier of it ("near",
    "northern"): precision follows what was resolved; a unit's centre is never a town."""
    near = q in ("near", "outskirts")
    direction = (
        q if isinstance(q, str) and name_key(q).replace(" ", "") in _DIRECTION_KEYS else None
    )
    country = gaz.country(entry.cc)
    adm1 = gaz.get(_admin1(entry)) if _admin1(entry) is not None else None  # type: ignore[arg-type]
    adm2 = entry if entry.kind == "ADM2" else gaz.get(entry.adm2) if entry.adm2 else None
    lat, lon = entry.lat, entry.lon
    location = entry.name
    if entry.kind == "PPL":
        geo_precision, where_prec = (2, 2) if near else (1, 1)
    elif entry.kind in ("ADM2", "ADM3"):
        geo_precision, where_prec = 2, 3
    elif entry.kind == "ADM1":
        geo_precision, where_prec = 3, 4
    else:
        geo_precision, where_prec = 3, 6
        if direction is not None:
            region = _directional_units(gaz, entry, direction)
            if len(region) == 1:
                adm1 = region[0]
                lat, lon, location = adm1.lat, adm1.lon, adm1.name
                where_prec = 4
            elif region:
                lat = round(sum(u.lat or 0.0 for u in region) / len(region), 5)
                lon = round(sum(u.lon or 0.0 for u in region) / len(region), 5)
                location = f"{direction.capitalize()} {entry.name}"
                where_prec = 5
    geonameid = entry.id if entry.id > 0 and location == entry.name else None
    if adm1 is not None and where_prec == 4 and location == adm1.name and adm1.id > 0:
        geonameid = adm1.id
    return Place(
        location=location,
        country=country.name if country else None,
        iso3=gaz.iso3(entry.cc),
        admin1=(
            acled_admin1(adm1.cc, adm1.name, admin2=adm2.name if adm2 is not None else None)
            if adm1 is not None
            else None
        ),
        admin2=adm2.name if adm2 is not None and where_prec <= 3 else None,
        latitude=lat,
        longitude=lon,
        geonameid=geonameid,
        geo_precision=geo_precision,
        where_prec=where_prec,
    )


_DIRECTION_KEYS = frozenset(name_key(d).replace(" ", "") for d in DIRECTIONS)


def _directional_units(gaz: Gazetteer, country: Entry, direction: str) -> list[Entry]:
    """The admin-1 units lying in ``direction`` of the country's centre."""
    bearing = DIRECTIONS.get(direction.lower(), DIRECTIONS.get(direction.lower().replace("-", "")))
    if bearing is None:
        for word, value in DIRECTIONS.items():
            if word.replace("-", "") == direction.lower():
                bearing = value
    units = [u for u in gaz.admin1_units(country.cc) if u.lat is not None and u.lon is not None]
    if not units or country.lat is None or country.lon is None or bearing is None:
        return []
    offsets = [(u, _offset(country.lat, country.lon, u.lat, u.lon)) for u in units]  # type: ignore[arg-type]
    reach = max(math.hypot(dx, dy) for _, (dx, dy) in offsets) or 1.0
    picked = []
    for unit, (dx, dy) in offsets:
        distance = math.hypot(dx, dy)
        if bearing < 0:  # "central"
            if distance < 0.3 * reach:
                picked.append(unit)
            continue
        angle = math.degrees(math.atan2(dx, dy)) % 360
        if distance >= 0.35 * reach and _angle_between(angle, bearing) <= 35:
            picked.append(unit)
    return picked


def _offset(lat0: float, lon0: float, lat: float, lon: float) -> tuple[float, float]:
    """East and north offsets in km on a local flat projection."""
    dx = (lon - lon0) * 111.32 * math.cos(math.radians((lat + lat0) / 2))
    dy = (lat - lat0) * 110.57
    return dx, dy


def _angle_between(a: float, b: float) -> float:
    d = abs(a - b) % 360
    return min(d, 360 - d)


def water_place(mention: PlaceMention) -> Place:
    name, lat, lon = WATER[name_key(mention.text)]
    return Place(location=name, latitude=lat, longitude=lon, geo_precision=3, where_prec=7)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
