"""Casualty statements as a table: sentence → (field, low, best, high, side) per figure."""

import pytest

from frontlines.nlp.casualties import find_casualties


def figures(sentence: str, persons=()):
    found = find_casualties(sentence, [(0, len(sentence))], persons=persons)
    for m in found:
        assert sentence[m.start : m.end]  # offsets index the text
    return [(m.field, m.quantity.low, m.quantity.best, m.quantity.high, m.side) for m in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials said 12 ISIL (ISIS) fighters were killed in the raid.",
            [("fatalities", 12, 12, 12, "armed")],
        ),
        ("Nine Malian soldiers were wounded near the border.", [("injured", 9, 9, 9, "state")]),
        (
            "Four police officers were wounded while two others were hurt in the stampede.",
            [("injured", 4, 4, 4, "state"), ("injured", 2, 2, 2, "unspecified")],
        ),
        (
            "The gunmen killed three villagers and injured five more people.",
            [("fatalities", 3, 3, 3, "civilian"), ("injured", 5, 5, 5, "unspecified")],
        ),
        (
            "A farmer and his wife were killed by the raiders.",
            [("fatalities", 2, 2, 2, "civilian")],
        ),
        (
            "Three Ghanaian traders and two Togolese drivers died in the attack.",
            [("fatalities", 3, 3, 3, "civilian"), ("fatalities", 2, 2, 2, "civilian")],
        ),
        ("The death toll rose to 21 on Tuesday.", [("fatalities", 21, 21, 21, "unspecified")]),
        ("The clash left 4 dead.", [("fatalities", 4, 4, 4, "unspecified")]),
        ("Militias killed 6-8 residents overnight.", [("fatalities", 6, 6, 8, "civilian")]),
        ("Dozens of protesters were injured.", [("injured", 12, 24, 99, "civilian")]),
        (
            "Security forces shot dead a student near the campus.",
            [("fatalities", 1, 1, 1, "civilian")],
        ),
        ("2 fatalities.", [("fatalities", 2, 2, 2, "unspecified")]),
        ("Seven cattle rustlers were shot dead by the police.", [("fatalities", 7, 7, 7, "armed")]),
        (
            "Two suspected thieves were stoned to death by villagers.",
            [("fatalities", 2, 2, 2, "unspecified")],
        ),
        (
            "Clashes continued. Unknown fatalities coded as 10.",
            [("fatalities", 10, 10, 10, "unspecified")],
        ),
        ("Mob lynches man suspected of stealing a phone", [("fatalities", 1, 1, 1, "civilian")]),
        (
            "A councillor and his wife were shot dead by gunmen.",
            [("fatalities", 2, 2, 2, "civilian")],
        ),
        (
            "Four people were found shot dead in the house.",
            [("fatalities", 4, 4, 4, "unspecified")],
        ),
        (
            "Seven people were shot at the party, two fatally.",
            [("fatalities", 2, 2, 2, "unspecified"), ("injured", 5, 5, 5, "unspecified")],
        ),
        ("He was taken to a hospital, where he died.", [("fatalities", 1, 1, 1, "unspecified")]),
        (
            "A 3-year-old boy died after accidentally shooting himself.",
            [("fatalities", 1, 1, 1, "civilian")],
        ),
        (
            "A man shot his wife before shooting himself.",
            [("injured", 1, 1, 1, "civilian"), ("fatalities", 1, 1, 1, "armed")],
        ),
        (
            "The second of two victims fatally shot at a car wash was identified.",
            [("fatalities", 2, 2, 2, "civilian")],
        ),
        ("Two men were fatally shot overnight.", [("fatalities", 2, 2, 2, "civilian")]),
        (
            "One victim was pronounced deceased at the hospital.",
            [("fatalities", 1, 1, 1, "civilian")],
        ),
        (
            "Police say a man shot an 8-year-old boy and then himself in a murder-suicide.",
            [("fatalities", 1, 1, 1, "unspecified"), ("fatalities", 1, 1, 1, "armed")],
        ),
        (
            "Hicks died from a gunshot wound to his head on June 5.",
            [("fatalities", 1, 1, 1, "civilian")],
        ),
        (
            "The child, identified by relatives as Jenna, died at the hospital.",
            [("fatalities", 1, 1, 1, "civilian")],
        ),
        # Not casualty counts.
        ("No one was killed in the blast.", []),
        ("The march lasted 15 minutes.", []),
        ("Officers responding to a 911 call found the car empty.", []),
        ("Raiders took 300 goats and burned 20 houses.", []),
    ],
)
def test_casualty_table(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


def test_named_victims_count_one_each() -> None:
    s = "He opened fire, killing Maria Lopez and injuring Tom Reed and Ann Cole."
    persons = [(s.index(n), s.index(n) + len(n)) for n in ("Maria Lopez", "Tom Reed", "Ann Cole")]
    assert [(f, b) for f, _, b, _, _ in figures(s, persons)] == [("fatalities", 1), ("injured", 2)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The subject of an active verb is the killer, not a second victim.
        (
            "A boy accidentally shot and killed his sister at their home.",
            [("fatalities", 1, 1, 1, "civilian")],
        ),
        ("A driver and her husband were killed.", [("fatalities", 2, 2, 2, "civilian")]),
        # An age is one word, never "2" and "4-year-old"; as a determiner it is one victim.
        ("The gunfire killed 24-year-old Dana Price.", [("fatalities", 1, 1, 1, "unspecified")]),
        ("A stray round injured 11-year-old boy.", [("injured", 1, 1, 1, "unspecified")]),
        ("The gunfire killed 24 people.", [("fatalities", 24, 24, 24, "unspecified")]),
        # "to death" a few words on is the outcome, not a weak "shot".
        (
            "A boy shot his 6-year-old cousin to death at home.",
            [("fatalities", 1, 1, 1, "civilian")],
        ),
        # Family plurals are victims; "his parents" are two.
        (
            "A woman killed her two daughters before killing herself.",
            [("fatalities", 2, 2, 2, "civilian"), ("fatalities", 1, 1, 1, "armed")],
        ),
        ("A man shot and killed his parents.", [("fatalities", 2, 2, 2, "civilian")]),
        # "some" before one person is no count.
        ("It was not just some man killed, it was my son.", []),
        ("Some people were killed.", [("fatalities", 3, 3, 9, "unspecified")]),
    ],
)
def test_subjects_ages_and_some(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


def test_no_statement_runs_across_a_blank_line() -> None:
    # One unsplit "sentence": a line ending in a vague word, a paragraph the pre-filter
    # blanked into spaces, and the next paragraph. The vague word is no count of the
    # wounded below, and the whitespace run costs nothing.
    text = (
        "Officers answered a report of several\n\n"
        + " " * 400
        + "\n\n"
        + "Two men were wounded outside the store."
    )
    found = find_casualties(text, [(0, len(text))])
    assert [(m.field, m.quantity.best, text[m.start : m.end]) for m in found] == [
        ("injured", 2, "Two men were wounded")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said 1,000,000,000 people were killed in an air strike on Monday.",
        "Two billion residents and a soldier were killed.",
    ],
)
def test_no_shape_takes_an_implausible_figure(sentence: str) -> None:
    found = find_casualties(sentence, [(0, len(sentence))])
    assert all(m.quantity.high < 1_000_000 for m in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "1,000,000,000 people were killed in the blast.",
        "Rebels killed 5,000,000 villagers, and he died.",
        "Officials said 2,000,000 were wounded and hospitalized.",
        "The gunman shot 3,000,000 people, one fatally.",
    ],
)
def test_an_implausible_figure_gives_no_figure(sentence: str) -> None:
    # Not even the one victim an uncounted outcome ("died", "hospitalized") would give.
    assert find_casualties(sentence, [(0, len(sentence))]) == []
