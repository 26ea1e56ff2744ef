"""Hypothesis strategies for news-like text: fragments the NLP rules react to (numbers,
dates, casualty verbs, places, sources) mixed with arbitrary Unicode, so the properties are
tested where the rules fire, not only on noise they ignore."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

FRAGMENTS = [
    "killed", "were killed", "dead", "injured", "wounded", "died", "at least", "more than",
    "nearly", "dozens of", "hundreds", "several", "1,000,000,000", "250,000", "three", "fifteen",
    "twenty-one", "8-10", "a man", "civilians", "soldiers", "militants", "police said",
    "according to AP", "the army said", "CENTCOM said", "in Kharkiv", "in Zamfara", "near Mosul",
    "El Fasher", "Borno state", "on Monday", "yesterday", "last week", "earlier this month",
    "on 31 August 2024", "Aug. 29", "2024-08-31", "in 1998", "the 1990s", "since March",
    "between 3 and 5 May", "the following day", "two days later", "48 hours", "Saturday",
    "next Tuesday", "an air strike", "clashes", "protesters", "gunmen abducted", "IED",
    "\n", "\n\n", ".", ",", " ", "(", ")", "\"", "-", "–", "\u00a0", "\u200b", "\ufeff", "\x00",
]  # fmt: skip


def fragments() -> st.SearchStrategy[str]:
    noise = st.text(max_size=12)
    numbers = st.integers(min_value=0, max_value=10**12).map(str)
    return st.one_of(st.sampled_from(FRAGMENTS), noise, numbers)


def news_text(*, max_parts: int = 40) -> st.SearchStrategy[str]:
    """Text built from fragments joined by spaces (sometimes by nothing)."""
    return st.lists(fragments(), max_size=max_parts).flatmap(
        lambda parts: st.sampled_from([" ", "", " . "]).map(lambda sep: sep.join(parts))
    )


def publication_dates() -> st.SearchStrategy[date | None]:
    """Any date at all, weighted towards the edges of the calendar where arithmetic fails."""
    return st.one_of(
        st.none(),
        st.dates(),
        st.sampled_from([date.min, date.max, date(1, 1, 7), date(9999, 12, 25), date(1900, 1, 1)]),
        st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    )
