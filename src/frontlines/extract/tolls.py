"""From casualty mentions to one event's low/best/high, never adding a figure twice.

Each sentence is one report: its figures for distinct victims add up ("five were wounded
while two others were hurt" reports 7), a subset ("including three children") does not.
Reports are then compared across sentences: two reports about the same victims (their sides
overlap, or either is unspecified) are alternatives — a repetition or a disagreement — and
give a range; reports about different victims (15 fighters killed, 3 civilians killed) add.
ACLED's ``fatalities`` is the low end (DESIGN §4).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from frontlines.domain import Range
from frontlines.nlp.casualties import ATTACKER, CasualtyMention
from frontlines.nlp.numbers import Quantity


@dataclass(frozen=True, slots=True)
class Report:
    """One sentence's statement of a field: its total and which victims it covers."""

    sentence_start: int
    low: int
    best: int
    high: int
    sides: frozenset[str]
    toll_update: bool
    singular: bool  # only one victim described by a determiner: often part of a larger count
    attacker: bool = False  # only the attacker's own death ("before killing himself")
    at_least: bool = False  # only lower bounds ("at least 1 dead"): no denial of more
    source: str | None = None  # who stated it; None: the article in its own voice


def reports(
    mentions: Sequence[CasualtyMention],
    field: str,
    *,
    sources: Mapping[int, str] | None = None,
) -> list[Report]:
    by_sentence: dict[int, list[CasualtyMention]] = {}
    for m in mentions:
        # A tally over many incidents is no report of this one (the claim stays listed).
        if m.field == field and not m.roundup:
            by_sentence.setdefault(m.sentence_start, []).append(m)
    groups: list[tuple[int, list[CasualtyMention]]] = []
    for start, group in sorted(by_sentence.items()):
        # "Killed his two children and himself": the attacker is a side of his own, so a
        # later "both died" about the children is no alternative to the sentence's total.
        # Victims of no stated side stay one report with him: such a report is a total,
        # and a total is an alternative of the sides, not added to them.
        attacker = [m for m in group if m.about == ATTACKER]
        victims = [m for m in group if m.about != ATTACKER]
        split = attacker and victims and all(m.side != "unspecified" for m in victims)
        groups.extend((start, g) for g in ((victims, attacker) if split else (group,)))
    out = []
    for start, group in groups:
        parts = [m for m in group if not m.part_of_total] or group
        if len(parts) > 1 and any(m.side == "unspecified" and m.about is None for m in parts):
            # "68 dead, 150 injured" style totals next to a breakdown: keep the largest.
            top = max(parts, key=lambda m: m.quantity.best)
            parts = [top]
        out.append(
            Report(
                sentence_start=start,
                low=sum(m.quantity.low for m in parts),
                best=sum(m.quantity.best for m in parts),
                high=sum(m.quantity.high for m in parts),
                sides=frozenset(m.side for m in parts),
                toll_update=any(m.toll_update for m in parts),
                # "Killed his wife before shooting himself": victims one by one plus the
                # attacker is still a description one victim at a time, not a count.
                singular=all(m.singular or m.about == ATTACKER for m in parts)
                and any(m.singular for m in parts),
                attacker=all(m.about == ATTACKER for m in parts),
                at_least=all(m.at_least for m in parts),
                source=(sources or {}).get(start),
            )
        )
    return out


def _estimate(reps: Sequence[Report]) -> tuple[int, int, int]:
    """(low, best, high) of alternative reports about the same victims."""
    updates = [r for r in reps if r.toll_update]
    if updates:
        # "The death toll rose to 12": the latest update is the best figure.
        best = updates[-1].best
    else:
        counts = Counter(r.best for r in reps)
        top = max(counts.values())
        # The figure most reports agree on; on a tie, the earliest: news leads with the
        # incident's own figure and later sentences drift to related ones. ACLED's caution
        # is the low end, which stays the lowest.
        best = next(r.best for r in reps if counts[r.best] == top)
    # "At least 1 dead" next to "two people dead" agrees with two: a lower bound only
    # lowers the range where no firm figure is stated.
    firm = [r for r in reps if not r.at_least] or reps
    # ACLED's lowest figure is the lowest of *conflicting* reports. A smaller figure the
    # article states in its own voice, or from whoever stated the best one ("Four people
    # are dead … Three of the victims died at the scene", "Walesha Williams was pronounced
    # dead at the scene"), is part of that telling, not a dispute; a smaller figure that
    # another named source gives ("police said 3, the hospital said 5") is a conflict.
    told_best = {r.source for r in reps if r.best == best}
    conflicting = [
        r for r in firm if r.best >= best or (r.source is not None and r.source not in told_best)
    ] or firm
    return min(r.low for r in conflicting), best, max(max(r.high for r in reps), best)


def reconcile(
    mentions: Sequence[CasualtyMention],
    field: str,
    *,
    sources: Mapping[int, str] | None = None,
) -> Range:
    """The event's range for ``field``; all None when the text never states it.

    Reports about one side (fighters, soldiers, civilians) are alternatives of each other
    and the sides add up; reports that do not say whose casualties they count ("12 people
    were killed") are alternatives of the total. The event's figure is the larger of the
    two readings, so a breakdown never adds to the total it explains.
    """
    coded = [m for m in mentions if m.field == field and m.coded]
    if coded:
        # The note's coder already reconciled the reports: their figure is the event's.
        q = coded[-1].quantity
        return Range(low=q.low, best=q.best, high=q.high)
    rs = reports(mentions, field, sources=sources)
    if not rs:
        return Range()
    # "A 22-year-old man shot in the leg" next to "four men were shot" describes one of the
    # four: single-victim sentences only count when no figure is stated.
    counted = [r for r in rs if not r.singular and not r.attacker]
    stated = counted + [r for r in rs if r.attacker] if counted else rs
    by_side: dict[str, list[Report]] = {}
    totals: list[Report] = []
    for r in stated:
        if len(r.sides) == 1 and "unspecified" not in r.sides:
            by_side.setdefault(next(iter(r.sides)), []).append(r)
        else:
            totals.append(r)
    side_low = side_best = side_high = 0
    for reps in by_side.values():
        low, best, high = _estimate(reps)
        side_low, side_best, side_high = side_low + low, side_best + best, side_high + high
    if not totals:
        return Range(low=side_low, best=side_best, high=side_high)
    t_low, t_best, t_high = _estimate(totals)
    return Range(low=max(side_low, t_low), best=max(side_best, t_best), high=max(side_high, t_high))


def resolve_weak(
    mentions: Sequence[CasualtyMention], *, text: str | None = None
) -> list[CasualtyMention]:
    """Turn "was shot" statements into injuries, net of the dead.

    Without deaths, everyone shot is injured. With deaths, "a man was shot" most often
    describes how the dead man was killed (dropped); "seven people were shot" counts the
    dead too (injured = 7 minus the dead); "three other people were also shot" names
    others (kept whole). Given the article ``text``, a single death also takes the
    single-victim injury reports that describe the same victim before it died.
    """
    strong = [m for m in mentions if not m.weak or m.roundup]
    dead = reconcile(strong, "fatalities").best or 0
    if not dead:
        return list(mentions)
    out = list(strong)
    for m in mentions:
        if not m.weak:
            continue
        if m.singular:
            if text is not None and _someone_else_hurt(m, text):
                out.append(m)
            continue
        if m.about and _OTHERS.search(m.about):
            out.append(m)
            continue
        left = m.quantity.best - dead
        if left > 0:
            out.append(replace(m, quantity=Quantity(left, left, max(left, m.quantity.high - dead))))
    out.sort(key=lambda c: c.start)
    if dead == 1 and text is not None:
        out = _drop_the_dead_victim(out, text)
    return out


def _someone_else_hurt(m: CasualtyMention, text: str) -> bool:
    """Whether one victim "shot" in an article with deaths is a survivor, not the dead:
    "Another teen, also 15, was shot in the foot", "a fourth person, shot in the arm, fled",
    "their mother was flown to a hospital with serious injuries"."""
    if _HURT_AFTER.match(text, m.end):
        return True
    told_apart = _ANOTHER_SHOT.match(text, m.start) or _ALSO_SHOT.search(text, m.start, m.end)
    return bool(told_apart) and not _NAMED_OBJECT.match(text, m.end)


_OTHERS = re.compile(r"\bothers?\b", re.IGNORECASE)
# A single victim "shot" in an article with deaths who is someone else: the subject says so
# ("Another teen … was shot", "A fourth person, shot in the arm"), or the verb does ("was
# also shot"). Not an active verb's object ("accidentally shot another teen, killing him").
_ANOTHER_SHOT = re.compile(
    r"(?:an?\s+|the\s+)?(?:another|second|third|fourth|fifth|other)\b", re.IGNORECASE
)
_ALSO_SHOT = re.compile(r"\b(?:was|were)\s+also\b", re.IGNORECASE)
# "Their mother was flown to a hospital with serious injuries": the outcome, told at once,
# is a survivor's.
_HURT_AFTER = re.compile(
    r"\s+(?:with\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds)|in\s+(?:critical|serious|stable|"
    r"fair|good|grave)\s+condition)\b",
    re.IGNORECASE,
)
# "another teen accidentally shot Turner": a name after the verb makes it active.
_NAMED_OBJECT = re.compile(r"\s+[A-Z][a-z]")
# "Another man was also wounded": a second victim, not the one who died.
_SECOND_VICTIM = re.compile(
    r"\b(?:another|other|second|also|too|as well|both|survived|survivor)\b", re.IGNORECASE
)


def _drop_the_dead_victim(mentions: list[CasualtyMention], text: str) -> list[CasualtyMention]:
    """One death, and the hurt are only ever described one victim at a time: "a boy was
    critically injured … the boy has died" tells of one victim, who died (the Gun Violence
    Archive counts the dead as killed, not injured). A sentence that reports the death as
    well, or says "another", keeps its injured victim."""
    injured = [m for m in mentions if m.field == "injured" and not m.roundup]
    if not injured or not all(m.singular for m in injured):
        return mentions
    fatal_sentences = {m.sentence_start for m in mentions if m.field == "fatalities"}

    def same_victim(m: CasualtyMention) -> bool:
        sentence = text[m.sentence_start : m.sentence_end]
        return m.sentence_start not in fatal_sentences and not _SECOND_VICTIM.search(sentence)

    return [m for m in mentions if m.field != "injured" or m.roundup or not same_victim(m)]
