"""The linker's decisions: what joins, what must not, and why."""

from __future__ import annotations

import functools

import pytest
from eventfactory import make_event

from frontlines.incidents import Constraints, MemoryLinker
from frontlines.incidents.features import CORROBORATED_WINDOW, score_pair
from frontlines.incidents.linker import Candidate, LinkerConfig, Member, decide

CLUB = "Gunman Darnell Brooks opened fire inside the Lucky Seven club on Fifth Avenue."
CLUB_2 = (
    "Darnell Brooks, the Lucky Seven club gunman, appeared in court over the Fifth Avenue shooting."
)
SCHOOL = "A teenager was wounded outside Roosevelt High School; Maria Lopez was arrested."


def link(*reports: tuple[str, str, dict]) -> list[set[str]]:
    """Feed (article id, text, event kwargs) reports; the article ids grouped by incident."""
    linker = MemoryLinker()
    for article_id, text, kwargs in reports:
        linker.add(article_id, text, [make_event(article_id, **kwargs)])
    return sorted((set(i.event.article_ids) for i in linker.incidents()), key=sorted)


@pytest.mark.parametrize(
    ("second", "joined"),
    [
        (("b", CLUB_2, {}), True),  # same place, day, story
        (("b", CLUB_2, {"when": "2024-05-02"}), True),  # a day later in another report
        (("b", SCHOOL, {}), False),  # same city and day, another story
        # a follow-up of the same story, dated by its own day a week later
        (("b", CLUB_2, {"when": "2024-05-09"}), True),
        (("b", SCHOOL, {"when": "2024-05-09"}), False),  # another story a week later
        (("b", CLUB_2, {"when": "2024-05-20"}), False),  # beyond the follow-up window
        (("b", CLUB_2, {"place": "Kharkiv"}), False),  # another country
        # 40 km away in another state: the same story says the gazetteer erred ...
        (("b", CLUB_2, {"place": "Chicago"}), True),
        (("b", SCHOOL, {"place": "Chicago"}), False),  # ... another story does not join
        # ... and a second contradiction is one too many
        (("b", CLUB_2, {"place": "Chicago", "when": "2024-05-09"}), False),
        (("b", CLUB_2, {"killed": 2, "injured": 0}), True),
        # one story whose figures disagree stays one incident (the link's casualty score
        # shows the disagreement); another story with other figures does not join
        (("b", CLUB_2, {"killed": 0, "injured": 9}), True),
        (("b", SCHOOL, {"killed": 0, "injured": 1}), False),
    ],
)
def test_pairs(second: tuple[str, str, dict], joined: bool) -> None:
    first = ("a", CLUB, {"killed": 2, "injured": 0} if "killed" in second[2] else {})
    groups = link(first, second)
    assert (groups == [{"a", "b"}]) is joined


def test_acled_aggregation_same_actors_place_day_join_across_types() -> None:
    battle = {
        "actor1": "Military Forces of Ukraine",
        "actor2": "Military Forces of Russia",
        "place": "Kharkiv",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
    }
    shelling = {**battle, "event_type": "Explosions/Remote violence",
                "sub_event_type": "Shelling/artillery/missile attack"}  # fmt: skip
    linker = MemoryLinker()
    linker.add("a", "Fighting in the north of the city.", [make_event("a", **battle)])
    decision = linker.add("b", "Artillery hit the outskirts.", [make_event("b", **shelling)])[0]
    assert decision.link.decided_by == "aggregation"
    [incident] = linker.incidents()
    assert incident.event.event_type == "Battles"  # ACLED's hierarchy types the event


def test_events_of_one_article_never_merge() -> None:
    linker = MemoryLinker()
    linker.add("a", CLUB, [make_event("a", position=0), make_event("a", position=1)])
    assert len(linker.incidents()) == 2


def test_no_chaining_into_one_giant_cluster() -> None:
    """Each report is close to the previous one, one day later: a single-link linker would
    chain all of them; every incident must stay within the date window of all members (for
    reports that tell the same story, the follow-up window)."""
    linker = MemoryLinker()
    for day in range(1, 31):
        text = f"{CLUB} Day {day} of coverage."
        linker.add(f"r{day}", text, [make_event(f"r{day}", when=f"2024-05-{day:02d}")])
    for incident in linker.incidents():
        days = [m.event_date for m in incident.members]
        assert (max(days) - min(days)).days <= CORROBORATED_WINDOW  # type: ignore[operator]
    assert len(linker.incidents()) >= 2


@pytest.mark.parametrize("kind", ["must", "cannot"])
def test_constraints_override_scores(kind: str) -> None:
    a, b = make_event("a"), make_event("b")
    pair = [(a.event_id, b.event_id)]
    constraints = Constraints.of(**{kind: pair})
    linker = MemoryLinker(constraints=constraints)
    linker.add("a", CLUB, [a])
    other_text = SCHOOL if kind == "must" else CLUB_2
    decision = linker.add("b", other_text, [b])[0]
    assert (decision.incident_id is not None) is (kind == "must")
    if kind == "must":
        assert decision.link.decided_by == "analyst"


def test_every_link_keeps_its_feature_scores() -> None:
    linker = MemoryLinker()
    linker.add("a", CLUB, [make_event("a")])
    decision = linker.add("b", CLUB_2, [make_event("b")])[0]
    assert decision.link.decided_by == "linker"
    assert decision.link.features["date"] == 1.0
    assert decision.link.features["place"] == 1.0
    assert decision.link.features["actors"] is None  # unknown, not counted as agreement
    assert decision.link.score >= LinkerConfig().threshold


@pytest.mark.parametrize(
    ("a", "b", "veto"),
    [
        ({}, {"when": "2024-05-06"}, "dates 5 days apart"),
        ({}, {"place": "Mosul"}, "different countries"),
        ({"place": "Kharkiv"}, {"place": "Izium"}, "places 112 km apart"),
        ({}, {}, None),
    ],
)
def test_vetoes(a: dict, b: dict, veto: str | None) -> None:
    assert score_pair(make_event("x", **a), make_event("y", **b), text_similarity=0.5).veto == veto


def test_the_main_event_has_first_pick() -> None:
    """A secondary mention listed before the article's main event must not take the incident
    the main event belongs to (events of one article never share an incident)."""
    linker = MemoryLinker()
    linker.add("a", CLUB, [make_event("a")])
    side = make_event("b", position=0, main=False)
    main = make_event("b", position=1, main=True)
    decisions = linker.add("b", CLUB_2, [side, main])
    assert [d.link.event_id for d in decisions] == [side.event_id, main.event_id]
    assert linker.incident_of(main.event_id) == linker.incident_of(
        linker.incidents()[0].members[0].event_id
    )
    assert linker.incident_of(side.event_id) != linker.incident_of(main.event_id)


@pytest.mark.parametrize(
    ("a", "b", "corroborated", "veto"),
    [
        ({}, {"when": "2024-05-10"}, False, "dates 9 days apart"),
        ({}, {"when": "2024-05-10"}, True, None),  # a follow-up of the same story
        ({}, {"when": "2024-05-20"}, True, "dates 19 days apart"),  # beyond the window
        ({}, {"place": "Chicago"}, False, "different admin1 regions"),
        ({}, {"place": "Chicago"}, True, None),  # the gazetteer's namesake, say
        # one contradiction is excused, two are not
        ({}, {"place": "Chicago", "when": "2024-05-10"}, True, "dates 9 days apart"),
        ({}, {"place": "Mosul"}, True, None),
    ],
)
def test_corroborating_texts_excuse_one_contradiction(
    a: dict, b: dict, corroborated: bool, veto: str | None
) -> None:
    pair = score_pair(
        make_event("x", **a), make_event("y", **b), text_similarity=1.0, corroborated=corroborated
    )
    assert pair.veto == veto


def _counted(vector: dict[str, float], calls: list[str], name: str):  # type: ignore[no-untyped-def]
    """A vector made when first asked for, as the store hands them over; counts the making."""

    def make() -> dict[str, float]:
        calls.append(name)
        return vector

    return functools.cache(make)


@pytest.mark.parametrize(
    ("member", "words", "weighed", "joined"),
    [
        # a date *and* a place contradiction: vetoed whatever the texts, never weighed
        ({"place": "Chicago", "when": "2024-05-10"}, {"lucky", "seven"}, False, False),
        # beyond the corroborated window: the same
        ({"when": "2024-05-25"}, {"lucky", "seven"}, False, False),
        # a place contradiction and no word in common: the bound settles it unweighed
        ({"place": "Chicago"}, {"budget", "parks"}, False, False),
        # a place contradiction and the same story: weighed, corroborated, joined
        ({"place": "Chicago"}, {"lucky", "seven"}, True, True),
        # nothing contradicts: scored, so weighed
        ({}, {"lucky", "seven"}, True, True),
    ],
)
def test_a_members_text_is_weighed_only_when_the_decision_needs_it(
    member: dict, words: set[str], weighed: bool, joined: bool
) -> None:
    story = {"lucky": 0.8, "seven": 0.6}
    other = {w: 1.0 / len(words) ** 0.5 for w in words}
    calls: list[str] = []
    candidate = Candidate(
        "inc-1", [Member(make_event("m", **member), _counted(other, calls, "m"), words)]
    )
    decision = decide(make_event("x"), story, [candidate])
    assert (calls == ["m"]) is weighed
    assert (decision.incident_id == "inc-1") is joined
    # The same decision as with the vector given outright.
    eager = decide(
        make_event("x"), story, [Candidate("inc-1", [Member(make_event("m", **member), other)])]
    )
    assert eager == decision
