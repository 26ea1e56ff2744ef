"""Who said each sentence: "CENTCOM said", "a US official told AP", "according to Reuters".

Uses the dependency parse: the subject of a reporting verb is the source; "told X" adds the
channel ("a US military official (via The Associated Press)"); a pronoun subject ("it
added") takes the last named source of the paragraph. A sentence with no reporting verb is
the outlet's own statement: its source is None here and the outlet later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontlines.nlp.attributes import declare

REPORTING_VERBS = frozenset(
    {
        "say", "tell", "report", "claim", "confirm", "announce", "state", "add", "note",
        "allege", "accuse", "insist", "deny", "estimate", "write", "post", "tweet", "quote",
        "cite", "disclose", "reveal", "indicate", "explain", "declare", "assert", "warn",
    }
)  # fmt: skip
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "this", "that", "which", "who"})
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
_STOP_AT = re.compile(r"[,;:(]|\bin a statement\b|\bon (?:X|Twitter|Facebook|Telegram)\b")


@dataclass(frozen=True, slots=True)
class Attribution:
    sentence_start: int
    sentence_end: int
    source: str | None  # None: the outlet's own voice
    start: int | None  # offsets of the source phrase
    end: int | None


def _subtree_text(token: Token) -> tuple[str, int, int]:
    left = token.left_edge.idx
    right_tok = token.right_edge
    right = right_tok.idx + len(right_tok.text)
    text = token.doc.text[left:right]
    stripped = text.lstrip()
    left += len(text) - len(stripped)
    text = stripped.rstrip()
    right = left + len(text)
    cut = _STOP_AT.search(text)
    if cut and cut.start() > 0:
        text = text[: cut.start()].rstrip()
        right = left + len(text)
    return text, left, right


def _attribute(sent: Span, last: str | None) -> tuple[str | None, int | None, int | None]:
    text = sent.text
    m = _ACCORDING.search(text)
    if m:
        # "According to the Reuters news agency, ..." — the object of "to".
        for tok in sent:
            if tok.idx >= sent.start_char + m.end() and tok.dep_ == "pobj":
                src, a, b = _subtree_text(tok)
                return src, a, b
    for tok in sent:
        if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in REPORTING_VERBS:
            continue
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects:
            continue
        subj = subjects[0]
        if subj.lower_ in _PRONOUNS:
            if last:
                return last, None, None
            continue
        src, a, b = _subtree_text(subj)
        if tok.lemma_.lower() == "tell":
            told = [c for c in tok.children if c.dep_ in {"dobj", "dative", "iobj"}]
            if told and told[0].lower_ not in _PRONOUNS:
                channel, _, b2 = _subtree_text(told[0])
                return f"{src} (via {channel})", a, b2 if b2 > b else b
        return src, a, b
    return None, None, None


def find_attributions(doc: Doc) -> list[Attribution]:
    out: list[Attribution] = []
    last: str | None = None
    for sent in doc.sents:
        # News runs one sentence a paragraph, so "it added" reaches across paragraphs.
        source, a, b = _attribute(sent, last)
        if source:
            # "it" after "its statement" refers to the last named source, not to itself.
            last = source if a is not None else last
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
