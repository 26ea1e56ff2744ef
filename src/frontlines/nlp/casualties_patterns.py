"""The precompiled patterns and vocabularies that ``casualties`` matches sentences with.

Kept apart from the matching logic so that the rules read as one table: victim nouns and
their sides, amounts, verbs of killing and wounding, and the cues around a figure that
change its meaning (a subset, an update, a negation, a roundup). Every pattern is compiled
once at import, since extraction runs them over every sentence of every article.
"""

from __future__ import annotations

import re

from frontlines.nlp.numbers import NUMBER, VAGUE

_NUMBER_WORDS_RE = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|dozens?"
)

# Nouns for people who can be casualties, mapped to the side they are on.
SIDE_NOUNS: dict[str, str] = {}
for _side, _words in {
    "state": "soldier soldiers troop troops serviceman servicemen servicemembers "
    "officer officers policeman policemen police policewoman cop cops guard guards "
    "personnel marine marines paratrooper paratroopers gendarme gendarmes recruit recruits "
    "commander commanders general sergeant constable constables ranger rangers "
    "peacekeeper peacekeepers deputy deputies trooper troopers agent agents detective "
    "detectives",
    "armed": "fighter fighters militant militants insurgent insurgents rebel rebels "
    "gunman gunmen attacker attackers assailant assailants terrorist terrorists jihadist "
    "jihadists bandit bandits militiaman militiamen militia raider raiders combatant "
    "combatants suspect suspects extremist extremists kidnapper kidnappers shooter shooters "
    "robber robbers members member leader leaders rustler rustlers poacher poachers "
    "bomber bombers",
    "civilian": "civilian civilians resident residents villager villagers child children "
    "kid kids boy boys girl girls woman women man men teenager teenagers teen teens "
    "student students pupil pupils worshipper worshippers worshippers farmer farmers herder "
    "herders herdsman herdsmen passenger passengers shopper shoppers pedestrian pedestrians "
    "journalist journalists doctor doctors nurse nurses worker workers trader traders "
    "protester protesters demonstrator demonstrators youth youths infant baby babies "
    "toddler toddlers mother father son daughter brother sister wife husband relative "
    "relatives family families driver drivers customer customers bystander bystanders "
    "motorist motorists fisherman fishermen miner miners elder elders refugee refugees "
    "migrant migrants patient patients teacher teachers voter voters mourner mourners "
    "individual individuals victim victims couple citizen citizens national nationals "
    "local locals inhabitant inhabitants villager's pilgrim pilgrims guest guests "
    "friend friends neighbor neighbors neighbour neighbours girlfriend boyfriend cousin "
    "cousins nephew niece grandson granddaughter grandmother grandfather uncle aunt "
    "stepson stepdaughter roommate acquaintance classmate classmates partner fiancee "
    "ex-girlfriend ex-boyfriend ex-wife ex-husband homeowner resident's clerk cashier "
    "gentleman lady ladies kids juvenile juveniles male males female females employee "
    "employees owner owners hunter hunters newborn grandchild stepfather stepmother "
    # Family plurals: "killed her two daughters", "shot his parents".
    "daughters sons brothers sisters wives husbands mothers fathers nephews nieces "
    "grandsons granddaughters grandchildren grandparents parent parents sibling siblings "
    "stepsons stepdaughters aunts uncles girlfriends boyfriends roommates partners",
    "unspecified": "people persons person others other casualties bodies body adult adults "
    "individual's dead",
}.items():
    for _w in _words.split():
        SIDE_NOUNS[_w] = _side

_NOUN = "|".join(sorted((re.escape(w) for w in SIDE_NOUNS), key=len, reverse=True))
# "a 17-year-old", "the two-year-old": an age used as the noun.
_NOUN = rf"(?:{_NOUN}|[\w]+[- ]years?[- ]old(?:s)?)"
_VAGUE = "|".join(sorted((re.escape(w) for w in VAGUE), key=len, reverse=True))
_QUAL = (
    r"(?:at least|at most|up to|more than|over|nearly|almost|about|around|some|approximately|"
    r"roughly|close to|as many as|fewer than|less than|no fewer than|no less than|"
    r"an estimated|estimated|a total of|a further|another|an additional)"
)
# A stated amount: qualified number, range, vague word, or a singular determiner.
# An age ("9-year-old", "12 year-old") or a clock time is never a count of victims.
# A number naming a phone line ("a 911 call") is not a count either.
_NOT_A_COUNT_AFTER = (
    r"(?![-–]?\s?(?:years?|yrs?|months?|weeks?)\b|[-–][a-z]|\s?[ap]\.?m\b|:\d|\s?calls?\b|\d)"
)
QTY = (
    rf"(?:(?:{_QUAL}\s+)?{NUMBER}(?:\s*(?:-|–|to|or)\s*{NUMBER})?\+?{_NOT_A_COUNT_AFTER}"
    rf"|between\s+{NUMBER}\s*(?:-|–|to|and)\s*{NUMBER}{_NOT_A_COUNT_AFTER}"  # a range's low end
    rf"|{_VAGUE})"
)
_SINGLE = r"(?:a|an|one|another|the|his|her|their|its|a single|a lone)"
# Up to four modifiers before the victim noun: "US", "Iraqi security", "12-year-old".
# Modifiers are words, never another figure or a clock time ("10 p.m. Four men").
_MODS = (
    r"(?:(?!(?:\d+(?:[.,:]\d+)*\s|[ap]\.m\b|hours?\b|minutes?\b|days?\b|after\b|before\b|and\b|"
    r"were\b|was\b|that\b|which\b|left\b|leaving\b|in\b|at\b|on\b|found\b|said\b|says\b|"
    rf"(?:{_NUMBER_WORDS_RE})\b))[\w'’.\-()]+\s+){{0,4}}?"
)
_BE = r"(?:(?:were|was|are|is|have been|has been|had been|has|have|had|got|being|been|reportedly|"
# Not "fatally": it belongs to the verb ("were fatally shot" is a death, not a shooting).
_BE += r"allegedly|also|later|all|both|critically|seriously|severely|slightly|"
# "A teen was accidentally shot": how it happened, not whether it was fatal.
_BE += r"accidentally|accidently|unintentionally|inadvertently|mistakenly|apparently|"
_BE += r"badly|gravely|reported|confirmed|believed to have been|said to have been|found|"
# "All four appear to have died": the verb itself follows.
_BE += r"(?:appears?|appeared|seems?|seemed) to have(?: been)?)\s+){0,3}"

# "was kidnapped, tortured and killed": other participles before the decisive one.
# "Pronounced" and "declared" start a decisive phrase ("pronounced deceased") themselves;
# so does "died" ("1 person died in the hospital" is a death, not a hospital stay).
_OTHER_PARTICIPLES = r"(?:(?!pronounced\b|declared\b|died\b)[a-z]+(?:ed|en)(?:,|\s+and)?\s+){0,2}"
_KILLED_PASSIVE = (
    r"(?:killed|dead|died|slain|murdered|executed|beheaded|lynched|massacred|"
    r"shot dead|shot and killed|gunned down|hacked to death|stabbed to death|burnt to death|"
    r"burned to death|beaten to death|lost (?:their|his|her) li(?:ves|fe)|perished|"
    r"succumbed|fatally (?:shot|wounded|injured|stabbed)|confirmed dead|feared dead|"
    r"found dead|found (?:fatally )?shot to death|found fatally shot|shot to death|"
    r"pronounced (?:dead|deceased)|declared (?:dead|deceased)|die|dies|"
    r"(?:stoned|clubbed|hacked|beaten(?: up)?|burnt|"
    r"burned|stabbed|shot|tortured) to death|fatally (?:assaulted|attacked|beaten|hit))"
)
_INJURED_PASSIVE = (
    r"(?:injured|wounded|hurt|hospitali[sz]ed|shot and wounded|shot and injured|"
    r"sustained (?:\w+\s+)?injuries|suffered (?:\w+\s+)?injuries|treated for (?:\w+\s+){0,2}?"
    r"(?:injuries|wounds?)|in (?:a )?(?:critical|serious|stable|grave|fair|good) condition|"
    r"winged|grazed|"
    r"(?:remain(?:s|ed)?\s+)?(?:in|at) (?:the |a )?(?:\w+ )?hospital|"
    r"(?:hit|struck) (?:by|with) (?:a )?(?:stray )?(?:bullets?|gunfire|shotgun pellets)|"
    r"(?:suffered|sustained) (?:a |an |multiple |several )?(?:[\w-]+\s+){0,3}?"
    r"(?:gunshot|stab|bullet) wounds?)"
)
# Taken to hospital: hurt, or dead on arrival ("taken to a hospital where he died"), so weak.
_SHOT_PASSIVE = (
    r"(?:shot|stabbed|attacked|assaulted|hit by (?:a )?(?:bullet|stray bullet)s?|"
    r"(?:taken|rushed|transported|airlifted|flown|driven|brought) "
    r"(?:by (?:ambulance|helicopter|medical helicopter|air ambulance|paramedics|medics) )?"
    r"to (?:a |an |the )?"
    r"(?:[\w'’.-]+ ){0,4}?(?:hospitals?|medical center|trauma center))"
)
_KILL_ACTIVE = (
    r"(?:fatally (?:wounded|wounding|injured|injuring|shot|shooting|stabbed|stabbing)|"
    r"killed|killing|kills|kill|lynch|lynches|murders|murdered|murdering|massacred|"
    r"shot dead|shooting dead|"
    r"executed|executing|beheaded|lynched|claimed the li(?:ves|fe) of|left|leaving)"
)
_INJURE_ACTIVE = r"(?:injured|injuring|injures|injure|wounded|wounding|wounds|wound|hurting)"
# "shot his uncle in the stomach", "shooting four people": harm, fatal or not.
_SHOOT_ACTIVE = r"(?:shot|shoots|shooting|stabbed|stabbing)"

_FLAGS = re.IGNORECASE
_SINGULAR_WORDS = frozenset(
    {"a", "an", "one", "another", "the", "his", "her", "their", "its", "a single", "a lone"}
)

# "15 ISIL fighters were killed", "Seven US soldiers were injured", "68 dead".
_PASSIVE_RE = re.compile(
    rf"\b(?P<qty>{QTY})\s+(?P<about>{_MODS}(?P<noun>{_NOUN}))?\s*(?:,[^,;.]{{1,40}},\s*)?"
    rf"(?:of whom\s+|who\s+|that\s+)?{_BE}{_OTHER_PARTICIPLES}"
    rf"(?:(?P<killed>{_KILLED_PASSIVE})|(?P<injured>{_INJURED_PASSIVE})|"
    rf"(?P<shot>{_SHOT_PASSIVE}))\b",
    _FLAGS,
)
# A determiner or number right after the verb means active voice: "police shot dead a youth".
_OBJECT_AFTER = re.compile(
    rf"^\s+(?:(?:{_SINGLE}|{NUMBER}|{_VAGUE})\s+{_MODS}(?:{_NOUN})\b"
    # "her father accidentally shot her": a pronoun object, so the subject is the shooter.
    r"|(?:him|her|them|himself|herself|themselves|me|us)\b)",
    _FLAGS,
)
# Coordinated figures before a match: "Two Somali citizens and four Kenyan citizens died".
_COORD_BEFORE = re.compile(
    rf"(?P<qty>{QTY}|{_SINGLE})\s+(?P<about>{_MODS}(?P<noun>{_NOUN}))\s*,?\s+and\s+$",
    _FLAGS,
)
_AND_ONE_MORE = re.compile(
    rf"\band\s+(?:his|her|their|a|an|one|the|another)\s+{_MODS}(?:{_NOUN})\b", _FLAGS
)
# Words before a victim noun with no determiner of its own, in a list ("his mother and
# grandmother", "a man and woman"): never a verb form, so "and wounded his son" is no
# victim.
_BARE_MODS = (
    r"(?:(?!(?:and|or|then|the|his|her|their|was|were|is|are)\b)(?![\w'’-]*(?:ed|ing|ly)\b)"
    r"[\w'’-]+\s+){0,2}?"
)
# "a man was shot dead", "one soldier died" — a single victim, or a few listed with "and"
# (``more``: "a man and his son", "his mother and grandmother").
_SINGLE_RE = re.compile(
    rf"\b(?P<qty>{_SINGLE})\s+(?P<about>{_MODS}(?P<noun>{_NOUN}))"
    rf"(?P<more>(?:\s+and\s+(?:(?:his|her|their|a|an|one|the|another)\s+{_MODS}|{_BARE_MODS})"
    rf"(?:{_NOUN}))*)\s*,?\s*"
    rf"(?:(?:who|that)\s+(?:[\w',.]+\s+){{1,10}}?|[^,;.]{{1,60}},\s*)?{_BE}"
    rf"(?:(?P<killed>{_KILLED_PASSIVE})|(?P<injured>{_INJURED_PASSIVE})|"
    rf"(?P<shot>{_SHOT_PASSIVE}))\b",
    _FLAGS,
)
# One more person in a ``more`` list: "and his son", "and woman".
_AND_ITEM = re.compile(r"\band\s", _FLAGS)
# Victims listed after an object already read: "killed his wife and their two sons",
# "fatally shot his brother and his girlfriend", "his wife, Melissa, and their daughter". Not
# a new clause's subject ("killed a man and his son was wounded").
_FURTHER_VICTIM = re.compile(
    r"(?:,?\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2},?)?"
    rf"\s+and\s+(?:(?:(?:his|her|their)\s+)?(?P<qty>{QTY}|his|her|their|a|an|one|another)\s+"
    rf"{_MODS}|{_BARE_MODS})"
    rf"(?P<noun>{_NOUN})\b"
    r"(?!\s+(?:was|were|is|are|has|have|had|who|that|said|says|told)\b)",
    _FLAGS,
)
# "killed 15 ISIL fighters", "killing three", "injuring two others", "leaving 5 dead".
_ACTIVE_RE = re.compile(
    rf"\b(?:(?P<kverb>{_KILL_ACTIVE})|(?P<iverb>{_INJURE_ACTIVE})|(?P<sverb>{_SHOOT_ACTIVE}))"
    rf"\s+(?:at least\s+)?"
    rf"(?:(?:its|their|the|his|her|all|all the)\s+)?(?P<qty>{QTY})\s*"
    rf"(?P<about>{_MODS}(?P<noun>{_NOUN}))?(?P<tail>\s+(?:dead|injured|wounded))?\b",
    _FLAGS,
)
# "shot dead a youth", "killing a police officer".
_ACTIVE_SINGLE_RE = re.compile(
    rf"\b(?:(?P<kverb>{_KILL_ACTIVE})|(?P<iverb>{_INJURE_ACTIVE})|(?P<sverb>{_SHOOT_ACTIVE}))"
    rf"\s+(?P<qty>{_SINGLE})\s+"
    rf"(?P<about>{_MODS}(?P<noun>{_NOUN}))\b",
    _FLAGS,
)
# An age as the determiner: "killed 24-year-old Sam Lee", "injured 11-year-old boy" (one
# victim; the empty ``qty`` reads as one).
_ACTIVE_AGE_RE = re.compile(
    rf"\b(?:(?P<kverb>{_KILL_ACTIVE})|(?P<iverb>{_INJURE_ACTIVE})|(?P<sverb>{_SHOOT_ACTIVE}))"
    r"\s+(?P<qty>)(?=\d{1,3}[- ]years?[- ]old\b)"
    rf"(?P<about>{_MODS}(?P<noun>{_NOUN}))\b",
    _FLAGS,
)
# Named victims after a verb: "killing Sarah Davidson and injuring Leanne Smith".
_NAMED_VERB_RE = re.compile(
    rf"\b(?:(?P<kverb>{_KILL_ACTIVE}|fatally shooting|fatally shot|(?:shooting )?death of|"
    rf"murder of|killing of|slaying of)|(?P<iverb>{_INJURE_ACTIVE}|"
    rf"shooting|shot|stabbing|stabbed))\s+$",
    _FLAGS,
)
# Between two names of one list: "and", a comma, an age ("Jose Ruiz, 20, and Ann Cole").
_NAME_JOINER = re.compile(r"\s*(?:,\s*\d{1,3}\s*)?(?:,|and|,\s*and)\s*", _FLAGS)
_NAMED_PASSIVE_RE = re.compile(
    rf"^(?:\s*,\s*(?:\d+|a \d+-year-old[^,]*)\s*,)?\s+(?:who\s+)?{_BE}(?:(?P<killed>"
    rf"{_KILLED_PASSIVE})|(?P<injured>{_INJURED_PASSIVE})|(?P<shot>{_SHOT_PASSIVE}"
    # "Ruiz, 18, shot into the house": the name fired, and hit no one yet.
    r"(?!\s+(?:into|toward|towards)\b)))\b",
    _FLAGS,
)
# "the death toll rose to 12", "death toll of 30", "toll stands at 7".
_TOLL_RE = re.compile(
    rf"\b(?:death|casualty|fatality)\s+toll\s+(?:\w+\s+){{0,5}}?"
    rf"(?:to|of|at|reached|hit|is|was|stood|stands|climbed|rose)\s+(?P<qty>{QTY})\b",
    _FLAGS,
)
# "the shooting death of a three-year-old child", "the murder of two teenagers".
_DEATH_OF_RE = re.compile(
    rf"\b(?:shooting death|death|murder|killing|slaying|homicide)s?\s+of\s+"
    rf"(?P<qty>{QTY}|{_SINGLE})\s+(?P<about>{_MODS}(?P<noun>{_NOUN}))",
    _FLAGS,
)
# "the wounding of four men", "the shooting of three teenagers" (``shooting``: fatal or not).
_WOUNDING_OF_RE = re.compile(
    rf"\b(?:wounding|injuring|(?P<shooting>shootings?))\s+of\s+"
    rf"(?P<qty>{QTY}|{_SINGLE})\s+(?P<about>{_MODS}(?P<noun>{_NOUN}))",
    _FLAGS,
)
# "A 9-year-old boy shot early Wednesday during a hunting accident has died".
_LATER_DIED_RE = re.compile(
    rf"\b(?P<qty>{_SINGLE})\s+(?P<about>{_MODS}(?P<noun>{_NOUN}))\b[^.;!?]{{0,90}}?\b"
    rf"(?:has|have|later|eventually|subsequently)\s+(?:since\s+)?died\b",
    _FLAGS,
)
# "shot six people, one fatally": the fatal part of a shooting count.
_PART_FATAL_RE = re.compile(
    rf"\b(?:shot|wounded|hit|struck)\s+(?P<total>{QTY})\s+(?:{_MODS}(?:{_NOUN}))?\s*,?\s*"
    rf"(?:with\s+)?(?P<qty>{QTY})\s+(?:of them\s+)?(?:fatally|dead|killed|mortally)\b",
    _FLAGS,
)
# "Seven people were shot, two fatally", "three children have been shot …, two fatally".
_PART_FATAL_PASSIVE_RE = re.compile(
    rf"\b(?P<total>{QTY})\s+(?:{_MODS}(?:{_NOUN})\s+)?(?:were|have been|had been|are)\s+"
    # The fatal part after a comma or a dash: "Five men were shot -- three of them fatally".
    rf"(?:\w+ly\s+)?(?:shot|wounded|hit|struck)\b[^.;]{{0,80}}?(?:,|\s--?|\s?[–—])\s*(?:with\s+)?"
    rf"(?P<qty>{QTY})\s+(?:of them\s+|of whom\s+)?(?:fatally|mortally)\b",
    _FLAGS,
)
# "One of the five people hospitalized after the shooting has died": one of the hurt died.
_ONE_OF_DIED_RE = re.compile(
    rf"\b(?P<qty>{QTY})\s+of\s+(?:the\s+)?(?P<total>{QTY})\s+(?:[\w'’-]+\s+){{0,12}}?"
    r"(?:has|have|had|later)\s+(?:since\s+)?(?:died|succumbed)\b",
    _FLAGS,
)
# "He died at the hospital", "where she was pronounced dead": a victim described earlier.
_PRONOUN_DIED_RE = re.compile(
    r"\b(?:he|she)\s+(?:later\s+|eventually\s+|subsequently\s+|then\s+)?"
    r"(?:died|was pronounced dead|was declared dead|succumbed|did not survive)\b",
    _FLAGS,
)
# "died after accidentally shooting himself": the victim, not a second death.
_SAME_VICTIM_BEFORE = re.compile(
    r"\b(?:after|accidentally|accidently|unintentionally)\s+(?:\w+ly\s+)?$", _FLAGS
)
# Tallies over many incidents or a period: "in separate shootings across the city",
# "165 people were murdered in the city this year". They are not one event's toll.
_ROUNDUP = re.compile(
    r"\b(?:(?:separate|unrelated|different|other|multiple) (?:shootings|incidents|attacks)|"
    r"across (?:the )?(?:city|country|state|region|nation)|citywide|city-wide|statewide|"
    r"nationwide|throughout the (?:city|weekend)|around the city|so far this (?:year|month)|"
    r"(?:this|last|a|per|every) year\b|annually|crime (?:stats|statistics|figures)|"
    r"since (?:january|the (?:start|beginning) of))",
    _FLAGS,
)
# "she and three others were shot": the pronoun is one more victim.
_PRONOUN_AND_OTHERS = re.compile(
    rf"\b(?:he|she|one|him|her)\s+and\s+(?P<qty>{QTY})\s+others?\b", _FLAGS
)
# Any plural subject with a stated number: "2 Kenyan security forces were killed".
_NUMBER_ANY_RE = re.compile(
    rf"\b(?P<qty>{QTY})\s+(?P<about>(?:(?!(?:were|was|and|who|had|have)\b)[\w'’.\-]+\s+)"
    rf"{{1,7}}?)(?:were|have been|had been|are)\s+(?:\w+ly\s+)?(?:(?P<killed>"
    rf"{_KILLED_PASSIVE})|(?P<injured>{_INJURED_PASSIVE}))\b",
    _FLAGS,
)
# Headline style, any singular object: "Cattle raiders kill a watchman in Sotik".
_ACTIVE_SINGLE_ANY_RE = re.compile(
    rf"\b(?:{_KILL_ACTIVE})\s+(?P<qty>a|an|one)\s+(?P<about>(?:[a-z][\w'’-]*\s+){{0,2}}"
    r"[a-z][\w'’-]*)(?=\s+(?:in|at|on|near|from|during|after|while|who|and|over|for)\b|"
    r"\s*[,.;:]|\s*$)"
)
# Headlines drop determiners: "Man killed during political argument", "SLDF suspect
# killed by police", "Mob lynches man suspected of stealing".
_SINGULAR_NOUNS = "|".join(
    sorted((re.escape(w) for w, side in SIDE_NOUNS.items() if not w.endswith("s") and w not in
            {"police", "personnel", "militia", "people", "dead", "couple", "family"}),
           key=len, reverse=True)
)  # fmt: skip
_BARE_SINGULAR_RE = re.compile(
    rf"(?:^|(?<=[.;:]\s))(?P<about>(?:[A-Z]?[\w'’-]+\s+){{0,3}}?(?P<noun>{_SINGULAR_NOUNS}))"
    rf"\s+(?:was\s+|is\s+|has been\s+)?(?P<killed>{_KILLED_PASSIVE})\b"
    rf"|\b(?:kills?|lynch(?:es)?|lynched|killed|murders?)\s+(?P<about2>(?P<noun2>"
    rf"{_SINGULAR_NOUNS}))\b",
    _FLAGS,
)
# Any singular subject: "a suspected Al Shabaab returnee was killed".
_SINGLE_ANY_RE = re.compile(
    rf"\b(?P<qty>a|an|one)\s+(?P<about>(?:(?!(?:were|was|and|who|had|has)\b)[\w'’.\-]+\s+)"
    rf"{{1,5}}?(?:and\s+(?:his|her|their|a|an)\s+(?:[\w'’-]+\s+){{1,3}}?)?)"
    rf"(?:was|were|has been|have been|had been|is)\s+(?:\w+ly\s+)?{_OTHER_PARTICIPLES}"
    rf"(?:(?P<killed>"
    rf"{_KILLED_PASSIVE})|(?P<injured>{_INJURED_PASSIVE}))\b",
    _FLAGS,
)
# "beat up two men to death", "hacked to death a chief and his assistant".
_TO_DEATH_RE = re.compile(
    rf"\b(?:beat|beaten|hacked|stabbed|burned|burnt|stoned|clubbed|battered|lynched|shot)"
    rf"(?:\s+up)?\s+(?:to death\s+)?(?P<qty>{QTY}|{_SINGLE})\s+(?P<about>{_MODS}"
    rf"(?P<noun>{_NOUN}))(?:\s+and\s+(?:his|her|their|a|an|one|the|another)\s+{_MODS}"
    # Never stopping short of a "to death" a few words on ("shot his 6-year-old brother to
    # death" would otherwise end at the age).
    rf"(?:{_NOUN}))*(?:\s+to death|(?!(?:\s+[\w'’-]+){{1,3}}\s+to death))",
    _FLAGS,
)
# A coder's figure in event notes: "Unknown fatalities coded as 10", "FATALITIES: 2".
_CODED_RE = re.compile(
    rf"\b(?:fatalities|deaths)\s+(?:were\s+|are\s+|is\s+)?coded\s+as\s+(?P<qty>{NUMBER})\b"
    r"|\bFATALITIES:\s*(?P<qty2>\d+)\b",
    _FLAGS,
)
# The attacker's own death: "before killing herself", "a murder-suicide".
_SUICIDE_RE = re.compile(
    r"\b(?:(?:killing|killed|kills|shot and killed|shooting)\s+(?:him|her|them)sel(?:f|ves)|"
    r"committed suicide|took (?:his|her|their) own li(?:fe|ves)|taking (?:his|her|their) own "
    r"li(?:fe|ves)|turn(?:ed|ing) the gun on (?:him|her|them)sel(?:f|ves)|murder-suicide)\b",
    _FLAGS,
)
# "shot an 8-year-old boy and then himself", "kills woman, her son, himself".
_AND_HIMSELF_RE = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+(?:and\s+then|and|then|before)\s+)(?:him|her)self\b", _FLAGS
)
_KILL_OR_SHOOT = re.compile(r"\b(?:shot|shoots|killed|kills|murdered|fatally)\b", _FLAGS)
# "Murder-suicide": the ones shot in it were murdered.
_MURDER_SUICIDE = re.compile(r"\bmurder[- ]suicide\b", _FLAGS)
# A lower bound before a figure: "at least 1 dead", "more than 20 killed".
_AT_LEAST = re.compile(r"\b(?:at least|more than|no fewer than|no less than)\s+\S+$", _FLAGS)
# A passive verb's agent right after a figure: "killed by their father".
_BY_AGENT = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?by\b", _FLAGS)
# A figure read from an active verb ("shot his wife"): the victims only, never the shooter.
_ACTIVE_START = re.compile(rf"(?:{_KILL_ACTIVE}|{_INJURE_ACTIVE}|{_SHOOT_ACTIVE})\b", _FLAGS)
# A name opening the sentence, then a death: "Hicks died from a gunshot wound".
_NAME_DIED_RE = re.compile(
    r"^\s*(?!(?:The|A|An|He|She|It|They|This|That|One|Police|Officers|Authorities|Deputies)\b)"
    r"(?P<about>(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)(?:,\s*\d{1,2},)?\s+(?:later\s+)?"
    r"(?:died|was (?:shot and )?killed|was pronounced (?:dead|deceased)|was fatally shot|"
    r"was shot (?:to death|dead))\b"
)
# "sent four people to the hospital", "put 3 people in hospital".
_HOSPITAL_RE = re.compile(
    rf"\b(?:sent|put|sending|putting|left|leaving)\s+(?P<qty>{QTY})\s+(?P<about>{_MODS}"
    rf"(?P<noun>{_NOUN}))?\s*(?:to|in)\s+(?:the\s+|a\s+)?hospitals?\b",
    _FLAGS,
)
# "a family of five was found shot".
_FAMILY_RE = re.compile(
    rf"\b(?:a\s+)?family\s+of\s+(?P<qty>{NUMBER})\s+{_BE}(?:(?P<killed>{_KILLED_PASSIVE})|"
    rf"(?P<injured>{_INJURED_PASSIVE})|(?P<shot>{_SHOT_PASSIVE}))\b",
    _FLAGS,
)
# "1 fatality", "3 fatalities", "68 deaths", "five people dead".
_COUNT_RE = re.compile(
    rf"\b(?P<qty>{QTY})\s+(?:(?P<killed>fatalit(?:y|ies)|deaths|dead bodies|bodies)|"
    rf"(?P<injured>injur(?:y|ies)|injured))\b",
    _FLAGS,
)
# "the bodies of three men", "bodies of 12 people were found".
_BODIES_RE = re.compile(
    rf"\bbod(?:y|ies)\s+of\s+(?P<qty>{QTY}|{_SINGLE})\s+(?P<about>{_MODS}(?P<noun>{_NOUN}))",
    _FLAGS,
)
# "including three children", "among them two soldiers": a subset of a figure nearby.
_SUBSET_CUE = re.compile(r"\b(?:including|among (?:them|the dead|those)|of whom|among whom)\s+$")
_UPDATE_CUE = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|reached|now)\b", _FLAGS)
# Words that make a figure not a casualty count: "15 minutes", "1,400 animals".
_NON_HUMAN = re.compile(
    r"^(?:minutes?|hours?|days?|weeks?|months?|years?|km|kilometres?|miles?|percent|per cent|"
    r"animals?|cattle|cows|goats|sheep|camels|homes?|houses?|vehicles?|cars?|buildings?|"
    r"shops?|times|rounds|shots|bullets|rockets?|missiles?|drones?)\b",
    _FLAGS,
)
# Negations and hypotheticals: "no one was killed", "could have killed".
_NEGATED = re.compile(
    r"\b(?:no|none|nobody|no one|not|never|neither|nor|without|could have|would have|"
    r"threatened to|"
    r"(?:could|would|might|should|must)['’]ve|might have|going to|"
    r"vowed to|plans? to|fear(?:ed|s)? (?:that )?(?:more|many)|"
    # Uncertain: "not able to say if the man had died", "unclear whether anyone was hurt".
    r"if|whether)\s+(?:\w+\s+){0,3}$",
    _FLAGS,
)


def _side_of(noun: str | None) -> str:
    if not noun:
        return "unspecified"
    return SIDE_NOUNS.get(noun.lower(), "unspecified")


_ONE_MORE_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:[\w'’-]+\s+){1,3}?and\s+$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")

_LEFT = re.compile(r"(?:left|leaving)\b", _FLAGS)
_LEFT_DEAD = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:dead|killed)\b", _FLAGS)
_LEFT_HURT = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:injured|wounded|hurt|in\s+(?:critical|serious|stable|"
    r"grave|fair)\s+condition|with\s+(?:[\w'’-]+\s+){0,3}?(?:wounds?|injuries))\b",
    _FLAGS,
)

# A counted subject: "three people at the scene", "the other four victims".
_COUNTED_SUBJECT = re.compile(
    rf"\b(?P<qty>{QTY})\s+(?P<about>(?:other\s+)?{_MODS}(?P<noun>{_NOUN}))\b", _FLAGS
)

# Between a counted subject and the cue, a verb of saying or a new clause: the count is
# someone else ("Two teenagers told investigators the victim shot himself").
_OTHER_CLAUSE = re.compile(
    r"\b(?:said|says|say|told|tell|reported|found|saw|heard|that|when|after|before|while|"
    r"because|as)\b",
    _FLAGS,
)

_DIED_AFTER = re.compile(
    r"\b(?:later died|died (?:later|at|from|of|in|shortly|on the way)|where (?:he|she) "
    r"(?:later )?died|pronounced dead|succumbed|did not survive|died\b)",
    _FLAGS,
)

# A negation of a match's own verb: "his friends who witnessed it were not injured" (not one
# in a clause before it: "the child, who was not identified, was shot").
_NOT_INSIDE = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+$", _FLAGS)
# Another person between a shooting victim and a death: "a 56-year-old who had been shot
# and a child who had died" — the death is the child's.
_NEW_SUBJECT = re.compile(r"\band\s+(?:a|an|another|the|his|her|their|one)\s", _FLAGS)

_ONE_DIED = re.compile(r"\bwhere\s+(?:he|she|(?-i:[A-Z])[\w'’-]+)\s+(?:later\s+)?died\b", _FLAGS)

_WOUND_ONLY = re.compile(
    r"\b(?:suffered|hit|struck|grazed)\b|\bsustained\s+(?:[\w-]+\s+){0,4}?wounds?\b", _FLAGS
)

# The words without which a pattern cannot match, checked as plain substrings of the lowered
# sentence before its regex runs: most sentences of an article name no harm at all, and
# the regexes cost far more than the checks. Each tuple lists stems of every alternative
# the pattern requires (a stem may hit more than the pattern wants; it must never miss).
_KILLED_WORDS = (
    "kill", "dead", "die", "slain", "murder", "execut", "behead", "lynch", "massacr", "gunned",
    "death", "lost", "perish", "succumb", "fatal", "deceas",
)  # fmt: skip
_INJURED_WORDS = (
    "injur", "wound", "hurt", "hospital", "condition", "winged", "grazed", "bullet", "gunfire",
    "pellet",
)  # fmt: skip
_SHOT_WORDS = ("shot", "stab", "attack", "assault", "bullet", "hospital", "center")
_KILL_ACTIVE_WORDS = (
    "fatally", "kill", "lynch", "murder", "massacr", "shot", "shooting", "execut", "behead",
    "claimed", "left", "leaving",
)  # fmt: skip
_ACTIVE_WORDS = (*_KILL_ACTIVE_WORDS, "injur", "wound", "hurting", "shoot", "stab")
_PASSIVE_WORDS = (*_KILLED_WORDS, *_INJURED_WORDS, *_SHOT_WORDS)
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _CODED_RE: ("coded", "fatalities:"),
    _TOLL_RE: ("toll",),
    _PART_FATAL_RE: ("fatally", "dead", "killed", "mortally"),
    _PART_FATAL_PASSIVE_RE: ("fatally", "mortally"),
    _ONE_OF_DIED_RE: ("died", "succumbed"),
    _FAMILY_RE: ("family",),
    _HOSPITAL_RE: ("hospital",),
    _DEATH_OF_RE: ("death", "murder", "killing", "slaying", "homicide"),
    _WOUNDING_OF_RE: ("wounding", "injuring", "shooting"),
    _PASSIVE_RE: _PASSIVE_WORDS,
    _ACTIVE_RE: _ACTIVE_WORDS,
    _COUNT_RE: ("fatalit", "deaths", "bodies", "injur"),
    _BODIES_RE: ("body", "bodies"),
    _LATER_DIED_RE: ("died",),
    # Its matches only count with "to death" in them.
    _TO_DEATH_RE: ("death",),
    _ACTIVE_SINGLE_RE: _ACTIVE_WORDS,
    _ACTIVE_AGE_RE: _ACTIVE_WORDS,
    _SINGLE_RE: _PASSIVE_WORDS,
    _NUMBER_ANY_RE: (*_KILLED_WORDS, *_INJURED_WORDS),
    _SINGLE_ANY_RE: (*_KILLED_WORDS, *_INJURED_WORDS),
    _ACTIVE_SINGLE_ANY_RE: _KILL_ACTIVE_WORDS,
    _BARE_SINGULAR_RE: _KILLED_WORDS,
    _SUICIDE_RE: ("self", "selves", "suicide", "own li"),
    _AND_HIMSELF_RE: ("self",),
    _NAME_DIED_RE: ("died", "kill", "pronounced", "fatally", "shot"),
    _PRONOUN_DIED_RE: ("died", "dead", "succumb", "survive"),
}
# Keyed by the pattern's id: a compiled pattern hashes its whole source (thousands of
# characters here) on every dictionary lookup, which cost more than the checks saved.
NEEDS = {id(pattern): frozenset(words) for pattern, words in _NEEDS.items()}
# Any of them: a sentence with none skips the whole battery.
HARM_WORDS = tuple(sorted({w for words in _NEEDS.values() for w in words}))
