"""PATH arguments to inputs: files, directories walked in sorted order, and "-" for stdin."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from frontlines.errors import FrontlinesError
from frontlines.readers.sniff import ARTICLE_SUFFIXES

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Target:
    """One input to read: a file (``path``) or standard input (``path is None``)."""

    path: Path | None
    # Found by walking a directory rather than named: files that are not articles (binary,
    # or an extension no reader takes) are passed over with a reason, never an error.
    walked: bool = False

    @property
    def origin(self) -> str:
        return str(self.path) if self.path is not None else "<stdin>"


def targets(given: str | Path) -> Iterator[Target | FrontlinesError]:
    """The inputs one PATH argument stands for; an error for a directory file not read."""
    if str(given) == STDIN:
        yield Target(path=None)
        return
    path = Path(given)
    if path.is_dir():
        yield from _walk(path)
    elif path.exists():
        yield Target(path=path)
    else:
        raise FrontlinesError("E100", path=str(path), origin=str(path))


def _walk(root: Path) -> Iterator[Target | FrontlinesError]:
    found: list[Path] = []
    for folder, subfolders, files in os.walk(root):
        # Hidden folders (.git, .ipynb_checkpoints) are never input; pruning in place stops
        # os.walk from descending into them.
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found.extend(Path(folder, name) for name in files if not name.startswith("."))
    for path in sorted(found, key=lambda p: p.relative_to(root).parts):
        suffix = path.suffix.lower()
        if suffix in ARTICLE_SUFFIXES:
            yield Target(path=path, walked=True)
        else:
            yield FrontlinesError(
                "E108", origin=str(path), detail=f"not an article file ({suffix})"
            )
