"""read_articles: PATH arguments in, Articles out, bad input raised or recorded as skips."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO

from frontlines.domain import Article
from frontlines.errors import FrontlinesError
from frontlines.readers.decode import bom_encoding, check_not_binary, decode, utf16_without_bom
from frontlines.readers.feed import read_feed
from frontlines.readers.jsonl import read_jsonl
from frontlines.readers.language import detect_language
from frontlines.readers.plaintext import read_dated_text, read_text
from frontlines.readers.skips import Skip
from frontlines.readers.sniff import INPUT_FORMATS, sniff
from frontlines.readers.source import Source
from frontlines.readers.walk import Target, targets
from frontlines.readers.webpage import read_html

_WHOLE_DOCUMENT_READERS = {
    "text": read_text,
    "dated-text": read_dated_text,
    "html": read_html,
    "rss": read_feed,
}


def read_articles(
    paths: Sequence[str | Path],
    *,
    input_format: str | None = None,
    skip_bad: bool = False,
    max_bytes: int = 20_000_000,
    on_skip: Callable[[Skip], None] | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article]:
    """The articles in ``paths`` (files, directories, "-" for standard input), in order.

    Without ``skip_bad`` the first bad input raises its ``FrontlinesError``; with it, each
    bad file or record is passed to ``on_skip`` as a ``Skip`` and reading goes on. A
    malformed publication date is the exception to "bad means not read": with ``skip_bad``
    the article is read with ``published=None`` and the E109 still goes to ``on_skip``.
    Files met while walking a directory that are not articles (binary, or an extension no
    reader takes) are always passed over with a ``Skip``, never raised.
    """
    # Checked here, not on the first next(): a caller learns of a bad option at once.
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise FrontlinesError("E108", origin="--input-format", detail=input_format)
    if isinstance(paths, str | Path):
        paths = [paths]  # one path given bare, not a string to iterate over character by character
    reader = _Reader(
        input_format=input_format,
        skip_bad=skip_bad,
        max_bytes=max_bytes,
        on_skip=on_skip or _ignore,
        stdin=stdin,
    )
    return reader.read_paths(list(paths))


def _ignore(skip: Skip) -> None:
    return None


@dataclasses.dataclass(frozen=True, slots=True)
class _Reader:
    input_format: str | None
    skip_bad: bool
    max_bytes: int
    on_skip: Callable[[Skip], None]
    stdin: BinaryIO | None

    def read_paths(self, paths: list[str | Path]) -> Iterator[Article]:
        for given in paths:
            yield from self.read_path(given)

    def read_path(self, given: str | Path) -> Iterator[Article]:
        try:
            found = list(targets(given))
        except FrontlinesError as error:
            self._fail(error)
            return
        for target in found:
            if isinstance(target, FrontlinesError):
                # A file in a directory that no reader takes: noted, never fatal.
                self.on_skip(Skip.from_error(target, origin=target.origin or str(given)))
                continue
            yield from self._read_target(target)

    def _read_target(self, target: Target) -> Iterator[Article]:
        try:
            for item in self._items(target):
                if isinstance(item, FrontlinesError):
                    self._fail(item)
                else:
                    yield item
        except FrontlinesError as error:
            if target.walked and error.code == "E102":
                self.on_skip(Skip.from_error(error, origin=target.origin))
            else:
                self._fail(error)

    def _items(self, target: Target) -> Iterator[Article | FrontlinesError]:
        with ExitStack() as stack:
            source = self._open(target, stack)
            for item in self._parse(source):
                if isinstance(item, Article):
                    yield _with_language(item)
                else:
                    yield item

    def _open(self, target: Target, stack: ExitStack) -> Source:
        if target.path is None:
            stream = self.stdin if self.stdin is not None else sys.stdin.buffer
            return Source.open(stream, origin=target.origin, suffix="", size=None)
        try:
            stream = stack.enter_context(target.path.open("rb"))
            size = target.path.stat().st_size
        except FileNotFoundError:
            raise FrontlinesError("E100", path=target.origin, origin=target.origin) from None
        except OSError as error:
            raise FrontlinesError(
                "E112", origin=target.origin, detail=error.strerror or str(error)
            ) from None
        return Source.open(stream, origin=target.origin, suffix=target.path.suffix.lower(),
                           size=size)  # fmt: skip

    def _parse(self, source: Source) -> Iterator[Article | FrontlinesError]:
        check_not_binary(source.head, origin=source.origin)
        input_format = self.input_format or sniff(_head_text(source.head), suffix=source.suffix)
        if input_format == "jsonl":
            yield from read_jsonl(source, max_bytes=self.max_bytes)
            return
        data = source.read_all(self.max_bytes)
        text = decode(data, origin=source.origin)
        yield from _WHOLE_DOCUMENT_READERS[input_format](text, origin=source.origin)

    def _fail(self, error: FrontlinesError) -> None:
        """Raise the error, or with ``skip_bad`` record it and go on."""
        if not self.skip_bad:
            raise error
        self.on_skip(Skip.from_error(error, origin=error.origin or ""))


# The longest article text extracted, in characters: spaCy's parser and NER refuse longer
# texts (its default ``max_length``; about 1 GB of working memory per 100,000 characters),
# and a 2.6-million-character "article" under the byte limit crashed extraction. A news
# article is a few thousand characters; anything near this is a book or a concatenation.
MAX_TEXT_CHARS = 1_000_000


def _with_language(article: Article) -> Article | FrontlinesError:
    if len(article.text) > MAX_TEXT_CHARS:
        return FrontlinesError(
            "E114", origin=article.origin, size=len(article.text), limit=MAX_TEXT_CHARS
        )
    language = detect_language(article.text)
    if language is not None and language != "en":
        return FrontlinesError("E107", origin=article.origin, language=language)
    return dataclasses.replace(article, language=language)


def _head_text(head: bytes) -> str:
    """The start of an input as text, for sniffing only (a cut character does not matter)."""
    encoding = bom_encoding(head) or utf16_without_bom(head) or "utf-8"
    return head.decode(encoding, errors="replace")
