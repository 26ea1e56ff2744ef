"""Actor roles for one event: who acted (actor 1), against whom (actor 2), and who helped.

Rules of the ACLED codebook (DESIGN §4) over the actor mentions in the event's sentences:
protests are by Protesters (Country) with the police as actor 2 when they intervene; riots by
Rioters (Country); violence against civilians has Civilians (Country) as actor 2; battles
need two armed sides (an unnamed side is "Unidentified Armed Group (Country)"). A joint
operation keeps the host country's forces as actor 1 and the foreign force associated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from frontlines.nlp.actors import ActorMention, generic_name

_AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+|suspected\s+)*$", re.IGNORECASE)
_FOREIGN_INTER = "External/Other forces"
# The object of an attack is its target, not its author: "a bomb struck a Somali army truck".
_TARGET_BEFORE = re.compile(
    r"\b(?:struck|hit|targeted|targeting|attacked|attacking|ambushed|ambushing|against|"
    r"(?:attacks?|raids?|assaults?|ambush(?:es)?|strikes?) on)"
    r"\s+(?:a|an|the|two|three|several)?\s*$",
    re.IGNORECASE,
)
_ARMED_KINDS = {"named", "state", "police", "unidentified", "identity"}


@dataclass(frozen=True, slots=True)
class Roles:
    actor1: str | None
    inter1: str | None
    assoc_actor_1: str | None
    actor2: str | None
    inter2: str | None
    assoc_actor_2: str | None
    actor1_spans: tuple[tuple[int, int], ...]
    actor2_spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class _Named:
    name: str
    inter: str
    spans: tuple[tuple[int, int], ...]
    is_agent: bool
    kind: str
    is_victim: bool = False


def _resolve(
    mentions: Sequence[ActorMention],
    text: str,
    country: str | None,
    victim_spans: Sequence[tuple[int, int]] = (),
) -> list[_Named]:
    """Mentions → distinct named actors, in order of first mention."""
    order: dict[str, _Named] = {}
    for m in mentions:
        name = m.name or generic_name(m.kind, country)
        if m.kind == "identity" and country:
            name = f"{name} ({country})"
        inter = m.inter
        if m.kind in {"state", "police"} and m.country and country and m.country != country:
            inter = _FOREIGN_INTER  # a state's forces abroad are external forces to ACLED
        agent = bool(_AGENT_BEFORE.search(text[max(0, m.start - 30) : m.start]))
        victim = any(a <= m.start and m.end <= b for a, b in victim_spans) or bool(
            _TARGET_BEFORE.search(text[max(0, m.start - 40) : m.start])
        )
        if name in order:
            prev = order[name]
            order[name] = _Named(
                name,
                prev.inter,
                (*prev.spans, (m.start, m.end)),
                prev.is_agent or agent,
                prev.kind,
                prev.is_victim and victim,
            )
        else:
            order[name] = _Named(name, inter, ((m.start, m.end),), agent, m.kind, victim)
    return list(order.values())


def assign_roles(
    event_type: str,
    sub_event_type: str,
    mentions: Sequence[ActorMention],
    *,
    text: str,
    country: str | None,
    victim_sides: frozenset[str],
    victim_spans: Sequence[tuple[int, int]] = (),
) -> Roles:
    """Actor 1 / actor 2 / associated actors for an event of the given type.

    ``victim_spans`` are the casualty statements: an actor named only inside them ("seven
    US soldiers were injured") suffered the event rather than carried it out.
    """
    actors = _resolve(mentions, text, country, victim_spans)
    armed = [a for a in actors if a.kind in _ARMED_KINDS]
    # Civilians named in the text are victims, never perpetrators, whatever the word order.
    by_kind = {
        k: [a for a in actors if a.kind == k]
        for k in ("protesters", "rioters", "civilians", "police", "state")
    }
    where = country

    def first(items: list[_Named]) -> _Named | None:
        agents = [a for a in items if a.is_agent]
        pool = agents or items
        return pool[0] if pool else None

    def generic(kind: str, inter: str, *, evidence: bool = True) -> _Named:
        """The country's generic actor of a kind, evidenced by its mentions in the text."""
        spans = tuple(s for a in by_kind.get(kind, []) for s in a.spans) if evidence else ()
        return _Named(generic_name(kind, where), inter, spans, False, kind)

    a1: _Named | None = None
    a2: _Named | None = None
    assoc1: _Named | None = None
    if event_type == "Protests":
        a1 = generic("protesters", "Protesters")
        if sub_event_type != "Peaceful protest":
            a2 = first(by_kind["police"] + by_kind["state"]) or generic(
                "police", "State forces", evidence=False
            )
    elif event_type == "Riots":
        a1 = generic("rioters", "Rioters")
        police = first(by_kind["police"] + by_kind["state"])
        if sub_event_type == "Mob violence" and police is None:
            a2 = generic("civilians", "Civilians")
        else:
            a2 = police
    else:
        perpetrators = [a for a in armed if not a.is_victim]
        a1 = first(perpetrators)
        # Victims come after perpetrators as candidates for actor 2; non-state sides first.
        victims = sorted(
            (a for a in armed if a.is_victim), key=lambda a: a.kind in {"state", "police"}
        )
        rest = [a for a in perpetrators if a is not a1] + victims
        if a1 is not None and a1.kind in {"state", "police"}:
            # Joint operations: another state's forces acting with actor 1 are associated.
            partners = [a for a in rest if a.kind in {"state", "police"} and not a.is_victim]
            if partners:
                host = [a for a in (a1, *partners) if a.inter == "State forces"]
                lead = host[0] if host else a1
                assoc1 = a1 if lead is not a1 else partners[0]
                a1 = lead
                rest = [a for a in rest if a is not assoc1 and a is not a1]
        if event_type == "Violence against civilians":
            a2 = generic("civilians", "Civilians")
        elif event_type in {"Battles", "Explosions/Remote violence"}:
            a2 = rest[0] if rest else None
            if (
                a2 is None
                and event_type == "Explosions/Remote violence"
                and ("civilian" in victim_sides or by_kind["civilians"])
            ):
                a2 = generic("civilians", "Civilians", evidence=False)
        elif sub_event_type == "Arrests":
            police = first(by_kind["police"] + by_kind["state"])
            if police is not None:
                a1 = police
                others = [a for a in armed if a is not police]
                a2 = others[0] if others else None
        else:
            a2 = rest[0] if rest else None
        if a1 is None and event_type in {
            "Battles",
            "Violence against civilians",
            "Explosions/Remote violence",
        }:
            a1 = generic("unidentified", "Rebel group", evidence=False)
    return Roles(
        actor1=a1.name if a1 else None,
        inter1=_inter_of(a1),
        assoc_actor_1=assoc1.name if assoc1 else None,
        actor2=a2.name if a2 else None,
        inter2=_inter_of(a2),
        assoc_actor_2=None,
        actor1_spans=(a1.spans if a1 else ()) + (assoc1.spans if assoc1 else ()),
        actor2_spans=a2.spans if a2 else (),
    )


def _inter_of(actor: _Named | None) -> str | None:
    if actor is None:
        return None
    if actor.kind == "unidentified":
        # ACLED puts unidentified armed groups among political militias.
        return "Political militia"
    return actor.inter
