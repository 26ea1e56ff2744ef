"""The relevance screen: which articles are skipped, which paragraphs are read, offsets kept."""

from __future__ import annotations

import pytest

from frontlines.scale.prefilter import paragraphs, screen

LONG_FILLER = "The council discussed the budget for road repairs and new street lights. " * 6


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        ("Gunmen killed five villagers near Gusau on Sunday, police said.", True),
        ("Thousands of demonstrators marched through the capital on Friday.", True),
        ("An air strike hit a market in the town.", True),
        ("Police arrested three suspects in a raid.", True),
        ("Matt, 15, died on Sunday.", True),  # a casualty with no tactic still counts
        ("Two people were wounded.", True),
        ("Stock markets rose as inflation eased.", False),
        ("The home side won the league title with a 2-1 victory.", False),
        ("Already a subscriber? Click the button below to log in.", False),
        ("", False),
        ("The mobile phone maker opened a new office.", False),  # "mob" is not in "mobile"
    ],
)
def test_relevance(text: str, relevant: bool) -> None:
    assert screen(text).relevant is relevant


def _article(*paras: str) -> str:
    return "\n\n".join(paras)


@pytest.mark.parametrize(
    ("paras", "kept_indexes"),
    [
        # The lead paragraphs are always read; later ones only with a cue.
        (
            [
                "Dateline.",
                "Lede.",
                "Third.",
                LONG_FILLER,
                LONG_FILLER,
                "Five people were killed.",
                LONG_FILLER,
            ],
            [0, 1, 2, 5],
        ),
        (
            [
                LONG_FILLER,
                "Rebels clashed with troops.",
                LONG_FILLER,
                LONG_FILLER,
                LONG_FILLER,
                "A bomb exploded.",
                LONG_FILLER,
                "Police arrested two men.",
            ],
            [0, 1, 2, 5, 7],
        ),
    ],
)
def test_long_articles_keep_lead_and_cue_paragraphs(
    paras: list[str], kept_indexes: list[int]
) -> None:
    text = _article(*paras)
    decision = screen(text, lead=3, trim_from=500)
    assert decision.trimmed
    spans = paragraphs(text)
    read = decision.apply(text)
    assert len(read) == len(text)
    for index, (start, end) in enumerate(spans):
        if index in kept_indexes:
            assert read[start:end] == text[start:end]
        else:
            assert read[start:end].strip() == ""
    # Line breaks survive blanking: paragraphs (and sentence ends) stay where they were.
    assert [i for i, c in enumerate(read) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"
    ]


def test_short_relevant_articles_are_read_whole() -> None:
    text = _article("Five people were killed.", LONG_FILLER)
    decision = screen(text, trim_from=10_000)
    assert decision.relevant and not decision.trimmed
    assert decision.apply(text) == text


def test_an_article_with_cues_everywhere_is_not_trimmed() -> None:
    text = _article(*["Soldiers clashed with rebels and two were killed."] * 40)
    decision = screen(text, trim_from=100)
    assert decision.relevant and not decision.trimmed
    assert decision.apply(text) is text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\n\nb", [(0, 1), (3, 4)]),
        ("\n  \nabc\n", [(4, 7)]),
        ("one line", [(0, 8)]),
        ("", []),
    ],
)
def test_paragraphs(text: str, expected: list[tuple[int, int]]) -> None:
    assert paragraphs(text) == expected
