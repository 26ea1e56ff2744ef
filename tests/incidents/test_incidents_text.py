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
