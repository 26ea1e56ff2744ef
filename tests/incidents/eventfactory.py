"""Hand-made events and a scripted extractor for the incidents, store and export tests.

The scripted extractor returns, for each article id, the events a test spells out as
``make_event`` keyword arguments, so a test shows its data next to what it expects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from frontlines.domain import Article, Claim, Event, Place, Range, Source, content_id

PLACES: dict[str, tuple[str, str, str, float, float]] = {
    # name: (admin1, country, iso3, lat, lon)
    "Gary": ("Indiana", "United States", "USA", 41.5934, -87.3464),
    "Chicago": ("Illinois", "United States", "USA", 41.8500, -87.6500),
    "Kharkiv": ("Kharkivska", "Ukraine", "UKR", 49.9808, 36.2527),
    "Izium": ("Kharkivska", "Ukraine", "UKR", 49.2128, 37.2566),
    "Mosul": ("Nineveh", "Iraq", "IRQ", 36.3350, 43.1189),
}


def make_event(
    article_id: str = "a1",
    *,
    when: str = "2024-05-01",
    place: str | None = "Gary",
    killed: int | None = None,
    killed_high: int | None = None,
    injured: int | None = None,
    event_type: str = "Violence against civilians",
    sub_event_type: str = "Attack",
    actor1: str | None = None,
    actor2: str | None = None,
    published: str | None = None,
    position: int = 0,
    about: str | None = None,
    main: bool = True,
) -> Event:
    day = date.fromisoformat(when)
    pub = date.fromisoformat(published) if published else day
    if place in PLACES:
        admin1, country, iso3, lat, lon = PLACES[place]
        where = Place(place, country, iso3, admin1, None, lat, lon, None, 1, 1)
    else:
        where = Place(location=place)
    claims: tuple[Claim, ...] = ()
    if killed is not None:
        quote = f"{killed} killed"
        claims = (Claim("fatalities", killed, killed, killed_high or killed, about, "police",
                        article_id, quote, 0, len(quote)),)  # fmt: skip
    return Event(
        event_id="e-" + content_id(article_id, str(position), when, str(place)),
        article_ids=(article_id,),
        main=main,
        event_date=day,
        date_start=day,
        date_end=day,
        time_precision=1,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=actor1,
        actor2=actor2,
        place=where,
        fatalities_range=Range(killed, killed, killed_high or killed)
        if killed is not None
        else Range(),
        injured_range=Range(injured, injured, injured) if injured is not None else Range(),
        claims=claims,
        sources=(Source(article_id, "Test Outlet", None, pub),),
        confidence=0.5,
    )


class ScriptedExtractor:
    """Stands in for ``frontlines.extract.api.Extractor``: each article's events are given
    as ``make_event`` keyword arguments, by article id."""

    def __init__(self, script: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        self.script = script
        self.seen: list[str] = []

    def events(self, article: Article) -> list[Event]:
        published = article.published.isoformat() if article.published else None
        return [
            make_event(article.id, published=published, position=i, **dict(kwargs))
            for i, kwargs in enumerate(self.script.get(article.id, ()))
        ]

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            self.seen.append(article.id)
            yield article, self.events(article)


def article(article_id: str, text: str, *, published: str = "2024-05-02") -> Article:
    return Article(id=article_id, text=text, published=date.fromisoformat(published))
