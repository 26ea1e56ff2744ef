"""Which input format a file is in: decided from its content, with the extension as a hint."""

from __future__ import annotations

import re

INPUT_FORMATS: tuple[str, ...] = ("text", "dated-text", "jsonl", "html", "rss")

# Extensions a directory walk reads; any other file in a directory is not an article file.
# Files without an extension are read and sniffed.
ARTICLE_SUFFIXES: dict[str, str | None] = {
    ".txt": None,  # text or dated-text, by content
    ".text": None,
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "rss",
    ".rss": "rss",
    ".atom": "rss",
    "": None,
}

# The first line of the dated-text form: "date 2024-08-31 <standfirst>".
DATED_HEADER = re.compile(r"\A[ \t]*date[ \t]+(?P<date>\d{4}-\d{1,2}-\d{1,2})(?=\s|\Z)[ \t]*", re.I)

# Prolog that may precede the root element of an XML or HTML document.
_PROLOG = re.compile(r"\A(?:\s+|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)
_ROOT = re.compile(r"<([A-Za-z][\w:.-]*)")
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf", "rdf"})
_HTML_ROOTS = frozenset({"html", "head", "body", "meta", "title", "div", "p", "article"})


def sniff(head: str, *, suffix: str = "") -> str:
    """The input format of a document whose decoded start is ``head``.

    Content decides when it is decisive (a JSON object, a feed or page root element, the
    dated-text header); otherwise the extension does; otherwise it is plain text.
    """
    start = head.lstrip("\ufeff \t\r\n")
    hint = ARTICLE_SUFFIXES.get(suffix)
    if start.startswith("{"):
        return "jsonl"
    if start.startswith("<"):
        root = _root_element(start)
        if root in _FEED_ROOTS:
            return "rss"
        if root in _HTML_ROOTS or re.match(r"<!DOCTYPE\s+html", start, re.I):
            return "html"
        if hint in ("html", "rss"):
            return hint
        return "rss" if start.startswith("<?xml") else "html"
    if DATED_HEADER.match(head.lstrip("\ufeff")):
        return "dated-text"
    if hint is not None:
        return hint
    return "text"


def _root_element(start: str) -> str | None:
    rest = start[_PROLOG.match(start).end() :]  # type: ignore[union-attr]
    found = _ROOT.match(rest)
    return found.group(1).lower() if found else None
