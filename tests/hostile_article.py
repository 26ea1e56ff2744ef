"""One hostile article shared by the API and browser tests.

Markup in an article is data: the API must return it verbatim and every page must show it
as text and run none of it.
"""

from __future__ import annotations

from datetime import date

from frontlines.domain import Article

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
