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
            "He is accused of killing 30-year-old Dana Wirth and her 5-year-old son.",
            [("fatalities", 2, "killing 30-year-old Dana Wirth and her 5-year-old")],
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


def named(sentence: str, names: list[str]) -> list[tuple[str, int, str]]:
    persons = [(sentence.index(n), sentence.index(n) + len(n)) for n in names]
    found = find_casualties(sentence, [(0, len(sentence))], persons=persons)
    return [(m.field, m.quantity.best, sentence[m.start : m.end]) for m in found]


@pytest.mark.parametrize(
    ("sentence", "names", "expected"),
    [
        (
            "Deputies said Rosa Lind and Omar Fitch were killed in the crash of gunfire.",
            ["Rosa Lind", "Omar Fitch"],
            [("fatalities", 2, "Rosa Lind and Omar Fitch were killed")],
        ),
        (
            "Tad Horn, 20, and Lee Park, 17, were gunned down outside the party.",
            ["Tad Horn", "Lee Park"],
            [("fatalities", 2, "Tad Horn, 20, and Lee Park, 17, were gunned down")],
        ),
        (
            "Ada Bell, Joe Kim and Sam Ortiz were wounded.",
            ["Ada Bell", "Joe Kim", "Sam Ortiz"],
            [("injured", 3, "Ada Bell, Joe Kim and Sam Ortiz were wounded")],
        ),
        # A photo credit before a name is no list: the last link must be "and".
        (
            "Photo by Max Dee, Ray Cole, 8, died on Sunday.",
            ["Max Dee", "Ray Cole"],
            [("fatalities", 1, "Ray Cole, 8, died")],
        ),
        # Firing into a house hits no one by itself.
        ("Dale Moss, 18, shot into the house on Elm Street.", ["Dale Moss"], []),
    ],
)
def test_names_listed_before_a_passive_verb(sentence: str, names: list, expected: list) -> None:
    assert named(sentence, names) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "All four family members appear to have died from gunshot wounds.",
            [("fatalities", 4, "four family members appear to have died")],
        ),
        (
            "Three others were treated for gunshot wounds at a local hospital.",
            [("injured", 3, "Three others were treated for gunshot wounds")],
        ),
        (
            "Two men sustained gunshot wounds in the attack.",
            [("injured", 2, "Two men sustained gunshot wounds")],
        ),
    ],
)
def test_more_ways_to_say_killed_or_hurt(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Detectives want help with the wounding of three men outside a diner.",
            [("injured", 3, False, "wounding of three men")],
        ),
        (
            "Police are investigating the shooting of two teenagers on Elm Street.",
            [("injured", 2, True, "shooting of two teenagers")],
        ),
        # "The shooting of a man" names the crime; it is no count.
        ("He was charged in the shooting of a man.", []),
        (
            "Six victims were rushed to area hospitals.",
            [("injured", 6, True, "Six victims were rushed to area hospitals")],
        ),
    ],
)
def test_hurt_named_by_a_noun_or_a_hospital_trip(sentence: str, expected: list) -> None:
    found = find_casualties(sentence, [(0, len(sentence))])
    assert [
        (m.field, m.quantity.best, m.weak, sentence[m.start : m.end]) for m in found
    ] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A total told of the dead already counts the attacker of a murder-suicide.
        (
            "Police said three people were killed in an apparent murder-suicide.",
            [("fatalities", 3, "three people were killed")],
        ),
        # An active verb's victims do not: the attacker is one more.
        (
            "He shot his wife in a murder-suicide, police said.",
            [("fatalities", 1, "shot his wife"), ("fatalities", 1, "murder-suicide")],
        ),
        # Neither do victims killed by an agent.
        (
            "Two boys killed by their father in a murder-suicide were buried on Friday.",
            [("fatalities", 2, "Two boys killed"), ("fatalities", 1, "murder-suicide")],
        ),
        (
            "A young couple and their baby were killed in the house.",
            [("fatalities", 3, "A young couple and their baby were killed")],
        ),
    ],
)
def test_murder_suicide_and_pairs(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("A man, two women and a small boy were killed Saturday, police said.", 4),
        ("A mother, father and toddler were found dead on Sunday.", 3),
    ],
)
def test_lists_after_one_determiner(sentence: str, total: int) -> None:
    assert [f[1] for f in figures(sentence) if f[0] == "fatalities"] == [total]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A possessive before a plural is at least two.
        (
            "Police said he killed his sons before fleeing.",
            [("fatalities", 2, "killed his sons")],
        ),
        # A negated verb is no figure; a negation in a clause before it is no negation of it.
        ("Her friends who saw the shooting were not injured.", []),
        ("Neither of the other children sustained injuries.", []),
        ("Neither child was hurt in the shooting.", []),
        # What could have happened, or was about to, did not.
        ("The teenager said he could've easily died that night.", []),
        ("She would've been killed if the bullet had gone an inch lower.", []),
        ("The man was going to kill his wife and children, the sheriff said.", []),
        (
            "Police said the gunman was going to a store when he shot and killed two men.",
            [("fatalities", 2, "killed two men")],
        ),
        (
            "The boy, who was not identified, was fatally shot.",
            [("fatalities", 1, "The boy, who was not identified, was fatally shot")],
        ),
    ],
)
def test_possessive_plurals_and_negated_verbs(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Five men were shot -- three of them fatally -- on Wednesday.",
        "Five men were shot — three fatally — on Wednesday.",
    ],
)
def test_the_fatal_part_after_a_dash(sentence: str) -> None:
    assert [(f[0], f[1]) for f in figures(sentence)] == [("fatalities", 3), ("injured", 2)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police could not say if the man had died.",
        "It was unclear whether anyone was hurt in the blast.",
        "Police are investigating whether two men were wounded in the shooting.",
    ],
)
def test_uncertain_outcomes_are_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Image 7 of 14 A teenager died after being shot at a birthday party.",
            [("fatalities", 1, "A teenager died")],
        ),
        ("Photo 2 of 5 Two men were killed on Sunday.", [("fatalities", 2, "Two men were killed")]),
    ],
)
def test_a_photo_gallery_counter_is_no_count(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The man was taken by ambulance to a hospital in the city.",
            [("injured", 1, "The man was taken by ambulance to a hospital")],
        ),
        (
            "The injured child was brought to the hospital by her parents.",
            [("injured", 1, "The injured child was brought to the hospital")],
        ),
    ],
)
def test_taken_to_hospital_by_ambulance(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected
