"""One victim's outcome told without a count: "died at the hospital", "a fatal shooting",
"is in stable condition", "was treated and released".

Full news articles about a shooting often never state a figure: the victim is named or
described in one sentence and the outcome comes in another ("Hicks was shot on Friday …
He died at the hospital"). These cues give such a sentence one victim. They are only a
fallback: ``nlp.casualties`` adds a cue to a sentence that reports no figure of that kind,
and ``extract.tolls`` lets single-victim reports count only when no figure is stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class OutcomeCue:
    field: str  # "fatalities" | "injured"
    start: int  # offsets in the sentence
    end: int
    weak: bool  # said of the dead as well as the hurt ("in critical condition")


# A death of someone, told without a count.
_DEATH_CUE = re.compile(
    r"\b(?:(?:fatal|deadly)\s+(?:accidental\s+)?(?:shooting|stabbing|shootout|gunfight|"
    r"hunting accident)"
    r"|(?:shooting|stabbing|gunshot)\s+death"
    r"|pronounced\s+(?:\w+\s+)?(?:dead|deceased)"
    # A death of illness or old age is no one's violence ("died of cholera in the camp").
    r"|(?:died|dies|passed\s+away|succumbed)(?!\s+(?:of|from|to)\s+(?:the\s+)?(?:covid|"
    r"coronavirus|illness|disease|natural|an\s+illness|a\s+heart|cancer|hunger|starvation|"
    r"cholera|old\s+age))"
    r"|did\s+not\s+(?:survive|make\s+it)|didn['’]t\s+(?:survive|make\s+it)"
    r"|(?:was|were)\s+found\s+dead"
    r"|(?:was|were|been)\s+(?:\w+ly\s+)?(?:killed|slain|murdered)"
    r"|fatally\s+(?:shot|wounded|injured|struck|hit)"
    r"|shot\s+(?:and\s+killed|dead|to\s+death)"
    r"|homicide\s+victim"
    r"|claimed\s+(?:the|his|her)\s+life"
    # "the death of Kenneth Mills", "the killing of 16-year-old …": a name or an age.
    r"|(?:death|murder|killing|slaying)\s+of\s+(?=(?-i:[A-Z])|\d)"
    r"|(?:his|her)\s+(?:death|killing|murder|slaying)"
    # "struck him in the chest, killing him", "Rollins' death", "ruled a homicide".
    r"|(?:killing|killed)\s+(?:him|her)(?!\w)"
    r"|(?-i:[A-Z])[\w-]+(?:['’]s|s['’])\s+(?:shooting\s+)?death"
    r"|ruled\s+(?:(?:the|his|her)\s+death\s+)?(?:a\s+)?homicide"
    r"|the\s+slain\s+\w+)\b",
    _FLAGS,
)
# Survivors: the condition of someone alive.
_HURT_CUE = re.compile(
    r"\b(?:non[- ]life[- ]threatening|not\s+life[- ]threatening"
    r"|in\s+(?:stable|fair|good|satisfactory)\s+condition"
    r"|expected\s+to\s+(?:survive|recover|be\s+ok(?:ay)?)"
    r"|treated\s+and\s+released|treated\s+for\s+(?:\w+\s+)?(?:wounds?|injur(?:y|ies))"
    r"|(?:minor|superficial|serious)\s+(?:gunshot\s+)?(?:injur(?:y|ies)|wounds?)"
    r"|grazed|recovering|released\s+from\s+(?:the\s+)?hospital"
    r"|(?:was|were|is|been)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt))\b",
    _FLAGS,
)
# Harm that may have been fatal: "in critical condition", "a gunshot wound to the chest".
_HARM_CUE = re.compile(
    r"\b(?:in\s+(?:critical|grave|serious)\s+condition"
    r"|life[- ]threatening\s+(?:injur(?:y|ies)|wounds?)"
    r"|(?:gunshot|bullet)\s+wounds?"
    r"|shot\s+(?:him|her)self"
    r"|shot\s+in\s+the\s+(?:\w+\s+)?(?:head|face|chest|back|leg|legs|arm|arms|hand|foot|"
    r"shoulder|stomach|abdomen|neck|thigh|hip|buttocks|torso|side|knee|ankle|wrist|eye))\b",
    _FLAGS,
)
# The outcome did not happen: "no one died", "could have been killed", "nearly died".
_NOT_BEFORE = re.compile(
    r"\b(?:no|not|never|neither|nor|nobody|none|nearly|almost|could|would|might|may|if|whether|"
    r"(?:could|would|might|should|must)['’]ve|going to|"
    r"attempted|threatened|risk|afraid|fear(?:ed|s)?|wants?|wanted|will|without|"
    r"n['’]t)\s+(?:\w+\s+){0,3}$",
    _FLAGS,
)


# The words each cue pattern needs (stems of its alternatives), tested as plain substrings
# before the regex runs: most sentences tell no outcome.
_DEATH_WORDS = (
    "fatal", "deadly", "death", "pronounced", "died", "dies", "passed", "succumb", "survive",
    "make", "dead", "killed", "slain", "murder", "homicide", "claimed", "killing", "slaying",
)  # fmt: skip
_HURT_WORDS = (
    "threatening", "condition", "expected", "treated", "injur", "wound", "grazed",
    "recovering", "released", "hurt",
)  # fmt: skip
_HARM_WORDS = ("condition", "threatening", "wound", "shot")


def outcome_cues(sentence: str) -> list[OutcomeCue]:
    """The first death cue and the first harm cue of a sentence, in sentence offsets."""
    out: list[OutcomeCue] = []
    lowered = sentence.lower()
    for field, pattern, weak, needs in (
        ("fatalities", _DEATH_CUE, False, _DEATH_WORDS),
        ("injured", _HURT_CUE, False, _HURT_WORDS),
        ("injured", _HARM_CUE, True, _HARM_WORDS),
    ):
        if any(c.field == field for c in out) or not any(w in lowered for w in needs):
            continue
        for m in pattern.finditer(sentence):
            if _NOT_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()]):
                continue
            out.append(OutcomeCue(field, m.start(), m.end(), weak))
            break
    return out
