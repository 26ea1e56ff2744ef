"""Victims listed with "and": every person in the list counts, a new clause does not."""

import pytest

from frontlines.nlp.casualties import find_casualties


def figures(sentence: str) -> list[tuple[str, int, str]]:
    found = find_casualties(sentence, [(0, len(sentence))])
    return [(m.field, m.quantity.best, sentence[m.start : m.end]) for m in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Investigators said the man fatally shot his cousin and his roommate on Friday.",
            [("fatalities", 2, "fatally shot his cousin and his roommate")],
        ),
        (
            "A father killed his wife and their three sons before setting the house on fire.",
            [("fatalities", 4, "killed his wife and their three sons")],
        ),
        (
            "Prosecutors say Dale Moss shot his neighbor, Carla, and her 9-year-old son.",
            [("injured", 2, "shot his neighbor, Carla, and her 9-year-old")],
        ),
        (
            "The gunmen killed two soldiers and a driver near the checkpoint.",
            [("fatalities", 3, "killed two soldiers and a driver")],
        ),
        (
            "His aunt and grandmother were shot and killed inside the store.",
            [("fatalities", 2, "His aunt and grandmother were shot and killed")],
        ),
        (
            "A man and woman were found dead in the apartment.",
            [("fatalities", 2, "A man and woman were found dead")],
        ),
        (
            "The intruder killed a young couple and wounded their neighbor.",
            [
                ("fatalities", 2, "killed a young couple"),
                ("injured", 1, "wounded their neighbor"),
            ],
        ),
    ],
)
def test_listed_victims_all_count(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A new clause's subject is no further victim.
        (
            "He killed his wife and his son was taken to a hospital.",
            ("fatalities", 1, "killed his wife"),
        ),
        # A verb after "and" starts another report of its own.
        ("Gunmen killed a farmer and injured his son.", ("fatalities", 1, "killed a farmer")),
        # A bare plural takes no count: the list stops there.
        ("Raiders killed a herder and children fled.", ("fatalities", 1, "killed a herder")),
        # "A couple of" is a vague amount, not a pair of couples.
        ("A couple of men were killed.", ("fatalities", 2, "A couple of men were killed")),
    ],
)
def test_the_list_ends_where_the_victims_do(sentence: str, expected: tuple) -> None:
    assert figures(sentence)[0] == expected
