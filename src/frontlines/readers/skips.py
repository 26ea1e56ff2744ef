"""What was not read and why: the record a caller gets instead of an exception."""

from __future__ import annotations

from dataclasses import dataclass

from frontlines.errors import FrontlinesError


@dataclass(frozen=True, slots=True)
class Skip:
    """A recorded skip: what was not read and why.

    With ``skip_bad=True`` every problem that would have raised a ``FrontlinesError`` becomes
    one of these, reported through ``on_skip``. A malformed publication date (E109) is the one
    warning: the article is still read, with ``published=None``.
    """

    origin: str  # "path/file.jsonl:12" (file and line where there is one)
    code: str  # error code from frontlines.errors, e.g. "E104"
    reason: str  # the error's message

    @classmethod
    def from_error(cls, error: FrontlinesError, *, origin: str) -> Skip:
        return cls(origin=error.origin or origin, code=error.code, reason=error.message)
