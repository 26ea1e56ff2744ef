"""Rendering shared by commands: errors in one JSON shape, messages on stderr."""

from __future__ import annotations

import sys

import orjson
import typer

from frontlines.errors import FrontlinesError


def fail(error: FrontlinesError, *, as_json: bool = False) -> typer.Exit:
    """Report an error on stderr (text or the one JSON shape) and return the Exit to raise."""
    if as_json:
        sys.stderr.write(orjson.dumps(error.to_dict()).decode() + "\n")
    else:
        sys.stderr.write(f"error {error.code}: {error.message}\n  hint: {error.hint}\n")
    return typer.Exit(code=2)


def warn(message: str) -> None:
    sys.stderr.write(message + "\n")
