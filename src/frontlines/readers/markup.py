"""Markup to plain text, for feed entries and for pages trafilatura finds no article in."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

# Elements whose content is never article text.
DROP_TAGS: frozenset[str] = frozenset(
    {"script", "style", "noscript", "iframe", "template", "object", "embed", "svg", "canvas",
     "form", "button", "select", "textarea", "video", "audio", "map"}
)  # fmt: skip
# Page furniture: dropped too when a whole page is turned into text.
BOILERPLATE_TAGS: frozenset[str] = frozenset({"nav", "header", "footer", "aside", "menu"})

_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt",
     "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "figure", "figcaption", "address",
     "hr", "header", "footer", "nav", "aside", "body"}
)  # fmt: skip
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


def fragment_to_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): paragraphs on their own lines.

    Text that is not markup at all comes back with only its whitespace tidied.
    """
    if "<" not in markup:
        return _tidy(markup)
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _tidy(markup)
    return element_to_text(root)


def element_to_text(root: lxml.html.HtmlElement, *, drop: frozenset[str] = DROP_TAGS) -> str:
    """Plain text of an element, without the content of ``drop`` elements."""
    parts: list[str] = []
    _collect(root, parts, drop)
    return _tidy("".join(parts))


def _collect(element: lxml.html.HtmlElement, parts: list[str], drop: frozenset[str]) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    # Comments and processing instructions have a non-string tag; only their tail is text.
    if tag and tag not in drop:
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if tag == "br":
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        for child in element:
            _collect(child, parts, drop)
        if block:
            parts.append("\n\n")
    if element.tail:
        parts.append(element.tail)


def _tidy(text: str) -> str:
    """One space between words, paragraphs separated by one blank line."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)
