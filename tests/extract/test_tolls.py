"""Reconciling figures: breakdowns are not additions, repeats count once, disagreements range."""

import pytest

from frontlines.domain import Range
from frontlines.extract.tolls import reconcile, resolve_weak
from frontlines.nlp.casualties import find_casualties


def toll(text: str, field: str) -> Range:
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append((start, start + len(part)))
        start += len(part) + 2
    return reconcile(find_casualties(text, sentences), field)


def _sourced_toll(text: str, said_by: list[str | None], field: str = "fatalities") -> Range:
    """``text``'s ``field``, sentence i stated by ``said_by[i]`` (None: the article)."""
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append((start, start + len(part)))
        start += len(part) + 2
    sources = {s: who for (s, _), who in zip(sentences, said_by, strict=True) if who}
    return reconcile(find_casualties(text, sentences), field, sources=sources)


def test_breakdown_explains_the_total_rather_than_adding_to_it() -> None:
    text = (
        "Seven soldiers were injured in the operation. "
        "Five soldiers were wounded in the fighting while two others were hurt in falls."
    )
    assert toll(text, "injured") == Range(7, 7, 7)


def test_repeated_figure_counts_once() -> None:
    text = "12 fighters were killed in the raid. The army said 12 fighters were killed."
    assert toll(text, "fatalities") == Range(12, 12, 12)


def test_disagreeing_sources_give_a_range_with_the_lowest_as_low() -> None:
    text = "The ministry said 9 civilians were killed. A hospital said 14 civilians were killed."
    assert toll(text, "fatalities") == Range(9, 9, 14)


def test_different_victims_add_up() -> None:
    text = "Ten rebels were killed in the clash. Three soldiers were killed as well."
    assert toll(text, "fatalities") == Range(13, 13, 13)


def test_toll_update_becomes_best() -> None:
    # The article's own earlier figure is superseded, not a conflicting report: ACLED's
    # lowest credible figure is the updated toll.
    text = "Four people were killed in the blast. The death toll rose to 9 on Sunday."
    assert toll(text, "fatalities") == Range(9, 9, 9)


def test_never_mentioned_is_null_not_zero() -> None:
    assert toll("Protesters marched through the city.", "injured") == Range(None, None, None)


def test_a_roundup_tally_is_not_the_incident_toll() -> None:
    text = (
        "A man was killed and four others were wounded at a party on Main Street. "
        "At least 17 people were wounded in separate shootings across the city"
    )
    assert toll(text, "injured") == Range(4, 4, 4)
    assert toll(text, "fatalities") == Range(1, 1, 1)


def test_on_a_tie_the_earliest_report_is_best_and_the_lowest_is_low() -> None:
    # Police's smaller figure disputes the article's: the lowest credible one is low.
    text = "Five people were wounded in the attack. Police said three people were wounded"
    assert _sourced_toll(text, [None, "Police"], "injured") == Range(3, 5, 5)


def _resolved(text: str, field: str) -> Range:
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append((start, start + len(part)))
        start += len(part) + 2
    return reconcile(resolve_weak(find_casualties(text, sentences), text=text), field)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # One victim, hurt and then dead: killed, not injured as well.
        (
            "A 6-year-old boy was critically injured in a shooting on Friday. "
            "The boy died at the hospital on Sunday",
            1,
            None,
        ),
        # "Another" names a second victim, who stays injured.
        (
            "A man was shot and killed outside the store. "
            "Another man was wounded and is in stable condition",
            1,
            1,
        ),
        # Both in one sentence: two victims.
        ("A woman was killed in the shooting and a man was wounded", 1, 1),
        # A stated count of injured is never taken by the one death.
        (
            "A man died at the scene. Police said three people were wounded in the shooting",
            1,
            3,
        ),
    ],
)
def test_one_death_takes_the_same_victims_injury(
    text: str, killed: int, injured: int | None
) -> None:
    assert _resolved(text, "fatalities").best == killed
    assert _resolved(text, "injured").best == injured


def test_uncounted_outcomes_yield_to_a_stated_figure() -> None:
    text = "Four people were shot and killed at the party. One victim died at the hospital"
    assert _resolved(text, "fatalities") == Range(4, 4, 4)


def test_victims_one_by_one_and_the_attacker_yield_to_a_stated_total() -> None:
    text = (
        "Police found three people dead in the house. "
        "The man killed his wife before shooting himself"
    )
    assert _resolved(text, "fatalities") == Range(3, 3, 3)


def test_the_attackers_own_death_does_not_silence_the_victim_described_alone() -> None:
    text = "A man killed a woman in the kitchen. He then killed himself"
    assert _resolved(text, "fatalities").best == 2


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # A lower bound agrees with a higher firm figure.
        ("A shooting left three people dead. At least two died at the scene.", 3),
        ("Gunmen killed at least one person. Two people were killed in the raid.", 2),
        # Only lower bounds: the lowest still stands.
        ("At least four people were killed. At least six were killed, medics said.", 4),
        # Two firm figures disagree: the lowest credible one, as ever.
        ("Three people were killed. Two people were killed, police said.", 2),
    ],
)
def test_a_lower_bound_does_not_deny_a_higher_figure(text: str, low: int) -> None:
    # The second sentence of each row is stated by another source than the first.
    assert _sourced_toll(text.rstrip("."), [None, "medics"], "fatalities").low == low


def test_the_attacker_is_a_side_of_his_own() -> None:
    # "Both died" is about the children, no alternative to the children plus the attacker.
    text = "A retired officer killed his two children and himself. Both died at the scene."
    assert toll(text, "fatalities").low == 3


def test_victims_of_no_stated_side_and_the_attacker_stay_one_total() -> None:
    text = (
        "A man killed his 4-year-old and then himself. "
        "He fatally shot his son before killing himself."
    )
    assert toll(text, "fatalities").low == 2


@pytest.mark.parametrize(
    ("said_by", "expected"),
    [
        # The article's own smaller figure is a part of its telling: no dispute.
        ([None, None], Range(4, 4, 4)),
        # The same source giving a part of its own figure: no dispute either.
        (["police", "police"], Range(4, 4, 4)),
        # Another source's smaller figure is a conflicting report: the low end drops.
        (["the coroner", "police"], Range(3, 4, 4)),
    ],
)
def test_only_a_conflicting_report_lowers_the_low_end(
    said_by: list[str | None], expected: Range
) -> None:
    text = "Four people were killed in the shooting. Three people were killed at the scene"
    assert _sourced_toll(text, said_by) == expected


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # Someone else, hurt: the subject or the verb says so.
        ("A teen was shot and killed at the park. Another teen, also 15, was shot in the foot", 1),
        ("A man was killed in the shooting. A second man was shot in the arm", 1),
        ("A woman died at the scene. Her brother was also shot, police said", 1),
        ("Two girls died. Their mother was flown to a hospital with serious injuries", 1),
        # The one shot is the one who died: no one else is hurt.
        ("A teen was shot in the chest. He died at the hospital", 0),
        ("A boy accidentally shot another boy in the chest, killing him", 0),
        ("Ryan Cole died at the hospital. Police say another teen accidentally shot Cole", 0),
    ],
)
def test_a_single_victim_shot_beside_a_death_is_hurt_only_when_someone_else(
    text: str, injured: int
) -> None:
    assert (_resolved(text, "injured").best or 0) == injured
