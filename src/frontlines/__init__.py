"""frontlines: news reports of armed conflict in; geocoded, deduplicated events out.

The public Python API. The CLI is a thin shell over these functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from frontlines.domain import Event


def extract(source: Any, **options: Any) -> list[Event]:
    """Extract events from an article, a text, or an iterable of articles.

    See ``frontlines.extract.api.extract`` for the options.
    """
    from frontlines.extract.api import extract as _extract

    return _extract(source, **options)


__all__ = ["__version__", "extract"]
