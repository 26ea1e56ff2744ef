"""Name keys: how a place name in an article meets the same name in the gazetteer.

Two keys per name. ``name_key`` folds case, accents and punctuation ("Khān Yūnis" → "khan yunis").
``variant_key`` goes further for transliterations, which differ mostly in vowels and in the
Arabic article: "Deir ez-Zor" / "Deir al-Zour", "Kharkiv" / "Kharkov", "Al-Fashir" /
"El Fasher" all share one variant key. The variant key is only a fallback: it collides far
more often, so the resolver trusts it less than an exact key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose into a base letter plus marks.
_FOLD = str.maketrans(
    {
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th",
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h",
    }
)  # fmt: skip
# Apostrophe-like marks (ayn, hamza, typographic quotes) vanish rather than split a word:
# "Dar'a" and "Dara" are one name.
_QUOTES = re.compile(r"[\u0027\u2018\u2019\u02bb\u02bc\u02be\u02bf\u0060\u00b4\u2032]")
_NON_WORD = re.compile(r"[^a-z0-9]+")

# The Arabic article in its usual romanisations, and the Persian/Urdu izafe linker.
_ARTICLES = frozenset(
    [
        "al",
        "el",
        "ul",
        "ad",
        "ed",
        "ar",
        "er",
        "as",
        "es",
        "ash",
        "esh",
        "az",
        "ez",
        "at",
        "et",
        "an",
        "en",
        "ath",
        "adh",
    ]
)
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")


def fold(text: str, *, keep_quotes: bool = False) -> str:
    """Accents and special letters to plain ASCII, case kept ("Ḩaḑramawt" → "Hadramawt").

    ``keep_quotes`` writes ayn and hamza as "'" (display names: "Darʿā" → "Dar'a"); keys drop
    them.
    """
    text = _QUOTES.sub("'" if keep_quotes else "", text.translate(_FOLD))
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The exact lookup key: folded, lower case, words separated by single spaces."""
    # Cached: the phrase scan keys the same spans and words many times per article.
    return _NON_WORD.sub(" ", fold(text).lower()).strip()


def variant_key(text: str) -> str:
    """The transliteration-tolerant key: no Arabic article, no vowels, no doubled letters.

    Each word keeps its first letter so that vowel-initial words still count
    ("Idlib" → "idlb"). Returns "" for keys too short to be trusted on their own.
    """
    words = name_key(text).split()
    if len(words) > 1:
        # "al-Zour" → "Zour": the article is dropped wherever it stands, but never the last word.
        words = [w for w in words[:-1] if w not in _ARTICLES] + words[-1:]
    # A fused article ("Alfashir", "Elfasher") goes too, when a long word remains.
    words = [_strip_fused_article(w) for w in words]
    skeleton = []
    for word in words:
        word = word.replace("kh", "k").replace("ph", "f").replace("w", "v").replace("q", "k")
        # An initial vowel is kept as a vowel but not as which one ("Idlib" / "Edlib").
        first = "a" if word[0] in "aeiouy" else word[0]
        skeleton.append(_DOUBLE.sub(r"\1", first + _VOWELS.sub("", word[1:])))
    key = " ".join(skeleton)
    return key if len(key.replace(" ", "")) >= 4 else ""


def _strip_fused_article(word: str) -> str:
    for article in ("al", "el"):
        if word.startswith(article) and len(word) >= 7 and word[2] not in "aeiou":
            return word[2:]
    return word
