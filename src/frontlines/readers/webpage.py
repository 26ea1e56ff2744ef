"""HTML pages: trafilatura finds the main text, title, date and site name.

The date comes from the page's metadata (``<meta>`` publication dates, JSON-LD, ``<time>``)
only: searching the body for dates would take "In 2014 the group seized ..." for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.etree
import lxml.html
import trafilatura

from frontlines.domain import Article
from frontlines.errors import FrontlinesError
from frontlines.readers.dates import date_error, parse_date
from frontlines.readers.markup import BOILERPLATE_TAGS, DROP_TAGS, element_to_text

# lxml refuses a str that still declares its byte encoding; the text is already decoded.
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_DATE_OPTIONS = {"extensive_search": False, "original_date": True}
# Page furniture trafilatura keeps on a page too short for its own boilerplate detection.
_PRUNE = ["//nav", "//footer", "//aside", "//menu", "//*[@role='navigation']"]


def read_html(text: str, *, origin: str) -> Iterator[Article | FrontlinesError]:
    markup = _XML_DECLARATION.sub("", text, count=1)
    if not markup.strip():
        raise FrontlinesError("E101", origin=origin)
    try:
        tree = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError) as error:
        raise FrontlinesError("E110", origin=origin, detail=str(error) or "no document") from None
    try:
        found = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_OPTIONS,
            prune_xpath=_PRUNE,
        )
    except Exception as error:  # trafilatura's failure modes are not documented; one code for all
        raise FrontlinesError("E110", origin=origin, detail=repr(error)) from None

    title = _clean(getattr(found, "title", None)) or _clean(tree.findtext(".//title"))
    body = _clean(getattr(found, "text", None))
    if not body:
        # trafilatura wants an article-sized block; a short page is still an article.
        body = element_to_text(tree, drop=DROP_TAGS | BOILERPLATE_TAGS) or None
    if not body or not any(char.isalpha() for char in body):
        raise FrontlinesError("E111", origin=origin, detail="the page has markup but no text")
    body = _without_title(body, title)

    published = None
    raw_date = getattr(found, "date", None)
    try:
        published = parse_date(raw_date)
    except ValueError as error:
        yield date_error(error, origin=origin, detail=str(raw_date))
    yield Article(
        id=Article.make_id(body),
        text=body,
        title=title,
        published=published,
        url=_clean(getattr(found, "url", None)),
        outlet=_clean(getattr(found, "sitename", None)),
        origin=origin,
    )


def _without_title(body: str, title: str | None) -> str:
    """The body without a first line that only repeats the headline (the page's <h1>)."""
    first, _, rest = body.partition("\n")
    if title and rest.strip() and first.strip() == title.strip():
        return rest.strip()
    return body


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None
