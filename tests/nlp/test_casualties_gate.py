"""The word pre-checks before each casualty pattern skip only patterns that cannot match:
the figures found are the same with every pattern run on every sentence."""

from __future__ import annotations

import pytest

from frontlines.nlp import casualties
from frontlines.nlp import casualties_patterns as patterns
from frontlines.nlp.casualties import find_casualties

SENTENCES = [
    "Officials said 12 militants were killed and seven soldiers wounded in the raid.",
    "Two men were shot, one fatally, outside a bar on Main Street late Friday.",
    "One of the four people taken to the hospital has since died, police said.",
    "A family of five was found dead inside the burned house.",
    "The blast sent nine people to the hospital and left three others in critical condition.",
    "The shooting death of a 3-year-old boy shocked the neighbourhood.",
    "Gunmen shot dead a local chief and his driver near the market.",
    "Police said the gunman killed his wife before turning the gun on himself.",
    "Jenkins died at the scene; he was pronounced dead by paramedics.",
    "She succumbed to her wounds two days later.",
    "The death toll rose to 14 on Sunday.",
    "Fatalities were coded as 10 and split between 2 events.",
    "Police recovered the bodies of three women near the river.",
    "The victim was hit by a stray bullet while sitting on her porch.",
    "A mob beat two suspected thieves to death in the village.",
    "Three traders and two drivers lost their lives in the ambush.",
    "Protesters marched through the city centre on Saturday afternoon.",
    "The council approved the new budget after a long debate.",
    "A 24-year-old man was treated for non-life-threatening injuries.",
    "The attack claimed the lives of six villagers, officials said.",
    "He left the house at noon and drove to the station.",
]


def _all_patterns_run(monkeypatch: pytest.MonkeyPatch) -> None:
    # The empty string is in every sentence: every pattern runs everywhere.
    monkeypatch.setattr(casualties, "HARM_WORDS", ("",))
    monkeypatch.setattr(casualties, "NEEDS", {k: frozenset({""}) for k in patterns.NEEDS})


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_gate_changes_no_figure(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = find_casualties(sentence, [(0, len(sentence))])
    _all_patterns_run(monkeypatch)
    assert find_casualties(sentence, [(0, len(sentence))]) == gated


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_match_has_a_word_its_pattern_needs(sentence: str) -> None:
    lowered = sentence.lower()
    for pattern, words in patterns._NEEDS.items():
        if any(True for _ in pattern.finditer(sentence)):
            assert any(w in lowered for w in words), pattern.pattern[:60]


def test_a_sentence_without_harm_words_skips_the_battery() -> None:
    assert not any(w in "the council approved the budget" for w in patterns.HARM_WORDS)
    assert find_casualties("The council approved the budget.", [(0, 31)]) == []
