"""Pairwise evidence that two events are the same real-world event.

Each feature is a score in [0, 1], or None when the two events do not both carry the
information (an unknown never counts as agreement). Some disagreements are decisive on their
own (a veto): a different country, places far apart, dates outside the window, casualty
figures that cannot describe the same event.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from frontlines.domain import EVENT_TYPES, Event, Range

FEATURES: tuple[str, ...] = ("date", "place", "type", "actors", "casualties", "text")

# Days between two reports of one event, by ACLED time precision (1 day, 2 week, 3 month):
# reports disagree by a day or two about when; a week-precision date is only known to the week.
DATE_WINDOW: dict[int, int] = {1: 3, 2: 7, 3: 31}
# Follow-up reports (an arrest, a funeral, "the toll rises to 3") are often dated by their
# own publication day, days after the incident. When the texts tell the same story (the same
# names, streets, ages), dates this far apart are still one incident.
CORROBORATED_WINDOW = 14
# Beyond this distance two precisely placed events are not the same event.
MAX_KM = 60.0
# A county-level place (UCDP where_prec 3, ACLED geo_precision 2) is a centroid: the spot can
# lie this much further away.
REGION_KM = 60.0

_HIERARCHY: dict[str, int] = {t: i for i, t in enumerate(EVENT_TYPES)}
_UNNAMED = ("unidentified", "unknown")


@dataclass(frozen=True, slots=True)
class PairScore:
    features: dict[str, float | None]
    veto: str | None  # why the pair cannot be one event, or None


def date_window(event: Event) -> int:
    return DATE_WINDOW.get(event.time_precision or 1, DATE_WINDOW[1])


def _interval(event: Event) -> tuple[date, date] | None:
    start = event.date_start or event.event_date
    end = event.date_end or event.event_date
    if start is None or end is None:
        return None
    return (min(start, end), max(start, end))


def day_gap(a: Event, b: Event) -> int | None:
    """Days between the two events' date intervals (0 when they overlap)."""
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return None
    if ia[1] < ib[0]:
        return (ib[0] - ia[1]).days
    if ib[1] < ia[0]:
        return (ia[0] - ib[1]).days
    return 0


def date_score(
    a: Event, b: Event, *, corroborated: bool = False
) -> tuple[float | None, str | None]:
    gap = day_gap(a, b)
    if gap is None:
        return None, None
    window = max(date_window(a), date_window(b))
    if gap > window:
        if corroborated and gap <= CORROBORATED_WINDOW:
            return 0.0, None
        return 0.0, f"dates {gap} days apart"
    return 1.0 / (1.0 + gap), None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(min(1.0, h)))


def _same(x: str | None, y: str | None) -> bool | None:
    if not x or not y:
        return None
    return x.casefold().strip() == y.casefold().strip()


def _coarse(event: Event) -> bool:
    """Placed only to a region or country: its coordinates are a centroid, not the spot."""
    p = event.place
    return (p.geo_precision or 1) >= 3 or (p.where_prec or 1) >= 4


def _regional(event: Event) -> bool:
    """Placed to a county or near a town: its coordinates are only somewhere near the spot."""
    p = event.place
    return (p.geo_precision or 1) >= 2 or (p.where_prec or 1) >= 3


def place_score(
    a: Event, b: Event, *, corroborated: bool = False
) -> tuple[float | None, str | None]:
    """How well the two places agree; a contradiction vetoes unless the texts corroborate.

    Places are compared hierarchically: a town inside the region the other report names is
    compatible, not a mismatch. A place the gazetteer got wrong (a namesake in another state)
    is common enough that a contradiction only vetoes when the texts do not tell the same
    story; with corroborating texts it scores 0 and the other features decide.
    """
    pa, pb = a.place, b.place
    country = _same(pa.iso3, pb.iso3) if pa.iso3 and pb.iso3 else _same(pa.country, pb.country)
    if country is False:
        return 0.0, None if corroborated else "different countries"
    same_location = _same(pa.location, pb.location)
    same_admin1 = _same(pa.admin1, pb.admin1)
    if same_admin1 is False and not (_coarse(a) and _coarse(b)):
        if same_location:
            # One town name placed in two regions: a gazetteer picked a namesake (Madison,
            # Alabama for Madison, Tennessee). The name agrees; the region is in doubt.
            return 0.5, None
        return 0.0, None if corroborated else "different admin1 regions"
    if (
        None not in (pa.latitude, pa.longitude, pb.latitude, pb.longitude)
        and not _coarse(a)
        and not _coarse(b)
    ):
        km = haversine_km(pa.latitude, pa.longitude, pb.latitude, pb.longitude)  # type: ignore[arg-type]
        reach = MAX_KM + (REGION_KM if _regional(a) or _regional(b) else 0.0)
        if km > reach and not same_location:
            return 0.0, None if corroborated else f"places {km:.0f} km apart"
        closeness = max(0.0, 1.0 - km / reach)
        return (max(closeness, 0.9) if same_location else closeness), None
    if same_location is not None:
        if same_location:
            return 1.0, None
        if same_admin1 and (_coarse(a) or _coarse(b)):
            # A town inside the region the other report is placed to.
            return 0.7, None
        return 0.2, None
    if same_admin1:
        return 0.5, None
    if country:
        return 0.2, None
    return None, None


def type_score(a: Event, b: Event) -> float:
    if a.event_type == b.event_type:
        return 1.0 if a.sub_event_type == b.sub_event_type else 0.7
    # Tactics of one event are often typed differently by different reports (an air strike
    # within a battle); ACLED folds them into one event typed by the hierarchy.
    return 0.3


def _actors(event: Event) -> list[str]:
    names = (event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2)
    return [n for n in names if n and not n.casefold().startswith(_UNNAMED)]


def actor_score(a: Event, b: Event) -> float | None:
    """How well the named actors of one event are found among the other's (order-free)."""
    xs, ys = _actors(a), _actors(b)
    if not xs or not ys:
        return None
    if len(xs) > len(ys):
        xs, ys = ys, xs
    return sum(max(fuzz.token_set_ratio(x, y) for y in ys) for x in xs) / (100.0 * len(xs))


def same_named_actors(a: Event, b: Event) -> bool:
    """ACLED's aggregation test on actors: the same named actor 1 and actor 2."""
    if not _actors(a):
        return False
    pairs = ((a.actor1, b.actor1), (a.actor2, b.actor2))
    return all(
        (x is None and y is None) or (x is not None and y is not None and _same(x, y))
        for x, y in pairs
    )


def range_value(rng: Range) -> int | None:
    """A report's single figure: its best, else its low, else its high."""
    for value in (rng.best, rng.low, rng.high):
        if value is not None:
            return value
    return None


def _count_compat(x: int | None, y: int | None) -> float | None:
    if x is None or y is None:
        return None
    if x == y:
        return 1.0
    lo, hi = min(x, y), max(x, y)
    if lo == 0:
        # "no one was hurt" against "one injured" happens between early and later reports;
        # "no one" against many does not.
        return 0.4 if hi == 1 else 0.0
    # Tolls rise as the wounded die and bodies are found: a higher later figure is
    # compatible, a very different one less so.
    return 0.4 + 0.5 * lo / hi


def casualty_score(a: Event, b: Event) -> tuple[float | None, str | None]:
    fa, fb = a.fatalities_range, b.fatalities_range
    ia, ib = a.injured_range, b.injured_range
    scores = [
        s
        for s in (
            _count_compat(range_value(fa), range_value(fb)),
            _count_compat(range_value(ia), range_value(ib)),
        )
        if s is not None
    ]
    if not scores:
        return None, None
    return sum(scores) / len(scores), None


def score_pair(
    a: Event, b: Event, *, text_similarity: float | None, corroborated: bool = False
) -> PairScore:
    """Every feature of the pair, and a veto when one disagreement is decisive.

    ``corroborated``: the two texts tell the same story (shared rare names and details), so
    a date gap up to ``CORROBORATED_WINDOW`` days and a place contradiction (often the
    gazetteer's namesake) score 0 instead of vetoing.
    """
    veto: str | None = None
    if set(a.article_ids) & set(b.article_ids):
        # The extractor already decided that one article's events are distinct events.
        veto = "events of the same article"
    date_f, date_veto = date_score(a, b)
    place_f, place_veto = place_score(a, b)
    # Corroborating texts excuse one contradiction, not two: two reports weeks apart *and*
    # in different towns are different incidents however alike their boilerplate.
    if corroborated and not (date_veto and place_veto):
        date_f, date_veto = date_score(a, b, corroborated=True)
        place_f, place_veto = place_score(a, b, corroborated=True)
    cas_f, cas_veto = casualty_score(a, b)
    features: dict[str, float | None] = {
        "date": date_f,
        "place": place_f,
        "type": type_score(a, b),
        "actors": actor_score(a, b),
        "casualties": cas_f,
        "text": text_similarity,
    }
    return PairScore(features=features, veto=veto or date_veto or place_veto or cas_veto)


def hierarchy_rank(event_type: str) -> int:
    return _HIERARCHY.get(event_type, len(_HIERARCHY))


def first_by_hierarchy(types: Iterable[str]) -> str:
    return min(types, key=hierarchy_rank)
