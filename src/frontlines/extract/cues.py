"""The lexicon of event cues: words and phrases that signal a tactic, an actor role or context.

Kept as data (one compiled pattern per cue) so the classifier in ``classify`` reads as the
codebook's rules. Patterns match lower-cased text; ``\\b`` boundaries keep "rally" out of
"generally". Extend a cue by adding an alternative; every cue has rows in
``tests/extract/test_classify.py``.

Besides the cues, this module holds the actor lexicon (who is armed, who is a state force,
who is a crowd) and the masks: phrases whose violence words must not count because they are
negated ("no one was hurt"), hypothetical ("threatened to attack") or the grievance a protest
is about ("against the arrest of their editor").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from frontlines.nlp.regex_gate import RegexGate

# Named armed organisations that news reports name without a noun like "militants"; ACLED
# codes them as rebel groups or political militias wherever they appear.
ARMED_GROUP_NAMES = (
    r"al[- ]shabaa?b|boko haram|isis|isil|is militants|islamic state|daesh|taliban|houthis?|"
    r"ansar allah|rsf|rapid support forces|hamas|hezbollah|pkk|ypg|sdf|qsd|m23|adf|jnim|iswap|"
    r"wagner|al[- ]qaeda|aqap|aqim|isgs|iswap|ansarul islam|jaish|lashkar|hizbul|hts|hayat tahrir|"
    r"npa|new people's army|arsa|codeco|"
    r"mai[- ]?mai|anti[- ]balaka|seleka|fdlr|fardc|ambazonian?|amba boys|ltte|farc|eln|"
    r"cartel(?:s| de| del)?|cjng|mungiki|islamic jihad|al[- ]aqsa martyrs|ansaru|lra|"
    r"sudan people's liberation|splm-io|spla-io|nas rebels|ulfa|maoists?|naxal\w*"
)

# Nouns for organised armed non-state actors: ACLED's rebels, political and identity
# militias, and the armed criminals its Battles rules treat as an armed side.
ARMED_NOUN = (
    r"militants?|militia\w*|gunm[ae]n|rebels?|insurgents?|fighters?|jihadists?|terrorists?|"
    r"bandits?|raiders?|rustlers|pirates|guerrill\w*|paramilitar\w*|combatants|gang(?:s|sters?)?|"
    r"armed (?:men|man|group\w*|gang\w*|assailants|attackers|individuals|persons|robbers|"
    r"suspects?|elements|youths?|civilians|herders|herdsmen)|robbers|hitm[ae]n|"
    r"separatists?|extremists?|warriors|morans|"
    rf"cult(?:ists?)? militias?|{ARMED_GROUP_NAMES}"
)

# State forces (ACLED inter 1) and foreign forces (inter 8): the other armed side.
STATE_NOUN = (
    r"police(?:m[ae]n| officers?| reservists?| forces?| units?| patrols?)?|soldiers?|troops?|"
    r"army|military|security (?:forces|personnel|agents|officers|operatives)|forces|"
    r"(?:army|military|security|prison|intelligence|immigration|wildlife|border|customs|"
    r"traffic|forest|correctional|anti-riot|riot) officers?|officers|"
    r"gendarm\w*|servicem[ae]n|navy|marines|national guard|border guards?|republican guards?|"
    r"reservists?|rangers?|peacekeepers?|commandos?|special forces|kdf|gsu|sspdf|updf|fardc|"
    r"military (?:base|camp|post|convoy|vehicle|patrol|position)s?|police (?:station|post|"
    r"camp|patrol|vehicle|checkpoint)s?|army (?:checkpoint|convoy|post|base)s?|barracks|"
    r"(?:military|army|government|governmental|enemy|their) positions|outposts?|garrisons?"
)

# Unarmed collectives: when they fight, ACLED codes rioters, not an armed clash.
CROWD_NOUN = (
    r"crowds?|youths?|residents|villagers|students|supporters|traders|locals|"
    r"members of the public|demonstrators|protesters|protestors|rioters|boda ?boda\w*|"
    r"motorcyclists|riders|hawkers|citizens|journalists|vendors|squatters|factions|"
    r"members of (?:\w+ ){0,3}?(?:part(?:y|ies)|union|camps?)|(?:farmer|village|rival) groups|"
    r"fans|mourners|workers|drivers|operators|mobs?|voters|rivals|"
    r"groups? of (?:\w+ ){0,2}(?:people|men|youths?|residents|villagers|students|supporters|"
    r"laborers|labourers|workers|women)|two groups|rival (?:groups|camps|factions|supporters)|"
    r"party supporters|prisoners|inmates|farmers|herders|shopkeepers|churchgoers|parishioners|"
    r"migrants|laborers|labourers|passengers|neighbou?rs|relatives|family members|"
    r"community members|communities|political rivals|party agents|"
    r"(?:political|rival|opposing) (?:parties|camps|groups|factions|supporters)"
)

CUE_PATTERNS: Mapping[str, str] = {
    # Demonstrations
    "protest": r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|march(?:ed|es|ing)? "
    r"(?:to|through|on|in|from|against|for|along)|sit-in|picket\w*|took to the streets|"
    r"take to the streets|held a (?:vigil|procession|gathering)|vigil|strike action|"
    r"went on (?:a )?strike|on strike|industrial action|boycott\w*|"
    r"walk-?out|hunger strike|chant\w*|placards?|mass action|agitat\w*|motorcade|"
    r"pot-banging|cacerolazo|marche?s? (?:was|were) held|(?:anti-[\w-]+|protest|peaceful) "
    r"marche?s?|(?:held|staged|organi[sz]ed) (?:a |an )?(?:\w+ )?(?:sit|march|"
    r"rally|protest|demonstration|strike|procession)|striking (?:workers|teachers|doctors|"
    r"nurses|employees))",
    # Gatherings and demands count as a protest only when nothing violent is reported.
    "protest_weak": r"\b(?:gathered (?:at|in|outside|in front of|near|on)|blocked (?:the |a )?"
    r"(?:[\w'-]+ )?(?:roads?|highway|traffic|streets?|entrance|gates?|route)|blockaded|"
    # The cue must end on a word, so the demand's object is named, not left as "the ".
    r"(?:to )?demand(?:ed|ing|s)? (?:the|their|that|an?|payments?|salar\w*|compensation|"
    r"justice|action|explanations?|to know)|"
    r"commemorat\w* (?:the )?(?:labou?r day|may day|(?:international )?workers'? day)|"
    r"voiced (?:their )?(?:rejection|opposition|anger|concern)|in support of|"
    r"lamented|complain\w* (?:about|over|of)|paralys\w* (?:business|operations|traffic)|"
    r"padlocked|downed tools|camped outside|sloganeer\w*)",
    "riot_violence": r"\b(?:(?<!anti-)(?<!anti )riot\w*(?! (?:police|gear|squad|control|"
    r"units?|officers|act|shields?))|pelt\w*|(?:threw|throw|throwing|hurled|hurling) "
    r"(?:\w+ )?(?:stones|rocks|bottles|objects|petrol bombs|molotov|chairs|bricks|acid)|"
    r"stone-?throw\w*|stoned|bonfires?|burn(?:ed|t|ing)? (?:\w+ ){0,3}?(?:tyres|tires|"
    r"vehicles?|cars?|buses|matatus?|motorbikes?|motorcycles?|dorm\w*|school|property|"
    r"houses?|homes?|buildings?|offices?|shops?|kiosks?|ballot\w*|station|camp|library|"
    r"hall|block)|lit (?:fires|tyres|tires)|barricad\w*|vandali[sz]\w*|smash\w*|ransack\w*|"
    r"torched|set (?:\w+ ){0,3}?(?:on fire|ablaze|alight)|set(?:ting)? (?:a )?fires?|"
    r"burning (?:\w+ )?(?:objects|tyres|tires|barricades|debris|rubbish|tyers)|(?:were|"
    r"was) (?:\w+ )?(?:burnt|"
    r"burned|torched|set ablaze|vandali[sz]ed|smashed|damaged)|engag\w* (?:with )?(?:the )?"
    r"(?:police|officers|security)|"
    r"clash\w* with (?:the )?(?:police|security|anti-riot|officers)|turned (?:violent|"
    r"chaotic|rowdy)|violent (?:\w+ )?(?:protests?|demonstrations?)|looted|looting|"
    r"forced their way|broke into|engaged (?:the )?police|running battles?|scuffle\w*|"
    # Not "attacked by police": the crowd must be the attacker.
    r"attack\w* (?:(?!by\b)\w+ ){0,3}?(?:police|officers?|journalists?|workers|clerks|staff|"
    r"vehicles?|teachers?|reporters?|motorists|passers-?by|officials?|fellow \w+)|"
    r"hit (?:\w+ ){0,4}?with (?:a |an )?(?:stones?|rocks?|bricks?|bottles?)|"
    r"assault\w* (?:a |the |two |several )?(?:police|officers?)|destroy\w* property|"
    r"damag\w* property|property destruction|broke windows|injur\w* (?:a |two |"
    r"several )?(?:police|officers?)|"
    r"rampage|became violent|boulders|hurl\w*|rowdy|chaotic|violent|violently|unrest|"
    r"destroy\w*|demolish\w*|broke (?:into|the|down)|broken into|stole|stolen|"
    r"(?:light|lit|lighting) (?:\w+ )?fires?)",
    "mob": r"\b(?:mobs?|lynch\w*|mob justice|jungle justice|angry (?:villagers|residents|"
    r"crowd|youths?|members of the public|locals|mob|traders)|irate \w+|"
    r"members of the public|vigilante\w*|beaten (?:to death )?by (?:a )?(?:crowd|residents|"
    r"villagers|"
    r"members)|self-help justice|crowd (?:beat|attacked|set|killed|lynched|torched)|"
    r"witch\w*|ston\w* (?:\w+ ){0,3}?to death|residents? (?:beat|lynched|torched|descended))",
    "intervention": r"\b(?:tear[- ]?gas\w*|water cannons?|disper[sc]\w*|"
    r"rubber bullets|pellets?|(?<!who )(?:were|have been|being) (?:\w+ )?(?:arrested|"
    r"detained)|(?:arrest\w*|detain\w*) (?:\d+(?! (?:years?|months?|weeks?|days?))|"
    r"\w+ (?:protesters|demonstrators|people|participants|"
    r"students|activists|workers|of them|others)|some|several|dozens|scores|many|them|"
    r"protesters|demonstrators|participants|activists|the (?:protesters|demonstrators|"
    r"organi[sz]ers|participants|leaders))|(?:police|officers|security forces|troops|"
    r"soldiers) (?:\w+ )?(?:arrested|detained)|baton[- ]?charg\w*|batons?|"
    r"police (?:broke up|blocked|stopped|prevented|intervened|interfered|responded|"
    r"contained|confronted|removed)|intervened|broke up|cordon\w*|whipped|canned|caned|"
    r"(?:beat|beaten|assaulted|manhandled) (?:the )?(?:protesters|demonstrators)|"
    r"fired (?:\w+ )?(?:in|into) the air|(?:shot|shooting|shots) (?:\w+ )?(?:in|into) the "
    r"air|warning shots|stun grenades?|barred|forcibly (?:removed|evicted|dispersed)|"
    r"clampdown|pepper spray)",
    # Headlines use the present tense ("police open fire on protesters").
    "live_fire": r"\b(?:live (?:ammunition|bullets|rounds|fire)|"
    r"(?:open|opens|opened|opening) fire on (?:the )?(?:protesters|demonstrators|crowd|"
    r"marchers)|shot (?:dead )?(?:\w+ )?(?:protesters|"
    r"demonstrators|marchers))",
    # Battles: explicit fighting language; "weak" only describes weapons being fired.
    "clash": r"\b(?:clash\w*|(?<!without a )(?<!without )fight(?:ing|s)?|fought|battl\w*|"
    r"exchang\w* (?:of )?"
    r"(?:\w+ )?(?:fire|gunfire|shots|artillery|shell\w*|mortars?|rockets?)|shelling exchange|"
    r"small arms|sniper\w*|encounter(?:ed|s)? (?:with )?(?:\w+ )?(?:militants|rebels|"
    r"insurgents|terrorists|gunmen|bandits|criminals|robbers|fighters)|killed in an? "
    r"(?:\w+ )?encounter|gun ?fights?|fire ?fights?|shoot-?outs?|skirmish\w*|"
    r"firefight\w*|engag(?:ed|ement|ements|ing) (?:with|in|them)|crossfire|"
    rf"engag(?:ed|es|ing) (?:the )?(?:[\w'-]+ ){{0,2}}?(?:{ARMED_NOUN})|"
    r"(?:exchang\w*|engag\w* in|came to|traded) blows|fisticuffs|shoving|jostl\w*|"
    r"counter-?attack\w*|thwart\w*|foiled|repel\w*|repuls\w*|pushed back|fought off|"
    r"fend(?:ed)? off|"
    r"return(?:ed)? fire|shot back|fired back|responded (?:with fire|by firing)|"
    r"incursions?|hostilities|combat|gun ?battles?|(?:clan|tribal|ethnic|gang|turf) wars?|"
    r"armed confrontation|confrontations?|"
    r"infiltrat\w*|in both directions|fire exchange|mutual fire|heavy gunfire|"
    r"offensive|assault(?:ed)? (?:on )?(?:the |a )?(?:positions?|base|camp|post|checkpoint|"
    r"barracks))\b",
    "clash_weak": r"\b(?:(?:heavy )?machine ?guns?|bursts of fire|"
    r"fired (?:\w+ ){0,4}(?:on|at) (?:the )?(?:\w+ )?positions|(?:on|at) the positions)",
    "regain": r"\b(?:re-?captur\w*|regain\w*|re-?took|re-?take\w*|re-?taken|liberat\w*|"
    r"took back|reclaim\w*|restored control|back under (?:government|army) control)",
    "overtake": r"\b(?:seiz\w* (?:control|the town|the city|the village|the base|the area)|"
    r"(?:took|take|taking|taken) (?:over|control) (?:of )?|captur\w* (?:the )?(?:town|city|"
    r"village|district|base|area|locality|headquarters|airport)|overr(?:an|un)|"
    r"fell to|under (?:their|rebel|militant|its) control)",
    # Explosions/Remote violence
    "chemical": r"\b(?:chemical (?:weapons?|attack)|chlorine|sarin|nerve agent|mustard gas|"
    r"toxic gas)",
    "air": r"\b(?:air ?strikes?|air-strikes?|air raids?|airstrikes?|drone (?:strikes?|"
    r"attacks?)|drones? (?:struck|hit|targeted|attacked|dropped)|uavs?|unmanned aerial|"
    r"warplanes?|fighter jets?|jets? (?:struck|bombed|hit)|aerial (?:bombardment|attack|"
    r"strike)s?|helicopter gunships?|gunships?|barrel bombs?|bombed from the air|"
    r"air force|kamikaze drones?|shahed|loitering munitions?|bombers? (?:struck|hit)|"
    r"aircraft (?:struck|bombed|targeted)|bombing raids?)",
    "suicide": r"\b(?:suicide (?:bomb\w*|attack\w*|vests?|belts?|car bomb|truck bomb)|"
    r"svbieds?|blew (?:himself|herself|themselves) up|self-detonat\w*)",
    # Spent "shell casings" and handgun calibres ("9mm", "7.62 mm") are small arms: only
    # calibres of 20 mm and up are cannon, mortars or artillery.
    "shelling": r"\b(?:shell(?:ed|ing|s)?(?! casings?)|artillery|mortars?|rockets?|missiles?|"
    r"grad|katyusha|mlrs|multiple rocket|howitzers?|projectiles?|bombard\w*|"
    r"cluster munitions?|tank (?:fire|shells?|rounds)|(?:heavy|medium)(?: and (?:heavy|medium))? "
    r"weapons|grenade launchers?|"
    r"rpgs?|rocket-propelled|anti-tank|atgms?|recoilless|"
    r"(?<![\d.,])(?:[2-9]\d|[1-9]\d\d)(?:\.\d+)? ?mm|infantry fighting vehicles|"
    r"ifvs?|bmps?|(?:\d+ |of )explosions(?:/bursts)? (?:of fire )?involving)",
    "ied": r"\b(?:ieds?|improvised explosive|roadside bombs?|land ?mines?|"
    # "mine" is also the pronoun ("a friend of mine"): the explosive is a mine laid or hit.
    r"(?:a|an|the|another|anti-\w+|sea|naval|roadside|by) mines?(?! (?:and|said|was|is))|"
    r"mines? (?:blast|explosion|exploded|went off|detonated)|mines|car bombs?|"
    r"vbieds?|explosive devices?|booby[- ]trap\w*|sticky bombs?|magnetic bombs?|"
    r"planted (?:a |an )?(?:\w+ )?(?:bomb|explosive)s?|parcel bombs?|bomb (?:blast|attack|"
    r"explo\w*)|uxos?)",
    # Bare blasts: an IED when nothing names the weapon, shelling near a front line.
    "blast": r"\b(?:bomb(?:s|ing|ings|ed)?|blasts?|explosions?|exploded|explosives?|"
    r"detonat\w*)",
    "grenade": r"\b(?:grenades?|hand ?grenades?)",
    "molotov": r"\b(?:molotov\w*|petrol bombs?|fire ?bombs?|incendiary (?:bottles|devices))",
    # Violence against civilians
    "sexual": r"\b(?:rap(?:e|ed|es|ing|ist|ists)|sexual(?:ly)? (?:assault\w*|violence|"
    r"abus\w*|exploit\w*|harass\w*)|gang-?raped|defil\w*|sodomi[sz]\w*)",
    "abduction": r"\b(?:abduct\w*|kidnap\w*|taken hostage|held hostage|hostages?|"
    r"forcibly disappeared|forced disappearance|enforced disappearance|taken captive|"
    r"seized (?:\w+ )?(?:people|passengers|villagers|civilians|travellers)|missing after|"
    r"carried away|whisked away|went missing)",
    "violence": r"\b(?:kill\w*|shot|shoot\w*|stab(?:s|bed|bing|bings)?|hack(?:ed|ing)|"
    r"machete\w*|murder\w*|"
    r"attack\w*|assault\w*|beat(?:en|ing)?|tortur\w*|slain|slaughter\w*|massacr\w*|"
    r"execut(?:e|ed|es|ing|ion|ions)|behead\w*|burn(?:ed|t) (?:alive|to death)|"
    r"gun(?:s|ned)? down|opened fire|"
    r"injur\w*|wound\w*|maim\w*|lynch\w*|violence|raid\w*|ambush\w*|died|dead|bodies|body|"
    r"found dead|assassinat\w*|harass\w*|whipp\w*|flogg\w*|threat\w*|intimidat\w*|"
    r"hit by|struck|fired (?:on|at)|open fire|gunfire|gunshot|bullet\w*|fatalit\w*|"
    r"mutilat\w*|strangl\w*|lashed|poison\w*|acid)",
    # Strategic developments
    "arrest": r"\b(?:arrest\w*|detain\w*|apprehend\w*|taken into custody|"
    r"rounded up|nabbed|crackdown)",
    "looting": r"\b(?:loot\w*|torch\w*|set (?:\w+ ){0,3}?(?:on fire|ablaze|alight)|"
    r"burn(?:ed|t) down|razed|vandali[sz]\w*|destroy\w*|demolish\w*|ransack\w*|arson\w*|"
    r"burnt|burned|stole|stolen|steal\w*|rustl\w*|confiscat\w*|plunder\w*|pillag\w*|"
    r"set fire|damaged|damaging|extort\w*|robb\w*|burn (?:down|\w+ down)|hijack\w*|carjack\w*|"
    r"(?:took|taking|carted|carried) away|seiz\w* (?:[\w,.'-]+ ){0,5}?(?:vehicles?|cars?|trucks?|"
    r"cattle|goods|property|livestock|motorbikes?|drugs|marijuana|cocaine|tons?|kilos?)|"
    r"cut down|uproot\w*|molotov\w*|petrol bombs?)",
    "disrupted": r"\b(?:defus\w*|intercept\w*|shot down|downed (?:a |an |the |two |\d )?"
    r"(?:drone|aircraft|helicopter|plane|uav|missile)|disarm(?:ed|ing)|dismantl\w*|"
    r"safely detonated|controlled (?:explosion|detonation)|detonated safely|bomb disposal|"
    r"weapons cache|arms cache|cache of|seized (?:\w+ ){0,3}?(?:weapons|arms|explosives|"
    r"ammunition|munitions)|recovered (?:\w+ )?(?:weapons|arms|explosives|ammunition|ieds?|mines?)|"
    r"found (?:an? )?(?:\w+ )?(?:ied|bomb|explosive|mine)s?|accidental(?:ly)? (?:\w+ )?"
    r"(?:explo\w*|detonat\w*|stepped)|premature(?:ly)? (?:explo\w*|detonat\w*)|"
    r"unexploded|ordnance|demined|de-?mining|while (?:making|assembling|planting|handling) "
    r"(?:a |an )?(?:bomb|explosive|ied)|(?:ied|bomb|explosive)s? (?:was|were) (?:found|"
    r"discovered|neutrali[sz]ed))",
    "agreement": r"\b(?:ceasefire|cease-fire|truce|peace (?:deal|accord|talks|agreement|"
    r"pact|process)|prisoner (?:exchange|swap)|exchanged prisoners|exchange of prisoners|"
    r"released (?:\w+ )?(?:prisoners|hostages|detainees|captives|soldiers)|amnesty|"
    r"reconciliation|signed (?:a |an )?(?:\w+ )?(?:peace|ceasefire|security|non-aggression) "
    r"(?:\w+ )?(?:agreement|accord|deal|memorandum|pact)|memorandum of understanding|"
    r"brokered (?:a |an )?(?:\w+ )?(?:agreement|deal|truce))",
    "headquarters": r"\b(?:establish\w* (?:a |an |new |their )?(?:\w+ )?(?:base|headquarters|"
    r"camp|outpost|position|checkpoint|observation post)|set up (?:a |an |new |their )?"
    r"(?:\w+ )?(?:base|headquarters|camp|outpost|checkpoint)|set base|installed (?:a |an )?"
    r"(?:\w+ ){0,2}(?:base|camp|outpost)|opened (?:a |an |new )?(?:\w+ )?(?:base|"
    r"headquarters)|strongholds?|into (?:a )?military (?:barracks|bases?|posts?))",
    "change_group": r"\b(?:reinforcements?|deploy\w*|mobili[sz]\w*|recruit\w*|"
    r"train(?:ing|ed) (?:camp|recruits|fighters)|defect\w*|merg\w*|splinter|"
    r"formation of|launched (?:a |an )?(?:new )?(?:group|movement|party|operation|"
    r"campaign)|curfew|state of emergency|banned|suspend\w*|dissolv\w*|"
    r"redeploy\w*|troop movements?|military build-?up|convoys?|arrived in|parade|"
    r"declared (?:a |an )?(?:curfew|state|war|jihad|lockdown)|withdr\w*|relocat\w*|"
    r"pull(?:ed)? out|patrol\w*|checkpoints?|surrender\w*|disarmament|demobili[sz]\w*|"
    r"lockdown|imposed|closed|arming themselves|armed themselves|military operation|"
    r"security operation|crackdown|sweep|raided|searched|search operation|fortif\w*|"
    r"moved into|(?:heighten|tighten|step)\w* (?:up )?security|sealed off|halted|columns? of|"
    r"re-?arm\w*|deliver\w* (?:\w+ ){0,2}?(?:food|aid|packages|supplies)|security measures|"
    r"entered (?:the )?(?:\w+ )?territor\w*|reinforc\w*|oath-?taking|alert)",
    "transfer": r"\b(?:handed over|hand(?:ed)? over control|withdr(?:ew|awn|awal) from|"
    r"pulled out of|vacated|took over (?:without|peacefully)|without (?:a )?(?:fight|"
    r"resistance|violence)|transferred control|no violence (?:was )?reported|"
    r"by surprise|abandoned (?:by|their|the))",
    "other": r"\b(?:displac\w*|evict\w*|fled (?:their homes|the area|for safety)|"
    r"refugees returned|humanitarian corridor|standoff|stand-off|ultimatum|"
    r"(?:issued|gave) (?:a |an )?(?:\w+ )?(?:warning|ultimatum|threat)|warned)",
    # Context
    "armed_target": rf"\b(?:{STATE_NOUN}|{ARMED_NOUN})\b",
    "civilian_target": r"\b(?:civilians?|residents?|villagers?|man|woman|men|women|boy|"
    r"girl|child|children|students?|pupils?|teachers?|worshippers?|farmers?|herders?|"
    r"herdsmen|family|families|passengers?|traders?|journalists?|motorists?|"
    r"pedestrians?|people|person|youths?|teen\w*|elderly|aid workers?|doctors?|nurses?|"
    r"patients?|mourners?|voters?|shoppers?|customers?|employees?|workers?|chief|"
    r"mca|mp|politician|candidate|official|businessman|pastor|imam|priest|community)",
    # Stories that kill or hurt people without political violence.
    "disaster": r"\b(?:earthquake|flood\w*|landslide\w*|mudslide\w*|cyclone|hurricane|"
    r"typhoon|tsunami|drought|wildfire|bush ?fire|storm|heavy rains?|lightning|"
    r"road (?:accident|crash)|car crash|accident|collision|collided|capsiz\w*|drown\w*|"
    r"building collapse|collapsed|stampede|epidemic|outbreak|cholera|disease|famine|"
    r"magnitude|tremor|derail\w*)",
    "sport": r"\b(?:football|soccer|cricket|rugby|basketball|tournament|league|cup final|"
    r"championship|scored|goals?|semi-?final|quarter-?final|olympic\w*|title race|"
    r"in the final|[0-9]+-[0-9]+ (?:win|victory|defeat|draw))",
    "court": r"\b(?:trial|court|judge|sentenced|convicted|acquitted|verdict|prosecut\w*|"
    r"fraud|embezzl\w*|money laundering|corruption charges|bail|plea)",
    "habitual": r"\b(?:regular(?:ly)?|repeated(?:ly)?|dozens of times|frequent(?:ly)?|"
    r"routinely|often|every (?:day|week|night)|on several occasions|a series of|"
    r"campaign of|wave of)",
}

# Every cue ends on a word boundary too: "mob" must not match "mobile", nor "vigil" "vigilante".
CUES: Mapping[str, re.Pattern[str]] = {
    name: re.compile(rf"(?:{pattern})(?!\w)") for name, pattern in CUE_PATTERNS.items()
}
# A sentence is scanned only by the cues its words can begin (same matches, a fraction of
# the work: most sentences hold the first letters of a handful of cues).
_GATE = RegexGate.build(CUES)

# Negated and hypothetical violence: blanked out before any cue is looked for, so "no one
# was hurt" or "threatened to attack" add nothing (the offsets of the rest stay the same).
_HARM = (
    r"(?:casualties|causalities|injuries|fatalities|deaths|damages?|victims|loss of life|"
    r"arrests|violence|clashes(?: with (?:the )?police)?|incidents?|injured|dead)"
)
_NEGATED = re.compile(
    r"\b(?:no (?:one|body|people|person|civilians?|soldiers?|officers?|protesters?) "
    r"(?:was|were|has been|had been|got) (?:\w+ )?(?:hurt|injured|killed|harmed|wounded)|"
    r"nobody (?:was |got )?(?:\w+ )?(?:hurt|injured|killed|harmed|wounded)|"
    rf"(?:no|neither|nor|without any|without) (?:reports? of )?(?:reported |known |immediate |"
    rf"further |serious |any )?{_HARM}(?:(?:,| or| nor| and) (?:\w+ )?{_HARM})*|"
    r"(?:escaped|were|was|left) unhurt|unharmed|"
    rf"(?:devoid of|free (?:of|from)) (?:any )?{_HARM}|"
    r"(?:threaten\w*|vow\w*|plann\w*|plott\w*|intend\w*|promis\w*|pledg\w*|warn\w* "
    r"(?:of|that)|fear\w* (?:of )?(?:a |an )?|could|would|might|may) (?:to )?(?:\w+ ){0,2}?"
    r"(?:attack|kill|strike|bomb|raid|burn|fight|retaliat|invade|shoot|disrupt)\w*)"
)

# What a protest is about ("against the arrest of", "demanding the release of"): its violence
# and arrest words are the grievance, not what happened at the protest.
GRIEVANCE = re.compile(
    # "protest(s/ed/ing) against the killings" leads a grievance; "protesters clash" does not.
    r"\b(?:against|over|condemn\w*|denounc\w*|demand\w*|protest(?:s|ed|ing)?|for|decry\w*|about|"
    r"seeking|justice for|in the wake of|in response to|after|following|sparked by|over the)"
    r"\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:arrests?|detentions?|killings?|murders?|abductions?|kidnappings?|release|"
    r"looted|looting|rapes?|deaths?|disappearances?|shootings?|attacks?|assaults?|"
    r"beating|torture|brutality|harassment|violence|lynching|demolitions?|evictions?|"
    r"torching|burning|imprisonment|detained|arrested|jailing|sentencing|clash(?:es)?)\b"
    r"|\blooted (?:funds|money|valuables|goods|items|property|wealth)\b"
)


def lower(text: str) -> str:
    """``text`` lower-cased with its length kept, so offsets found in it index ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters ("İ", ligatures) grow when lower-cased; keep those as they are.
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def blank(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with every match of ``pattern`` replaced by spaces (offsets unchanged)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


# "Moro Islamic Liberation Front", "People's Liberation Army": a name, not a liberation.
_NAMED_ORGANISATION_WORD = re.compile(
    r"\bLiberation(?=\s+(?:Front|Army|Movement|Tigers|Organi[sz]ation|Party|Forces|Council|"
    r"Committee|Union|Struggle)\b)"
)


def mask_names(text: str, lowered: str) -> str:
    """``lowered`` with the cue words that ``text`` uses inside organisations' names blanked."""
    for match in _NAMED_ORGANISATION_WORD.finditer(text):
        start, end = match.span()
        lowered = lowered[:start] + " " * (end - start) + lowered[end:]
    return lowered


def mask_negated(lowered: str) -> str:
    """Lower-cased text with negated and hypothetical violence blanked out."""
    return blank(lowered, _NEGATED)


def find_cues(lowered: str) -> dict[str, list[re.Match[str]]]:
    """Every cue found in already lower-cased (and masked) text, with its matches."""
    return _GATE.finditer_all(lowered)


def cues_in(text: str) -> dict[str, list[re.Match[str]]]:
    """Every cue found in ``text`` (matched case-insensitively), negations masked."""
    return find_cues(mask_negated(mask_names(text, lower(text))))
