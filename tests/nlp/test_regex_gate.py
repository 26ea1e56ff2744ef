"""The regex gate skips only patterns that cannot match: results equal a plain finditer."""

from __future__ import annotations

import re

import pytest

from frontlines.nlp.regex_gate import RegexGate, pattern_heads


def plain_spans(
    patterns: dict[str, re.Pattern[str]], text: str
) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for name, pattern in patterns.items():
        spans = [m.span() for m in pattern.finditer(text)]
        if spans:
            out[name] = spans
    return out


def gated_spans(gate: RegexGate, text: str) -> dict[str, list[tuple[int, int]]]:
    return {name: [m.span() for m in ms] for name, ms in gate.finditer_all(text).items()}


@pytest.mark.parametrize(
    ("pattern", "heads"),
    [
        (r"\b(?:protest\w*|on strike)", {"pro", "on "}),
        (r"\b(?:ra(?:id|ided)|a)(?!\w)", {"rai", "a"}),  # "a" then anything
        (r"\b[0-9]x", {f"{d}x" for d in "0123456789"}),
        (r"(?<!\w)(?:gunm[ae]n)", {"gun"}),
        (r"\bfight(?:er)?s?", {"fig"}),
    ],
)
def test_heads_are_what_a_match_can_begin_with(pattern: str, heads: set[str]) -> None:
    assert pattern_heads(re.compile(pattern)) == heads


@pytest.mark.parametrize(
    "pattern",
    [
        r"protest",  # no word boundary first: could match inside "counterprotest"
        r"\b\w+ed\b",  # begins with any word character
        r"\b(?:\d+ killed)",  # \d includes digits of every script
        r"(?i)\bprotest",  # case-insensitive: heads of lower-cased text do not apply
        r"\b(?:-\w+)",  # begins with a non-word character
    ],
)
def test_patterns_the_analysis_cannot_bound_always_run(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert pattern_heads(compiled) is None
    assert RegexGate.build({"p": compiled}).always == frozenset({"p"})


def test_overlapping_candidates_keep_finditer_semantics() -> None:
    # "march through" starts a match that covers the next word's start: that position
    # must not be tried again, as finditer would not.
    patterns = {
        "march": re.compile(r"\b(?:march(?:ed)? (?:through|on)|through the (?:city|town))"),
        "word": re.compile(r"\b(?:city|on)\b"),
    }
    gate = RegexGate.build(patterns)
    for text in [
        "they marched through the city on sunday",
        "march on, march on through the town",
        "through the city through the town",
        "",
        "on",
    ]:
        assert gated_spans(gate, text) == plain_spans(patterns, text)


def test_lookbehind_sees_the_text_before_the_word() -> None:
    patterns = {"calibre": re.compile(r"\b(?:(?<![\d.,])[1-9]\dmm)")}
    gate = RegexGate.build(patterns)
    for text in ["a 60mm round", "1.60mm wire", "x,60mm"]:
        assert gated_spans(gate, text) == plain_spans(patterns, text)
