"""One sentence in ACLED's style: "On 29 August 2024, Military Forces of Iraq ... ".

Generated from the record's own fields, so it never says more than the record holds.
"""

from __future__ import annotations

import re

from frontlines.domain import Event

_VERBS = {
    "Battles": "clashed with",
    "Protests": "demonstrated",
    "Riots": "rioted",
    "Explosions/Remote violence": "carried out a {sub} against",
    "Violence against civilians": "attacked",
    "Strategic developments": "were involved in a strategic development ({sub}) involving",
}


def write_notes(event: Event) -> str:
    when = _when(event)
    where = _where(event)
    actor1 = event.actor1 or "unidentified actors"
    sub = event.sub_event_type.lower()
    verb = _VERBS[event.event_type].format(sub=sub)
    if event.event_type in {"Protests", "Riots"}:
        clause = f"{actor1} {verb}{where}"
        if event.actor2:
            clause += f"; {event.actor2} were involved ({sub})"
        else:
            clause += f" ({sub})"
    elif event.actor2:
        clause = f"{actor1} {verb} {event.actor2}{where}"
    else:
        bare = re.sub(r" (?:against|with|involving)$", "", verb)
        clause = f"{actor1} {bare}{where}"
    if event.assoc_actor_1:
        clause = clause.replace(actor1, f"{actor1} (with {event.assoc_actor_1})", 1)
    tolls = []
    f = event.fatalities_range
    if f.low is not None:
        span = f"{f.low}" if f.low == f.high else f"{f.low}-{f.high}"
        tolls.append(f"{span} reported killed")
    i = event.injured_range
    if i.low is not None:
        span = f"{i.low}" if i.low == i.high else f"{i.low}-{i.high}"
        tolls.append(f"{span} reported injured")
    toll = "; ".join(tolls) if tolls else "no fatalities reported"
    return f"{when}{clause}. {toll[0].upper()}{toll[1:]}."


def _when(event: Event) -> str:
    d = event.event_date
    if d is None:
        return "On an unresolved date, "
    if event.time_precision == 3:
        return f"In {d.strftime('%B %Y')}, "
    if event.time_precision == 2:
        return f"In the week of {d.day} {d.strftime('%B %Y')}, "
    return f"On {d.day} {d.strftime('%B %Y')}, "


def _where(event: Event) -> str:
    p = event.place
    parts = [x for x in (p.location, p.admin1, p.country) if x]
    unique = list(dict.fromkeys(parts))
    return f" in {', '.join(unique)}" if unique else ""
