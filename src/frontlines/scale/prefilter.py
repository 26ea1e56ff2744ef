"""The relevance pre-filter: a cheap screen run before the spaCy pipeline.

Most of a news stream reports no political violence at all, and a long article that does
usually reports it in a few paragraphs. The screen looks for the same event cues the
classifier types sentences by (``frontlines.extract.cues``), plus casualty words, with one
regular-expression pass over the lower-cased text:

- an article with no cue anywhere cannot yield an event (the classifier types a sentence
  only when it holds an event cue), so it skips the pipeline entirely;
- a long article keeps its first paragraphs (dateline, lede: the context dates and places
  are read from) and every paragraph with a cue; the other paragraphs are blanked, each
  character replaced by a space and line breaks kept, so the pipeline sees a text of the
  same length and every offset into it is an offset into the article (claims keep
  ``text[start:end] == quote``). spaCy reads a run of spaces as one whitespace token, so a
  blanked paragraph costs next to nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from frontlines.extract.classify import EVENT_CUES
from frontlines.extract.cues import CUES, lower

# Casualty statements that name no tactic ("Matt, 15, died on Sunday") still carry an
# event's figures, so their paragraphs are kept too.
_CASUALTY_WORDS = (
    r"\b(?:died|dies|dead|deaths?|dying|killed|slain|fatal\w*|wound\w*|injur\w*|hurt|"
    r"hospital\w*|casualt\w*|victims?|bod(?:y|ies)|gunshot\w*|gunfire|murder\w*|toll|"
    r"critical condition|life-threatening)(?!\w)"
)

RELEVANT = re.compile(
    "|".join(
        [f"(?:{CUES[name].pattern})" for name in sorted(EVENT_CUES) if name in CUES]
        + [_CASUALTY_WORDS]
    )
)

# Paragraphs always kept: the first lines carry the dateline, the lede and the dates and
# places later sentences lean on.
LEAD_PARAGRAPHS = 3
# Shorter articles are kept whole when relevant: trimming them saves little.
TRIM_FROM_CHARS = 2_000


@dataclass(frozen=True, slots=True)
class Screen:
    """What the pre-filter decided for one text."""

    relevant: bool  # False: no cue anywhere, the article can yield no event
    kept: tuple[tuple[int, int], ...]  # character ranges the pipeline reads
    length: int  # the text's length

    @property
    def trimmed(self) -> bool:
        return self.relevant and self.kept != ((0, self.length),)

    def apply(self, text: str) -> str:
        """``text`` with everything outside ``kept`` blanked; same length, same offsets."""
        if not self.trimmed:
            return text
        parts: list[str] = []
        cursor = 0
        for start, end in self.kept:
            parts.append(_blank(text[cursor:start]))
            parts.append(text[start:end])
            cursor = end
        parts.append(_blank(text[cursor:]))
        return "".join(parts)


def _blank(text: str) -> str:
    # Line breaks stay: they end sentences (frontlines_paragraphs) and keep paragraphs apart.
    return re.sub(r"[^\n]", " ", text)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of ``text``."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def screen(text: str, *, lead: int = LEAD_PARAGRAPHS, trim_from: int = TRIM_FROM_CHARS) -> Screen:
    """Decide whether ``text`` can report an event, and which of its paragraphs to read."""
    hits = [m.start() for m in RELEVANT.finditer(lower(text))]
    if not hits:
        return Screen(relevant=False, kept=(), length=len(text))
    if len(text) < trim_from:
        return Screen(relevant=True, kept=((0, len(text)),), length=len(text))
    spans = paragraphs(text)
    starts = [a for a, _ in spans]
    keep = set(range(min(lead, len(spans))))
    for hit in hits:
        index = bisect_right(starts, hit) - 1
        if index >= 0 and hit < spans[index][1]:
            keep.add(index)
    if len(keep) == len(spans):
        return Screen(relevant=True, kept=((0, len(text)),), length=len(text))
    return Screen(relevant=True, kept=_merge(spans, sorted(keep)), length=len(text))


def _merge(spans: list[tuple[int, int]], indexes: list[int]) -> tuple[tuple[int, int], ...]:
    """Runs of consecutive kept paragraphs as one range, the line breaks between included."""
    merged: list[tuple[int, int]] = []
    previous = -2
    for index in indexes:
        start, end = spans[index]
        if index == previous + 1:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
        previous = index
    return tuple(merged)
