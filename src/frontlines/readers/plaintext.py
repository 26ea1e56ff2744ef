"""Plain text and the dated-text form ("date YYYY-MM-DD <standfirst>" on the first line).

In the dated-text form the standfirst becomes the title and is *not* part of ``Article.text``:
the text is exactly the body after the first line (leading blank lines and trailing
whitespace removed), so character offsets into it are offsets into the body, as for an
article read from JSON Lines with a separate title.

Neither form has an outlet field; a wire-style dateline opening the body
("EL FASHER, Sudan (Darfur Dispatch) - ...") names it, and is the only place it is taken from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from frontlines.domain import Article
from frontlines.errors import FrontlinesError
from frontlines.readers.dates import date_error, parse_date
from frontlines.readers.sniff import DATED_HEADER

# PLACE[, Region] (Outlet) - : capitals for the place, then the outlet in brackets and a dash.
_DATELINE = re.compile(
    r"\A[A-Z][A-Z'’.\- ]{1,40}(?:,[ \t]*[A-Z][\w.'’\- ]{1,40})?[ \t]*"
    r"\((?P<outlet>[^()\n]{2,60})\)[ \t]*[-–—]"
)


def dateline_outlet(body: str) -> str | None:
    """The outlet a wire-style dateline names, or ``None`` when the body opens otherwise."""
    found = _DATELINE.match(body)
    return found.group("outlet").strip() if found else None


def read_text(text: str, *, origin: str) -> Iterator[Article | FrontlinesError]:
    body = text.strip()
    if not body:
        raise FrontlinesError("E101", origin=origin)
    yield Article(id=Article.make_id(body), text=body, outlet=dateline_outlet(body), origin=origin)


def read_dated_text(text: str, *, origin: str) -> Iterator[Article | FrontlinesError]:
    if not text.strip():
        raise FrontlinesError("E101", origin=origin)
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    header = DATED_HEADER.match(first)
    if header is None:
        shown = first.strip()[:40] or "(blank first line)"
        raise FrontlinesError("E109", origin=f"{origin}:1", detail=shown)
    body = rest.strip()
    if not body:
        raise FrontlinesError("E111", origin=origin, detail="nothing after the date line")
    published = None
    try:
        published = parse_date(header.group("date"))
    except ValueError as error:
        # Reported, and the article read without a date: the caller decides whether it is fatal.
        yield date_error(error, origin=f"{origin}:1", detail=header.group("date"))
    standfirst = first[header.end() :].strip() or None
    yield Article(
        id=Article.make_id(body),
        text=body,
        title=standfirst,
        published=published,
        outlet=dateline_outlet(body),
        origin=origin,
    )
