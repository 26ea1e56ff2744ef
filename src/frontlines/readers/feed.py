"""RSS and Atom feeds: each entry is one article.

feedparser recovers what it can from a malformed feed; the file is refused (E110) only when
not a single entry comes out of it. An entry's ``origin`` is the feed file and the line its
``<item>``/``<entry>`` starts on, so a bad date names the line to fix.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import feedparser

from frontlines.domain import Article
from frontlines.errors import FrontlinesError
from frontlines.readers.dates import ImplausibleDate, check_plausible, date_error, parse_date
from frontlines.readers.markup import fragment_to_text

# The text is already decoded; the declaration must not make feedparser decode it again.
_DECLARED_ENCODING = re.compile(r"""\A(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""")
_ENTRY_START = re.compile(r"<(?:[\w.-]+:)?(?:item|entry)[\s>/]")


def read_feed(text: str, *, origin: str) -> Iterator[Article | FrontlinesError]:
    if not text.strip():
        raise FrontlinesError("E101", origin=origin)
    document = _DECLARED_ENCODING.sub(r"\1\2utf-8\2", text, count=1).encode("utf-8")
    # A stream, never a str: feedparser takes a str for a URL or a file name to open.
    parsed = feedparser.parse(io.BytesIO(document))
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") or not parsed.get("version"):
            raise FrontlinesError("E110", origin=_where(origin, parsed), detail=_problem(parsed))
        return  # a well-formed feed with no entries: nothing to read, nothing wrong
    outlet = _text_of(parsed.feed.get("title"))
    lines = _entry_lines(text)
    for index, entry in enumerate(entries):
        where = f"{origin}:{lines[index]}" if index < len(lines) else f"{origin}#{index + 1}"
        yield from _entry(entry, origin=where, outlet=outlet)


def _entry(entry: Any, *, origin: str, outlet: str | None) -> Iterator[Article | FrontlinesError]:
    contents = entry.get("content") or []
    markup = next((c.get("value") for c in contents if c.get("value")), None)
    body = fragment_to_text(markup or entry.get("summary") or "")
    if not any(char.isalpha() for char in body):
        yield FrontlinesError("E111", origin=origin, detail="the feed entry has no content")
        return
    published = None
    try:
        published = _entry_date(entry)
    except ValueError as error:
        yield date_error(error, origin=origin, detail=str(error))
    yield Article(
        id=Article.make_id(body),
        text=body,
        title=_text_of(entry.get("title")),
        published=published,
        url=_text_of(entry.get("link")),
        outlet=outlet,
        origin=origin,
    )


def _entry_date(entry: Any) -> date | None:
    """The entry's publication date as written (its own time zone), else its update date.

    feedparser's ``*_parsed`` values are converted to UTC, which moves a late-evening
    article to the next day; they serve only for formats ``parse_date`` does not read.
    """
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parse_date(raw)
        except ImplausibleDate:
            raise
        except ValueError:
            parsed = entry.get(f"{key}_parsed")
            if parsed is None:
                raise ValueError(raw) from None
            return check_plausible(date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday))
    return None


def _entry_lines(text: str) -> list[int]:
    """The line each entry element starts on, in document order (feedparser's order too)."""
    lines: list[int] = []
    line, position = 1, 0
    for found in _ENTRY_START.finditer(text):
        line += text.count("\n", position, found.start())
        position = found.start()
        lines.append(line)
    return lines


def _where(origin: str, parsed: Any) -> str:
    problem = parsed.get("bozo_exception")
    get_line = getattr(problem, "getLineNumber", None)
    if callable(get_line):
        try:
            return f"{origin}:{get_line()}"
        except (AttributeError, TypeError):
            pass
    return origin


def _problem(parsed: Any) -> str:
    problem = parsed.get("bozo_exception")
    if problem is not None:
        return str(getattr(problem, "getMessage", lambda: problem)())
    return "no RSS or Atom feed and no entries in it"


def _text_of(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = fragment_to_text(value) if "<" in value else " ".join(value.split())
    return text or None
