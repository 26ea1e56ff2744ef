"""One input opened for reading: a file or standard input, its start, and size limits."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from frontlines.errors import FrontlinesError

# How much of an input is read up front to sniff its format.
HEAD_BYTES = 65536
_CHUNK = 1 << 20


@dataclass(slots=True)
class Source:
    """An open input: its start is already read (``head``), the rest is still in ``stream``.

    Whole-document formats call ``read_all``; JSON Lines reads ``chunks`` and never holds
    more than one line.
    """

    origin: str  # the path as given, or "<stdin>"
    suffix: str  # the file extension in lower case ("" for stdin): a hint for sniffing
    head: bytes
    stream: BinaryIO
    size: int | None  # known for files, None for stdin

    @classmethod
    def open(cls, stream: BinaryIO, *, origin: str, suffix: str, size: int | None) -> Source:
        return cls(origin=origin, suffix=suffix, head=stream.read(HEAD_BYTES), stream=stream,
                   size=size)  # fmt: skip

    def check_size(self, max_bytes: int) -> None:
        """E106 before anything is read whole, when the file's size is known."""
        if self.size is not None and self.size > max_bytes:
            raise FrontlinesError("E106", origin=self.origin, size=self.size, limit=max_bytes)

    def read_all(self, max_bytes: int) -> bytes:
        """The whole input, refusing (E106) one over ``max_bytes`` without reading past it."""
        self.check_size(max_bytes)
        rest = self.stream.read(max_bytes + 1 - len(self.head))
        data = self.head + rest
        if len(data) > max_bytes:
            size = self.size if self.size is not None else f"more than {max_bytes}"
            raise FrontlinesError("E106", origin=self.origin, size=size, limit=max_bytes)
        return data

    def chunks(self) -> Iterator[bytes]:
        """The input from its start, in pieces of bounded size."""
        if self.head:
            yield self.head
        while chunk := self.stream.read(_CHUNK):
            yield chunk
