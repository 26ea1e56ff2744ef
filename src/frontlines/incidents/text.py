"""Text similarity between reports: TF-IDF over the words that tell incidents apart.

Two shootings in one city on nearby days share "police", "shooting" and the city's name;
what separates them are names, streets, ages and other rare words. TF-IDF weighs those up,
with document frequencies taken from the corpus the linker has seen so far (the store keeps
them), so the weights sharpen as more articles arrive.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# Function words and the vocabulary every violence report shares: they say nothing about
# which incident an article is about, and they would dominate short articles.
_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours said says say told according
    according one two three four five six seven eight nine ten mr mrs ms its it's he's she's
    that's there's we're they're i'm don't didn't wasn't isn't can't won't new like get got
    year years day days week weeks time people man woman men women
    """
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())

# Web pages carry their outlet's chrome (copyright lines, sign-up prompts, share buttons, tip
# lines): two reports of different incidents by one outlet share it word for word, and on a
# short article it outweighs the story. A sentence or line with one of these cues is dropped.
_BOILERPLATE = re.compile(
    r"copyright|all rights reserved|redistributed|javascript|newsletter|e-?mail|"
    r"facebook|twitter|instagram|subscribe|sign (?:up|in)|log ?in\b|click here|"
    r"notification|verification|registration|privacy policy|terms of (?:service|use)|"
    r"contributed to this report|crime ?stoppers|follow us|like this|loading\.\.\.",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^\n.!?]+[.!?]*")
_PHONE = re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b1-8\d\d-[\w-]+")


# The same cues, matched case-sensitively on lower-cased text: a case-insensitive search
# of every sentence was most of the cost of ``terms``, which ingest runs on every article.
_BOILERPLATE_LOWER = re.compile(_BOILERPLATE.pattern)
# Characters that a case-insensitive [a-z] matches but whose lower case is no ASCII letter
# (or is two characters): a text holding one takes the per-sentence path, so both agree.
_CASE_SPECIAL = re.compile("[\u0130\u0131\u017f]")


def story_text(text: str) -> str:
    """The text without web-page boilerplate and phone numbers (tip lines are per city)."""
    sentences = list(_SENTENCE.finditer(text))
    lowered = text.lower()
    if len(lowered) == len(text) and not _CASE_SPECIAL.search(text):
        # One pass over the whole text. No cue spans two sentences (none holds a line break
        # or ends a sentence before its last character), so a sentence is boilerplate
        # exactly when a match starts inside it.
        starts = [m.start() for m in _BOILERPLATE_LOWER.finditer(lowered)]
        kept = (m.group() for m in sentences if not _starts_within(starts, m.start(), m.end()))
    else:
        kept = (m.group() for m in sentences if not _BOILERPLATE.search(m.group()))
    return _PHONE.sub(" ", " ".join(kept))


def _starts_within(starts: list[int], begin: int, end: int) -> bool:
    index = bisect.bisect_left(starts, begin)
    return index < len(starts) and starts[index] < end


def terms(text: str) -> Counter[str]:
    """Term counts of a text: lower-cased words and numbers, stop words and 1-2 letter words out."""
    counts: Counter[str] = Counter()
    for token in _TOKEN.findall(story_text(text).lower()):
        if token in STOPWORDS:
            continue
        if len(token) < 3 and not token.isdigit():
            continue
        counts[token] += 1
    return counts


@dataclass
class TermStats:
    """Document frequencies of the corpus seen so far (mutable: it grows with each article)."""

    documents: int = 0
    df: dict[str, int] = field(default_factory=dict)

    def add(self, counts: Mapping[str, int]) -> None:
        self.documents += 1
        for term in counts:
            self.df[term] = self.df.get(term, 0) + 1

    def remove(self, counts: Mapping[str, int]) -> None:
        self.documents = max(0, self.documents - 1)
        for term in counts:
            left = self.df.get(term, 0) - 1
            if left > 0:
                self.df[term] = left
            else:
                self.df.pop(term, None)

    def idf(self, term: str) -> float:
        # Smoothed so that a term seen in every document still weighs a little, and an unseen
        # term (a text compared before it is counted) weighs the most.
        return math.log((1 + self.documents) / (1 + self.df.get(term, 0))) + 1.0


Vector = dict[str, float]


# log(1 + k) for small counts and document frequencies: vectorize runs for every member of
# every candidate incident, and the logarithms were most of the linker's time.
_LOG1P: tuple[float, ...] = tuple(math.log(1 + k) for k in range(4096))


def _log1p(k: int) -> float:
    return _LOG1P[k] if k < len(_LOG1P) else math.log(1 + k)


def tf_weights(counts: Mapping[str, int]) -> dict[str, float]:
    """The sub-linear term frequencies ``1 + ln tf`` of a text: they do not depend on the
    corpus, so a caller that vectorizes one text many times computes them once."""
    return {t: 1.0 + _log1p(n - 1) for t, n in counts.items() if n > 0}


def weigh(tf: Mapping[str, float], stats: TermStats) -> Vector:
    """The unit-length TF-IDF vector of ``tf`` (from ``tf_weights``) under ``stats``."""
    base = math.log(1 + stats.documents) + 1.0
    df = stats.df.get
    table, size = _LOG1P, len(_LOG1P)
    # _log1p inlined: this runs for every member of every candidate incident.
    weights = {
        t: w * (base - (table[k] if (k := df(t, 0)) < size else math.log(1 + k)))
        for t, w in tf.items()
    }
    norm = math.sqrt(sum(w * w for w in weights.values()))
    if norm == 0.0:
        return {}
    return {t: w / norm for t, w in weights.items()}


def vectorize(counts: Mapping[str, int], stats: TermStats) -> Vector:
    """A unit-length TF-IDF vector with sub-linear term frequency.

    The weights are ``(1 + ln tf) * stats.idf(term)``, written out with table lookups.
    """
    return weigh(tf_weights(counts), stats)


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine of two unit vectors (0 when either is empty)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())
