"""Round three: reports of violence and demonstrations the cues used to miss.

Hand-written sentences for each fix: demands named by their object, road blocks on
hyphenated road names, May Day commemorations, headline present tense ("open fire on"),
scuffles between unarmed rivals, killings by a named kind of assailant next to a court word,
and follow-up articles (vigils, funerals) whose reported violence is the shooting itself.
"""

from __future__ import annotations

import pytest

from frontlines.extract.classify import classify

BAT, PRO, RIO = "Battles", "Protests", "Riots"
VAC, SD = "Violence against civilians", "Strategic developments"

DETECTED = [
    # A demand is a protest's only act in many short notes.
    ("Casual labourers at a sugar factory demanded the payment of three months of wages.",
     PRO, "Peaceful protest"),
    ("Market vendors demanding their relocation fees be refunded gathered outside the council.",
     PRO, "Peaceful protest"),
    ("Pupils from two schools demanded to know why their examinations were cancelled.",
     PRO, "Peaceful protest"),
    # Hyphenated road names between "blocked the" and "road".
    ("Residents blocked the Kamu-Ndoro road with logs to denounce its poor state.",
     PRO, "Peaceful protest"),
    ("Farmers blocked the Tisa-Melo highway over unpaid crop deliveries.",
     PRO, "Peaceful protest"),
    # May Day gatherings are demonstrations.
    ("Teachers and nurses commemorated Labour Day in the main square of the provincial capital.",
     PRO, "Peaceful protest"),
    ("Union members commemorated International Workers' Day outside the labour ministry.",
     PRO, "Peaceful protest"),
    # Headlines in the present tense.
    ("Police open fire on opposition protesters in the capital, killing three.",
     PRO, "Excessive force against protesters"),
    ("Soldiers opening fire on marchers at the rally near the stadium left two dead.",
     PRO, "Excessive force against protesters"),
    # Voters and rivals are unarmed crowds.
    ("Anti-riot police disperse angry voters outside a polling centre in the county.",
     PRO, "Protest with intervention"),
    ("Party supporters engage in shoving and pushing during a dispute at the nomination venue.",
     RIO, "Mob violence"),
    ("Rivals came to blows at a party branch meeting over the choice of delegates.",
     RIO, "Mob violence"),
    # Engaging an armed group is fighting.
    ("Government troops engaged Islamic State fighters near the river crossing.",
     BAT, "Armed clash"),
    # A court word does not make a killing by assailants a court story.
    ("A high court clerk was killed by carjackers on his way home; police found the car intact.",
     VAC, "Attack"),
    ("A magistrate was shot by unknown gunmen outside the court building.",
     VAC, "Attack"),
    # Seized munitions are disrupted weapons use.
    ("Border police seized four hundred military munitions in an abandoned warehouse.",
     SD, "Disrupted weapons use"),
]  # fmt: skip

STILL_NO_EVENT = [
    "The judge sentenced the former minister to five years for fraud.",
    "Home fans demanded a penalty in the cup final after the striker scored twice.",
    "Heavy rains blocked the Kamu-Ndoro road for two days.",
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), DETECTED)
def test_detects_and_types(text: str, event_type: str, sub_event_type: str) -> None:
    found = classify(text)
    assert found is not None, text
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type), found.rule


@pytest.mark.parametrize("text", STILL_NO_EVENT)
def test_still_no_event(text: str) -> None:
    assert classify(text) is None


FOLLOW_UPS = [
    # The article reports the shooting; the vigil is its aftermath.
    ("A 19-year-old was shot and killed outside a corner store on Friday night. Friends held "
     "a vigil at the spot on Sunday.", VAC),
    ("Two men were fatally shot in a parking lot early Saturday. Neighbours gathered for a "
     "vigil the next evening.", VAC),
]  # fmt: skip

STILL_PROTESTS = [
    # The killing is only what the vigil is about.
    ("Hundreds held a vigil for the victims of the shooting at the school.",
     "Peaceful protest"),
    # A vigil that police broke up with tear gas is a protest in its own right.
    ("Mourners held a vigil for a man shot by a neighbour; police dispersed it with tear gas.",
     "Protest with intervention"),
    # A real protest word keeps the protest.
    ("Residents protested outside the station after a teenager was shot by an officer.",
     "Peaceful protest"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type"), FOLLOW_UPS)
def test_vigil_after_a_reported_shooting_is_the_shooting(text: str, event_type: str) -> None:
    found = classify(text)
    assert found is not None and found.event_type == event_type, found


@pytest.mark.parametrize(("text", "sub_event_type"), STILL_PROTESTS)
def test_protests_about_a_shooting_stay_protests(text: str, sub_event_type: str) -> None:
    found = classify(text)
    assert found is not None, text
    assert (found.event_type, found.sub_event_type) == (PRO, sub_event_type), found.rule


SMALL_ARMS_NOT_SHELLING = [
    # Handgun calibres, spent shell casings and the pronoun "mine" are no explosive weapons.
    ("A friend of mine was shot dead outside the bar on Friday.", VAC, "Attack"),
    ("Officers found 9mm shell casings where two men were shot in an alley.", VAC, "Attack"),
    ("The gunman fired a 7.62 mm rifle at shoppers, killing two.", VAC, "Attack"),
    # Cannon and mortar calibres and a mine that was hit still are.
    ("Rebels fired 120mm mortar rounds at the base.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("A bus hit a mine near the border, killing four passengers.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), SMALL_ARMS_NOT_SHELLING)
def test_small_arms_words_are_not_explosives(
    text: str, event_type: str, sub_event_type: str
) -> None:
    found = classify(text)
    assert found is not None, text
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type), found.rule


DEMONSTRATORS_ACTS = [
    # "Protesters clash" is what the protesters did, not what they protest against.
    ("Hundreds of protesters clash with a rival group outside the county assembly.",
     RIO, "Violent demonstration"),
    # Demonstrators attacking a person or hitting someone with stones.
    ("Striking lecturers attacking a fellow lecturer who crossed the picket line.",
     RIO, "Violent demonstration"),
    ("Traders protesting a new levy hit a council clerk with stones outside the market.",
     RIO, "Violent demonstration"),
    # An attack that is only the grievance stays a peaceful protest.
    ("Reporters held a march against the attack on a radio presenter last month.",
     PRO, "Peaceful protest"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), DEMONSTRATORS_ACTS)
def test_demonstrators_acts(text: str, event_type: str, sub_event_type: str) -> None:
    found = classify(text)
    assert found is not None, text
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type), found.rule


def test_only_the_history_clause_is_background() -> None:
    text = "Protesters lit fires on the highway after a man was shot by police the previous day."
    found = classify(text)
    assert found is not None
    assert (found.event_type, found.sub_event_type) == (RIO, "Violent demonstration")


ARMED_ATTACKERS = [
    # The armed men are the attackers: their victims are civilians, not a second armed side.
    ("A shopkeeper was shot dead by suspected rebels outside his stall.", VAC, "Attack"),
    ("Militia fighters shot and killed a school teacher on the road to the market.",
     VAC, "Attack"),
    # Armed men on both sides are still a battle.
    ("Militants were killed when soldiers stormed their hideout.", BAT, "Armed clash"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), ARMED_ATTACKERS)
def test_armed_attackers_are_not_victims(text: str, event_type: str, sub_event_type: str) -> None:
    found = classify(text)
    assert found is not None, text
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type), found.rule


SUPPORTERS = [
    # Party supporters attacking a person: ACLED's political militia against civilians.
    ("Supporters of a council candidate attacked a polling clerk and injured him.",
     VAC, "Attack"),
    ("Opposition supporters beat up two election observers outside the tallying centre.",
     VAC, "Attack"),
    # Supporters attacking rival supporters are rioting crowds.
    ("Ruling party supporters attacked opposition supporters at the market; four were hurt.",
     RIO, "Mob violence"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), SUPPORTERS)
def test_supporters(text: str, event_type: str, sub_event_type: str) -> None:
    found = classify(text)
    assert found is not None, text
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type), found.rule


def test_burning_ballot_papers_is_no_attack_on_people() -> None:
    found = classify("Angry supporters burned ballot papers at a polling station.")
    assert found is not None and found.event_type == RIO, found


SEIZURES_AND_ARSON = [
    ("Customs officers seized about 2,5 tons of cocaine hidden in a cargo of bananas.",
     SD, "Looting/property destruction"),
    ("Highway police seized more than a ton of cannabis and marijuana from a truck.",
     SD, "Looting/property destruction"),
    ("Arsonists set upon the district land registry overnight.", SD,
     "Looting/property destruction"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), SEIZURES_AND_ARSON)
def test_seizures_and_arson(text: str, event_type: str, sub_event_type: str) -> None:
    found = classify(text)
    assert found is not None, text
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type), found.rule


ARMED_SIDES = [
    # Communities killing each other are identity militias on both sides: a battle.
    ("Two people died in inter-clan violence near the wells on Tuesday.", BAT, "Armed clash"),
    ("Revenge killings between rival ethnic groups left four dead in the valley.",
     BAT, "Armed clash"),
    # Kidnappers shot by police are an armed side.
    ("Police shot dead three suspected kidnappers in a forest hideout.", BAT, "Armed clash"),
    # "Re-captured" with a hyphen.
    ("The army re-captured the port town two weeks after insurgents had seized it.",
     BAT, "Government regains territory"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), ARMED_SIDES)
def test_armed_sides(text: str, event_type: str, sub_event_type: str) -> None:
    found = classify(text)
    assert found is not None, text
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type), found.rule


POST_ELECTION = [
    # Unattributed post-election unrest with no one killed: rioting.
    ("Post-election violence went on for a third day in the lakeside town.",
     RIO, "Violent demonstration"),
    ("Shops were looted during post-poll chaos in the market district.",
     RIO, "Violent demonstration"),
    # Killings in it are attacks; named armed men keep their own type.
    ("Three bodies were found in the river after post-election violence in the town.",
     VAC, "Attack"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), POST_ELECTION)
def test_post_election_violence(text: str, event_type: str, sub_event_type: str) -> None:
    found = classify(text)
    assert found is not None, text
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type), found.rule
