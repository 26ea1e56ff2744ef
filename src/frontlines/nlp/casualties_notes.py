"""Deaths told the way short event notes and headlines tell them.

Coders' notes and the wire headlines they come from drop determiners and auxiliaries and
name a victim by role rather than by count: "Mob kills suspected robber", "Police informant
killed", "gunmen assassinated a local official", "1 tribesman killed and 2 injured",
"One death reported", "3 dismembered bodies found". The general matcher
(``frontlines.nlp.casualties``) wants a stated number before a known victim noun or a
determiner before one; these rules read the note shapes. They only fill a gap: the caller
asks for them when a sentence has no fatality figure of its own, so a victim is never
counted twice.

Each singular role noun is one death (ACLED counts a named or described victim as 1);
a plural noun with no number ("raiders kill civilians") is no count at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontlines.nlp.numbers import NUMBER, Quantity, is_implausible, parse_quantity, victim_count


@dataclass(frozen=True, slots=True)
class NoteDeath:
    """One death figure read from a note: offsets are within the sentence given."""

    start: int
    end: int
    quantity: Quantity
    about: str | None
    singular: bool  # one victim described by role, not a stated number


_FLAGS = re.IGNORECASE


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Role nouns that name one person. Words ending like agent nouns ("-er", "-ist", "-ian",
# "-man") are people too ("shopkeeper", "rapist", "Kenyan", "spokesman"), so this list only
# needs the ones that do not.
_PERSON_WORDS = _wordset(
    """
    man woman boy girl child baby infant toddler teen teenager youth person individual adult
    civilian resident villager farmer herder herdsman student pupil teacher doctor nurse
    driver trader journalist elder chief priest pastor cleric imam sheikh bishop official
    politician councillor mp mca activist businessman businesswoman shopkeeper informant
    burglar scholar cook missionary nun bodyguard askari witness waitress actress hostess
    reservist tout rider spokesman member leader commander lieutenant captain colonel
    general sergeant corporal constable inspector officer policeman policewoman soldier
    guard watchman warden agent gangster robber rustler raider bandit poacher criminal
    thief rapist witch wizard sympathiser sympathizer supporter candidate aspirant lawyer
    attorney judge magistrate administrator assistant secretary governor senator minister
    mayor headman cadre fighter militant insurgent rebel jihadist gunman attacker assailant
    suspect militiaman tribesman fisherman pastoralist refugee migrant worker vendor
    hawker conductor operator businessperson cousin relative wife husband son daughter
    mother father brother sister uncle aunt nephew niece grandmother grandfather
    girlfriend boyfriend neighbour neighbor friend victim pedestrian passenger motorist
    cyclist prisoner inmate detainee hostage spy collaborator informer defector recruit
    volunteer paramedic medic engineer contractor tourist foreigner national citizen
    """
)
# Words with a person-like ending that are not people.
_NOT_PERSON = _wordset(
    """
    other another later earlier together after never ever over under either neither
    whether rather water border order number corridor motor sector center centre quarter
    tractor meter power river matter manner plan urban sudan iran oman japan taiwan
    pakistan afghanistan kazakhstan tajikistan uzbekistan kyrgyzstan turkmenistan yemen
    camel cattle animal livestock spree field total several local regional national-level
    international central general-election annual partial final rural tribal communal
    informal formal federal criminal-gang january february march april june july august
    september october november december monday tuesday wednesday thursday friday saturday
    sunday tonight yesterday today instantly there here taliban shabaab shabab caravan
    van divan
    """
)
_PERSON_ENDING = r"[a-z]{3,}(?:er|or|ist|man|an|ant|ent|ee)"
# Words that end a victim phrase rather than belong to it.
_STOP = _wordset(
    """
    a an the one two three four five six seven eight nine ten in at on by near from during
    after before while when and or but of to with was were is are been being has have had
    who whom which that this these those as for into over under his her their its him them
    it he she they several many some dozens scores hundreds
    reportedly allegedly also later then not no
    """
)


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# One person noun as a pattern, so that a regex picks the role noun itself ("AP Officer",
# not "AP") rather than the first word that fits.
PERSON_NOUN = (
    rf"(?!(?:{_alternatives(_NOT_PERSON)})(?![\w'’-]))"
    rf"(?:{_alternatives(_PERSON_WORDS)}|{_PERSON_ENDING})(?![\w'’-])"
)
_PERSON_NOUN_RE = re.compile(PERSON_NOUN, re.IGNORECASE)


def is_person_noun(word: str) -> bool:
    """A singular noun for one person: "herdsman", "shopkeeper", "Kenyan", "official"."""
    return bool(_PERSON_NOUN_RE.fullmatch(word.strip("'’\"")))


# Killing verbs in the active voice, as headlines and notes write them.
_KILL_ACTIVE = (
    r"(?:kill|kills|killed|killing|lynch|lynches|lynched|lynching|murders|murdered|"
    r"murdering|assassinate|assassinates|assassinated|assassinating|guns? down|gunned down|"
    r"gunning down|shoots? dead|shot dead|shooting dead|shoots? and kills?|shot and killed|"
    r"attacked and killed|attack and kill|attacks and kills|behead|beheads|beheaded|"
    r"beheading|execute|executes|executed|executing|"
    r"(?:hack|stab|beat|stone|burn|club|spear|hacks|stabs|beats|stones|burns|clubs|spears|"
    r"hacked|stabbed|beaten|stoned|burned|burnt|clubbed|speared)\s+to\s+death)"
)
# Killing verbs in the passive voice ("was assassinated", "killed by police").
_KILLED_PASSIVE = (
    r"(?:killed|shot dead|shot and killed|assassinated|lynched|murdered|gunned down|slain|"
    r"beheaded|executed|found dead|found killed|found murdered|confirmed dead|feared dead|"
    r"reported dead|"
    r"(?:hacked|stabbed|beaten|stoned|burned|burnt|clubbed|speared|shot|tortured|crushed|slashed|"
    r"strangled|chopped|battered)\s+to\s+death)"
)
_QTY = (
    r"(?:(?:at least|more than|over|about|around|some|nearly|almost|approximately)\s+)?"
    rf"{NUMBER}(?:\s*(?:-|–|to|or)\s*{NUMBER})?"
)
# A victim phrase: up to five words (modifiers, "members of Mungiki sect"), none of them a
# word that ends the phrase; checked word by word in code.
_WORDS = r"(?:[\w'’.()-]+\s+){0,5}?"
# The same after a determiner, where a comma may part two modifiers ("a senior, off-duty
# officer").
_WORDS_COMMA = r"(?:[\w'’.()-]+,?\s+){0,5}?"
# The same at the start of a clause, never reaching across a function word into another
# clause ("Two nurses abducted and Kenyan driver killed": the subject is "Kenyan driver").
_WORDS_CLAUSE = (
    r"(?:(?!(?:and|or|but|in|at|on|by|of|to|from|with|was|were|is|are|who|which|that|after|"
    r"before|when|while)\b)[\w'’.()-]+\s+){0,5}?"
)
# A phrase that places the victim: "from Imenti South District", "of the youth wing".
_PP = r"(?:\s+(?:from|of|in|with|at|attached to)\s+(?:[\w'’.()-]+\s+){0,4}?[\w'’.()-]+)?"
_WORD = r"[\w'’-]+"
# What may follow a victim: a preposition, a clause, punctuation or the end.
_AFTER_VICTIM = (
    r"(?=\s+(?:in|at|on|near|from|during|after|while|who|whom|and|over|for|as|along|inside|"
    r"outside|when|with|by|of|following|accused|suspected|said|believed|because|before|"
    r"whose|between|to|amid|since|allegedly|reportedly|they|he|she|that|which|but|then|"
    r"before|last|early|late|overnight|yesterday|this|known|named|identified|called|aged)\b"
    r"|\s*[,.;:(\[]|\s*$)"
)
# A name after the role noun: "member Hussein Said Omar" (capitals even in an
# IGNORECASE pattern).
_NAME = r"(?-i:(?:\s+[A-Z][a-z'’-]+){0,3})"
# "attacked and killed", "dragged from his car and killed": another verb of the victim's.
_OTHER_VERB = (
    r"(?:[a-z]+ed\s+(?:(?!(?:is|was|were|are|he|she|they|it|after|before|when)\b)"
    r"[^,.;\s]+\s+){0,5}?and\s+)?"
)
# A time between the auxiliary and the verb: "were in the evening hours shot dead".
_WHEN = (
    r"(?:(?:on|in|during|early|late)\s+(?:the\s+)?(?:[\w]+\s+){0,2}?"
    r"(?:night|morning|evening|afternoon|hours|day)\s+)?"
)
# What may follow a passive killing verb: no object ("Gunman killed three" is active).
_AFTER_VERB = (
    r"(?=[\"'”]?(?:\s+(?:in|at|on|near|by|during|after|while|when|and|as|over|for|following|"
    r"outside|inside|along|with|from|because|before|amid|allegedly|reportedly|yesterday|today|"
    r"last|early|late|overnight|earlier|this|but|since|under|within|between|around|"
    # "were killed Saturday": news drops the "on" before a weekday.
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\s*[,.;:(\[-]|\s*$))"
)

# "Mob kills suspected robber", "gunmen assassinated a QSD member", "shot dead a tout".
_ACTIVE_ROLE_RE = re.compile(
    rf"\b{_KILL_ACTIVE}\s+(?P<det>(?:a|an|one|the|a single|his|her|their)\s+)?"
    rf"(?P<about>{_WORDS}(?P<noun>{PERSON_NOUN})){_NAME}{_AFTER_VICTIM}",
    _FLAGS,
)
# "Youth stone suspected thief to death", "slashed a girl to death".
_TO_DEATH_ROLE_RE = re.compile(
    r"\b(?:stone|stones|stoned|hack|hacks|hacked|beat|beats|burn|burns|burned|burnt|club|"
    r"clubs|clubbed|spear|spears|speared|slash|slashes|slashed|stab|stabs|stabbed|batter|"
    r"batters|battered|crush|crushes|crushed|strangle|strangles|strangled)\s+"
    rf"(?:(?:a|an|the|one|his|her|their)\s+)?(?P<about>{_WORDS}(?P<noun>{PERSON_NOUN})){_NAME}"
    r"\s+to\s+death\b",
    _FLAGS,
)
# "shooting him dead", "hacked her to death", "leaving him killed", "killing him".
_ACTIVE_PRONOUN_RE = re.compile(
    r"\b(?:(?:shooting|shot|shoots|hacking|hacked|stabbing|stabbed|beating|beat|stoning|"
    r"stoned|burning|burned|clubbing|clubbed)\s+(?P<p1>him|her)\s+(?:dead|to death)|"
    r"(?:leaving|left)\s+(?P<p2>him|her)\s+(?:dead|killed)|"
    r"(?:killing|killed|kills|lynching|lynched|lynches|murdering|murdered|assassinating|"
    r"assassinated)\s+(?P<p3>him|her))\b",
    _FLAGS,
)
# "Police informant killed", "Kenyan police reservist shot dead while patrolling".
_BARE_PASSIVE_RE = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=\band\s))\s*(?P<about>{_WORDS_CLAUSE}(?P<noun>{PERSON_NOUN})){_NAME}{_PP}\s+"
    r"(?:(?:is|was|has been|reportedly|allegedly|later)\s+){0,2}"
    rf"{_OTHER_VERB}{_KILLED_PASSIVE}\b{_AFTER_VERB}",
    _FLAGS,
)
# "A catholic priest was assassinated", "a suspected thief is killed by a mob",
# "A man was on Sunday night lynched", "a herdsman was attacked and killed".
_SINGLE_PASSIVE_RE = re.compile(
    rf"\b(?P<det>a|an|one|the)\s+(?P<about>{_WORDS_COMMA}(?P<noun>{PERSON_NOUN})){_NAME}{_PP}"
    r"(?:\s*\([^)]{1,40}\))?(?:\s*,[^,;.]{1,80},)?"
    r"(?:\s+(?:suspected|accused|believed|thought|known)\s+(?:of|to)\s+[^,;.]{1,50}?"
    r"|\s+(?:who|that)\s+[^,;.]{1,80}?)?\s+"
    r"(?:is|was|has been|had been|have been)\s+"
    r"(?:(?:(?!nearly|almost)\w+ly|reportedly|allegedly|later|then|also|on \w+(?: \w+)?|"
    r"in the \w+)\s+){0,3}"
    rf"{_OTHER_VERB}[\"'“]?{_KILLED_PASSIVE}\b{_AFTER_VERB}",
    _FLAGS,
)
# "a prisoner died in the prison", "a man from Saqba died as a result of torture".
_SINGLE_DIED_RE = re.compile(
    rf"\b(?P<det>a|an|one)\s+(?P<about>{_WORDS}(?P<noun>{PERSON_NOUN})){_NAME}{_PP}\s+"
    r"(?:(?:later|reportedly|allegedly|subsequently)\s+)?died\b"
    r"(?!\s+(?:of|from)\s+(?:the\s+)?(?:covid|coronavirus|illness|disease|natural|an illness|"
    r"a heart|cancer|hunger|starvation|cholera))",
    _FLAGS,
)
# "he is attacked and killed by vigilantes", "she was shot dead".
_PRONOUN_PASSIVE_RE = re.compile(
    r"\b(?:he|she)\s+(?:is|was|has been|had been)\s+"
    r"(?:(?:(?!nearly|almost)\w+ly|later|then|also)\s+)?"
    rf"{_OTHER_VERB}{_KILLED_PASSIVE}\b{_AFTER_VERB}",
    _FLAGS,
)
# "leading to her death", "resulting in his death".
_HIS_DEATH_RE = re.compile(
    r"\b(?:leading to|led to|resulting in|resulted in|causing|caused)\s+(?:his|her)\s+death\b",
    _FLAGS,
)
# "1 school janitor was caught in crossfire and died", "a boy was beaten and later died".
_AND_DIED_RE = re.compile(
    rf"\b(?P<qty>{_QTY}|a|an|one)\s+(?P<about>{_WORDS}(?P<noun>{PERSON_NOUN}))\s+"
    r"(?:was|is|were)\s+[a-z]+\b[^.;]{0,60}?\band\s+(?:later\s+)?died\b",
    _FLAGS,
)
# "Police shoot dead 15 bandits", "Residents stone two suspected robbers to death".
_ACTIVE_NUMBER_RE = re.compile(
    rf"\b(?:{_KILL_ACTIVE}|(?:stone|stones|stoned|hack|hacks|hacked|beat|beats|burn|burns|"
    rf"burned|burnt|club|clubs|clubbed|spear|spears|speared|shot|shoot|shoots)"
    rf"(?=\s+{_QTY}\s+[^.;]{{0,40}}?\bto\s+death\b))(?:\s+and\s+[a-z]+(?:ed|t))?"
    rf"\s+(?:between\s+)?(?P<qty>{_QTY})(?P<about>(?:\s+[\w'’.()-]+){{0,4}}?)"
    rf"(?:\s+to\s+death)?{_AFTER_VICTIM}",
    _FLAGS,
)
# A list of victims: "Two herdsmen and a suspected bandit were killed", "killing a woman
# and her son", "four cadres and a sub-inspector were killed". Each item counts its number,
# 1 for a determiner, 0 for a bare plural ("soldiers and alleged mercenaries").
_ITEM = rf"(?:(?:{_QTY}|a|an|one|his|her|their|another)\s+)?(?:[\w'’.()-]+\s+){{0,6}}?[\w'’.()-]+"
_LIST = rf"(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+and\s+{_ITEM})"
_LIST_PASSIVE_RE = re.compile(
    rf"(?=(?:{_QTY}|a|an|one)\s){_LIST}\s+"
    r"(?:(?:were|are|have been|had been|reportedly|allegedly|all|both|later)\s+){0,2}"
    rf"{_OTHER_VERB}(?:{_KILLED_PASSIVE}|died|die)\b{_AFTER_VERB}",
    _FLAGS,
)
_LIST_ACTIVE_RE = re.compile(
    rf"\b{_KILL_ACTIVE}\s+(?=(?:{_QTY}|a|an|one)\s){_LIST}{_AFTER_VICTIM}",
    _FLAGS,
)
# Where a list may start: a number or a determiner at a word boundary.
_LIST_START = re.compile(rf"(?<![\w'’-])(?:{_QTY}(?![- ]?(?:years?|yrs?)\b)|a|an|one)\s", _FLAGS)
# An age inside a victim phrase ("a 7 year old boy") is no count.
_AGE = re.compile(r"\b\d+[- ]?(?:years?|yrs?)[- ]?old\b", _FLAGS)
_KILL_VERB_RE = re.compile(rf"\b{_KILL_ACTIVE}\s+", _FLAGS)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", _FLAGS)
_ITEM_HEAD = re.compile(rf"^(?:(?P<qty>{_QTY})|(?P<det>a|an|one|his|her|their|another))\s+", _FLAGS)
# "1 tribesman killed", "8 suspected SLDF killed, 4 injured", "Five members of the sect
# killed in a shootout", "1 priest dragged from his car and killed", "One speared to death".
_NUMBER_PASSIVE_RE = re.compile(
    rf"\b(?P<qty>{_QTY})\s+(?P<about>{_WORDS})"
    r"(?:(?:were|are|was|is|have been|had been|reportedly|allegedly|later)\s+){0,2}"
    rf"{_WHEN}"
    rf"{_OTHER_VERB}(?:{_KILLED_PASSIVE}|die|dies|died)\b{_AFTER_VERB}",
    _FLAGS,
)
# "One death reported", "6 rebel fatalities", "2 rebel and 1 military fatality",
# "the death of one", "3 dismembered bodies found".
_COUNT_RE = re.compile(
    rf"\b(?:(?P<qty0>{_QTY})\s+(?:{_WORD}\s+)?and\s+)?(?P<qty>{_QTY})\s+"
    r"(?P<about>(?:[\w-]+\s+){0,2}?)(?P<noun>fatalit(?:y|ies)|deaths?|dead bodies|bod(?:y|ies)|"
    r"corpses?)\b"
    rf"|\bdeaths?\s+of\s+(?P<qty2>{_QTY})(?=\s+(?:in|at|on|during|near|and|people|persons)\b|"
    r"\s*[,.;])",
    _FLAGS,
)
# "a body is later found", "Her body was found".
_BODY_FOUND_RE = re.compile(
    r"\b(?:a|her|his|the)\s+(?:\w+\s+)?body\s+(?:was|is|has been|had been)\s+"
    r"(?:(?:(?!nearly|almost)\w+ly|later|then|also|on \w+(?: \w+)?)\s+)?"
    r"(?:found|discovered|recovered)\b",
    _FLAGS,
)
_BODY_NOUNS = frozenset({"body", "bodies", "dead bodies", "corpse", "corpses"})
_NON_HUMAN_FIRST = _wordset(
    """
    minutes minute hours hour days day weeks week months month years year km percent per
    animals cattle cows goats sheep camels homes houses vehicles cars buildings shops times
    rounds shots bullets rockets missiles drones am pm
    """
)


# An age or a span of time after a number: "17-year-old", "17 y.o", "21-month old".
_AGE_AFTER = re.compile(r"^(?:[-–]|\s*(?:y\.?o\b|yrs?\b|years?\b|months?\b|weeks?\b))", _FLAGS)


def _is_age(sentence: str, m: re.Match[str], group: str = "qty") -> bool:
    return bool(_AGE_AFTER.match(sentence[m.end(group) :]))


# Every shape below names a death with one of these words; a sentence without any is
# skipped at once (most sentences of a long article), which keeps these rules cheap.
_DEATH_CUES = (
    "kill", "dead", "death", "died", "die ", "dies", "lynch", "murder", "assassin", "slain",
    "behead", "execut", "gunned", "gun down", "guns down", "gunning down", "fatalit", "bod",
    "corpse",
)  # fmt: skip


def _has_death_cue(lowered: str) -> bool:
    return any(cue in lowered for cue in _DEATH_CUES)


# The words each shape needs, checked before its regex runs (a plain substring test).
_KILLING = ("kill", "dead", "death", "lynch", "murder", "assassin", "slain", "behead", "execut")
_KILLING_GUN = (*_KILLING, "gun")
# Keyed by the pattern's id: a compiled pattern hashes its whole source on every lookup.
_NEEDS: dict[int, tuple[str, ...]] = {}


def _scan(pattern: re.Pattern[str], sentence: str, lowered: str) -> list[re.Match[str]]:
    if not any(word in lowered for word in _NEEDS[id(pattern)]):
        return []
    return list(pattern.finditer(sentence))


def note_deaths(sentence: str) -> list[NoteDeath]:
    """The death figures this sentence states in note or headline shapes."""
    found: list[NoteDeath] = []
    lowered = sentence.lower()
    if not _has_death_cue(lowered):
        return found

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in ((f.start, f.end) for f in found))

    def add(a: int, b: int, q: Quantity, about: str | None, *, singular: bool) -> None:
        before = text_before(sentence, a)
        if is_implausible(q):
            return  # two plausible figures can add up to an implausible one
        if free(a, b) and not attempted(before) and not _NOT_DONE_BEFORE.search(before):
            found.append(NoteDeath(a, b, q, about.strip() if about else None, singular))

    for m in _scan(_COUNT_RE, sentence, lowered):
        raw = m.group("qty") or m.group("qty2")
        q = victim_count(raw)
        if q is None or _is_age(sentence, m, "qty" if m.group("qty") else "qty2"):
            continue
        noun = (m.group("noun") or "").lower()
        about = m.group("about") or ""
        if noun == "death" and q.best != 1:
            continue  # "two death threats": a singular "death" counts only one
        if noun in _BODY_NOUNS and about and not _BODIES_FOUND_AFTER.match(sentence[m.end() :]):
            continue
        if m.group("qty0"):
            first = victim_count(m.group("qty0"))
            if first is not None:
                q = Quantity(first.low + q.low, first.best + q.best, first.high + q.high)
        add(*m.span(), q, about or None, singular=False)
    for m in _scan(_BODY_FOUND_RE, sentence, lowered):
        add(*m.span(), Quantity(1, 1, 1), "body", singular=True)
    for m in _scan(_NUMBER_PASSIVE_RE, sentence, lowered):
        about = m.group("about")
        words = about.split()
        if (
            _YEAR.match(m.group("qty"))
            or _is_age(sentence, m)
            or (words and (words[0].lower() in _NON_HUMAN_FIRST or not _is_victim(words, of=True)))
        ):
            continue
        q = victim_count(m.group("qty"))
        if q is not None and q.best > 0:
            add(*m.span(), q, about or None, singular=False)
    for m in _scan(_ACTIVE_NUMBER_RE, sentence, lowered):
        words = m.group("about").split()
        q = victim_count(m.group("qty"))
        if q is None or q.best == 0 or _YEAR.match(m.group("qty")) or _is_age(sentence, m):
            continue
        if words and (words[0].lower() in _NON_HUMAN_FIRST or not _is_victim(words, of=True)):
            continue
        add(*m.span(), q, m.group("about") or None, singular=False)
    for pattern in (_SINGLE_PASSIVE_RE, _BARE_PASSIVE_RE, _SINGLE_DIED_RE):
        for m in _scan(pattern, sentence, lowered):
            if _role(m):
                add(*m.span(), Quantity(1, 1, 1), m.group("about"), singular=True)
    for m in [
        *_scan(_ACTIVE_ROLE_RE, sentence, lowered),
        *_scan(_TO_DEATH_ROLE_RE, sentence, lowered),
    ]:
        if _role(m):
            add(*m.span(), Quantity(1, 1, 1), m.group("about"), singular=True)
    for m in _scan(_AND_DIED_RE, sentence, lowered):
        q = victim_count(m.group("qty"))
        if (
            q is not None
            and _role(m)
            and not _YEAR.match(m.group("qty"))
            and not _is_age(sentence, m)
        ):
            add(*m.span(), q, m.group("about"), singular=q.best == 1)
    for pattern in (_ACTIVE_PRONOUN_RE, _PRONOUN_PASSIVE_RE, _HIS_DEATH_RE):
        for m in _scan(pattern, sentence, lowered):
            add(*m.span(), Quantity(1, 1, 1), None, singular=True)
    found.sort(key=lambda f: f.start)
    return found


_BODIES_FOUND_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|have been|had been)\s+)?(?:\w+ly\s+)?"
    r"(?:found|discovered|recovered)\b",
    _FLAGS,
)


def _role(m: re.Match[str]) -> bool:
    """One person named by role: the last word a singular person noun, the rest modifiers."""
    words = m.group("about").split()
    return _is_victim(words[:-1])


def text_before(sentence: str, start: int) -> str:
    """The few words before ``start``, where an attempt or a negation would be."""
    return sentence[max(0, start - 40) : start]


def attempted(before: str) -> bool:
    """The words before a killing make it an attempt: "attempted to", "in a bid to",
    "nearly"."""
    return bool(_ATTEMPT_BEFORE.search(before))


# "leaving the commander wounded": the outcome named after the victim is an injury.
_LEFT_HURT = re.compile(r"^(?:left|leaving)\b", _FLAGS)
_HURT_AFTER = re.compile(
    r"^[^.;,]{0,50}?\b(?:(?P<hurt>wounded|injured|hurt|in critical condition)|dead|killed)\b",
    _FLAGS,
)


def left_hurt(phrase: str, after: str) -> bool:
    """ "Leaving X wounded": a phrase read as a death that the words after make an injury."""
    if not _LEFT_HURT.match(phrase):
        return False
    m = _HURT_AFTER.match(after)
    return bool(m and m.group("hurt"))


def _is_victim(words: list[str], *, of: bool = False) -> bool:
    """Words of a victim phrase: never a figure, a verb of the clause or a stop word.

    With ``of``, a group may be named after the noun ("members of the sect")."""
    for i, w in enumerate(words):
        lw = w.lower().strip("()")
        if of and i > 0 and lw in {"of", "the"}:
            continue
        if lw in _STOP or lw.isdigit() or lw in _CLAUSE_VERBS:
            return False
    return True


_CLAUSE_VERBS = frozenset({"kill", "kills", "killed", "attack", "attacks", "clash", "clashed"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# An attempt is no death: "attempted to kill a commander", "nearly killed a thief".
_ATTEMPT_BEFORE = re.compile(
    r"\b(?:attempt(?:ed|ing|s)?|tr(?:ied|ies|ying|y)|plot(?:ted|ting|s)?|plann?(?:ed|ing|s)?|"
    r"threat(?:en|ened|ens)|vows?|vowed|wants?|wanted|sought|seeks?|fail(?:ed|s)?|seeking|"
    r"aim(?:ed|s)?|bid|order)\s+to\s+(?:\w+\s+)?$|\b(?:nearly|almost)\s+$",
    _FLAGS,
)
# Before a role-noun death only: "nearly killed a thief", "not killed".
_NOT_DONE_BEFORE = re.compile(r"\b(?:nearly|almost|no|not|never)\s+(?:\w+\s+)?$", _FLAGS)


# A coder's figure shared among several events: "coded as 10 and split up between 3
# events", "spread across two locations", "distributed across two days". ACLED divides such
# a total evenly (DESIGN §4: multi-day totals are divided over the days), so each event
# holds its share, rounded down.
_SPLIT_RE = re.compile(
    r"\b(?:split|spread|distributed|divided|coded)\s+(?:up\s+|evenly\s+|equally\s+)?"
    rf"(?:between|among|across|over|into)\s+(?:the\s+)?(?P<n>{NUMBER})\s+"
    r"(?:separate\s+|different\s+)?(?:events|locations|days|areas|places|incidents|villages|"
    r"fronts|frontlines|districts)\b",
    _FLAGS,
)


def shared_among(text: str) -> int | None:
    """How many events the note says its fatalities are split among (2 or more), if any."""
    m = _SPLIT_RE.search(text)
    if m is None:
        return None
    q = parse_quantity(m.group("n"))
    return q.best if q is not None and q.best >= 2 else None


def share(q: Quantity, parts: int) -> Quantity:
    """One event's share of a figure split evenly among ``parts`` events."""
    return Quantity(q.low // parts, q.best // parts, q.high // parts, vague=q.vague)


_PLURAL_PEOPLE = _wordset(
    """
    people persons men women children police others civilians residents villagers youths
    militants fighters soldiers officers troops members herders traders
    """
)
# Words that make a phrase no plain victim item: a subset or a total of another figure.
_NOT_AN_ITEM = re.compile(r"\(|\b(?:including|total|among|of them)\b", _FLAGS)


def is_people(word: str) -> bool:
    """One person or several: "herdsman", "cadres", "Sub-Inspector", "women"."""
    w = word.strip("'’\".,()").split("-")[-1].lower()
    if w in _PLURAL_PEOPLE or w.endswith("men"):
        return True
    if is_person_noun(w):
        return True
    return w.endswith("s") and (is_person_noun(w[:-1]) or is_person_noun(w[:-2]))


def victim_lists(sentence: str) -> list[NoteDeath]:
    """Deaths told as a list of victims: "Two herdsmen and a suspected bandit were killed"
    (3), "killing a woman and her son" (2). Only lists of two or more victims in all."""
    found: list[NoteDeath] = []
    if " and " not in sentence or not _has_death_cue(sentence.lower()):
        return found
    starts = [(_LIST_PASSIVE_RE, m.start()) for m in _LIST_START.finditer(sentence)]
    starts += [(_LIST_ACTIVE_RE, m.start()) for m in _KILL_VERB_RE.finditer(sentence)]
    for pattern, pos in sorted(starts, key=lambda p: p[1]):
        if any(f.start <= pos < f.end for f in found):
            continue
        m = pattern.match(sentence, pos)
        if m is not None:
            total, counted = 0, 0
            items = [_AGE.sub("aged", i) for i in _LIST_SPLIT.split(m.group("list")) if i]
            # "A mother, father and toddler": the first item's "a" serves every bare singular.
            first = _ITEM_HEAD.match(items[0]) if items else None
            shared_det = bool(first and (first.group("det") or "").lower() in {"a", "an"})
            for item in items:
                head = _ITEM_HEAD.match(item)
                words = item.split()
                if head is None and shared_det and len(words) == 1 and is_person_noun(words[0]):
                    total, counted = total + 1, counted + 1
                    continue
                if not is_people(words[-1]) or _NOT_AN_ITEM.search(item):
                    total = -1  # "a school", "(including the attackers": no list of victims
                    break
                if head is None:
                    last = words[-1].lower()
                    if not (last.endswith(("s", "men")) or last in _PLURAL_PEOPLE):
                        total = -1  # a bare singular: not a list of victims
                        break
                    continue  # a bare plural: no number, no count
                if not _is_victim(item[head.end() :].split(), of=True):
                    total = -1
                    break
                q = victim_count(head.group("qty")) if head.group("qty") else Quantity(1, 1, 1)
                if q is None or _YEAR.match(head.group("qty") or ""):
                    total = -1
                    break
                total += q.best
                counted += 1
            # Items each plausible can still add up to no plausible figure.
            plausible = not is_implausible(Quantity(total, total, total))
            if total >= 2 and counted >= 1 and len(items) >= 2 and plausible:
                a, b = m.span()
                if not attempted(text_before(sentence, a)):
                    found.append(
                        NoteDeath(a, b, Quantity(total, total, total), m.group("list"), False)
                    )
    return found


_NEEDS.update(
    {
        id(_COUNT_RE): ("fatalit", "death", "bod", "corpse"),
        id(_BODY_FOUND_RE): ("body",),
        id(_NUMBER_PASSIVE_RE): (*_KILLING_GUN, "die"),
        id(_ACTIVE_NUMBER_RE): _KILLING_GUN,
        id(_SINGLE_PASSIVE_RE): _KILLING_GUN,
        id(_BARE_PASSIVE_RE): _KILLING_GUN,
        id(_SINGLE_DIED_RE): ("died",),
        id(_ACTIVE_ROLE_RE): _KILLING_GUN,
        id(_TO_DEATH_ROLE_RE): ("death",),
        id(_AND_DIED_RE): ("died",),
        id(_ACTIVE_PRONOUN_RE): (" him", " her"),
        id(_PRONOUN_PASSIVE_RE): ("he ", "she "),
        id(_HIS_DEATH_RE): ("death",),
    }
)
