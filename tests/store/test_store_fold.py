"""``fold``: the key and search form of names and texts, fast on ASCII, the same result."""

from __future__ import annotations

import unicodedata

import pytest

from frontlines.store.schema import fold


def _fold_slowly(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@pytest.mark.parametrize(
    ("value", "folded"),
    [
        ("Côte d'Ivoire", "cote d'ivoire"),
        ("KHARKIV", "kharkiv"),
        ("Straße", "strasse"),
        ("“Quoted” — dash", "“quoted” — dash"),
        ("Ａｌ-Ｓｈａｂａａｂ", "al-shabaab"),  # full-width letters decompose to ASCII
        ("São Tomé and Príncipe", "sao tome and principe"),
        ("ﬁre", "fire"),  # a ligature
        ("", ""),
    ],
)
def test_fold(value: str, folded: str) -> None:
    assert fold(value) == folded == _fold_slowly(value)


def test_fold_of_nothing_is_empty() -> None:
    assert fold(None) == ""
