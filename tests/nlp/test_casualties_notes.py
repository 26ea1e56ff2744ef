"""Deaths in the shapes of short event notes and headlines: sentence → death figures."""

import re

import pytest

from frontlines.nlp.casualties import find_casualties
from frontlines.nlp.casualties_notes import is_person_noun, note_deaths
from frontlines.nlp.numbers import NUMBER


def deaths(sentence: str) -> list[tuple[int, str]]:
    found = find_casualties(sentence, [(0, len(sentence))])
    out = []
    for m in found:
        assert sentence[m.start : m.end]  # offsets index the text
        if m.field == "fatalities":
            out.append((m.quantity.low, sentence[m.start : m.end]))
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A singular role noun after a killing verb, headline style.
        ("Bandits kill trader near the market", [(1, "kill trader")]),
        ("Villagers lynch suspected burglar", [(1, "lynch suspected burglar")]),
        ("Angry mob lynches suspected burglar in Kisii", [(1, "lynches suspected burglar")]),
        (
            "Unknown assailants assassinate local councillor outside his home",
            [(1, "assassinate local councillor")],
        ),
        (
            "Gunmen on a motorbike gunned down a senior prison warden in the town.",
            [(1, "gunned down a senior prison warden")],
        ),
        (
            "Soldiers shot dead wanted militia commander Abel Toro.",
            [(1, "shot dead wanted militia commander Abel Toro")],
        ),
        (
            "Raiders attacked the homestead and killed the owner of the farm.",
            [(1, "killed the owner")],
        ),
        ("The mob cornered the suspect, beating him to death.", [(1, "beating him to death")]),
        ("Police cornered the suspect and shot him dead.", [(1, "shot him dead")]),
        # A role noun before a passive killing verb.
        ("Village chairman killed by unknown attackers", [(1, "Village chairman killed")]),
        (
            "A parish priest was assassinated near the mission.",
            [(1, "A parish priest was assassinated")],
        ),
        (
            "A herder was attacked and killed while grazing his goats.",
            [(1, "A herder was attacked and killed")],
        ),
        (
            "A retired, well-known district officer is shot and killed outside a bar.",
            [(1, "A retired, well-known district officer is shot and killed")],
        ),
        (
            "A village elder from Upper Kiru ward was lynched by a crowd.",
            [(1, "A village elder from Upper Kiru ward was lynched")],
        ),
        (
            'A youth leader is "beaten to death" by a gang.',
            [(1, 'A youth leader is "beaten to death')],
        ),
        ("The carrier of the goods was nearly lynched.", []),
        (
            "Once freed on bail he was attacked and killed by vigilantes.",
            [(1, "he was attacked and killed")],
        ),
        (
            "The girl was hit with a rifle butt, leading to her death.",
            [(1, "leading to her death")],
        ),
        (
            "A watchman was caught in crossfire and died of his wounds.",
            [(1, "A watchman was caught in crossfire and died")],
        ),
        (
            "Villagers stone suspected cattle thief to death",
            [(1, "stone suspected cattle thief to death")],
        ),
        ("Raiders ambush the chief and kill his bodyguard", [(1, "kill his bodyguard")]),
        (
            "A suspected member of the outlawed sect accused of extortion was lynched.",
            [(1, "A suspected member of the outlawed sect accused of extortion was lynched")],
        ),
        (
            "Two nurses abducted and Kenyan driver killed near the border",
            [(1, "Kenyan driver killed")],
        ),
        ("A detainee died in the county prison after a beating.", [(1, "A detainee died")]),
        ("A detainee died of cholera in the camp.", []),
        ("Two people were injured and 1 person died in the hospital.", [(1, "1 person died")]),
        ("The ambush killed between 3 and 5 guards.", [(3, "killed between 3 and 5 guards")]),
        (
            "Three herders were in the early morning hours shot dead near the river.",
            [(3, "Three herders were in the early morning hours shot dead")],
        ),
        (
            "Soldiers shot four smugglers to death at the crossing.",
            [(4, "shot four smugglers to death")],
        ),
        (
            "A crowd lynched and burned two suspected thieves.",
            [(2, "lynched and burned two")],
        ),
        # A number before a noun phrase, no auxiliary.
        (
            "Clashes left homes burnt; 1 fisherman killed and 3 injured.",
            [(1, "1 fisherman killed")],
        ),
        (
            "Six members of the vigilante group killed in an ambush.",
            [(6, "Six members of the vigilante group killed")],
        ),
        ("One speared to death in a dispute over grazing land", [(1, "One speared to death")]),
        # Lists of victims, and numbers after a note's killing verb.
        (
            "Three guards and a cook were killed when the camp was overrun.",
            [(4, "Three guards and a cook were killed")],
        ),
        (
            "The gunmen opened fire, killing a trader and his nephew, and wounding a driver.",
            [(2, "killing a trader and his nephew")],
        ),
        (
            "A 12 year old girl, an elderly man, and a nurse died in the shelling.",
            [(3, "A 12 year old girl, an elderly man, and a nurse died")],
        ),
        (
            "Six soldiers and unnamed militiamen were reportedly killed.",
            [(6, "Six soldiers and unnamed militiamen were reportedly killed")],
        ),
        ("Rangers shoot dead 4 poachers in the park", [(4, "shoot dead 4 poachers")]),
        ("Three porters die in a landslide during the raid", [(3, "Three porters die")]),
        ("The group claimed the death of five in the ambush.", [(5, "death of five")]),
        # Counts with modifiers.
        ("The operation resulted in 4 militant fatalities.", [(4, "4 militant fatalities")]),
        ("Fighting led to 3 rebel and 2 army fatalities.", [(5, "3 rebel and 2 army fatalities")]),
        ("Rival youths fought in the market. One death reported.", [(1, "One death")]),
        ("Two decapitated bodies were found near the river.", [(2, "Two decapitated bodies")]),
        ("Her body was found in a ditch on Monday.", [(1, "Her body was found")]),
        # No count: plural nouns without a number, attempts, animals, active subjects.
        ("Raiders kill villagers and steal cattle", []),
        ("Crowd tries to lynch driver who hit a cyclist", []),
        ("A crowd beat and nearly killed a suspected pickpocket.", []),
        ("The gunmen fled, leaving the guard wounded.", []),
        ("Gunmen attempted to kill a district officer on Monday.", []),
        ("Herders killed camel near the well.", []),
        ("The raid killed livestock.", []),
        ("Gunmen killed a shopkeeper.", [(1, "killed a shopkeeper")]),
        ("No one was killed in the attack.", []),
    ],
)
def test_note_death_table(sentence: str, expected: list[tuple[int, str]]) -> None:
    assert deaths(sentence) == expected


def test_a_stated_figure_keeps_the_note_rules_out() -> None:
    # The general matcher's figure stands; the role noun is not counted again.
    s = "Two people died when gunmen assassinated the local chief."
    assert [q for q, _ in deaths(s)] == [2]


def test_note_deaths_offsets_are_within_the_sentence() -> None:
    s = "Mob kills suspected thief in the estate"
    (d,) = note_deaths(s)
    assert s[d.start : d.end] == "kills suspected thief"
    assert d.singular and d.quantity.best == 1


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("herdsman", True),
        ("shopkeeper", True),
        ("official", True),
        ("Kenyan", True),
        ("rapist", True),
        ("herders", False),
        ("livestock", False),
        ("later", False),
        ("Sudan", False),
        ("police", False),
    ],
)
def test_is_person_noun(word: str, person: bool) -> None:
    assert is_person_noun(word) is person


@pytest.mark.parametrize(
    ("text", "number"),
    [("seventeen", "seventeen"), ("sixty people", "sixty"), ("fourteen", "fourteen")],
)
def test_number_words_end_at_a_word_boundary(text: str, number: str) -> None:
    m = re.match(NUMBER, text)
    assert m is not None and m.group(0) == number


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Rebels were repelled. Unknown fatalities coded as 10 and split between 2 events.", [5]),
        ("Clashes on two fronts killed 9 fighters, spread across three locations.", [3]),
        ("One guard was killed [1 fatality split among 6 events].", []),
        ("Nine soldiers were killed in the ambush.", [9]),
    ],
)
def test_a_figure_split_among_events_keeps_this_events_share(
    text: str, fatalities: list[int]
) -> None:
    found = find_casualties(text, [(0, len(text))])
    assert [m.quantity.low for m in found if m.field == "fatalities"] == fatalities


@pytest.mark.parametrize(
    "sentence",
    [
        "2,000,000 tribesmen killed and 3 injured",
        "Police shoot dead 900,000 bandits",
        "Six hundred thousand rebel fatalities",
        "500,000 herdsmen and a suspected bandit were killed",
    ],
)
def test_note_shapes_take_no_implausible_figure(sentence: str) -> None:
    assert all(d.quantity.high <= 100_000 for d in note_deaths(sentence))
