"""Datelines: where a news story says it was filed ("CAMERON, W.Va. (AP) —"), at the start of
the text or on an early line after web boilerplate, and the US state it names."""

from __future__ import annotations

import re
from dataclasses import replace

from frontlines.geo.gazetteer import Gazetteer
from frontlines.geo.lexicon import AP_STATES
from frontlines.geo.normalize import name_key
from frontlines.geo.place_mention import PlaceMention

_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?:,\s*[A-Za-z.' ]{2,30}?)?\s*"
    r"(?:\([^)\n]{1,40}\)\s*)?(?:[—–]|--|-\s)",
)
# A dateline after web boilerplate ("Follow CBSDFW.COM: Facebook | Twitter\n\nDALLAS
# (CBSDFW.COM) –"): a line opening with a place in capitals, a state, an outlet and a dash.
_LATE_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][A-Z.'’ -]{1,40}?)(?:,\s*[A-Za-z.' ]{2,30}?)?\s*"
    r"(?:\([^)\n]{1,40}\)\s*(?:[—–]|--|-\s)?|[—–]|--|-\s)"
)
_DATELINE_REACH = 600
# The state of a dateline, with or without AP's period: "LEXINGTON, Ky (LEX 18)".
_DATELINE_STATE = re.compile(
    r"^,\s*([A-Z][A-Za-z]{1,4}|[A-Z]\.\s?[A-Z][a-z]?\.)\.?\s*(?=\(|[—–]|--|-\s)"
)


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the dateline lies: at the start, or on an early line after web boilerplate."""
    first = _DATELINE.match(text)
    if first:
        return first.start("place"), first.end()
    for match in _LATE_DATELINE.finditer(text, 0, _DATELINE_REACH):
        # Capitals throughout: a headline in title case is no dateline.
        if len(match.group("place").strip()) >= 3:
            return match.start("place"), match.end()
    return None


def pin_dateline_state(
    gaz: Gazetteer, text: str, mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """ "LEXINGTON, Ky (LEX 18) —": the dateline's state, written without AP's period."""
    span = dateline_span(text)
    if span is None:
        return mentions
    # "DEER LODGE (WATE) —": a local station's dateline is in the station's state.
    stations = [
        m.candidates[0].entry.id
        for m in mentions
        if m.role == "outlet" and m.candidates and span[0] <= m.start and m.end <= span[1]
    ]
    result = []
    for m in mentions:
        if m.state_hint is None and m.role is None and span[0] <= m.start and m.end <= span[1]:
            state = _DATELINE_STATE.match(text[m.end : span[1] + 2])
            hint = us_state(gaz, state.group(1)) if state else None
            if hint is None and stations and any(c.entry.adm1 == stations[0] for c in m.candidates):
                hint = stations[0]
            if hint is not None:
                m = replace(m, state_hint=hint)
        result.append(m)
    return result


def us_state(gaz: Gazetteer, abbreviation: str) -> int | None:
    key = name_key(abbreviation)
    code = AP_STATES.get(key)
    if code is None and re.fullmatch(r"[A-Z]{2}", abbreviation):
        code = abbreviation
    if code is None:
        return None
    unit = gaz.admin_code("US", code)
    return unit.id if unit is not None else None
