"""Is an article in English? Judged by py3langid, only where there is enough text to judge."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Below this many letters the identifier is unreliable: on the ACLED notes of the gold data
# (1-3 sentences) it calls one English note in eight Nigerian Pidgin at 40 letters.
MIN_LETTERS = 100
# A non-English verdict must be at least this sure; mixed or uncertain text is read.
MIN_CONFIDENCE = 0.9
# The start of an article is enough to tell its language; the rest only costs time.
_SAMPLE_CHARS = 2000
# English-based creoles the identifier confuses with English news prose.
_ENGLISH_LIKE = frozenset({"en", "pcm", "sco"})


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The article's language: "en" when it reads as English, another ISO 639-1 code when it
    is confidently something else, ``None`` when there are too few letters to judge.
    """
    sample = text[:_SAMPLE_CHARS]
    if sum(1 for char in sample if char.isalpha()) < MIN_LETTERS:
        return None
    language, confidence = _identifier().classify(sample)
    if language in _ENGLISH_LIKE or confidence < MIN_CONFIDENCE:
        return "en"
    return str(language)
