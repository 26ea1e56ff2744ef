"""Text similarity counts the story, not the web page around it."""

from __future__ import annotations

import pytest

from frontlines.incidents.text import TermStats, cosine, story_text, terms, vectorize


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Copyright 2017 WMC Action News 5. All rights reserved. Darnell Brooks was shot.",
         "Darnell Brooks was shot.", "WMC"),
        ("This material may not be published, broadcast, rewritten or redistributed.\n"
         "Maria Lopez, 16, was wounded.", "Maria Lopez, 16, was wounded.", "rewritten"),
        ("Call Crime Stoppers at 510-238-8572. Police found the car.", "Police found the car.",
         "8572"),
        ("Tips may be given at (414) 935-7401 anonymously.", "anonymously", "7401"),
        ("Please enable Javascript to watch this video\nThe gunman fled on Fifth Avenue.",
         "Fifth Avenue", "Javascript"),
    ],
)  # fmt: skip
def test_story_text_drops_boilerplate(text: str, kept: str, dropped: str) -> None:
    story = story_text(text)
    assert kept in story
    assert dropped not in story


def test_one_outlets_chrome_does_not_make_two_stories_alike() -> None:
    chrome = (
        " Copyright 2017 KXYZ News. All rights reserved. This material may not be published,"
        " broadcast, rewritten or redistributed. Follow us on Twitter and Facebook."
    )
    a = "Darnell Brooks, 31, was shot outside the Lucky Seven club on Fifth Avenue." + chrome
    b = "Maria Lopez, 16, was wounded near Roosevelt High School on Elm Street." + chrome
    stats = TermStats()
    for text in (a, b, "Police investigate.", "A crash on the interstate."):
        stats.add(terms(text))
    assert cosine(vectorize(terms(a), stats), vectorize(terms(b), stats)) == 0.0


def _story_sentence_by_sentence(text: str) -> str:
    """The reference: every sentence searched for boilerplate on its own, case-insensitively."""
    import frontlines.incidents.text as module

    kept = (
        m.group()
        for m in module._SENTENCE.finditer(text)
        if not module._BOILERPLATE.search(m.group())
    )
    return module._PHONE.sub(" ", " ".join(kept))


@pytest.mark.parametrize(
    "text",
    [
        "Two men were shot on Elm Street. SUBSCRIBE to our Newsletter! The shooter fled.",
        "Follow Us on Facebook\nA bomb exploded near the market.\nLoading...",
        "“Nobody saw it,” said Ana Núñez. Sign in to comment. Call 555-123-4567 with tips.",
        "He tried to log in.Then he left.",  # a cue right at a sentence's end
        "Login failed. Logistics convoy hit.",  # 'log in' needs a word boundary
        "İstanbul: police detained 40 people. Click here for more.",  # lower() lengthens İ
        "ſubscribe here. The ſtrike killed 3.",  # long s: matched only case-insensitively
        "Kelvin: ＫＫ copyright. Fighting in Kharkiv.",
        "",
        "No cue at all, just a report of shelling in Izium.",
    ],
)
def test_story_text_equals_a_sentence_by_sentence_search(text: str) -> None:
    assert story_text(text) == _story_sentence_by_sentence(text)
