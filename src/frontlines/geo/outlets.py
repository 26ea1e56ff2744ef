"""Local broadcasters named in an article's boilerplate, and the US state each serves.

"(WMC) -", "Copyright 2016 KMOV", "wsbtv.com": a local station's story is usually about its
own state. Call signs come from ``data/us_stations.tsv``. They become mentions with the role
``outlet``: a vote for their state when resolving namesakes, and the state-level answer when
no place in the text can be resolved; never preferred to a place the text names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

ROLE_OUTLET = "outlet"


@dataclass(frozen=True, slots=True)
class Outlet:
    """A call sign found in a text and the USPS code of its state."""

    start: int
    end: int
    state: str


def find_outlets(text: str) -> list[Outlet]:
    """Every station call sign in ``text``: in capitals ("KMOV", "WSB-TV") or in a web
    address ("kmov.com", "wsbtv.com")."""
    stations, pattern, domain = _patterns()
    found = [Outlet(m.start(1), m.end(1), stations[m.group(1)]) for m in pattern.finditer(text)]
    found += [
        Outlet(m.start(1), m.end(1), stations[m.group(1).upper()]) for m in domain.finditer(text)
    ]
    return sorted(found, key=lambda o: o.start)


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    text = resources.files("frontlines.data").joinpath("us_stations.tsv").read_text("utf-8")
    stations: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            sign, state = line.split("\t")[:2]
            stations[sign.removesuffix("-TV")] = state.strip()
    names = sorted(stations, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.@/-])(" + "|".join(names) + r")(?:-(?:TV|DT))?(?![\w@])")
    domain = re.compile(r"(?<![\w-])(" + "|".join(n.lower() for n in names) + r")(?:tv)?\.com\b")
    return stations, pattern, domain
