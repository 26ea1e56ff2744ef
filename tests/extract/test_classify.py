"""The ACLED event-type rules, as a table of hand-written sentences.

Every one of the 25 sub-event types has at least two rows; the codebook's exceptions (hierarchy,
Molotov cocktails, abduction then killing, police against armed suspects, crowds against crowds)
and the non-events each have their own rows. One slow test scores the rules on the ACLED
development notes in ``../shared/data`` when that folder is present.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from frontlines.extract.classify import Classification, classify
from frontlines.extract.cues import CUES, find_cues, lower, mask_negated

BAT, PRO, RIO = "Battles", "Protests", "Riots"
ERV, VAC, SD = "Explosions/Remote violence", "Violence against civilians", "Strategic developments"

TYPED = [
    # Battles
    ("Army troops recaptured the town of Kemba from the rebels after two days of fighting.",
     BAT, "Government regains territory"),
    ("Government forces retook control of the district headquarters, which insurgents had "
     "held since March.", BAT, "Government regains territory"),
    ("Rebel fighters overran an army base and seized control of the town of Lorin.",
     BAT, "Non-state actor overtakes territory"),
    ("Militants captured the village of Tarka after soldiers withdrew under heavy fire.",
     BAT, "Non-state actor overtakes territory"),
    ("Soldiers clashed with insurgents near the border crossing; four fighters were killed.",
     BAT, "Armed clash"),
    ("Police exchanged fire with a gang of armed robbers on the highway.", BAT, "Armed clash"),
    ("Gunmen ambushed a military convoy, killing three soldiers.", BAT, "Armed clash"),
    ("Police shot dead two armed suspects during a shootout in the market.", BAT, "Armed clash"),
    ("Members of two rival ethnic militias fought over grazing land, leaving six dead.",
     BAT, "Armed clash"),
    ("Militants attacked a police station with rifles and the officers returned fire.",
     BAT, "Armed clash"),
    # an air strike inside a ground battle stays a battle
    ("Troops battled insurgents for hours while jets carried out air strikes in support.",
     BAT, "Armed clash"),
    # Protests
    ("Security forces opened fire on demonstrators with live ammunition, killing four "
     "protesters.", PRO, "Excessive force against protesters"),
    ("Police shot dead two people at a peaceful march against rising fuel prices.",
     PRO, "Excessive force against protesters"),
    ("Police fired tear gas to disperse hundreds of students protesting tuition fees.",
     PRO, "Protest with intervention"),
    ("Twelve demonstrators were arrested during a sit-in outside parliament.",
     PRO, "Protest with intervention"),
    ("Teachers marched to the education ministry to demand unpaid salaries.",
     PRO, "Peaceful protest"),
    ("About 200 residents held a protest against the closure of the local hospital.",
     PRO, "Peaceful protest"),
    # the arrest is the grievance, not an intervention
    ("Journalists protested in the capital against the arrest of their editor.",
     PRO, "Peaceful protest"),
    # Riots
    ("Protesters threw stones at police and burned tyres on the main road.",
     RIO, "Violent demonstration"),
    ("Students rioted and set fire to the administration block over exam results.",
     RIO, "Violent demonstration"),
    ("Demonstrators clashed with police and smashed shop windows in the city centre.",
     RIO, "Violent demonstration"),
    ("An angry mob lynched a man suspected of stealing a motorbike.", RIO, "Mob violence"),
    ("Residents beat a suspected thief to death before police arrived.", RIO, "Mob violence"),
    ("Supporters of two rival candidates clashed with stones and sticks at the rally venue.",
     RIO, "Mob violence"),
    # Molotov cocktails thrown by a crowd are rioting, not a grenade attack
    ("A crowd of youths hurled Molotov cocktails at the police station.",
     RIO, "Violent demonstration"),
    # Explosions/Remote violence
    ("Government forces used chlorine gas against the besieged suburb.",
     ERV, "Chemical weapon"),
    ("A chemical weapons attack with sarin killed dozens in the town.", ERV, "Chemical weapon"),
    ("An air strike hit a market in the town, killing nine people.", ERV, "Air/drone strike"),
    ("A drone strike targeted a vehicle carrying militants, killing two.",
     ERV, "Air/drone strike"),
    ("A suicide bomber blew himself up at a checkpoint, killing five.", ERV, "Suicide bomb"),
    ("An SVBIED detonated at the gate of the military base.", ERV, "Suicide bomb"),
    ("Rebels shelled residential areas of the city with mortars.",
     ERV, "Shelling/artillery/missile attack"),
    ("A missile struck an apartment block overnight, wounding eleven.",
     ERV, "Shelling/artillery/missile attack"),
    ("A roadside bomb exploded near a passing bus, killing seven passengers.",
     ERV, "Remote explosive/landmine/IED"),
    ("Two herders were killed when their cart hit a landmine.",
     ERV, "Remote explosive/landmine/IED"),
    ("Unknown attackers threw a grenade into a bar, injuring six people.", ERV, "Grenade"),
    ("A hand grenade was hurled at the house of a local councillor.", ERV, "Grenade"),
    # Violence against civilians
    ("Armed men raped three women in the village.", VAC, "Sexual violence"),
    ("Soldiers were accused of sexually assaulting a girl at a checkpoint.",
     VAC, "Sexual violence"),
    ("Gunmen killed a farmer in his field.", VAC, "Attack"),
    ("Soldiers shot dead an unarmed man at a checkpoint.", VAC, "Attack"),
    ("Unknown assailants stabbed a journalist outside his home.", VAC, "Attack"),
    # abduction then killing is an attack
    ("Militants abducted a trader and later killed him; his body was found on the road.",
     VAC, "Attack"),
    ("Bandits kidnapped 15 passengers from a bus on the highway.",
     VAC, "Abduction/forced disappearance"),
    ("An activist was abducted by unidentified men and remains missing.",
     VAC, "Abduction/forced disappearance"),
    # Strategic developments
    ("The two armed groups signed a ceasefire agreement in the capital.", SD, "Agreement"),
    ("The rebels and the government completed a prisoner exchange.", SD, "Agreement"),
    ("Police arrested an opposition leader at his home.", SD, "Arrests"),
    ("Security forces detained a senior commander of the militia in a night operation.",
     SD, "Arrests"),
    ("The rebel group announced the formation of a new armed wing.",
     SD, "Change to group/activity"),
    ("The army deployed reinforcements to the northern district.",
     SD, "Change to group/activity"),
    ("Soldiers defused a bomb planted under a bridge.", SD, "Disrupted weapons use"),
    ("Air defences intercepted two missiles over the city.", SD, "Disrupted weapons use"),
    ("Militants established a new base in the forest near the border.",
     SD, "Headquarters or base established"),
    ("The insurgents set up a headquarters in the abandoned school.",
     SD, "Headquarters or base established"),
    ("Militants looted shops and burned houses in the village overnight.",
     SD, "Looting/property destruction"),
    ("Unknown people set fire to the offices of the ruling party.",
     SD, "Looting/property destruction"),
    ("Government troops withdrew from the town and handed over control to the militia.",
     SD, "Non-violent transfer of territory"),
    ("The militia took over the village without a fight after the army pulled out of it.",
     SD, "Non-violent transfer of territory"),
    ("The militia issued a public warning ordering residents to stay indoors.",
     SD, "Other"),
    # Round two: crowds named with where they come from, suspects as victims, background
    # clauses, street tactics with no protest word, riot police, "devoid of violence".
    ("Villagers of Kamuno location in the hills beat a man accused of theft.",
     RIO, "Mob violence"),
    ("Traders lynched two suspected robbers at the market.", RIO, "Mob violence"),
    ("Residents attack and kill a suspected cattle thief near the river.", RIO, "Mob violence"),
    ("Nurses marched to the ministry, a week after the riots of the previous week in the "
     "capital.", PRO, "Peaceful protest"),
    ("Teachers held a march in the town; shops had been looted there last week.",
     PRO, "Peaceful protest"),
    ("Youths burnt tyres and barricaded the main road through the estate.",
     RIO, "Violent demonstration"),
    ("Anti-riot police stood by as farmers staged a sit-in outside the county offices.",
     PRO, "Peaceful protest"),
    ("Supporters took to the streets to celebrate; the march was devoid of violence.",
     PRO, "Peaceful protest"),
    ("Election observers reported a tense standoff between rival party agents at the "
     "polling station.", SD, "Other"),
    # A liberation in a name is no liberation; a recapture from that group still is one.
    ("Government troops recaptured the town from the Oromo Liberation Army on Monday.",
     BAT, "Government regains territory"),
    ("Even in the face of threats from the People's Liberation Army, protesters marched "
     "through the city centre and were dispersed with water cannon.",
     PRO, "Protest with intervention"),
]  # fmt: skip

NON_EVENTS = [
    "Fighters of the Moro Islamic Liberation Front attended the signing ceremony.",
    "Floods swept through the valley after days of heavy rain, killing 14 people.",
    "An earthquake of magnitude 6.1 destroyed hundreds of houses and killed 30 people.",
    "The governor promised food and blankets to families displaced by the river flooding.",
    "Engineers were assessing the damage to the dam after weeks of heavy rain.",
    "Nine people died when a bus collided with a lorry on the highway.",
    "The former finance minister went on trial for fraud and money laundering.",
    "The French foreign minister visited Nairobi and discussed trade with the president.",
    "The electoral commission announced the results, declaring the incumbent the winner.",
    "The national team beat their rivals 2-1 in the cup final on Saturday.",
    "The rebels threatened to attack the capital if talks failed.",
    "No one was hurt.",
    "Officials said there were no casualties and no damage.",
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), TYPED)
def test_types_the_event(text: str, event_type: str, sub_event_type: str) -> None:
    result = classify(text)
    assert result is not None, text
    assert (result.event_type, result.sub_event_type) == (event_type, sub_event_type), result.rule


@pytest.mark.parametrize("text", NON_EVENTS)
def test_non_events_give_none(text: str) -> None:
    assert classify(text) is None


def test_every_sub_event_type_has_two_rows() -> None:
    counts: dict[str, int] = {}
    for _, _, sub in TYPED:
        counts[sub] = counts.get(sub, 0) + 1
    assert len(counts) == 25
    assert min(counts.values()) >= 2


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), TYPED)
def test_cue_spans_point_into_the_text(text: str, event_type: str, sub_event_type: str) -> None:
    result = classify(text)
    assert isinstance(result, Classification)
    assert result.cue_spans, result.rule
    for start, end in result.cue_spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]


@pytest.mark.parametrize("text", [text for text, *_ in TYPED] + NON_EVENTS)
def test_gated_cue_scan_equals_running_every_cue(text: str) -> None:
    # find_cues skips cues whose first words the sentence lacks; it must find the same.
    masked = mask_negated(lower(text))
    everything = {n: [m.span() for m in p.finditer(masked)] for n, p in CUES.items()}
    found = find_cues(masked)
    assert {n: [m.span() for m in ms] for n, ms in found.items()} == {
        n: spans for n, spans in everything.items() if spans
    }
    assert list(found) == [n for n in CUES if n in found]  # the lexicon's order


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Gunmen killed a farmer in his field.", "killed"),
        ("Police fired tear gas to disperse the protesters.", "tear gas"),
        ("Two herders died when their cart hit a LANDMINE.", "LANDMINE"),
    ],
)
def test_cue_spans_cover_the_decisive_words(text: str, cue: str) -> None:
    result = classify(text)
    assert result is not None
    assert cue in {text[start:end] for start, end in result.cue_spans}


def test_offsets_survive_lowercasing_that_changes_length() -> None:
    # "İ".lower() is two characters; spans must still index the original text.
    text = "İstanbul: gunmen killed a shopkeeper."
    result = classify(text)
    assert result is not None
    assert {text[s:e] for s, e in result.cue_spans} >= {"killed"}


DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "dev" / "acled_dev.jsonl"


@pytest.mark.slow
def test_accuracy_on_acled_dev() -> None:
    if not DATA.exists():
        pytest.skip(f"ACLED development notes not found at {DATA} (../shared/data is absent)")
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    typed = sub = 0
    started = time.perf_counter()
    for row in rows:
        result = classify(row["text"])
        if result is None:
            continue
        typed += result.event_type == row["gold"]["event_type"]
        sub += result.sub_event_type == row["gold"]["sub_event_type"]
    elapsed = time.perf_counter() - started
    assert typed / len(rows) >= 0.85
    assert sub / len(rows) >= 0.72
    assert elapsed / len(rows) < 0.005  # classify runs on every event of every article
