"""Shared by the API tests: the sample store's contents and the write token."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from frontlines.domain import Article

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
TOKEN = "test-token-0123456789"

# Markup in an article is data: the API must return it verbatim and the pages must show it
# as text.
HOSTILE = Article(
    id="hostile-script",
    title="<script>window.__pwned = 'title'</script> Gunmen kill five in Zamfara",
    text=(
        "Gunmen killed five villagers in Tsafe, Zamfara State, on Monday, police said. "
        "<script>window.__pwned = 'text'</script> "
        "<img src=x onerror=\"window.__pwned = 'img'\"> Residents fled to Gusau."
    ),
    published=date(2024, 5, 14),
    outlet="<b>Hostile Wire</b>",
    url="javascript:window.__pwned='url'",
)
