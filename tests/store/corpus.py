"""A small stream of reports: two incidents in Gary a day apart, a toll that rises, one
battle in Ukraine, and an article with no event."""

from __future__ import annotations

from eventfactory import ScriptedExtractor, article

from frontlines.domain import Article

ARTICLES: list[Article] = [
    article("club-1", "Gunman Darnell Brooks opened fire inside the Lucky Seven social club on "
            "Fifth Avenue late Wednesday, killing two dice players, police said.",
            published="2024-05-02"),
    article("school-1", "A 15-year-old was wounded outside Roosevelt High School on Broadway on "
            "Thursday afternoon; officers arrested Maria Lopez near the gymnasium.",
            published="2024-05-03"),
    article("club-2", "The death toll from the Lucky Seven social club shooting on Fifth Avenue "
            "rose to three; Darnell Brooks remains in custody, police said.",
            published="2024-05-04"),
    article("kharkiv-1", "Ukrainian forces repelled a Russian assault on the outskirts of Kharkiv "
            "near Tsyrkuny; the regional governor Oleh Syniehubov reported heavy fighting.",
            published="2024-05-10"),
    article("kharkiv-2", "Fighting near Tsyrkuny north of Kharkiv: governor Oleh Syniehubov said "
            "the Russian assault was repelled by Ukrainian forces.",
            published="2024-05-10"),
    article("notes-1", "The city council met on Tuesday to discuss the budget for parks.",
            published="2024-05-05"),
    article("school-2", "Maria Lopez was charged after the wounding of a 15-year-old outside "
            "Roosevelt High School on Broadway, near the gymnasium.",
            published="2024-05-04"),
]  # fmt: skip

BATTLE = {
    "place": "Kharkiv",
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "actor1": "Military Forces of Ukraine",
    "actor2": "Military Forces of Russia",
}
SCRIPT = {
    "club-1": [dict(when="2024-05-01", killed=2, injured=3)],
    "school-1": [dict(when="2024-05-02", killed=0, injured=1)],
    "club-2": [dict(when="2024-05-01", killed=3, injured=3)],
    "kharkiv-1": [dict(when="2024-05-09", **BATTLE)],
    "kharkiv-2": [dict(when="2024-05-09", killed=4, **BATTLE)],
    "school-2": [dict(when="2024-05-02", injured=1)],
}
EXPECTED_GROUPS = [{"club-1", "club-2"}, {"school-1", "school-2"}, {"kharkiv-1", "kharkiv-2"}]


def extractor() -> ScriptedExtractor:
    return ScriptedExtractor(SCRIPT)
