"""Place mentions in an article: NER spans and capitalised phrases checked against the gazetteer.

A mention records what the text says about a place (its qualifier: "near", "northern", ...;
its kind when the text names it: "Mandera county", "the town of Karak") and what role it plays
(a dateline, where a statement came from, an actor's home country), so that the resolver can
pick the event's place rather than every place named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from frontlines.geo.abbreviations import ADMIN_CODES, COUNTRY_CODES
from frontlines.geo.datelines import dateline_span, pin_dateline_state, us_state
from frontlines.geo.evidence import with_cues, with_outlets
from frontlines.geo.gazetteer import Candidate, Gazetteer, get_gazetteer
from frontlines.geo.lexicon import (
    ADMIN1_WORDS,
    ADMIN2_WORDS,
    ADMIN_WORDS,
    DEMONYMS,
    DIRECTIONS,
    NOT_PLACES,
    REGIONS,
    SAYING_VERBS,
    WATER,
)
from frontlines.geo.normalize import name_key
from frontlines.geo.place_mention import PlaceMention, prominent

# NER labels whose spans are looked up; ORG and PERSON because the small English model tags
# Kharkiv as a person and El Fasher as an organisation.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAYBE_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP"})
# Labels that are surely not places: the phrase scan skips their spans. Others (PRODUCT,
# EVENT, WORK_OF_ART, ...) are often mislabelled places ("Migori" as PRODUCT).
NOT_PLACE_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)

_ROLE_ACTOR = "actor_origin"
_ROLE_RESIDENT = "resident_origin"
_ROLE_FOREIGNER = "foreigner_origin"
_ROLE_STATEMENT = "statement_origin"
_ROLE_DATELINE = "dateline"


# A capitalised word, optionally with a lower-case transliterated article glued on
# ("al-Zour", "ez-Zor"), or a dotted abbreviation ("St.").
# The abbreviations come first: "Mt" alone would end the phrase at its period.
_WORD = (
    r"(?:St|Ft|Mt|ST|FT|MT)\."
    r"|(?:(?:al|el|ez|az|ad|as|ash|at|an|ar|ed|es|et|ul|d|l)[-'’])?[A-Z][\w'’-]*"
)
_JOIN = (
    r"(?:\s+(?:de|del|da|do|dos|das|di|du|des|la|le|el|al|of|ez|ad|as|ash|bin|ibn|upon)\b)"
    r"{0,2}"
)
_PHRASE = re.compile(rf"(?:{_WORD})(?:{_JOIN}\s+(?:{_WORD}))*")
# Words, with "Kitale-Eldoret" split in two; the longest-match scan still tries the whole.
_SUBTOKEN = re.compile(r"[^\s-]+(?:-(?![A-Z])[^\s-]+)*")
_ACTOR_WORDS = r"(?:backed|led|based|allied|aligned|supported|sponsored|funded)"
_ACTOR_SUFFIX = re.compile(rf"[-–]{_ACTOR_WORDS}$")
_ACTOR_SUFFIX_AFTER = re.compile(rf"^[-–]{_ACTOR_WORDS}\b")
_POSSESSIVE = re.compile(r"['’]s$")
_THE = re.compile(r"the\s+", re.IGNORECASE)
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])(?:St|Ft|Mt|ST|FT|MT)\. $")
_ACTOR_KEY_SUFFIX = re.compile(rf" {_ACTOR_WORDS}$")

_NEAR_BEFORE = re.compile(
    r"(?:\b(?:near|nearby|outside|close to|around|in the vicinity of|vicinity of|"
    r"on the edge of|near the town of|near the village of|"
    r"(?:\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|miles|mi)\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|"
    r"north-east|north-west|south-east|south-west)\s+of)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_OUTSKIRTS_BEFORE = re.compile(r"\boutskirts\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_DIRECTION_BEFORE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(d) for d in DIRECTIONS), key=len, reverse=True)) + r")"
    r"(?:\s+part\s+of|\s+parts\s+of|\s+region\s+of)?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TOWN_BEFORE = re.compile(r"\b(?:town|city|village|hamlet|settlement|area)\s+of\s+$", re.I)
_PART_AFTER = re.compile(r"^\s+(?:neighbou?rhood|section|community\s+of)\b", re.I)
_TOWN_AFTER = re.compile(r"^\s+(?:town|city|village|township|market|center|centre)\b", re.I)
_ADMIN_AFTER = re.compile(
    r"^\s+(" + "|".join(sorted(ADMIN_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_STATE_AFTER = re.compile(
    # "Ind.", "N.C.", "W.Va.", "UT"
    r"^,\s*((?:[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?)|[A-Z]\.\s?[A-Z][a-z]?\.|[A-Z]{2})(?=\W|$)"
)
_SAID_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:has\s+|have\s+|had\s+|also\s+|officially\s+|on\s+\w+\s+)*("
    + "|".join(sorted(SAYING_VERBS))
    + r")\b",
    re.IGNORECASE,
)
_STATEMENT_BEFORE = re.compile(r"\b(?:statement|remarks|speaking|speech)\s+(?:from|in)\s+$", re.I)
_ACTOR_AFTER = re.compile(
    r"^['’]?s?\s+(?:-\s*)?(?:forces|troops|army|military|soldiers|navy|air force|police|"
    r"government|officials|authorities|ministry|jets|warplanes|drones|backed|embassy)\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]\s*|\n\s*)$")


def find_place_mentions(
    text: str,
    ents: Sequence[tuple[int, int, str]],
    *,
    gazetteer: Gazetteer | None = None,
) -> list[PlaceMention]:
    """Every gazetteer-checked place mention in ``text``, in text order.

    ``ents``: ``(start_char, end_char, label)`` of the spaCy NER entities of the text. Spans
    NER missed are found by a capitalised-phrase scan; both are looked up in the gazetteer.
    """
    gaz = gazetteer or get_gazetteer()
    mentions, money = _code_mentions(gaz, text)
    taken = [False] * (len(text) + 1)
    for start, end in [(m.start, m.end) for m in mentions] + money:
        for i in range(start, end):
            taken[i] = True

    for start, end, label in sorted(ents):
        if any(taken[start:end]):
            continue
        if label in NOT_PLACE_LABELS:
            for i in range(start, end):
                taken[i] = True
            continue
        if label not in PLACE_LABELS and label not in MAYBE_PLACE_LABELS:
            continue
        mention = _mention(gaz, text, start, end, label)
        if mention is not None:
            mentions.append(mention)
            for i in range(start, end):
                taken[i] = True

    for match in _PHRASE.finditer(text):
        if any(taken[match.start() : match.end()]):
            continue
        mentions.extend(_scan_phrase(gaz, text, match.start(), match.end()))

    # "Murree road", "Kericho-Kisumu Highway": a road named after a town is not the town,
    # but a road the gazetteer knows by name is a place ("Ngong road" lies in Nairobi).
    mentions = [kept for m in mentions if (kept := _unless_road(gaz, text, m)) is not None]
    mentions = _drop_person_names(text, ents, mentions)
    mentions = _drop_state_abbreviations(text, mentions)
    mentions = with_cues(gaz, text, mentions)
    mentions = with_outlets(gaz, text, mentions)
    mentions.sort(key=lambda m: (m.start, -m.end))
    mentions = pin_dateline_state(gaz, text, _drop_overlaps(mentions))
    mentions = _unlisted_in_state(gaz, _share_state_hints(_city_parts(gaz, mentions)))
    mentions = _share_parts(mentions)
    return _with_roles(text, mentions)


def _share_parts(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Miami's Overtown neighborhood ... in Overtown": once a part of a city, always."""
    parts = {name_key(m.text) for m in mentions if m.kind_hint == "PART"}
    if not parts:
        return mentions
    return [
        replace(m, kind_hint="PART")
        if m.kind_hint is None and m.role is None and name_key(m.text) in parts
        else m
        for m in mentions
    ]


def _unlisted_in_state(gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Fountain, Fla." when the gazetteer holds no Fountain in Florida: the text still says
    the state, so the mention becomes the state (admin-1 precision), not a namesake elsewhere."""
    result = []
    for m in mentions:
        hint = m.state_hint
        # Only for a name mostly borne by US towns: "(Madurai, TN)" is Tamil Nadu's.
        if (
            hint is not None
            and m.role is None
            and m.candidates[:1]
            and m.candidates[0].entry.cc == "US"
            and not any(hint in (c.entry.id, c.entry.adm1) for c in m.candidates)
        ):
            state = gaz.get(hint)
            if state is not None:
                m = replace(m, candidates=(Candidate(state, 0),), kind_hint="ADM1")
        result.append(m)
    return result


_PART = re.compile(
    r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|central)\s+(.+)$",
    re.IGNORECASE,
)


def _unless_road(gaz: Gazetteer, text: str, mention: PlaceMention) -> PlaceMention | None:
    """The mention, or the named road it opens, or None for a road named after a town."""
    road = _ROAD_AFTER.match(text[mention.end : mention.end + 16])
    if road is None:
        return mention
    end = mention.end + road.end()
    known = tuple(c for c in gaz.lookup(text[mention.start : end]) if c.quality == 0)
    if not known or mention.role is not None:
        return None
    return _make(gaz, text, mention.start, end, mention.label, known)


def _city_parts(gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "West Charlotte", "East Oakland" in a story that also names Charlotte or Oakland: the
    part of that city, not a namesake village ("West Charlotte", Vermont)."""
    named = {name_key(m.text): m.candidates for m in mentions if m.role is None}
    result = []
    for m in mentions:
        part = _PART.match(m.text)
        whole = named.get(name_key(part.group(1))) if part else None
        if part and not whole:
            # "West Charlotte" alone: a part of the big city before a village of that name.
            cities = tuple(
                c
                for c in gaz.lookup(part.group(1))
                if c.entry.kind == "PPL" and c.quality == 0 and c.entry.pop >= 100_000
            )
            whole = cities + m.candidates if cities else None
        result.append(replace(m, candidates=whole) if whole else m)
    return result


_COUNTRY_CODE = re.compile(
    r"(?<![\w.&])(?:"
    + "|".join(re.escape(c) for c in sorted(COUNTRY_CODES, key=len, reverse=True))
    + r")(?![\w&])"
)
_ADMIN_CODE = re.compile(
    r"[,(]\s*("
    + "|".join(re.escape(c) for c in sorted(ADMIN_CODES, key=len, reverse=True))
    + r")\s*(?=[),.;]|$)"
)


_CURRENCY_AFTER = re.compile(r"\s*(?:dollars?|\$)", re.IGNORECASE)


def _code_mentions(gaz: Gazetteer, text: str) -> tuple[list[PlaceMention], list[tuple[int, int]]]:
    """Countries and units written as abbreviations: "US", "U.K.", "DRC", "(Meerut, UP)",
    and the spans of codes that name a currency instead ("the US dollar"). The gazetteer's
    namesakes of these (Us in France) are never what the text means."""
    found: list[PlaceMention] = []
    money: list[tuple[int, int]] = []
    for match in _COUNTRY_CODE.finditer(text):
        if _CURRENCY_AFTER.match(text, match.end()):
            # "the US dollar exchange rate" is money: neither the country nor a namesake.
            money.append((match.start(), match.end()))
            continue
        country = gaz.country(COUNTRY_CODES[match.group()])
        if country is not None:
            found.append(
                _make(gaz, text, match.start(), match.end(), "GPE", (Candidate(country, 0),))
            )
    for match in _ADMIN_CODE.finditer(text):
        cc, name = ADMIN_CODES[match.group(1)]
        units = tuple(
            Candidate(c.entry, 0)
            for c in gaz.lookup(name)
            if c.entry.cc == cc and c.entry.kind == "ADM1"
        )
        if units:
            found.append(
                _make(gaz, text, match.start(1), match.end(1), "GPE", units[:1], kind_hint="ADM1")
            )
    return found + _dc_mentions(gaz, text), money


_DC = re.compile(
    # "Northeast Washington", "southeast D.C.", "Washington, D.C.", "in D.C.": the District.
    r"\b(?:(?:[Nn]orth|[Ss]outh|NORTH|SOUTH)(?:east|west|EAST|WEST)\s+(?:Washington|D\.\s?C\.)"
    r"|(?:Washington,?\s+)?D\.\s?C\.)(?![\w.])"
)


def _dc_mentions(gaz: Gazetteer, text: str) -> list[PlaceMention]:
    """Washington, D.C. under the names the local news gives it; the state of Washington and
    its namesakes are not meant."""
    if "D.C" not in text and "D. C" not in text and "ashington" not in text:
        return []
    district = gaz.admin_code("US", "DC")
    if district is None:
        return []
    city = next(
        (c.entry for c in gaz.lookup("Washington") if c.entry.adm1 == district.id), district
    )
    found = []
    for match in _DC.finditer(text):
        start = match.start()
        words = match.group().split()
        if len(words) > 1 and words[0].lower().startswith(("north", "south")):
            start += len(words[0]) + 1  # the quadrant is a part of the city, the city is named
        found.append(_make(gaz, text, start, match.end(), "GPE", (Candidate(city, 0),)))
    return found


def _drop_person_names(
    text: str, ents: Sequence[tuple[int, int, str]], mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """Surnames are often towns ("Stafford", "Brown"): a word that is part of a full name NER
    found anywhere in the article is not taken for a place unless NER says so."""
    names: set[str] = set()
    units = {
        (m.start, m.end)
        for m in mentions
        if any(c.quality == 0 and c.entry.kind in ("ADM1", "ADM2") for c in m.candidates)
        # A one-word unit inside a longer name is often a given name ("Virginia Nyaiko").
        and len(m.text.split()) > 1
    }
    exact_units = {
        (m.start, m.end)
        for m in mentions
        if any(c.quality == 0 and c.entry.kind in ("ADM1", "ADM2") for c in m.candidates)
    }
    for start, end, label in ents:
        words = name_key(text[start:end]).split()
        # "Homa Bay" tagged as a person is still the county it names.
        # "Homa Bay" tagged as a person, alone or in "Homa Bay CEC", is still the county.
        if (
            label == "PERSON"
            and len(words) > 1
            and not any(start <= a and b <= end for a, b in units)
            and (start, end) not in exact_units
        ):
            names.update(words)
    if not names:
        return mentions
    return [
        m for m in mentions if m.label in PLACE_LABELS or not set(name_key(m.text).split()) <= names
    ]


def _drop_state_abbreviations(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Ore." in "PORTLAND, Ore." is the state pinned to Portland, not Ore in Nigeria."""
    spans = []
    for m in mentions:
        if m.state_hint is not None:
            state = _STATE_AFTER.match(text[m.end : m.end + 16])
            if state:
                spans.append((m.end, m.end + state.end()))
    return [m for m in mentions if not any(s <= m.start < e for s, e in spans)]


def _share_state_hints(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """One name, one place per article: "SHELBY, N.C." pins every later "Shelby"."""
    hints: dict[str, int] = {}
    for m in mentions:
        if m.state_hint is not None:
            hints.setdefault(name_key(m.text), m.state_hint)
    return [
        replace(m, state_hint=hints[name_key(m.text)])
        if m.state_hint is None and name_key(m.text) in hints
        else m
        for m in mentions
    ]


def _mention(gaz: Gazetteer, text: str, start: int, end: int, label: str) -> PlaceMention | None:
    """A mention for an NER span, trimmed of "the", possessives and type words."""
    span = text[start:end]
    lead = _THE.match(span)
    if lead:
        start += lead.end()
    elif _ABBREVIATION_BEFORE.search(text, max(0, start - 4), start):
        start -= 4  # NER left out the "Mt. " of "Mt. Juliet"
    span = text[start:end]
    demonym = _demonym(gaz, text, start, end, label)
    if demonym is not None or label == "NORP":
        return demonym
    poss = _POSSESSIVE.search(span)
    if poss:
        end -= len(poss.group(0))
    span = text[start:end]
    key = name_key(span)
    if not span.strip() or key in NOT_PLACES or key in REGIONS or key in DIRECTIONS:
        return None
    words = name_key(span).split()
    if all(w in NOT_PLACES for w in words):
        return None
    water = WATER.get(name_key(span))
    if water is not None:
        return _make(gaz, text, start, end, label, (), kind_hint="WATER")
    candidates = gaz.lookup(span)
    longer = _PHRASE.match(text, start)
    if (
        longer is not None
        and longer.end() > end
        and text[end : end + 1] == " "
        and "\n" not in text[end : longer.end()]
    ):
        # NER cut the name short: "Mato Grosso" of "Mato Grosso do Sul".
        whole = tuple(c for c in gaz.lookup(text[start : longer.end()]) if c.quality < 2)
        if whole:
            candidates, end = whole, longer.end()
            span = text[start:end]
            words = name_key(span).split()
    if not any(c.quality < 2 for c in candidates) and len(words) > 1 and words[-1] in ADMIN_WORDS:
        # "Mandera County", "Sujawal District": the unit under its own name.
        trimmed = span.rsplit(None, 1)[0]
        candidates = (
            _only_admin(gaz.lookup(trimmed), words[-1])
            or _compass_part(gaz, trimmed, words[-1])
            or candidates
        )
    candidates = _compass_before_admin(gaz, text, span, end) or candidates
    if not candidates and len(words) > 1 and words[-1] in _TOWN_WORDS:
        # "Ponce city", "Migori town": the town under its own name.
        trimmed = span.rsplit(None, 1)[0]
        candidates = tuple(c for c in gaz.lookup(trimmed) if c.entry.kind == "PPL")
    if not candidates:
        return None
    if label in MAYBE_PLACE_LABELS and not _plausible(candidates, strict=False):
        return None
    return _make(gaz, text, start, end, label, candidates)


def _scan_phrase(gaz: Gazetteer, text: str, start: int, end: int) -> list[PlaceMention]:
    """Longest gazetteer matches inside one capitalised phrase, left to right."""
    tokens = [(m.start() + start, m.end() + start) for m in _SUBTOKEN.finditer(text[start:end])]
    found: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + 6), i, -1):
            s, e = tokens[i][0], tokens[j - 1][1]
            mention = _scan_span(gaz, text, s, e, sentence_start=i == 0)
            if mention is not None:
                # One word of a longer unknown name ("Westgate" of "Westgate Mall", "Abu" of
                # "Abu Salim") is rarely that place; a district or a big town still is.
                # Only the words joined to it count: "Residents of Githurai" is Githurai.
                first, last = i, j
                while first > 0 and not _joiner(text, tokens[first - 1]):
                    first -= 1
                while last < len(tokens) and not _joiner(text, tokens[last]):
                    last += 1
                # A possessive owner is no part of the name ("Miami's Overtown").
                rest = [
                    name_key(text[a:b])
                    for a, b in tokens[first:i] + tokens[j:last]
                    if not _POSSESSIVE.search(text[a:b])
                ]
                partial = j - i == 1 and any(
                    w not in _TYPE_WORDS and w not in NOT_PLACES for w in rest
                )
                if not partial or prominent(mention.candidates):
                    found.append(mention)
                i = j
                break
        else:
            i += 1
    return found


def _joiner(text: str, token: tuple[int, int]) -> bool:
    """ "of" joins two names ("Residents of Githurai"); "de", "del" are inside one."""
    return text[token[0] : token[1]] == "of"


_AGENCY_AFTER = re.compile(
    r"^[ \t]+(?:police|sheriff|county|city council|fire department|township)\b", re.IGNORECASE
)
_TOWN_WORDS = frozenset({"city", "town", "village", "township"})
_TYPE_WORDS = ADMIN_WORDS | {
    "town", "city", "village", "camp", "area", "market", "centre", "center", "estate",
    "township", "island", "islands", "valley", "river", "border",
    # "Rongo University", "Bondo police station": an institution named after its town.
    "university", "hospital", "prison", "stadium", "barracks", "police", "station",
    "refugee", "forest", "sector", "division", "location", "ward", "constituency",
    "trading",
}  # fmt: skip


def _scan_span(
    gaz: Gazetteer, text: str, start: int, end: int, *, sentence_start: bool
) -> PlaceMention | None:
    span = text[start:end]
    lead = _THE.match(span)
    if lead:
        start += lead.end()
        span = text[start:end]
    actor = _ACTOR_SUFFIX.search(span)
    if actor:
        end -= len(actor.group(0))
        span = text[start:end]
    poss = _POSSESSIVE.search(span)
    if poss:
        end -= len(poss.group(0))
        span = text[start:end]
    stripped = span.rstrip(".,;:")
    end -= len(span) - len(stripped)
    span = stripped
    key = name_key(span)
    if not key or key.isdigit():
        return None
    if start >= 2 and text[start - 1] == "." and text[start - 2].isalnum():
        # Part of a dotted name ("CBSDFW.COM", "WSB-TV.com"), not Como.
        return None
    demonym = _demonym(gaz, text, start, end, "PATTERN")
    if demonym is not None:
        return demonym
    words = key.split()
    if all(w in NOT_PLACES for w in words) or key in REGIONS or key in DIRECTIONS:
        return None
    if key in WATER:
        return _make(gaz, text, start, end, "PATTERN", (), kind_hint="WATER")
    candidates = _compass_before_admin(gaz, text, span, end) or gaz.lookup(span)
    if len(words) > 1 and words[-1] in ADMIN_WORDS and not any(c.quality < 2 for c in candidates):
        # "Isiolo District" when the unit is listed as "Isiolo" only.
        trimmed = span.rsplit(None, 1)[0]
        if not all(w in NOT_PLACES for w in words[:-1]):  # "Police Department"
            exact = tuple(c for c in gaz.lookup(trimmed) if c.quality == 0)
            candidates = _only_admin(exact, words[-1]) or candidates
    if len(words) == 1 and "-" not in span:
        # The transliteration key is for multi-word Arabic-style names ("Deir al-Zour"); on a
        # lone capitalised word it mostly turns English into a place ("Shelling" → Shillong).
        candidates = tuple(c for c in candidates if c.quality < 2)
    if not candidates:
        return None
    at_sentence_start = sentence_start and _SENTENCE_START.search(text[:start]) is not None
    if not _plausible(candidates, strict=at_sentence_start or len(key) < 4):
        return None
    pinned = _STATE_AFTER.match(text[end : end + 16]) or _AGENCY_AFTER.match(text[end : end + 20])
    # Only an exact name counts here: "Grenade" is Granada's French name, and a grenade.
    exact_names = [c for c in candidates if c.quality == 0]
    if len(words) == 1 and gaz.is_common_word(key) and not prominent(exact_names) and not pinned:
        # "Jubilee supporters" is no village; "LARGO, Fla." and "Largo police" are Largo.
        return None
    if span.isupper() and _shouting(text, start, end) and not prominent(candidates):
        # A run of capitals ("OFFICERS FIND ANOTHER BODY AT THE SAME AREA") capitalises
        # every word; only names worth trusting on their own are taken from it.
        return None
    return _make(gaz, text, start, end, "PATTERN", candidates)


def _shouting(text: str, start: int, end: int) -> bool:
    """Whether the text around a span is written in capitals throughout."""
    around = text[max(0, start - 40) : start] + text[end : end + 40]
    letters = [c for c in around if c.isalpha()]
    return len(letters) >= 20 and not any(c.islower() for c in letters)


def _demonym(gaz: Gazetteer, text: str, start: int, end: int, label: str) -> PlaceMention | None:
    key = name_key(text[start:end])
    key = _ACTOR_KEY_SUFFIX.sub("", key)
    key = key[:-1] if key.endswith("s") and key[:-1] in DEMONYMS else key
    cc = DEMONYMS.get(key)
    if cc is None:
        return None
    country = gaz.country(cc)
    if country is None:
        return None
    after = text[end : end + 40]
    if _FOREIGNER_AFTER.match(after) or _CROSSING_AFTER.match(after):
        # "two British nationals", "a French-owned firm", "an Israeli diplomat": people and
        # property abroad, and "Ugandan soldiers cross the border" left their country: the
        # text says nothing for it. The span stays taken.
        return PlaceMention(text[start:end], start, end, label, None, (), _ROLE_FOREIGNER)
    # "Kenyan police", "Kenyan villages": the people and places an event happens to are
    # mostly in their own country, unlike raiders, militias or troops who may cross a border.
    role = _ROLE_RESIDENT if _RESIDENT_AFTER.match(after) else _ROLE_ACTOR
    candidates = (Candidate(country, 0),)
    return PlaceMention(text[start:end], start, end, label, None, candidates, role)


_RESIDENT_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+)??(?:police|policem[ae]n|policewom[ae]n|villages?|villagers|civilians?|"
    r"residents?|herders?|herdsm[ae]n|fisherm[ae]n|farmers?|traders?|towns?|territory|soil|"
    r"side\s+of|authorities|MPs?|voters?|pastoralists?|border\s+town)\b",
)
_CROSSING_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,3}?\s+(?:cross|crossed|crossing)\s+(?:the\s+|a\s+)?(?:\w+\s+)?border"
)
_FOREIGNER_AFTER = re.compile(
    r"^(?:-owned\b|\s+(?:[a-z]+\s+)??(?:nationals?|citizens?|tourists?|diplomats?|embassy|"
    r"envoys?|ambassadors?|consulate|expatriates?|businessm[ae]n|investors?|aid\s+workers?)\b)",
)


def _plausible(candidates: Sequence[Candidate], *, strict: bool) -> bool:
    """Whether a span that only might be a place (an ORG/PERSON span, a capitalised word)
    names one: a sizeable town or an admin unit, exactly or by a common alternate."""
    floor = 5000 if strict else 500
    return any(
        c.entry.kind != "PPL" or c.entry.pop >= floor
        for c in candidates
        if c.quality < 2 or c.entry.kind != "PPL" or c.entry.pop >= 20000
    )


_COMPASS_PART = frozenset({"north", "south", "east", "west", "central"})


def _compass_part(gaz: Gazetteer, name: str, word: str) -> tuple[Candidate, ...]:
    """A unit named by a compass part of another: "Imenti Central" is listed as "Central
    Imenti"; "Kericho West" (not listed) lies in Kericho, the unit the text still names."""
    head, _, tail = name.rpartition(" ")
    if not head or tail.lower() not in _COMPASS_PART:
        return ()
    swapped = _only_admin(gaz.lookup(f"{tail} {head}"), word)
    if any(c.quality == 0 for c in swapped):
        return tuple(c for c in swapped if c.quality == 0)
    return tuple(c for c in gaz.lookup(head) if c.quality == 0 and c.entry.kind in ("ADM1", "ADM2"))


def _compass_before_admin(gaz: Gazetteer, text: str, span: str, end: int) -> tuple[Candidate, ...]:
    """For "Kericho West subcounty", "Imenti Central sub-county": the unit, when the name
    itself is not in the gazetteer."""
    admin = _ADMIN_AFTER.match(text[end : end + 40])
    if admin is None or any(c.quality < 2 for c in gaz.lookup(span)):
        return ()
    return _compass_part(gaz, span, admin.group(1).lower())


def _only_admin(candidates: Sequence[Candidate], word: str) -> tuple[Candidate, ...]:
    kinds = (
        {"ADM1"}
        if word in ADMIN1_WORDS
        else {"ADM2"}
        if word in ADMIN2_WORDS
        else {"ADM3"}
        if word == "ward"
        else None
    )
    admins = [c for c in candidates if c.entry.kind in ("ADM1", "ADM2", "ADM3")]
    preferred = [c for c in admins if kinds is None or c.entry.kind in kinds]
    return tuple(preferred or admins)


_MAX_CANDIDATES = 25
_ROAD_AFTER = re.compile(
    r"^[-\s]+(?:road|rd|street|st|highway|hwy|avenue|ave|boulevard|blvd|bypass|lane|drive|"
    r"expressway|motorway|freeway|parkway|pike|turnpike)\b",
    re.IGNORECASE,
)


def _make(
    gaz: Gazetteer,
    text: str,
    start: int,
    end: int,
    label: str,
    candidates: Sequence[Candidate],
    *,
    kind_hint: str | None = None,
) -> PlaceMention:
    before = text[max(0, start - 60) : start]
    after = text[end : end + 40]
    qualifier: str | None = None
    if _OUTSKIRTS_BEFORE.search(before):
        qualifier = "outskirts"
    elif _NEAR_BEFORE.search(before):
        qualifier = "near"
    else:
        direction = _DIRECTION_BEFORE.search(before)
        if direction:
            qualifier = direction.group(1).lower().replace("-", "")
    # What the text says the place is, and candidates narrowed to match.
    admin = _ADMIN_AFTER.match(after)
    last = name_key(text[start:end]).rsplit(" ", 1)[-1]
    if kind_hint is None and " " in text[start:end].strip() and last in ADMIN_WORDS:
        # The type word is part of the matched name ("Sujawal District").
        narrowed = _only_admin(candidates, last)
        if narrowed:
            candidates, kind_hint = narrowed, narrowed[0].entry.kind
    elif kind_hint is None and admin:
        word = admin.group(1).lower()
        narrowed = _only_admin(candidates, word)
        if narrowed:
            candidates = narrowed
            kind_hint = narrowed[0].entry.kind
            end += admin.end()
    elif kind_hint is None and (_TOWN_BEFORE.search(before) or _TOWN_AFTER.match(after)):
        towns = tuple(c for c in candidates if c.entry.kind == "PPL")
        if towns:
            candidates, kind_hint = towns, "PPL"
    elif (
        kind_hint is None
        and (_PART_AFTER.match(after) or _city_owner(gaz, before))
        # "the east Baltimore neighborhood" is in the city it names.
        and not prominent(candidates)
    ):
        # "the Chatham neighborhood", "Miami's Overtown": a part of a city, named like towns
        # elsewhere.
        kind_hint = "PART"
    state_hint = None
    state = _STATE_AFTER.match(text[end : end + 16])
    if state:
        state_hint = us_state(gaz, state.group(1))
    locative = _LOCATIVE_BEFORE.search(before) is not None
    return PlaceMention(
        text=text[start:end],
        start=start,
        end=end,
        label=label,
        qualifier=qualifier,
        # The best few are enough: the rest only cost time when scored.
        candidates=tuple(candidates[:_MAX_CANDIDATES]),
        role=None,
        kind_hint=kind_hint,
        state_hint=state_hint,
        locative=locative,
    )


_LOCATIVE_BEFORE = re.compile(
    # "(coded as Taveta": ACLED's notes say where an unlisted village was coded.
    r"\b(?:in|at|near|outside|around|inside|into|across|along|coded\s+as)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|area|camp|county|district|province|region)\s+of\s+)?$",
    re.IGNORECASE,
)


_OWNER_BEFORE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+$")


def _city_owner(gaz: Gazetteer, before: str) -> bool:
    """Whether a big city owns the name that follows ("Miami's Overtown")."""
    if "'s " not in before[-24:] and "’s " not in before[-24:]:
        return False
    owner = _OWNER_BEFORE.search(before)
    return owner is not None and any(
        c.entry.kind == "PPL" and c.quality == 0 and c.entry.pop >= 100_000
        for c in gaz.lookup(owner.group(1))
    )


def _drop_overlaps(mentions: list[PlaceMention]) -> list[PlaceMention]:
    kept: list[PlaceMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _with_roles(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    dateline = dateline_span(text)
    dateline_start, dateline_end = dateline if dateline else (-1, -1)
    result = []
    for m in mentions:
        role = m.role
        if role is None:
            if dateline_start <= m.start and m.end <= dateline_end:
                role = _ROLE_DATELINE
            elif _SAID_AFTER.match(text[m.end : m.end + 40]) or _STATEMENT_BEFORE.search(
                text[max(0, m.start - 30) : m.start]
            ):
                role = _ROLE_STATEMENT
            elif (
                any(c.entry.kind == "PCLI" for c in m.candidates[:1])
                and _ACTOR_AFTER.match(text[m.end : m.end + 30])
            ) or _ACTOR_SUFFIX_AFTER.match(text[m.end : m.end + 12]):
                role = _ROLE_ACTOR
        if (
            role == _ROLE_DATELINE
            and m.kind_hint is None
            and not any(c.entry.kind == "ADM1" for c in m.candidates)
        ):
            # "OAKLAND --": a dateline is a town; a big city's name is the city, not a county
            # of that name elsewhere (a city that is its own province, as Kyiv, is left be).
            cities = tuple(
                c
                for c in m.candidates
                if c.entry.kind == "PPL" and c.quality == 0 and c.entry.pop >= 300_000
            )
            if cities:
                m = replace(m, candidates=cities, kind_hint="PPL")
        result.append(replace(m, role=role) if role != m.role else m)
    return result
