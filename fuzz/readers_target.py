"""The fuzz target shared by the atheris harness and its hypothesis fallback: any bytes,
read in every input format, either give articles or raise a coded ``FrontlinesError``.
Anything else (an uncaught exception, a non-Article) is a bug in the readers."""

from __future__ import annotations

import io

from frontlines.domain import Article
from frontlines.errors import FrontlinesError
from frontlines.readers import INPUT_FORMATS, read_articles

FORMATS: tuple[str | None, ...] = (None, *sorted(INPUT_FORMATS))


def read_bytes(data: bytes, *, input_format: str | None) -> list[Article]:
    """Read ``data`` as standard input; only coded errors may escape."""
    skips: list[object] = []
    try:
        articles = list(
            read_articles(["-"], input_format=input_format, stdin=io.BytesIO(data),
                          skip_bad=True, on_skip=skips.append, max_bytes=1_000_000)
        )  # fmt: skip
    except FrontlinesError:
        return []
    for article in articles:
        assert isinstance(article, Article)
        assert article.text.strip(), "an article with no text"
        assert "\x00" not in article.text, "a NUL reached an article (PostgreSQL refuses it)"
    return articles


def one_input(data: bytes) -> None:
    """The atheris entry point: the first byte picks the format, the rest is the input."""
    if not data:
        return
    read_bytes(data[1:], input_format=FORMATS[data[0] % len(FORMATS)])
