"""Full-article shooting news: outcomes told without a count, and shapes that are no harm."""

import pytest

from frontlines.nlp.casualties import find_casualties
from frontlines.nlp.outcome_cues import outcome_cues


def figures(sentence: str) -> list[tuple[str, int, bool, bool]]:
    found = find_casualties(sentence, [(0, len(sentence))])
    for m in found:
        assert sentence[m.start : m.end]  # offsets index the text
    return [(m.field, m.quantity.best, m.singular, m.weak) for m in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A death told without a subject count: one victim, singular (yields to counts).
        ("He died at the hospital two days later.", [("fatalities", 1, True, False)]),
        ("Paramedics worked on her, but she didn't make it.", [("fatalities", 1, True, False)]),
        (
            "Detectives are investigating the fatal shooting on Elm Street.",
            [("fatalities", 1, True, False)],
        ),
        (
            "A neighbor was charged in the shooting death of 19-year-old Dana Cole.",
            [("fatalities", 1, True, False)],
        ),
        (
            "The juvenile was pronounced dead by the doctor on duty.",
            [("fatalities", 1, True, False)],
        ),
        (
            "The bullet struck Ray Dunn in the chest, killing him.",
            [("fatalities", 1, True, False)],
        ),
        ("Neighbors gathered as news of Dunn's death spread.", [("fatalities", 1, True, False)]),
        ("The medical examiner ruled the death a homicide.", [("fatalities", 1, True, False)]),
        # Survivors by their condition; harm that may have been fatal is weak.
        (
            "She was listed in stable condition on Sunday morning.",
            [("injured", 1, True, False)],
        ),
        ("He was treated and released the same night.", [("injured", 1, True, False)]),
        ("The boy arrived with a gunshot wound to the arm.", [("injured", 1, True, True)]),
        # A counted subject right before an injury cue gives the figure.
        (
            "Three other teens, ages 15 to 17, sustained non-life-threatening injuries.",
            [("injured", 3, False, False)],
        ),
        # Single victims in police language.
        ("A deputy was shot in the arm during the chase.", [("injured", 1, True, True)]),
        ("A teenager was accidentally shot while hunting.", [("injured", 1, True, True)]),
        (
            "A 30-year-old male was taken to a local hospital by friends.",
            [("injured", 1, True, True)],
        ),
        # The sentence's own figure wins over a cue.
        (
            "Two men were shot and killed outside the bar and died at the scene.",
            [("fatalities", 2, False, False)],
        ),
        # Not harm, or not this victim.
        ("No one died in the crash.", []),
        ("He said he could have died that night.", []),
        ("The round left a hole in the bathroom door.", []),
        # The shooter before a pronoun object is no victim: one hurt, not two.
        (
            "Her son accidentally shot her, and she was treated and released.",
            [("injured", 1, True, False)],
        ),
        ("Police believe the 4-year-old was shooting himself in the foot by accident.", []),
    ],
)
def test_outcome_table(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


def test_a_counted_subject_across_a_verb_of_saying_is_not_the_victim() -> None:
    s = "Two friends told deputies the victim had a gunshot wound to the leg."
    assert figures(s) == [("injured", 1, True, True)]


def test_cues_keep_sentence_offsets() -> None:
    s = "Officers found him in critical condition; he died in surgery."
    for cue in outcome_cues(s):
        assert s[cue.start : cue.end] in {"died", "in critical condition"}


def test_left_counts_only_with_an_outcome() -> None:
    assert figures("The gunfire left a man dead on the porch.")[0][:2] == ("fatalities", 1)
    assert figures("The attack left a woman critically injured.")[0][:2] == ("injured", 1)


def test_one_of_the_hurt_has_died() -> None:
    s = "One of the four teenagers wounded in the park shooting has died, police said."
    found = find_casualties(s, [(0, len(s))])
    assert [(m.field, m.quantity.best, m.toll_update) for m in found] == [
        ("fatalities", 1, False),
        ("injured", 3, True),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "left N with wounds / injuries" is a count of the hurt.
        ("The gunfire left five people with gunshot wounds.", [("injured", 5)]),
        ("An argument outside the bar left two men with injuries.", [("injured", 2)]),
        ("The shooting left 3 teenagers with wounds to the legs.", [("injured", 3)]),
        # "left N" followed by anything else is no harm.
        ("The storm left forty families with nowhere to sleep.", []),
        ("The driver left two passengers in the car.", []),
    ],
)
def test_left_with_wounds(sentence: str, expected: list) -> None:
    assert [f[:2] for f in figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The death belongs to another person named in between: the shot man stays hurt.
        (
            "Deputies found a 40-year-old who had been shot in the arm and a boy who had died.",
            [("injured", 1, True, True), ("fatalities", 1, True, False)],
        ),
        # The victim's own later death still upgrades the shooting.
        ("A man was shot and later died at the hospital.", [("fatalities", 1, True, False)]),
    ],
)
def test_a_later_death_is_the_victims_own(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected
