"""Killed and injured figures, each with the victims it counts and its exact offsets.

Rules over sentence text rather than a statistical model: casualty statements in news follow
a handful of shapes ("15 fighters were killed", "killing three civilians", "the death toll
rose to 12", "a man was shot dead", "1 fatality"), and every figure must be traceable to its
characters. Each match becomes a ``CasualtyMention``; deciding which mentions describe the
same victims (a breakdown, a repetition, a disagreement) is ``extract.tolls``' job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import chain

from spacy.language import Language
from spacy.tokens import Doc

from frontlines.nlp.attributes import declare, text_of
from frontlines.nlp.casualties_notes import (
    attempted,
    left_hurt,
    note_deaths,
    share,
    shared_among,
    text_before,
    victim_lists,
)
from frontlines.nlp.casualties_patterns import (  # noqa: F401  QTY, SIDE_NOUNS: public here too
    _ACTIVE_AGE_RE,
    _ACTIVE_RE,
    _ACTIVE_SINGLE_ANY_RE,
    _ACTIVE_SINGLE_RE,
    _ACTIVE_START,
    _AND_HIMSELF_RE,
    _AND_ITEM,
    _AND_ONE_MORE,
    _AT_LEAST,
    _BARE_SINGULAR_RE,
    _BODIES_RE,
    _BY_AGENT,
    _CODED_RE,
    _COORD_BEFORE,
    _COUNT_RE,
    _COUNTED_SUBJECT,
    _DEATH_OF_RE,
    _DIED_AFTER,
    _FAMILY_RE,
    _FURTHER_VICTIM,
    _HOSPITAL_RE,
    _KILL_OR_SHOOT,
    _LATER_DIED_RE,
    _LEFT,
    _LEFT_DEAD,
    _LEFT_HURT,
    _MURDER_SUICIDE,
    _NAME_DIED_RE,
    _NAME_JOINER,
    _NAMED_PASSIVE_RE,
    _NAMED_VERB_RE,
    _NEGATED,
    _NEW_SUBJECT,
    _NON_HUMAN,
    _NOT_INSIDE,
    _NUMBER_ANY_RE,
    _OBJECT_AFTER,
    _ONE_DIED,
    _ONE_MORE_BEFORE,
    _ONE_OF_DIED_RE,
    _OTHER_CLAUSE,
    _PART_FATAL_PASSIVE_RE,
    _PART_FATAL_RE,
    _PASSIVE_RE,
    _PRONOUN_AND_OTHERS,
    _PRONOUN_DIED_RE,
    _ROUNDUP,
    _SAME_VICTIM_BEFORE,
    _SINGLE_ANY_RE,
    _SINGLE_RE,
    _SINGULAR_WORDS,
    _SUBSET_CUE,
    _SUICIDE_RE,
    _TO_DEATH_RE,
    _TOLL_RE,
    _UPDATE_CUE,
    _WOUND_ONLY,
    _WOUNDING_OF_RE,
    _YEAR,
    HARM_WORDS,
    NEEDS,
    QTY,
    SIDE_NOUNS,
    _side_of,
)
from frontlines.nlp.numbers import (
    VAGUE,
    Quantity,
    to_int,
    too_large,
    victim_count,
)
from frontlines.nlp.outcome_cues import outcome_cues


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    field: str  # "fatalities" | "injured"
    quantity: Quantity
    about: str | None  # the victims as written: "ISIL fighters", "US soldiers"
    side: str  # "state" | "armed" | "civilian" | "unspecified"
    start: int  # offsets of the matched phrase in the text
    end: int
    sentence_start: int
    sentence_end: int
    part_of_total: bool = False  # "including three children": a subset of another figure
    toll_update: bool = False  # "the death toll rose to 12": supersedes earlier figures
    weak: bool = False  # "was shot": injured unless the text says the victim died
    singular: bool = False  # one victim by a determiner ("a man"), not a stated number
    coded: bool = False  # a coder's stated figure ("fatalities coded as 10"): authoritative
    roundup: bool = False  # a tally over many incidents ("17 wounded in separate shootings")
    cue: bool = False  # an outcome without a count ("he died at the hospital"): one victim
    at_least: bool = False  # a lower bound ("at least 1 dead"): no denial of a higher figure


# The ``about`` of a mention that counts the attacker's own death ("before killing himself").
ATTACKER = "the attacker"


# Singular people nouns that "some" can precede without counting several ("some guy").
_ONE_PERSON_NOUNS = frozenset(
    {"person", "man", "woman", "guy", "kid", "child", "boy", "girl", "individual", "victim"}
)
# Nouns for two people after a singular determiner ("his parents", "a young couple").
_PAIRS = frozenset({"parents", "grandparents", "couple"})
# Plural nouns that take no number of their own in a list ("and children"): no count.
_BARE_PLURALS = frozenset({"men", "women", "children", "people", "police", "personnel"})


def _quantity(raw: str) -> Quantity | None:
    if _YEAR.match(raw.strip()):
        return None  # "a 2014 shooting": a year, not a count
    q = victim_count(raw) if raw else Quantity(1, 1, 1)  # empty: an age as determiner
    if q is None and raw.lower() in {
        "a",
        "an",
        "one",
        "another",
        "the",
        "his",
        "her",
        "their",
        "its",
        "a single",
        "a lone",
    }:
        q = Quantity(1, 1, 1)
    if q is None or q.best == 0:
        return None
    return q


_GALLERY_COUNTER = re.compile(r"(?:image|photo|slide|picture)\s+\d+\s+of\s+\d+\s*", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def _paragraph_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence cut at blank lines, each piece without its edge whitespace.

    No casualty statement runs across a paragraph break, and a "sentence" the recogniser
    left unsplit (web galleries, captions, paragraphs the pre-filter blanked into runs of
    spaces) would otherwise hand the patterns long whitespace runs, where their optional
    spaces backtrack for seconds.
    """
    pieces = []
    cut = start
    for m in _PARAGRAPH_BREAK.finditer(text, start, end):
        pieces.append((cut, m.start()))
        cut = m.end()
    pieces.append((cut, end))
    trimmed = []
    for a, b in pieces:
        while a < b and text[a].isspace():
            a += 1
        # "Image 7 of 14 A teen died …": a gallery's counter is no count of victims.
        gallery = _GALLERY_COUNTER.match(text, a, b)
        if gallery:
            a = gallery.end()
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


def find_casualties(
    text: str,
    sentences: Iterable[tuple[int, int]],
    *,
    persons: Sequence[tuple[int, int]] = (),
) -> list[CasualtyMention]:
    """Every killed / injured figure in the given sentences (character spans of ``text``).

    ``persons`` are the character spans of person names (NER), so named victims count too:
    "killing Sarah Davidson and injuring Leanne Smith".
    """
    found: list[CasualtyMention] = []
    for sentence in sentences:
        for s_start, s_end in _paragraph_pieces(text, *sentence):
            inside = [(a, b) for a, b in persons if s_start <= a and b <= s_end]
            found.extend(_in_sentence(text, s_start, s_end, inside))
    parts = shared_among(text)
    if parts:
        # "Fatalities coded as 10 and split between 2 events": this event holds its share.
        found = [
            replace(m, quantity=share(m.quantity, parts)) if m.field == "fatalities" else m
            for m in found
        ]
        found = [m for m in found if m.field != "fatalities" or m.quantity.best > 0]
    return found


def _in_sentence(
    text: str, s_start: int, s_end: int, persons: Sequence[tuple[int, int]]
) -> list[CasualtyMention]:
    sentence = text[s_start:s_end]
    taken: list[tuple[int, int]] = []
    out: list[CasualtyMention] = []
    lowered = sentence.lower()
    present = {word for word in HARM_WORDS if word in lowered}
    # A casualty shape whose figure no event could have ("1,000,000,000 people were
    # killed"): the sentence is no report, so no fallback may read one victim from it.
    implausible = False

    def scan(pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        # A pattern runs only where the sentence has a word it needs (casualties_patterns).
        if present and not present.isdisjoint(NEEDS[id(pattern)]):
            return pattern.finditer(sentence)
        return ()

    def overlaps(a: int, b: int) -> bool:
        return any(a < y and x < b for x, y in taken)

    def add(
        m: re.Match[str],
        field: str,
        *,
        qty_group: str = "qty",
        weak: bool = False,
        toll: bool = False,
        further: bool = False,
    ) -> None:
        a, b = m.span()
        if overlaps(a, b):
            return
        raw = m.group(qty_group)
        q = _quantity(raw)
        if q is None:
            if raw and too_large(raw):
                nonlocal implausible
                implausible = True
            return
        prefix = sentence[max(0, a - 40) : a]
        if _NEGATED.search(prefix) or _NOT_INSIDE.search(m.group(0)):
            return
        groups = m.groupdict()
        about = groups.get("about")
        noun = groups.get("noun")
        after = sentence[m.end(qty_group) : m.end(qty_group) + 24].lstrip()
        if not noun and _NON_HUMAN.match(after):
            return
        pair = (
            q.best == 1
            and noun is not None
            and noun.lower() in _PAIRS
            and not sentence[m.end("noun") :].lstrip().startswith("of ")
        )
        if pair:
            q = Quantity(2, 2, 2)  # "shot his parents", "killed a young couple": a pair
        elif (
            q.best == 1
            and noun is not None
            and raw.strip().lower() in {"his", "her", "their"}
            and (noun.lower().endswith("s") or noun.lower() in _BARE_PLURALS)
            and SIDE_NOUNS.get(noun.lower()) is not None
        ):
            q = Quantity(2, 2, 2)  # "killed his sons": at least two
        if raw.strip().lower() == "some" and noun and noun.lower() in _ONE_PERSON_NOUNS:
            return  # "not just some person killed": "some" before one person is no count
        if _PRONOUN_AND_OTHERS.search(sentence[max(0, a - 40) : m.end(qty_group)]) and (
            a == m.start(qty_group) or raw.lower() not in _SINGULAR_WORDS
        ):
            q = Quantity(q.low + 1, q.best + 1, q.high + 1)
        if (
            q.best == 1
            and raw.strip().lower() in {"his", "her", "their"}
            and a == m.start(qty_group)  # not "a teen shot and killed her brother"
            and _ONE_MORE_BEFORE.search(sentence[max(0, a - 40) : a])
        ):
            # "a councillor and his wife were shot": the first person precedes the match.
            q = Quantity(2, 2, 2)
        if about and (q.best == 1 or pair):
            # "a man and his son were killed", "his mother and grandmother": one per person.
            extra = max(
                len(_AND_ITEM.findall(groups.get("more") or "")),
                len(_AND_ONE_MORE.findall(m.group(0))),
            )
            if extra:
                q = Quantity(q.best + extra, q.best + extra, q.best + extra)
        if further:
            # "killed his wife and their two sons": the list goes on after the object.
            extra, b = _further_victims(sentence, b)
            q = Quantity(q.low + extra, q.best + extra, q.high + extra)
        taken.append((a, b))
        out.append(
            CasualtyMention(
                field=field,
                quantity=q,
                about=about.strip() if about else None,
                side=_side_of(noun),
                start=s_start + a,
                end=s_start + b,
                sentence_start=s_start,
                sentence_end=s_end,
                part_of_total=bool(_SUBSET_CUE.search(sentence[max(0, a - 30) : a])),
                toll_update=toll and bool(_UPDATE_CUE.search(m.group(0))),
                weak=weak,
                singular=raw.strip().lower() in _SINGULAR_WORDS and q.best == 1,
                at_least=bool(
                    _AT_LEAST.search(sentence, max(0, m.start(qty_group) - 14), m.end(qty_group))
                ),
            )
        )

    for m in scan(_CODED_RE):
        value = to_int(m.group("qty") or m.group("qty2"))
        if value is not None and not overlaps(*m.span()):
            taken.append(m.span())
            out.append(
                CasualtyMention(
                    field="fatalities",
                    quantity=Quantity(value, value, value),
                    about=None,
                    side="unspecified",
                    start=s_start + m.start(),
                    end=s_start + m.end(),
                    sentence_start=s_start,
                    sentence_end=s_end,
                    coded=True,
                )
            )
    for m in scan(_TOLL_RE):
        add(m, "fatalities", toll=True)
    # "N shot, one fatally", "one of the N hurt has died": part of a total died, the rest
    # are hurt; after a death "has died" the figure is the newer one (a toll update).
    for pattern, update in (
        (_PART_FATAL_RE, False),
        (_PART_FATAL_PASSIVE_RE, False),
        (_ONE_OF_DIED_RE, True),
    ):
        for m in scan(pattern):
            total, fatal = _quantity(m.group("total")), _quantity(m.group("qty"))
            if too_large(m.group("total")) or too_large(m.group("qty")):
                implausible = True
            if total and fatal and total.best > fatal.best:
                add(m, "fatalities")
                if out and out[-1].start == s_start + m.start():
                    hurt = _derived(out[-1], "injured", total.best - fatal.best)
                    out.append(replace(hurt, toll_update=True) if update else hurt)
    for m in scan(_FAMILY_RE):
        add(m, _field_of(m), weak=bool(m.group("shot")))
    for m in scan(_HOSPITAL_RE):
        add(m, "injured")
    for m in scan(_DEATH_OF_RE):
        add(m, "fatalities", further=True)
    for m in scan(_WOUNDING_OF_RE):
        # "The shooting of a man" is only the crime's name; "the shooting of four" counts.
        if not m.group("shooting") or m.group("qty").lower() not in _SINGULAR_WORDS:
            add(m, "injured", weak=bool(m.group("shooting")), further=True)
    for m in scan(_PASSIVE_RE):
        if _OBJECT_AFTER.match(sentence[m.end() :]):
            continue  # active voice: the victims come after the verb
        add(m, _field_of(m), weak=bool(m.group("shot")) or _is_wound_only(m))
        coord = _COORD_BEFORE.search(sentence[: m.start()])
        if coord:
            add(coord, _field_of(m), weak=bool(m.group("shot")))
    for m in scan(_ACTIVE_RE):
        if m.group("sverb"):
            if m.group("noun"):
                add(m, "injured", weak=True, further=True)
            continue
        field = "injured" if m.group("iverb") else "fatalities"
        tail = (m.group("tail") or "").strip().lower()
        if tail in {"injured", "wounded"}:
            field = "injured"
        if m.group("kverb") and m.group("kverb").lower() in {"left", "leaving"} and not tail:
            # "left three people" says nothing about harm; "… with gunshot wounds" does.
            left_field = _left_outcome(sentence[m.end() :])
            if left_field is None:
                continue
            field = left_field
        add(m, field, further=not _LEFT.match(m.group(0)))
    for m in scan(_COUNT_RE):
        add(m, "injured" if m.group("injured") else "fatalities")
    for m in scan(_BODIES_RE):
        add(m, "fatalities")
    for m in scan(_LATER_DIED_RE):
        add(m, "fatalities")
    for m in scan(_TO_DEATH_RE):
        if "death" in m.group(0).lower():
            add(m, "fatalities")
    for m in chain(scan(_ACTIVE_SINGLE_RE), scan(_ACTIVE_AGE_RE)):
        if m.group("sverb"):
            add(m, "injured", weak=True, further=True)
        elif _LEFT.match(m.group(0)):
            left_field = _left_outcome(sentence[m.end() :])
            if left_field:
                add(m, left_field)
        else:
            add(m, "injured" if m.group("iverb") else "fatalities", further=True)
    for m in scan(_SINGLE_RE):
        if _OBJECT_AFTER.match(sentence[m.end() :]):
            continue
        add(m, _field_of(m), weak=bool(m.group("shot")) or _is_wound_only(m))
    for m in scan(_NUMBER_ANY_RE):
        add(m, _field_of(m))
    for m in scan(_SINGLE_ANY_RE):
        add(m, _field_of(m))
    for m in scan(_ACTIVE_SINGLE_ANY_RE):
        if _LEFT.match(m.group(0)):
            left_field = _left_outcome(sentence[m.end() :])
            if left_field:
                add(m, left_field)
        else:
            add(m, "fatalities")
    for m in scan(_BARE_SINGULAR_RE):
        a, b = m.span()
        if not overlaps(a, b) and not _NEGATED.search(sentence[max(0, a - 40) : a]):
            taken.append((a, b))
            noun = m.group("noun") or m.group("noun2")
            out.append(
                CasualtyMention(
                    field="fatalities", quantity=Quantity(1, 1, 1),
                    about=(m.group("about") or m.group("about2")).strip(), side=_side_of(noun),
                    start=s_start + a, end=s_start + b, sentence_start=s_start,
                    sentence_end=s_end, singular=True,
                )
            )  # fmt: skip
    for m in scan(_SUICIDE_RE):
        a, b = m.span()
        if _SAME_VICTIM_BEFORE.search(sentence[max(0, a - 30) : a]):
            continue
        if m.group(0).lower().startswith("shooting") and not _KILL_OR_SHOOT.search(sentence[:a]):
            continue  # "her son shooting himself": an accident, fatal only if told so
        if not overlaps(a, b):
            taken.append((a, b))
            out.append(
                CasualtyMention(
                    field="fatalities",
                    quantity=Quantity(1, 1, 1),
                    about="the attacker",
                    side="armed",
                    start=s_start + a,
                    end=s_start + b,
                    sentence_start=s_start,
                    sentence_end=s_end,
                    singular=False,
                )
            )
    for m in scan(_AND_HIMSELF_RE):
        a, b = m.span()
        if _KILL_OR_SHOOT.search(sentence[:a]) and not overlaps(a, b):
            taken.append((a, b))
            out.append(
                CasualtyMention(
                    field="fatalities", quantity=Quantity(1, 1, 1), about="the attacker",
                    side="armed", start=s_start + a, end=s_start + b,
                    sentence_start=s_start, sentence_end=s_end,
                )
            )  # fmt: skip
    for m in scan(_NAME_DIED_RE):
        a, b = m.span()
        if not overlaps(a, b):
            taken.append((a, b))
            out.append(
                CasualtyMention(
                    field="fatalities", quantity=Quantity(1, 1, 1), about=m.group("about"),
                    side="civilian", start=s_start + m.start("about"), end=s_start + b,
                    sentence_start=s_start, sentence_end=s_end, singular=True,
                )
            )  # fmt: skip
    for m in scan(_PRONOUN_DIED_RE):
        a, b = m.span()
        if not overlaps(a, b) and not _NEGATED.search(sentence[max(0, a - 40) : a]):
            taken.append((a, b))
            out.append(
                CasualtyMention(
                    field="fatalities", quantity=Quantity(1, 1, 1), about=None,
                    side="unspecified", start=s_start + a, end=s_start + b,
                    sentence_start=s_start, sentence_end=s_end, singular=True,
                )
            )  # fmt: skip
    for mention in _named_victims(text, s_start, s_end, persons):
        if not overlaps(mention.start - s_start, mention.end - s_start):
            taken.append((mention.start - s_start, mention.end - s_start))
            out.append(mention)
    if implausible:
        return []
    out = _with_note_deaths(sentence, s_start, s_end, out)
    out.sort(key=lambda c: c.start)
    attackers = [m for m in out if m.about == "the attacker"]
    if len(attackers) > 1:
        # "shot a boy and then himself in a murder-suicide": one attacker, named twice.
        out = [m for m in out if m.about != "the attacker" or m is attackers[0]]
    if "suicide" in lowered and _MURDER_SUICIDE.search(sentence):
        out = [replace(m, field="fatalities", weak=False) if m.weak else m for m in out]
        out = _without_counted_attacker(text, out)
    roundup = bool(_ROUNDUP.search(sentence))
    if roundup:
        out = [replace(m, roundup=True) for m in out]
    out = _upgrade_weak(out, text)
    out.extend(_outcome_mentions(sentence, s_start, s_end, out, roundup=roundup))
    return out


def _further_victims(sentence: str, end: int) -> tuple[int, int]:
    """Victims listed after an object already read ("killed his wife and their two sons"):
    how many more, and where the list ends. A bare plural ("and children") counts none and
    ends the list."""
    extra = 0
    while m := _FURTHER_VICTIM.match(sentence, end):
        raw = m.group("qty")
        noun = m.group("noun").lower()
        if raw:
            q = _quantity(raw)
            if q is None:
                break
            n = q.best
        elif noun.endswith("s") or noun in _BARE_PLURALS:
            break
        else:
            n = 1
        extra, end = extra + n, m.end()
    return extra, end


def _without_counted_attacker(text: str, out: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "Three people were killed in a murder-suicide", "a man and two children are dead in a
    murder-suicide": a total told of the dead (not an active verb's victims: "shot his wife
    in a murder-suicide") already counts the attacker, whom the noun alone would add again."""
    told_of_the_dead = any(
        m.field == "fatalities"
        and m.about != ATTACKER
        and not _ACTIVE_START.match(text, m.start, m.end)
        # "Four children killed by their father": the victims only.
        and not _BY_AGENT.match(text, m.end, m.sentence_end)
        for m in out
    )
    if not told_of_the_dead:
        return out
    return [
        m
        for m in out
        if not (m.about == ATTACKER and _MURDER_SUICIDE.fullmatch(text, m.start, m.end))
    ]


def _left_outcome(after: str) -> str | None:
    """ "left a man dead", "leaving a boy critically injured"; "left a hole" is no harm."""
    if _LEFT_DEAD.match(after):
        return "fatalities"
    if _LEFT_HURT.match(after):
        return "injured"
    return None


def _outcome_mentions(
    sentence: str,
    s_start: int,
    s_end: int,
    found: Sequence[CasualtyMention],
    *,
    roundup: bool,
) -> list[CasualtyMention]:
    """One victim for a sentence that tells an outcome but no figure ("he died at the
    hospital", "she is in stable condition"); single-victim reports yield to stated counts."""
    if any(m.field == "fatalities" for m in found):
        return []
    out: list[CasualtyMention] = []
    for cue in outcome_cues(sentence):
        if cue.field == "injured" and (found or out):
            continue  # the sentence's own figure, or the victim just reported dead
        q, about, start = Quantity(1, 1, 1), None, cue.start
        subject = _counted_subject(sentence[: cue.start]) if cue.field == "injured" else None
        if subject is not None:
            # "Four other teenagers, ages 13 to 17, sustained non-life-threatening injuries".
            q, about, start = subject
        out.append(
            CasualtyMention(
                field=cue.field, quantity=q, about=about, side="unspecified",
                start=s_start + start, end=s_start + cue.end, sentence_start=s_start,
                sentence_end=s_end, weak=cue.weak, singular=q.best == 1, roundup=roundup,
                cue=q.best == 1,
            )
        )  # fmt: skip
    return out


def _counted_subject(before: str) -> tuple[Quantity, str, int] | None:
    """The last counted group of people before a cue, if any: its figure, words, offset."""
    last = None
    for m in _COUNTED_SUBJECT.finditer(before):
        last = m
    if last is None or _OTHER_CLAUSE.search(before[last.end() :]):
        return None
    if len(before) - last.end() > 50 or last.group("qty").lower() in VAGUE:
        return None
    q = _quantity(last.group("qty"))
    if q is None or q.best < 2:
        return None
    return q, last.group("about").strip(), last.start()


def _with_note_deaths(
    sentence: str, s_start: int, s_end: int, found: list[CasualtyMention]
) -> list[CasualtyMention]:
    """Deaths in the shapes of short notes and headlines ("Mob kills suspected robber"),
    read only where the sentence states no death otherwise, so none is counted twice. A
    weak "was attacked" mention of the same words gives way: "a herder was attacked and
    killed" is one death, not one injury. An attempt ("attempted to kill a commander",
    "nearly killed") or an injury ("leaving the commander wounded") is no death, whichever
    rule read it."""
    found = [m for m in found if m.field != "fatalities" or not (
        attempted(text_before(sentence, m.start - s_start))
        or left_hurt(sentence[m.start - s_start : m.end - s_start], sentence[m.end - s_start :])
    )]  # fmt: skip
    for d in victim_lists(sentence):
        # "Two herdsmen and a suspected bandit were killed": the list's total replaces the
        # part of it another rule read ("a suspected bandit were killed": 1).
        a, b = s_start + d.start, s_start + d.end
        clash = [m for m in found if a < m.end and m.start < b]
        read = sum(m.quantity.best for m in clash if m.field == "fatalities")
        if all(m.field == "fatalities" or m.weak for m in clash) and read < d.quantity.best:
            found = [m for m in found if m not in clash]
            found.append(
                CasualtyMention(
                    field="fatalities", quantity=d.quantity, about=d.about,
                    side=_list_side(d.about), start=a, end=b, sentence_start=s_start,
                    sentence_end=s_end,
                )
            )  # fmt: skip
    if any(m.field == "fatalities" for m in found):
        return found
    out = list(found)
    for d in note_deaths(sentence):
        a, b = s_start + d.start, s_start + d.end
        clash = [m for m in out if a < m.end and m.start < b]
        if any(not m.weak for m in clash):
            continue
        if _NEGATED.search(sentence[max(0, d.start - 40) : d.start]):
            continue
        noun = d.about.split()[-1] if d.about else None
        out = [m for m in out if m not in clash]
        out.append(
            CasualtyMention(
                field="fatalities", quantity=d.quantity, about=d.about, side=_side_of(noun),
                start=a, end=b, sentence_start=s_start, sentence_end=s_end,
                singular=d.singular,
            )
        )  # fmt: skip
    return out


def _list_side(victims: str | None) -> str:
    """The side of a list of victims when all its items are on one ("five women and four
    children": civilian), else unspecified."""
    items = re.split(r",|\band\b", victims or "")
    sides = {_side_of(i.split()[-1]) for i in items if i.split()}
    return sides.pop() if len(sides) == 1 else "unspecified"


def _named_victims(
    text: str, s_start: int, s_end: int, persons: Sequence[tuple[int, int]]
) -> list[CasualtyMention]:
    """Victims named rather than counted: one per name, grouped by the verb before them."""
    out: list[CasualtyMention] = []
    used: set[int] = set()
    for i, (a, b) in enumerate(persons):
        if i in used:
            continue
        verb = _NAMED_VERB_RE.search(text[max(s_start, a - 40) : a])
        field: str | None = None
        weak = False
        if verb:
            if verb.group("kverb"):
                field = "fatalities"
            else:
                field = "injured"
                weak = verb.group("iverb").lower() in {"shooting", "shot", "stabbing", "stabbed"}
            # Names joined by "and" / "," after the same verb share it.
            group_end, n, j = b, 1, i + 1
            while j < len(persons) and re.fullmatch(
                r"\s*(?:,|and|, and)\s*", text[group_end : persons[j][0]]
            ):
                group_end, n = persons[j][1], n + 1
                used.add(j)
                j += 1
            start, end = (
                a
                - len(verb.group(0).rstrip())
                - (len(verb.group(0)) - len(verb.group(0).rstrip())),
                group_end,
            )
            start = max(s_start, a - len(verb.group(0)))
        else:
            passive = _NAMED_PASSIVE_RE.match(text[b:s_end])
            if not passive:
                continue
            field = "fatalities" if passive.group("killed") else "injured"
            weak = bool(passive.group("shot"))
            n, start, end = 1, a, b + passive.end()
            # "Jose Ruiz, 20, and Ann Cole were killed": the names before share the verb. The
            # list's last link is "and" ("Mike Ross, Chronicle" is a credit, not a list).
            k = i - 1
            while k >= 0 and k not in used:
                joiner = text[persons[k][1] : start]
                if not _NAME_JOINER.fullmatch(joiner) or (n == 1 and "and" not in joiner):
                    break
                n, start, k = n + 1, persons[k][0], k - 1
        out.append(
            CasualtyMention(
                field=field,
                quantity=Quantity(n, n, n),
                about=text[a:end] if not verb else text[a:group_end],
                side="civilian",
                start=start,
                end=end,
                sentence_start=s_start,
                sentence_end=s_end,
                weak=weak,
            )
        )
    return out


def _upgrade_weak(mentions: list[CasualtyMention], text: str) -> list[CasualtyMention]:
    """ "Was shot … and later died": a shooting victim the same sentence reports dead."""
    out = []
    for m in mentions:
        after = text[m.end : m.sentence_end]
        if m.quantity.best > 1 and _ONE_DIED.search(after):
            # "Both were taken to the hospital, where Loften died": one of them died.
            out.append(m)
            continue
        died = _DIED_AFTER.search(after) if m.weak else None
        if died and not _NEW_SUBJECT.search(after, 0, died.start()):
            m = CasualtyMention(
                field="fatalities",
                quantity=m.quantity,
                about=m.about,
                side=m.side,
                start=m.start,
                end=m.end,
                sentence_start=m.sentence_start,
                sentence_end=m.sentence_end,
                singular=m.singular,
                roundup=m.roundup,
            )
        out.append(m)
    return out


def _derived(base: CasualtyMention, field: str, n: int) -> CasualtyMention:
    """A figure the sentence implies rather than states ("six shot, one fatally": 5 hurt)."""
    return CasualtyMention(
        field=field,
        quantity=Quantity(n, n, n),
        about=base.about,
        side=base.side,
        start=base.start,
        end=base.end,
        sentence_start=base.sentence_start,
        sentence_end=base.sentence_end,
    )


def _is_wound_only(m: re.Match[str]) -> bool:
    """ "Suffered gunshot wounds", "hit by a bullet": said of the dead as well as the hurt."""
    injured = m.groupdict().get("injured")
    return bool(injured and _WOUND_ONLY.search(injured))


def _field_of(m: re.Match[str]) -> str:
    if m.group("killed"):
        return "fatalities"
    return "injured"


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in doc.sents]


@Language.factory("frontlines_casualties", default_config={})
def make_casualties(nlp: Language, name: str) -> CasualtyRecognizer:
    return CasualtyRecognizer()


class CasualtyRecognizer:
    """Sets ``doc._.casualties``."""

    def __init__(self) -> None:
        declare()

    def __call__(self, doc: Doc) -> Doc:
        persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        doc._.casualties = find_casualties(text_of(doc), sentence_spans(doc), persons=persons)
        return doc


def casualty_sides(mentions: Sequence[CasualtyMention]) -> set[str]:
    return {m.side for m in mentions}
