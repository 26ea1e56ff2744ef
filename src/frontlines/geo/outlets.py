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
    stations = _stations()
    found = [
        Outlet(m.start(1), m.end(1), stations[m.group(1)])
        for m in _CALL_SIGN.finditer(text)
        if m.group(1) in stations
    ]
    found += [
        Outlet(m.start(1), m.end(1), stations[m.group(1).upper()])
        for m in _DOMAIN.finditer(text)
        if m.group(1).upper() in stations
    ]
    return sorted(found, key=lambda o: o.start)


# Every US call sign is K or W and two or three more letters; one pattern of that shape, then
# a dictionary test, costs a fraction of an alternation of ~500 signs. A sign's match cannot
# hide a shorter one: both must end where a word ends.
_CALL_SIGN = re.compile(r"(?<![\w.@/-])([KW][A-Z]{2,3})(?:-(?:TV|DT))?(?![\w@])")
_DOMAIN = re.compile(r"(?<![\w-])([kw][a-z]{2,3})(?:tv)?\.com\b")


@lru_cache(maxsize=1)
def _stations() -> dict[str, str]:
    text = resources.files("frontlines.data").joinpath("us_stations.tsv").read_text("utf-8")
    stations: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            sign, state = line.split("\t")[:2]
            sign = sign.removesuffix("-TV")
            if _CALL_SIGN.fullmatch(sign) is None:
                raise ValueError(f"us_stations.tsv: {sign!r} is not a US call sign")
            stations[sign] = state.strip()
    return stations
