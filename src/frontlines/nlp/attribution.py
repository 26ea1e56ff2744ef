"""Who said each sentence: "CENTCOM said", "a US official told AP", "according to Reuters".

Patterns over clause boundaries rather than the dependency parse: attributions in news sit
at the edge of a clause ("…, CENTCOM said in a statement", "Police said …", "…, said Lang"),
and matching them directly keeps the pipeline free of the parser (the slowest model
component). "told X" adds the channel ("a US military official (via The Associated
Press)"); a pronoun ("it added") takes the last named source. A sentence with no
attribution is the outlet's own statement: its source is None here and the outlet later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from frontlines.nlp.attributes import declare

_VERBS = (
    r"said|says|say|told|tells|reported|reports|claimed|claims|confirmed|confirms|announced|"
    r"announces|stated|states|added|adds|noted|notes|alleged|alleges|insisted|denied|"
    r"estimated|wrote|posted|tweeted|disclosed|revealed|explained|declared|warned|"
    r"indicated|accused"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_ACCORDING = re.compile(r"\baccording to\s+(?P<src>[^,.;:“”\"()]{2,90})", re.IGNORECASE)
# A clause edge: the subject of a reporting verb starts after one of these.
_EDGE = re.compile(r"[,;:“”\"]|\bthat\b|\bwhile\b|\band\b(?= [a-z])|\bbut\b")
_PRONOUNS = frozenset(
    {"it", "they", "he", "she", "we", "i", "this", "that", "which", "who", "officials"}
)
_NOT_SOURCES = re.compile(
    r"^(?:there|what|when|where|as|if|who|which|some|many|others?|one|no one|nobody)\b",
    re.IGNORECASE,
)
_MAX_WORDS = 12
_TRAILING = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|also|later|earlier|previously|reportedly|"
    r"separately|first|then|had previously|would|will))+$"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    sentence_start: int
    sentence_end: int
    source: str | None  # None: the outlet's own voice
    start: int | None  # offsets of the source phrase
    end: int | None


def _clean(text: str, start: int) -> tuple[str, int, int] | None:
    stripped = text.strip(" \n\t—–-").rstrip(".")
    if not stripped:
        return None
    lead = text.index(stripped)
    # "The military has said": auxiliaries and adverbs before the verb are not the source.
    trimmed = _TRAILING.sub("", stripped)
    stripped = trimmed or stripped
    words = stripped.split()
    if len(words) > _MAX_WORDS or _NOT_SOURCES.match(stripped):
        return None
    return stripped, start + lead, start + lead + len(stripped)


def _after_verb(sentence: str, at: int, base: int) -> tuple[str, int, int] | None:
    """'…, said Lang' / 'told The Associated Press news agency.'"""
    tail = sentence[at:]
    m = re.match(
        r"\s+(?P<np>(?:[\w.'’&-]+\s?){1,8}?)(?=\s*(?:[,.;:“”\"(]|$|\bthat\b|"
        r"\bon\b|\bin\b|\bafter\b|\bbefore\b|\bwhen\b))",
        tail,
    )
    if not m:
        return None
    return _clean(m.group("np"), base + at + m.start("np"))


def _attribute(
    sentence: str, base: int, last: str | None
) -> tuple[str | None, int | None, int | None]:
    m = _ACCORDING.search(sentence)
    if m:
        found = _clean(m.group("src"), base + m.start("src"))
        if found:
            return found
    for verb in _VERB.finditer(sentence):
        before = sentence[: verb.start()]
        edges = list(_EDGE.finditer(before))
        cut = edges[-1].end() if edges else 0
        subject = before[cut:]
        found = _clean(subject, base + cut) if subject.strip() else None
        if found is None and not subject.strip():
            # Inverted order: "…,” said Lang.' / "…, said police."
            found = _after_verb(sentence, verb.end(), base)
        if found is None:
            continue
        src, a, b = found
        if src.lower() in _PRONOUNS or src.lower().startswith(("it ", "they ")):
            if last:
                return last, None, None
            continue
        if not src[:1].isupper() and not src.lower().startswith(
            ("a ", "an ", "the ", "two ", "local ", "police")
        ):
            continue
        if verb.group(0) in {"told", "tells"}:
            channel = _after_verb(sentence, verb.end(), base)
            if channel and channel[0].lower() not in _PRONOUNS:
                return f"{src} (via {channel[0]})", a, channel[2]
        return src, a, b
    return None, None, None


def find_attributions(doc: Doc) -> list[Attribution]:
    out: list[Attribution] = []
    last: str | None = None
    for sent in doc.sents:
        # News runs one sentence a paragraph, so "it added" reaches across paragraphs.
        source, a, b = _attribute(sent.text, sent.start_char, last)
        if source and a is not None:
            last = source
        out.append(Attribution(sent.start_char, sent.end_char, source, a, b))
    return out


@Language.factory("frontlines_attribution", default_config={})
def make_attribution(nlp: Language, name: str) -> AttributionRecognizer:
    return AttributionRecognizer()


class AttributionRecognizer:
    """Sets ``doc._.attributions`` (one per sentence, in order)."""

    def __init__(self) -> None:
        declare()

    def __call__(self, doc: Doc) -> Doc:
        doc._.attributions = find_attributions(doc)
        return doc
