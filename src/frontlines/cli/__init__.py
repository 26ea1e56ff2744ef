"""Command-line interface: a thin shell over library functions that return data.

Each command lives in its own module and registers itself on ``app``; this list is the
one place that says which modules make up the CLI.
"""

from __future__ import annotations

import importlib

from frontlines.cli.app import app

COMMAND_MODULES: tuple[str, ...] = (
    "frontlines.cli.extract_cmd",
    "frontlines.cli.eval_cmd",
    "frontlines.cli.ingest_cmd",
    "frontlines.cli.export_cmd",
    "frontlines.cli.incidents_cmd",
    "frontlines.cli.serve_cmd",
    "frontlines.cli.geo_cmd",
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name)


def main() -> None:
    app()


__all__ = ["app", "main"]
