"""ACLED event type and sub-type from the cues of an event's sentences.

A decision list in the codebook's hierarchy order (DESIGN §4): when one event mixes tactics the
higher type wins (Battles > Protests > Riots > Explosions/Remote violence > Violence against
civilians > Strategic developments), with the codebook's exceptions written as rules: an air
strike inside a ground battle is a battle, abduction then killing is an attack, interceptions
and defusals are disrupted weapons use, Molotov cocktails are not grenades. Who fights whom
decides between the violent types: two armed sides make a battle, armed men against unarmed
people an attack on civilians, unarmed crowds a riot. Each rule has a name, kept on the event
so an analyst can see why it was typed so; docs/classification.md lists them in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from frontlines.extract.cues import (
    ARMED_NOUN,
    CROWD_NOUN,
    GRIEVANCE,
    STATE_NOUN,
    find_cues,
    lower,
    mask_names,
    mask_negated,
)

# Cues that make a text political violence, a demonstration or a strategic development.
EVENT_CUES = frozenset(
    {
        "protest", "protest_weak", "riot_violence", "mob", "clash", "clash_weak", "regain",
        "overtake", "chemical", "air", "suicide", "shelling", "ied", "blast", "grenade",
        "molotov", "sexual", "abduction", "violence", "arrest", "looting", "disrupted",
        "agreement", "headquarters", "transfer", "change_group", "other", "intervention",
    }
)  # fmt: skip
EXPLOSIVE_CUES = frozenset({"chemical", "air", "suicide", "shelling", "ied", "blast", "grenade"})
# Cues that keep a text political even next to a flood, a crash, a court case or a match.
POLITICAL_CUES = frozenset(
    {
        "protest", "riot_violence", "mob", "regain", "overtake", "chemical", "air", "suicide",
        "shelling", "ied", "grenade", "sexual", "abduction", "disrupted", "agreement",
        "headquarters", "transfer",
    }
)  # fmt: skip

_AUX = r"(?:were|was|are|is|have been|has been|had been|got|being)"
_ARMED = re.compile(rf"\b(?:{ARMED_NOUN})\b")
_STATE = re.compile(rf"\b(?:{STATE_NOUN})\b")
_CROWD = re.compile(rf"\b(?:{CROWD_NOUN})\b")
_ANY_ARMED = rf"(?:{ARMED_NOUN}|{STATE_NOUN})"
# Weapons that make a fight between groups an armed one (ACLED: identity militias).
_WEAPONS = re.compile(
    r"\b(?:guns?|gunfire|gunshots?|firearms?|rifles?|ak-?47s?|pistols?|shots? (?:were )?fired|"
    r"fired shots|shot dead|bullets?|arrows?|machetes?|spears?|armed|weapons)\b"
)
# A suspect is who the crowd blames, not an armed side (mobs lynch "suspected robbers").
_SUSPECT_BEFORE = re.compile(r"\b(?:suspected|alleged|accused|presumed) (?:\w+ )?$")
# An earlier day named inside a clause: that clause is history, not this event.
_BACKGROUND_TIME = re.compile(
    r"\b(?:(?:the )?previous (?:day|week|night|month|year)|last (?:week|month|year)|"
    r"(?:days|weeks|months|years) (?:ago|earlier|before)|a (?:day|week|month|year) (?:ago|"
    r"earlier|before)|the day before|earlier (?:this|that|in the) (?:week|month|year))\b"
)
# Someone killed or attacked by a named kind of assailant ("a court guard killed by
# carjackers"): violence, whatever else the text mentions (a court, a crash).
_KILLED_BY = re.compile(
    r"\b(?:killed|shot|stabbed|attacked|murdered|gunned down|hacked|beaten|abducted) "
    r"(?:\w+ ){0,2}?by (?:an? |the |two |three |some |unknown |unidentified |suspected |armed )*"
    r"(?:\w+ )?(?:carjackers|hijackers|assailants|attackers|killers|thugs|gunm[ae]n|assassins|"
    r"kidnappers|thieves|robbers|burglars|intruders|men)\b"
)
# Demonstration words that are also what mourners do after a killing.
_MOURNING = re.compile(r"^(?:vigil|held a (?:vigil|procession|gathering))$")
_SHOOTING = re.compile(
    r"\b(?:(?:was|were|been|being|got|fatally|critically|seriously) shot|shot (?:and killed|dead|"
    r"to death|in the)|shot (?:him|her|them)|gunned down|opened fire|open fire|shooting (?:that|"
    r"which|left|killed|injured|wounded|on|at|in)|gunshot wounds?|gunfire (?:erupted|rang out))\b"
)
_CLAUSE_OPENER = re.compile(r"\b(?:after|following|since|when|because|which|who|over)\b")
# Supporters attacking other supporters are rival crowds: a riot.
_RIVAL_SUPPORTERS = re.compile(r"\W*(?:\w+\W+){0,3}?(?:supporters|supports|rivals)\b")
_COMMUNAL_VIOLENCE = re.compile(
    r"\binter-?(?:clan|communal|ethnic|tribal|community) (?:violence|killings|attacks|fighting)"
    r"|\b(?:violence|killings|attacks|fighting|feud) between (?:\w+ ){0,3}?(?:ethnic groups|clans|"
    r"sub-?clans|communities|sections|tribes)\b"
)
_POST_ELECTION = re.compile(r"\bpost[- ]?(?:election|poll|electoral) (?:violence|unrest|chaos)\b")
_OFF_DUTY = re.compile(r"\boff[- ]duty\b")
# An unarmed crowd beating, stoning or burning a person (ACLED's mob violence).
_CROWD_SUBJECT = (
    r"(?:crowds?|mobs?|residents|locals|villagers|youths?|neighbou?rs|members of the public|"
    r"sellers|vendors|traders|riders|boda ?boda\w*|passengers|students|onlookers|citizens|"
    r"community members|vigilantes?|vigilante group|settlers|supporters|voters|"
    r"(?:a |the )?group of (?:\w+ ){0,2}?(?:people|men|persons|citizens|youths?|residents|"
    r"villagers|locals|women)|(?:angry|irate) \w+)"
)
_MOB_VERB = (
    r"(?:beat\w*|lynch\w*|ston(?:e|ed)|pelt(?:ed)?|attack(?:ed)?|assault(?:ed)?|hack(?:ed)?|"
    r"set (?:him|her|them|\w+) (?:on fire|ablaze|alight)|descended on|"
    # Burning tyres or houses is an act against property, not a person.
    r"burn(?:t|ed)(?! (?:\w+ ){0,2}?(?:tyres|tires|property|houses?|homes?|vehicles?|cars?|"
    r"shops?|offices?|buildings?|buses|motorbikes?|ballot\w*|papers))|"
    r"manhandled|roughed up|clobbered|cornered|"
    # "residents killed a suspected thief": active voice only (an object follows), since
    # "three residents killed" is a headline's passive.
    r"kill(?:ed)?(?= (?:a|an|the|one|two|three|four|\d+|him|her|them|suspected)\b))"
)
# "Residents of Kathita village in Embu beat …": where the crowd comes from (up to four
# words after "of/from/in/at") may stand between the crowd and its verb.
_MOB_ATTACK = re.compile(
    rf"\b{_CROWD_SUBJECT}\b(?:\s+(?:of|from|in|at)(?:\s+(?!{_AUX}\b)[\w'-]+){{1,4}}?)?"
    rf"(?:\s+(?!{_AUX}\b|have\b|had\b|been\b)[\w'-]+){{0,2}}?\s+"
    rf"{_MOB_VERB}\b"
    rf"|\b{_MOB_VERB}\s+(?:\w+\s+){{0,2}}?by\s+(?:a\s+|an\s+|the\s+|angry\s+|irate\s+|"
    rf"local\s+|their\s+|his\s+|her\s+)*{_CROWD_SUBJECT}\b"
    r"|\bsuspected (?:thie\w*|robbers?|criminals?|witch\w*)\s+(?:\w+\s+){0,3}?(?:beaten|"
    r"lynched|burnt|burned|stoned|set|killed)\b"
)
# Fighting words that say nothing about weapons (a shootout does).
_GENERIC_FIGHT = re.compile(
    r"^(?:clash\w*|fight\w*|fought|battl\w*|confrontations?|skirmish\w*|running battles?|"
    r"scuffle\w*|engag\w* \w+|repel\w*|repuls\w*|pushed back|(?:\w+ ){1,2}blows|fisticuffs|"
    r"shoving|jostl\w*)$"
)
# Communal and ethnic fighting: ACLED codes its sides as identity militias, hence Battles.
_COMMUNAL = re.compile(
    r"\b(?:ethnic|tribal|tribes?|clans?|communal|inter-?communal|sub-?clans?|"
    r"communities|pastoralists?|villages|cattle raid\w*|retaliatory attacks?|"
    r"revenge attacks?|reprisal attacks?)\b"
)
# A verb of armed attack followed by an armed target, or an armed target as the victim.
_ATTACK_VERB = (
    r"(?:attack\w*|ambush\w*|stormed|target\w*|assault\w*|overran|fired (?:\w+ )?(?:on|at|"
    r"upon)|opened fire (?:on|at)|shot (?:at|dead|and killed)|kill\w*|gunned down|shoots?|"
    r"shooting|shot|hit|raided|struck|injur\w*|wound\w*|stabb?\w*|hack\w*)"
)
_VICTIM_VERB = (
    r"(?:killed|ambushed|attacked|shot|injured|wounded|feared dead|targeted|died|dead|"
    r"neutrali[sz]ed|eliminated|stabbed|hacked|murdered|assassinated)"
)
_PASSIVE = r"(?:(?:were|was|are|is|have been|has been|had been|got)\s+)?(?:[\w'-]+\s+){0,3}?"
_ATTACK_ON_STATE = re.compile(
    rf"\b{_ATTACK_VERB}(?!\s+by\b)[\s,]+(?:[\w'-]+[\s,]+){{0,5}}?(?:{STATE_NOUN})\b"
    rf"|\b(?:{STATE_NOUN})\s+(?:[\w'-]+\s+){{0,3}}?{_AUX}\s+(?:[\w'-]+\s+){{0,2}}?{_VICTIM_VERB}\b"
)
# "Two soldiers killed": a count before the force marks it as the victim, not the killer.
_STATE_VICTIMS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|scores of)\s+"
    rf"(?:[\w'-]+\s+){{0,2}}?(?:{STATE_NOUN})\s+(?:{_AUX}\s+)?(?:[\w'-]+\s+)?{_VICTIM_VERB}\b"
    r"(?!\s+(?:and\s+\w+\s+)?(?:a|an|the|\d+|two|three|several|his|her|their)\b)"
)
_ATTACK_ON_ARMED = re.compile(
    # "shot dead by suspected militants": the armed men are the attackers, not the target.
    rf"\b{_ATTACK_VERB}(?!\s+by\b)[\s,]+(?:(?!by\b)[\w'-]+[\s,]+){{0,5}}?(?:{ARMED_NOUN})\b"
    # "militants shot and killed the chairman" is active voice: the militants attacked.
    rf"|\b(?:{ARMED_NOUN})\s+{_PASSIVE}{_VICTIM_VERB}\b(?!\s+(?:and\s+\w+\s+)?(?:\w+\s+)?"
    r"(?:a|an|the|\d+|two|"
    r"three|four|five|several|many|his|her|their|civilians?|people|men|women)\b)"
    rf"|\b(?:killing|killed|left|leaving)\s+(?:\w+\s+){{0,3}}?(?:{ARMED_NOUN})\s+dead\b"
)
# Armed suspects killed or shot by state forces: the codebook counts that as a battle.
_STATE_KILLS = re.compile(
    rf"\b(?:{STATE_NOUN})\b[^.;]{{0,60}}?\b(?:shot dead|shot|shoot\w*|kill\w*|gunned down|"
    r"neutrali[sz]ed|eliminated|fired (?:at|on)|opened fire)\b"
    rf"|\b(?:killed|shot dead|gunned down|shot)\s+by\s+(?:\w+\s+){{0,2}}?(?:{STATE_NOUN})\b"
)
_ARMED_SUSPECTS = re.compile(
    rf"\b(?:{ARMED_NOUN}|attackers|assailants|armed suspects?|suspected (?:\w+ )?(?:robbers|"
    r"gangsters|militants|terrorists|bandits)|thugs|criminals|(?:suspected )?kidnappers|"
    r"abductors|poachers)\b"
)
# The killing in a kidnapping story: the codebook types abduction then killing as an attack.
_KILLED = re.compile(
    r"\b(?:killed|murdered|executed|beheaded|found dead|bodies|body|shot dead|slain)\b"
)
_LETHAL = re.compile(r"\b(?:killed|killing|dead|died|shot|death|fatalit\w*|lethal)\b")
_DISPERSAL = re.compile(r"^(?:tear[- ]?gas\w*|water cannons?|disper[sc]\w*|rubber bullets)$")
# "Riot police" and "anti-riot" name the police, not a riot.
_RIOT_WORD = re.compile(
    r"\b(?<!anti-)riot\w*(?! (?:police|gear|squad|control|units?|officers))"
    r"|\bviolent (?:\w+ )?(?:protest|demonstration)"
)
# Demonstrators against the state or property (Violent demonstration) rather than people.
_AGAINST_STATE = re.compile(
    r"\b(?:police|officers?|security forces|soldiers|troops|government|authorities|"
    r"governor|county|offices?|station|vehicles?|cars?|tyres|tires|roads?|highway|"
    r"barricad\w*|property|buildings?|shops?|dorm\w*|school|ballot\w*)\b"
)
# Rioters fighting each other or turning on a person: mob violence, not a demonstration.
_RIVALS = re.compile(r"\b(?:each other|one another|rival|two groups|prison\w*|inmates|lynch\w*)\b")
_STREET_TACTIC = re.compile(
    r"\b(?:barricad\w*|(?:burn\w*|lit|lighting) (?:\w+ )?(?:tyres|tires)|bonfires?|"
    r"block\w* (?:the |a )?(?:\w+ )?(?:roads?|highway|streets?))\b"
)
_THREAT = re.compile(r"^(?:threat\w*|intimidat\w*)$")
# A lone weak cue (a threat, a beating in a sports report) does not make an event.
_WEAK_VIOLENCE = re.compile(
    r"^(?:threat\w*|intimidat\w*|harass\w*|struck|beat|beaten|beating|hit by|died|dead|"
    r"bodies|body|injur\w*|wound\w*|fatalit\w*|kill\w*|violence|attack\w*)$"
)
# An "arson attack" on a building that hurt no one is property destruction.
_RAID_ONLY = re.compile(r"^(?:attack\w*|threat\w*|intimidat\w*|harass\w*|struck)$")
# Violence words that only colour a strategic story ("threatened", "struck a deal").
_INCIDENTAL = re.compile(r"^(?:threat\w*|intimidat\w*|harass\w*|struck)$")
# Bare blasts near a front line (observed explosions, unknown weapons) are shelling.
_FRONT_BLAST = re.compile(
    r"\b(?:unknown weapons|explosions? (?:were )?(?:observed|heard)|observed (?:\w+ )?"
    r"explosions?)\b"
)


@dataclass(frozen=True, slots=True)
class Classification:
    event_type: str
    sub_event_type: str
    rule: str  # the name of the rule that decided it
    cue_spans: tuple[tuple[int, int], ...]  # offsets (in the classified text) of decisive cues


Matches = dict[str, list[re.Match[str]]]


# Assembly types the same sentence several times (grouping, hierarchy, claims); the answer
# is a pure function of the text, so it is computed once.
@lru_cache(maxsize=4096)
def classify(text: str) -> Classification | None:
    """Type the event described by ``text`` (its sentences); None when it is no event."""
    masked = mask_negated(mask_names(text, lower(text)))
    cues = find_cues(masked)
    present = set(cues)
    if not present & EVENT_CUES or _is_no_event(masked, cues, present):
        return None
    for rule in _RULES:
        result = rule(masked, cues, present)
        if result is not None:
            return result
    return None


_DISPLACEMENT = re.compile(r"displac|evict|fled")


def _out(
    event_type: str,
    sub: str,
    rule: str,
    cues: Matches,
    *names: str,
    extra: Iterable[re.Match[str]] = (),
) -> Classification:
    spans = {m.span() for n in names for m in cues.get(n, ())}
    spans.update(m.span() for m in extra)
    return Classification(event_type, sub, rule, tuple(sorted(spans)))


def _words(cues: Matches, name: str) -> list[str]:
    return [m.group(0) for m in cues.get(name, ())]


def _is_no_event(masked: str, cues: Matches, present: set[str]) -> bool:
    """A flood, a crash, a trial or a match that mentions deaths or beatings is no event."""
    violent = _words(cues, "violence")
    weak_only = all(_WEAK_VIOLENCE.match(w) for w in violent)
    armed_actor = bool(_ARMED.search(masked))
    if not _CROWD.search(masked):
        present = present - {"riot_violence"}  # "destroyed houses" is a crowd's act only
    other = present & EVENT_CUES - {"violence", "looting", "change_group", "blast", "other",
                                    "clash", "clash_weak", "arrest", "protest_weak"}  # fmt: skip
    if (
        present & {"disaster", "sport", "court"}
        and not other
        and not armed_actor
        and not _KILLED_BY.search(masked)
    ):
        if weak_only and not present & {"arrest", "clash"}:
            return True
        if "court" in present and not violent and not present & {"clash", "blast"}:
            return True  # a trial or a sentence is no arrest
        if "sport" in present and weak_only:
            return True
    # A threat alone, with nothing else, says no event happened.
    return present & EVENT_CUES == {"violence"} and all(_THREAT.match(w) for w in violent)


# --- the decision list ------------------------------------------------------------------------


def _territory(masked: str, cues: Matches, present: set[str]) -> Classification | None:
    # Only when control changes hands, as the codebook asks ("lasting" control).
    state = bool(_STATE.search(masked))
    if "transfer" in present and "clash" not in present and not _LETHAL.search(masked):
        return _out("Strategic developments", "Non-violent transfer of territory",
                    "territory_transferred", cues, "transfer")  # fmt: skip
    if "regain" in present and ("clash" in present or state):
        return _out("Battles", "Government regains territory", "territory_regained", cues, "regain")
    if "overtake" in present and ("clash" in present or _ARMED.search(masked)):
        if state and not _ARMED.search(masked):
            return _out("Battles", "Government regains territory", "territory_regained", cues,
                        "overtake")  # fmt: skip
        return _out("Battles", "Non-state actor overtakes territory", "territory_taken", cues,
                    "overtake")  # fmt: skip
    return None


def _demonstration(masked: str, cues: Matches, present: set[str]) -> Classification | None:
    """Protests and the riots that grow out of them, in the codebook's order."""
    strong = "protest" in present
    weak = "protest_weak" in present and not (
        _ARMED.search(masked) or present & EXPLOSIVE_CUES or _LETHAL.search(masked)
    )
    if not (strong or weak):
        dispersed = [m for m in cues.get("intervention", ()) if _DISPERSAL.match(m.group(0))]
        if (
            dispersed
            and _CROWD.search(masked)
            and not (
                _ARMED.search(masked)
                or present & (EXPLOSIVE_CUES | {"riot_violence", "clash", "mob"})
            )
        ):
            # A crowd met with tear gas: the codebook's protest with intervention.
            return _out("Protests", "Protest with intervention", "crowd_dispersed", cues,
                        extra=dispersed)  # fmt: skip
        return None
    if not strong and present & {"clash", "abduction", "sexual"}:
        return None
    grievance = [m.span() for m in GRIEVANCE.finditer(masked)] + _background_clauses(masked)
    if _follow_up(masked, cues, grievance):
        return None

    def acts(name: str) -> list[re.Match[str]]:
        return [m for m in cues.get(name, ()) if not _inside(m.span(), grievance)]

    protest = cues.get("protest", []) + (cues.get("protest_weak", []) if weak else [])
    violent = acts("riot_violence") + [
        m
        for m in acts("clash")
        if m.group(0).startswith(("clash", "running battle", "fought", "scuffle"))
    ]
    if acts("molotov"):
        violent += acts("molotov")
    if violent:
        if ("mob" in present or _RIVALS.search(masked)) and not _AGAINST_STATE.search(masked):
            return _out("Riots", "Mob violence", "demonstration_mob", cues, "mob", extra=violent)
        return _out("Riots", "Violent demonstration", "violent_demonstration", cues,
                    extra=protest + violent)  # fmt: skip
    lethal = acts("live_fire")
    if not lethal and _STATE_KILLS.search(masked) and _LETHAL.search(masked):
        lethal = [m for m in acts("violence") if _LETHAL.match(m.group(0))]
    if lethal:
        return _out("Protests", "Excessive force against protesters", "excessive_force", cues,
                    extra=protest + lethal)  # fmt: skip
    stopped = acts("intervention")
    if stopped:
        return _out("Protests", "Protest with intervention", "intervention", cues,
                    extra=protest + stopped)  # fmt: skip
    if "mob" in present:
        return _out("Riots", "Mob violence", "mob", cues, "mob")
    return _out("Protests", "Peaceful protest", "protest", cues, extra=protest)


def _follow_up(masked: str, cues: Matches, grievance: list[tuple[int, int]]) -> bool:
    """A vigil or procession held after a shooting that the text itself reports ("was shot
    dead on Friday ... a vigil was held"): the shooting is the event the article reports and
    the vigil its aftermath, so the violent rules type it; a vigil whose killing is only its
    grievance ("a vigil for the victims of the shooting") stays a protest."""
    if not all(_MOURNING.match(m.group(0)) for m in cues.get("protest", ())):
        return False
    if cues.get("intervention") or cues.get("riot_violence") or cues.get("live_fire"):
        return False
    return any(
        not any(start <= m.start() < end for start, end in grievance)
        for m in _SHOOTING.finditer(masked)
    )


def _crowd_violence(masked: str, cues: Matches, present: set[str]) -> Classification | None:
    """Rioters with no demonstration: a mob against people, or a riot against the state."""
    armed = _ARMED.search(masked)
    crowd = _CROWD.search(masked)
    if "mob" in present and not (armed and "clash" in present):
        return _out("Riots", "Mob violence", "mob", cues, "mob")
    if "riot_violence" in present and _RIOT_WORD.search(masked):
        if _RIVALS.search(masked):
            return _out("Riots", "Mob violence", "riot_mob", cues, "riot_violence")
        return _out("Riots", "Violent demonstration", "riot", cues, "riot_violence")
    unrest = _POST_ELECTION.search(masked)
    if unrest and not (
        _armed_attacker(masked)
        or _STATE_KILLS.search(masked)
        or present & (EXPLOSIVE_CUES | {"sexual", "abduction", "clash"})
        or _LETHAL.search(masked)
        or _KILLED.search(masked)
    ):
        # Unattributed "post-election violence" with no one reported killed: ACLED codes
        # the unrest of a disputed vote as rioting (its killings as attacks on civilians).
        return _out("Riots", "Violent demonstration", "post_election_violence", cues,
                    extra=[unrest])  # fmt: skip
    beaten = _MOB_ATTACK.search(masked)
    if (
        beaten
        and not (
            _armed_attacker(masked)
            or (_STATE.search(masked) and not _ATTACK_ON_STATE.search(masked))
            or present & EXPLOSIVE_CUES
        )
        and not (present & {"clash", "abduction"})
    ):
        if re.search(r"\bsupporters\b", beaten.group(0)) and not _RIVAL_SUPPORTERS.match(
            masked, beaten.end()
        ):
            # A party's supporters attacking people are coded a political militia by ACLED:
            # one-sided violence against civilians, not a riot (their clashes stay riots).
            return _out("Violence against civilians", "Attack", "supporters_attack", cues,
                        extra=[beaten])  # fmt: skip
        return _out("Riots", "Mob violence", "crowd_attack", cues, extra=[beaten])
    if "molotov" in present and crowd and not present & (EXPLOSIVE_CUES - {"blast"}):
        return _out("Riots", "Violent demonstration", "molotov_crowd", cues, "molotov")
    generic_fight = all(_GENERIC_FIGHT.match(w) for w in _words(cues, "clash"))
    if (
        crowd
        and not armed
        and generic_fight
        and present & {"clash", "riot_violence"}
        and not (_WEAPONS.search(masked) or _COMMUNAL.search(masked) or present & EXPLOSIVE_CUES)
    ):
        if _STREET_TACTIC.search(masked) and not _RIVALS.search(masked):
            # Burning tyres and barricaded roads are a demonstration's tactics: a violent
            # demonstration even where no protest word names it. A crowd that only fights
            # (the police included) with no demonstration is mob violence.
            return _out("Riots", "Violent demonstration", "crowd_riot", cues, "clash",
                        "riot_violence")  # fmt: skip
        return _out("Riots", "Mob violence", "crowd_clash", cues, "clash", "riot_violence")
    return None


def _battle(masked: str, cues: Matches, present: set[str]) -> Classification | None:
    """Two armed, organised sides: fighting words, or armed men against armed men."""
    explosive = present & EXPLOSIVE_CUES
    if "clash" in present:
        return _out("Battles", "Armed clash", "clash", cues, "clash")
    if explosive or "disrupted" in present:
        return None  # remote violence against a position is not a battle
    if "clash_weak" in present:
        return _out("Battles", "Armed clash", "small_arms", cues, "clash_weak")
    if _OFF_DUTY.search(masked):
        return None  # off-duty soldiers and police are civilians to the codebook
    target = _STATE_VICTIMS.search(masked) or _ATTACK_ON_STATE.search(masked)
    if (
        target
        and "arrest" not in present
        and (_STATE_VICTIMS.search(masked) or not _STATE_KILLS.search(masked))
    ):
        return _out("Battles", "Armed clash", "attack_on_state_forces", cues, extra=[target])
    armed = next(
        (
            m
            for m in _ATTACK_ON_ARMED.finditer(masked)
            if _ARMED.search(masked, 0, m.start()) or _STATE.search(masked)
        ),
        None,
    )
    if armed:
        return _out("Battles", "Armed clash", "armed_against_armed", cues, extra=[armed])
    between = _COMMUNAL_VIOLENCE.search(masked)
    if between and _LETHAL.search(masked):
        # Communities, clans or ethnic groups killing each other: ACLED's identity militias
        # on both sides, hence a battle, even where no fighting word is used.
        return _out("Battles", "Armed clash", "communal_violence", cues, extra=[between])
    shot = _STATE_KILLS.search(masked)
    if shot and _ARMED_SUSPECTS.search(masked):
        return _out("Battles", "Armed clash", "state_against_armed_suspects", cues, extra=[shot])
    return None


def _remote(masked: str, cues: Matches, present: set[str]) -> Classification | None:
    if "disrupted" in present:
        return _out("Strategic developments", "Disrupted weapons use", "disrupted", cues,
                    "disrupted")  # fmt: skip
    if "chemical" in present:
        return _out("Explosions/Remote violence", "Chemical weapon", "chemical", cues, "chemical")
    if "suicide" in present:
        return _out("Explosions/Remote violence", "Suicide bomb", "suicide", cues, "suicide")
    if "air" in present:
        return _out("Explosions/Remote violence", "Air/drone strike", "air", cues, "air")
    if "grenade" in present and "shelling" not in present:
        return _out("Explosions/Remote violence", "Grenade", "grenade", cues, "grenade")
    if "shelling" in present:
        return _out("Explosions/Remote violence", "Shelling/artillery/missile attack",
                    "shelling", cues, "shelling")  # fmt: skip
    if "ied" in present:
        return _out("Explosions/Remote violence", "Remote explosive/landmine/IED", "ied", cues,
                    "ied")  # fmt: skip
    if "blast" in present and not ("arrest" in present and "violence" not in present):
        if _FRONT_BLAST.search(masked):
            return _out("Explosions/Remote violence", "Shelling/artillery/missile attack",
                        "front_line_blast", cues, "blast")  # fmt: skip
        return _out("Explosions/Remote violence", "Remote explosive/landmine/IED", "blast", cues,
                    "blast")  # fmt: skip
    return None


def _civilians(masked: str, cues: Matches, present: set[str]) -> Classification | None:
    if "sexual" in present:
        return _out("Violence against civilians", "Sexual violence", "sexual", cues, "sexual")
    if "abduction" in present:
        if _KILLED.search(masked):
            return _out("Violence against civilians", "Attack", "abduction_then_killing", cues,
                        "abduction", "violence")  # fmt: skip
        return _out("Violence against civilians", "Abduction/forced disappearance",
                    "abduction", cues, "abduction")  # fmt: skip
    strong = [w for w in _words(cues, "violence") if not _INCIDENTAL.match(w)]
    if strong or (
        "violence" in present and not present & {"arrest", "agreement", "change_group",
                                                 "looting", "headquarters", "other"}
    ):  # fmt: skip
        if "looting" in present and all(_RAID_ONLY.match(w) for w in _words(cues, "violence")):
            return _out("Strategic developments", "Looting/property destruction",
                        "attack_on_property", cues, "looting")  # fmt: skip
        return _out("Violence against civilians", "Attack", "attack", cues, "violence")
    return None


def _strategic(masked: str, cues: Matches, present: set[str]) -> Classification | None:
    if "arrest" in present:
        return _out("Strategic developments", "Arrests", "arrest", cues, "arrest")
    if "agreement" in present:
        return _out("Strategic developments", "Agreement", "agreement", cues, "agreement")
    if "headquarters" in present:
        return _out("Strategic developments", "Headquarters or base established",
                    "headquarters", cues, "headquarters")  # fmt: skip
    if "transfer" in present:
        return _out("Strategic developments", "Non-violent transfer of territory", "transfer",
                    cues, "transfer")  # fmt: skip
    if "looting" in present:
        return _out("Strategic developments", "Looting/property destruction", "looting", cues,
                    "looting")  # fmt: skip
    if "change_group" in present:
        return _out("Strategic developments", "Change to group/activity", "change_group", cues,
                    "change_group")  # fmt: skip
    if "other" in present and (
        "armed_target" in present or any(not _DISPLACEMENT.match(m.group(0)) for m in cues["other"])
    ):
        # Displacement, ultimatums, standoffs are strategic developments only when armed or
        # state actors are involved; people displaced by a flood are no political event.
        return _out("Strategic developments", "Other", "other", cues, "other")
    if "violence" in present:
        return _out("Violence against civilians", "Attack", "attack_weak", cues, "violence")
    return None


_RULES = (_territory, _demonstration, _crowd_violence, _battle, _remote, _civilians, _strategic)


def _armed_attacker(masked: str) -> bool:
    """An armed noun that is not a crowd's suspected victim ("lynched two suspected robbers")."""
    return any(
        not _SUSPECT_BEFORE.search(masked, max(0, m.start() - 30), m.start())
        for m in _ARMED.finditer(masked)
    )


def _background_clauses(masked: str) -> list[tuple[int, int]]:
    """Clauses about an earlier day ("after the riots of the previous week"): what happened
    then is background to this demonstration, which the codebook types on its own acts."""
    spans = []
    for m in _BACKGROUND_TIME.finditer(masked):
        start = max(masked.rfind(c, 0, m.start()) for c in ".;,(") + 1
        # "Protesters light fires after a man was shot the previous day": only the clause
        # its conjunction opens is history, not the protesters' acts before it.
        openers = list(_CLAUSE_OPENER.finditer(masked, start, m.start()))
        if openers:
            start = openers[-1].start()
        ends = [i for i in (masked.find(c, m.end()) for c in ".;,)") if i != -1]
        spans.append((start, min(ends, default=len(masked))))
    return spans


def _inside(span: tuple[int, int], regions: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in regions)
