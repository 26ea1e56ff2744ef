"""JSON Lines: one article per line, ``{id, text, title?, publication_date?, url?, outlet?}``.

Read as a stream, one line at a time: a file of a million lines never sits in memory whole,
and the size limit applies to each line rather than to the file. Other fields (the gold
files carry ``dataset``, ``gold``, ``events`` ...) are ignored. ``text`` is taken verbatim so
that offsets computed elsewhere against the same record stay valid.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import Any

import orjson

from frontlines.domain import Article
from frontlines.errors import FrontlinesError
from frontlines.readers.dates import date_error, parse_date
from frontlines.readers.decode import bom_encoding, decode, utf16_without_bom
from frontlines.readers.source import Source

# Records of one file checked for a repeated id (E115); about 20 MB of hashes at most.
DUPLICATE_CHECKED = 200_000

# Wide encodings whose newline is not the single byte 0x0A: split after decoding.
_WIDE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32")


def read_jsonl(source: Source, *, max_bytes: int) -> Iterator[Article | FrontlinesError]:
    seen_record = False
    # hash of id -> hash of its text. Within one file the same id with another text is
    # ambiguous, not a newer version: the first is kept, the repeat is E115. (Across files
    # and runs a changed text replaces the stored version, by design.) Hashes, not strings,
    # and only for the first DUPLICATE_CHECKED records: the ids of a million-line file held
    # as strings took 250 MB.
    first_seen: dict[int, int] = {}
    for number, line in _lines(source, max_bytes=max_bytes):
        where = f"{source.origin}:{number}"
        if line is None:
            yield FrontlinesError("E106", origin=where, size=f"a line of more than {max_bytes}",
                                  limit=max_bytes)  # fmt: skip
            seen_record = True
            continue
        try:
            text = line if isinstance(line, str) else decode(line, origin=source.origin,
                                                              line=number)  # fmt: skip
        except FrontlinesError as error:
            yield error
            seen_record = True
            continue
        if not text.strip():
            continue
        seen_record = True
        for item in _record(text, origin=where):
            if isinstance(item, Article) and len(first_seen) < DUPLICATE_CHECKED:
                text_hash = hash(item.text)
                if first_seen.setdefault(hash(item.id), text_hash) != text_hash:
                    item = FrontlinesError("E115", origin=where, detail=item.id)
            yield item
    if not seen_record:
        raise FrontlinesError("E101", origin=source.origin)


def _record(line: str, *, origin: str) -> Iterator[Article | FrontlinesError]:
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as error:
        yield FrontlinesError("E104", origin=origin, detail=str(error))
        return
    if not isinstance(record, dict):
        kind = type(record).__name__.replace("NoneType", "null")
        yield FrontlinesError("E104", origin=origin, detail=f"a JSON {kind}, not an object")
        return
    record = {key: _without_nul(value) for key, value in record.items()}
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield FrontlinesError("E105", origin=origin, detail=_describe_text(record))
        return
    published = None
    try:
        published = parse_date(record.get("publication_date"))
    except ValueError as error:
        yield date_error(error, origin=origin, detail=str(record.get("publication_date")))
    yield Article(
        id=_article_id(record.get("id"), text),
        text=text,
        title=_optional_str(record.get("title")),
        published=published,
        url=_optional_str(record.get("url")),
        outlet=_optional_str(record.get("outlet")),
        origin=origin,
    )


def _without_nul(value: Any) -> Any:
    """A JSON string's NUL characters (``\\u0000``) as spaces: PostgreSQL refuses NUL in text
    and JSON, and a space keeps every offset into the text where the record's author had it."""
    return value.replace("\0", " ") if isinstance(value, str) and "\0" in value else value


def _article_id(value: Any, text: str) -> str:
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return Article.make_id(text)


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _describe_text(record: dict[str, Any]) -> str:
    if "text" not in record:
        return "no field 'text'"
    value = record["text"]
    if isinstance(value, str):
        return "'text' is empty"
    kind = "null" if value is None else type(value).__name__
    return f"'text' is {kind}, not a string"


def _lines(source: Source, *, max_bytes: int) -> Iterator[tuple[int, bytes | str | None]]:
    """(line number, line) pairs; ``None`` stands for a line over ``max_bytes``."""
    encoding = bom_encoding(source.head) or utf16_without_bom(source.head)
    if encoding in _WIDE:
        yield from _wide_lines(source, encoding=encoding, max_bytes=max_bytes)
    else:
        yield from _byte_lines(source, max_bytes=max_bytes)


def _byte_lines(source: Source, *, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    number = 1
    pending = bytearray()
    oversized = False  # the current line went over the limit: drop it up to its newline
    for chunk in source.chunks():
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            piece = chunk[start:] if end < 0 else chunk[start:end]
            if not oversized:
                pending += piece
                if len(pending) > max_bytes:
                    oversized = True
                    pending.clear()
            if end < 0:
                break
            yield number, (None if oversized else bytes(pending))
            number += 1
            pending.clear()
            oversized = False
            start = end + 1
    if pending or oversized:
        yield number, (None if oversized else bytes(pending))


def _wide_lines(
    source: Source, *, encoding: str, max_bytes: int
) -> Iterator[tuple[int, str | None]]:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    limit = max_bytes // 2  # at least two bytes a character in these encodings
    number = 1
    pending = ""
    oversized = False
    for chunk in source.chunks():
        try:
            text = decoder.decode(chunk)
        except UnicodeDecodeError as error:
            raise FrontlinesError(
                "E103", origin=f"{source.origin}:{number}", detail=f"invalid {encoding}: {error}"
            ) from None
        *complete, last = text.split("\n")
        for piece in complete:
            yield number, (None if oversized or len(pending) + len(piece) > limit
                           else (pending + piece).lstrip("\ufeff"))  # fmt: skip
            number += 1
            pending, oversized = "", False
        if not oversized:
            pending += last
            if len(pending) > limit:
                pending, oversized = "", True
    if pending or oversized:
        yield number, (None if oversized else pending.lstrip("\ufeff"))
