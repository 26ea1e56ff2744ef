"""The article's main event, and its figures, in full shooting news (real pipeline: slow)."""

from datetime import date

import pytest

from frontlines.domain import Article

pytestmark = pytest.mark.slow

FOLLOW_UP = (
    "Deputies arrested a third man on Thursday in connection with a shooting at a house party. "
    "He is expected to recover, a spokesman said. "
    "On Saturday night, five people were wounded when gunfire broke out at the party on "
    "Maple Street. "
    "All five were taken to hospitals."
)
ONE_VICTIM = (
    "A 7-year-old boy was critically injured in a shooting at a home on Friday, police said. "
    "The boy was taken to a children's hospital. "
    "He died on Sunday, a hospital spokeswoman said."
)


def test_an_event_with_a_stated_figure_is_main_over_an_uncounted_outcome(extractor) -> None:
    article = Article(id="t-follow-up", text=FOLLOW_UP, published=date(2023, 6, 8))
    main = [e for e in extractor.extract(article) if e.main]
    assert len(main) == 1
    assert main[0].injured_range.best == 5


def test_the_hurt_victim_who_died_is_killed_not_injured(extractor) -> None:
    article = Article(id="t-one-victim", text=ONE_VICTIM, published=date(2023, 6, 5))
    (main,) = [e for e in extractor.extract(article) if e.main]
    assert main.fatalities == 1
    assert not main.injured_range.best
    for claim in main.claims:
        assert ONE_VICTIM[claim.start : claim.end] == claim.quote


def test_a_named_victims_later_death_counts_for_the_lede(extractor) -> None:
    text = (
        "Deputies found a teenage boy with a gunshot wound at a home on Friday night. "
        "He was flown to a trauma center in critical condition. "
        "On Sunday, the boy was pronounced dead at the trauma center."
    )
    article = Article(id="t-later-death", text=text, published=date(2023, 6, 5))
    (main,) = [e for e in extractor.extract(article) if e.main]
    assert main.fatalities == 1
    assert not main.injured_range.best


@pytest.mark.parametrize(
    ("text", "published", "killed", "injured"),
    [
        (
            # A day inside the week the lede dates is the same incident, told precisely.
            "A quarrel at a park led to the shooting death of a teenager this past weekend, "
            "police said. Marco Diaz, 18, was shot and killed at the park on Sunday. "
            "Four others were injured in the shooting.",
            date(2023, 6, 7),
            1,
            4,
        ),
        (
            # One of the hurt died later: the lede's count, with the update.
            "Police said six people were wounded in a drive-by shooting near a gym. "
            "One of the six people hospitalized after the shooting on the east side last "
            "weekend has died, police said Thursday.",
            date(2023, 6, 8),
            1,
            5,
        ),
    ],
)
def test_follow_up_outcomes_count_for_the_lede(
    extractor, text: str, published: date, killed: int, injured: int
) -> None:
    article = Article(id="t-follow", text=text, published=published)
    (main,) = [e for e in extractor.extract(article) if e.main]
    assert (main.fatalities, main.injured_range.best) == (killed, injured)


TWO_SHOOTINGS = (
    "Two men were wounded in a shooting outside a bar on Saturday night, police said. "
    "Both are expected to recover. "
    "On Tuesday afternoon, a 17-year-old was shot and killed at a bus stop across town."
)


@pytest.mark.parametrize(
    ("title", "killed", "injured"),
    [
        (None, 0, 2),  # no headline: the lede's event
        ("Teen killed at bus stop days after bar shooting", 1, 0),
        ("Teenager dies in bus stop shooting", 1, 0),
        ("Two wounded outside downtown bar", 0, 2),  # names no death: the lede stays
    ],
)
def test_a_headline_that_names_a_death_picks_the_event_with_the_death(
    extractor, title: str | None, killed: int, injured: int
) -> None:
    article = Article(id="t-headline", text=TWO_SHOOTINGS, title=title, published=date(2023, 6, 8))
    events = extractor.extract(article)
    assert len(events) == 2
    (main,) = [e for e in events if e.main]
    assert (main.fatalities, main.injured_range.best or 0) == (killed, injured)


BLAST_AFTER_TALKS = (
    "Government troops clashed with rebels near the northern town of Ralo on Monday, "
    "killing four rebels, the army said. "
    "On Sunday, two bombs exploded at a crowded market in the provincial capital, killing "
    "nine people and wounding 30."
)


@pytest.mark.parametrize(
    ("title", "event_type"),
    [
        (None, "Battles"),
        ("Twin bombs kill nine at market", "Explosions/Remote violence"),
        # A shooting headline's type hangs on actors the headline rarely names: no switch.
        ("Troops and rebels fight near Ralo", "Battles"),
    ],
)
def test_a_headline_that_types_a_bombing_picks_the_bombing(
    extractor, title: str | None, event_type: str
) -> None:
    article = Article(
        id="t-headline-type", text=BLAST_AFTER_TALKS, title=title, published=date(2023, 6, 13)
    )
    events = extractor.extract(article)
    assert {e.event_type for e in events} == {"Battles", "Explosions/Remote violence"}
    (main,) = [e for e in events if e.main]
    assert main.event_type == event_type


SCENE_THEN_SHOTS = (
    "Police said Tuesday that two men had been arrested in the killing of a college student "
    "last fall.\n\n"
    "The student was playing cards with friends on October 22, 2015, when an argument "
    "broke out.\n\n"
    "Two men opened fire, killing the student and wounding three others.\n\n"
    "Officers arrested one of the suspects at his home on Friday."
)


@pytest.mark.parametrize(
    ("scene", "expected"),
    [
        ("on October 22, 2015", date(2015, 10, 22)),
        # The publication day written out is a posting stamp, not the scene.
        ("on August 23, 2016", date(2016, 8, 19)),
    ],
)
def test_a_sentence_that_sets_the_scene_dates_the_undated_shooting(
    extractor, scene: str, expected: date
) -> None:
    text = SCENE_THEN_SHOTS.replace("on October 22, 2015", scene)
    article = Article(id="t-scene", text=text, published=date(2016, 8, 23))
    (main,) = [e for e in extractor.extract(article) if e.main]
    assert main.event_date == expected
    assert main.fatalities == 1
