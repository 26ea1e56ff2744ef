"""Actor mentions, normalised to ACLED-style names.

Three sources of names: the versioned alias table of named groups (``data/actors.toml``),
state forces built from the country table (``data/countries.tsv``: "Iraqi security forces"
→ Military Forces of Iraq), and generic roles whose country is filled in later from the
event's place ("gunmen" → Unidentified Armed Group (Country), "protesters" → Protesters
(Country)). Matching is regex over text so offsets are exact and it runs without a model.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from frontlines.nlp.attributes import declare, text_of


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    iso3: str
    adjectives: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    kind: str  # "named" | "state" | "police" | "unidentified" | "identity" | "protesters"
    # | "rioters" | "civilians"
    name: str | None  # normalised name when known now; generic kinds get theirs per event
    inter: str
    country: str | None  # country name when the mention says it ("Iraqi forces")


@dataclass(frozen=True, slots=True)
class NamedActor:
    name: str
    inter: str
    country_iso3: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    text = resources.files("frontlines.data").joinpath("countries.tsv").read_text("utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, iso3, adjectives = line.split("\t")
        out.append(Country(name, iso3, tuple(a.strip() for a in adjectives.split(",") if a)))
    return tuple(out)


@lru_cache(maxsize=1)
def country_by_word() -> dict[str, Country]:
    """Country name or adjective (as written) → Country."""
    table: dict[str, Country] = {}
    for c in countries():
        for word in (c.name, *c.adjectives):
            table[word] = c
    return table


@lru_cache(maxsize=1)
def alias_table() -> tuple[str, tuple[NamedActor, ...]]:
    """(version, named actors) from the versioned alias table."""
    raw = resources.files("frontlines.data").joinpath("actors.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    actors = tuple(
        NamedActor(a["name"], a["inter"], a.get("country", ""), tuple(a["aliases"]))
        for a in data["actor"]
    )
    return data["version"], actors


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _named_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, NamedActor]]:
    """Two patterns (case-sensitive acronyms, case-insensitive names) and alias → actor."""
    _, actors = alias_table()
    by_alias: dict[str, NamedActor] = {}
    upper: list[str] = []
    other: list[str] = []
    for actor in actors:
        for alias in actor.aliases:
            by_alias[alias.lower()] = actor
            (upper if alias.isupper() or len(alias) <= 3 else other).append(alias)
    sensitive = re.compile(rf"(?<![\w-])(?:{_alternation(upper)})(?![\w-])")
    insensitive = re.compile(rf"(?<![\w-])(?:{_alternation(other)})(?![\w-])", re.IGNORECASE)
    return sensitive, insensitive, by_alias


_FORCE_WORDS = {
    "forces": "military",
    "troops": "military",
    "soldiers": "military",
    "army": "military",
    "military": "military",
    "navy": "military",
    "air force": "military",
    "marines": "military",
    "special forces": "military",
    "armed forces": "military",
    "security forces": "military",
    "defence forces": "military",
    "defense forces": "military",
    "national guard": "military",
    "coast guard": "military",
    "border guards": "military",
    "border guard": "military",
    "personnel": "military",
    "servicemen": "military",
    "warplanes": "military",
    "jets": "military",
    "drones": "military",
    "artillery": "military",
    "police": "police",
    "policemen": "police",
    "police officers": "police",
    "gendarmerie": "police",
    "gendarmes": "police",
    "security services": "police",
}


@lru_cache(maxsize=1)
def _state_pattern() -> re.Pattern[str]:
    words = list(country_by_word())
    forces = _alternation(list(_FORCE_WORDS))
    return re.compile(
        rf"(?<![\w-])(?P<country>{_alternation(words)})(?:\s+and\s+(?P<country2>"
        rf"{_alternation(words)}))?(?:'s|’s)?\s+"
        rf"(?:(?i:government|regime|national|state|federal|security|armed|special|military|"
        rf"coalition)\s+){{0,2}}(?P<force>(?i:{forces}))(?![\w-])"
    )


# Forces with no country in the phrase: the event's country fills it in.
_BARE_STATE = re.compile(
    r"(?<![\w-])(?:the\s+)?(?P<force>police(?:men| officers?)?|officers|cops|"
    r"security (?:forces|agents|personnel)|soldiers|troops|army|military|gendarmes|"
    r"gendarmerie|KDF|GSU|national guard|government forces|regime forces|armed forces|"
    r"riot police|anti-riot police|prison (?:guards|warders)|rangers|KPR|police reservists)"
    r"(?![\w-])(?!\s+(?:base|bases|camp|post|station|vehicle|convoy|installation|facility|"
    r"academy|court|hospital|school|intelligence|officials?|officers?|spokes\w+|sources?|chiefs?|"
    r"commanders?|headquarters|barracks|operations?|positions?|units?)\b)",
    re.IGNORECASE,
)
_UNIDENTIFIED = re.compile(
    r"(?<![\w-])(?:(?:unidentified|unknown|suspected|armed|masked|hooded)\s+)*"
    r"(?:gunm[ae]n|assailants?|attackers?|armed (?:men|group|gang)s?|gangs?|gangsters|"
    r"bandits|thugs|hitm[ae]n|criminals|robbers|kidnappers|militants?|insurgents?|"
    r"shooters?|killers?|suspects?)(?![\w-])",
    re.IGNORECASE,
)
_PROTESTERS = re.compile(
    r"(?<![\w-])(?:protesters|protestors|demonstrators|marchers|strikers|picketers)(?![\w-])",
    re.IGNORECASE,
)
_RIOTERS = re.compile(r"(?<![\w-])(?:rioters|mobs?|looters)(?![\w-])", re.IGNORECASE)
_CIVILIANS = re.compile(
    r"(?<![\w-])(?:civilians|villagers|residents|worshippers|passengers|students|farmers|"
    r"herders|children|women|journalists|traders|locals|refugees|displaced people|"
    r"aid workers|pupils|teachers|motorists|pedestrians|families|a man|a woman|a boy|"
    r"a girl|a child|a teenager|a farmer|a herder|a trader|a journalist)(?![\w-])",
    re.IGNORECASE,
)
# "Pokot raiders", "Fulani herdsmen militia": a communal group named by its community.
_IDENTITY = re.compile(
    r"(?<![\w-])(?P<group>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\s+(?:ethnic\s+|clan\s+|"
    r"communal\s+)?(?P<role>militia(?:men|s)?|raiders|warriors|herders|herdsmen|gunmen|"
    r"youths|clansmen|fighters|morans|vigilantes|community|communities|clan|tribesmen)"
    r"(?![\w-])"
)
_NOT_IDENTITY = {
    "The",
    "A",
    "An",
    "Armed",
    "Unknown",
    "Unidentified",
    "Suspected",
    "Local",
    "Rival",
    "Angry",
    "Irate",
    "Some",
    "Several",
    "Two",
    "Three",
    "Other",
    "Police",
    "Government",
    "Christian",
    "Muslim",
    "Islamist",
    "Jihadist",
    "Islamic",
    "State",
    "Rebel",
}


def find_actor_mentions(text: str) -> list[ActorMention]:
    """Every actor mention in ``text``, longest first where they overlap, in text order."""
    found: list[ActorMention] = []
    taken: list[tuple[int, int]] = []

    def add(
        start: int, end: int, kind: str, name: str | None, inter: str, country: str | None
    ) -> None:
        if any(start < b and a < end for a, b in taken):
            return
        taken.append((start, end))
        found.append(ActorMention(start, end, text[start:end], kind, name, inter, country))

    sensitive, insensitive, by_alias = _named_patterns()
    for m in _state_pattern().finditer(text):
        kind = "police" if _FORCE_WORDS[m.group("force").lower()] == "police" else "state"
        prefix = "Police Forces of" if kind == "police" else "Military Forces of"
        # "US and Iraqi forces": two forces acting jointly, one mention each.
        parts = [("country", m.start("country"), m.end("country"))]
        if m.group("country2"):
            parts.append(("country2", m.start("country2"), m.end()))
        else:
            parts = [("country", m.start(), m.end())]
        for group, start, end in parts:
            country = country_by_word()[m.group(group)]
            add(
                start,
                end,
                kind,
                f"{prefix} {_with_article(country.name)}",
                "State forces",
                country.name,
            )
    for pattern in (insensitive, sensitive):
        for m in pattern.finditer(text):
            actor = by_alias[m.group(0).lower()]
            add(m.start(), m.end(), "named", actor.name, actor.inter, None)
    for m in _IDENTITY.finditer(text):
        group = m.group("group")
        if group in _NOT_IDENTITY or group in country_by_word():
            continue
        add(m.start(), m.end(), "identity", f"{group} Ethnic Militia", "Identity militia", None)
    for m in _BARE_STATE.finditer(text):
        force = m.group("force").lower()
        kind = (
            "police"
            if any(
                w in force for w in ("police", "cop", "officer", "gendarm", "gsu", "prison", "kpr")
            )
            else "state"
        )
        add(m.start(), m.end(), kind, None, "State forces", None)
    for m in _UNIDENTIFIED.finditer(text):
        add(m.start(), m.end(), "unidentified", None, "Rebel group", None)
    for m in _PROTESTERS.finditer(text):
        add(m.start(), m.end(), "protesters", None, "Protesters", None)
    for m in _RIOTERS.finditer(text):
        add(m.start(), m.end(), "rioters", None, "Rioters", None)
    for m in _CIVILIANS.finditer(text):
        add(m.start(), m.end(), "civilians", None, "Civilians", None)
    found.sort(key=lambda a: a.start)
    return found


_WITH_THE = {
    "United States",
    "United Kingdom",
    "Democratic Republic of Congo",
    "Republic of Congo",
    "Central African Republic",
    "Philippines",
    "United Arab Emirates",
    "Gambia",
}


def _with_article(country: str) -> str:
    return f"the {country}" if country in _WITH_THE else country


def generic_name(kind: str, country: str | None) -> str:
    """The ACLED name of a generic actor in a country ("Civilians (Kenya)")."""
    where = country or "International"
    return {
        "state": f"Military Forces of {_with_article(where)}",
        "police": f"Police Forces of {_with_article(where)}",
        "unidentified": f"Unidentified Armed Group ({where})",
        "protesters": f"Protesters ({where})",
        "rioters": f"Rioters ({where})",
        "civilians": f"Civilians ({where})",
    }[kind]


@Language.factory("frontlines_actors", default_config={})
def make_actors(nlp: Language, name: str) -> ActorRecognizer:
    return ActorRecognizer()


class ActorRecognizer:
    """Sets ``doc._.actors``."""

    def __init__(self) -> None:
        declare()

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = find_actor_mentions(text_of(doc))
        return doc
