"""Texts and helpers shared by the reader tests (imported; fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from frontlines.domain import Article
from frontlines.readers import Skip, read_articles

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO / ".." / "shared" / "data"
SAMPLES = REPO / "samples"

# Long enough (over 100 letters) for the language check to judge it.
ENGLISH = (
    "Fighting between the army and a rebel militia killed at least 14 people near the town "
    "of Beni on Tuesday, a local official said, adding that several houses were burned."
)
ENGLISH_2 = (
    "Protesters marched through the capital on Friday to demand lower fuel prices, and "
    "police said the crowd of several thousand dispersed peacefully by the evening."
)
FRENCH = (
    "Des affrontements entre l'armée et une milice ont fait au moins quatorze morts mardi "
    "près de la ville de Beni, selon un responsable local qui a ajouté que plusieurs maisons "
    "avaient été incendiées pendant la nuit."
)


def read_all(*paths: Path | str, **options: object) -> tuple[list[Article], list[Skip]]:
    """Every article and every skip, reading with skip_bad unless told otherwise."""
    skips: list[Skip] = []
    options.setdefault("skip_bad", True)
    articles = list(read_articles(list(paths), on_skip=skips.append, **options))  # type: ignore[arg-type]
    return articles, skips
