"""Place compatibility is hierarchical: a town inside the other report's region agrees."""

from __future__ import annotations

import dataclasses

import pytest
from eventfactory import make_event

from frontlines.domain import Event, Place
from frontlines.incidents.features import place_score

GARY = Place("Gary", "United States", "USA", "Indiana", None, 41.5934, -87.3464, None, 1, 1)
INDIANA = Place("Indiana", "United States", "USA", "Indiana", None, 40.0, -86.0, None, 3, 4)
LAKE_COUNTY = Place(
    "Lake County", "United States", "USA", "Indiana", "Lake", 41.42, -87.36, None, 2, 3
)
# A county centroid 70 km from the town: further than two towns of one event, but the spot
# may lie anywhere in the county.
FAR_COUNTY = dataclasses.replace(LAKE_COUNTY, latitude=41.0, longitude=-86.9)
MADISON_TN = Place("Madison", "United States", "USA", "Tennessee", None, 36.26, -86.71, None, 1, 1)
MADISON_AL = Place("Madison", "United States", "USA", "Alabama", None, 34.70, -86.75, None, 1, 1)
CHICAGO = Place("Chicago", "United States", "USA", "Illinois", None, 41.85, -87.65, None, 1, 1)


def at(place: Place, name: str) -> Event:
    return dataclasses.replace(make_event(name), place=place)


@pytest.mark.parametrize(
    ("a", "b", "low", "high", "veto"),
    [
        (GARY, GARY, 1.0, 1.0, None),
        (GARY, INDIANA, 0.7, 0.7, None),  # a town inside the region the other names
        (GARY, LAKE_COUNTY, 0.8, 1.0, None),
        (GARY, FAR_COUNTY, 0.3, 0.6, None),  # a county centroid, not the spot
        (MADISON_TN, MADISON_AL, 0.5, 0.5, None),  # one name, a namesake's region
        (GARY, CHICAGO, 0.0, 0.0, "different admin1 regions"),
    ],
)
def test_place_compatibility(a: Place, b: Place, low: float, high: float, veto: str | None) -> None:
    for x, y in ((a, b), (b, a)):  # symmetric
        score, why = place_score(at(x, "x"), at(y, "y"))
        assert score is not None and low <= score <= high
        assert why == veto
