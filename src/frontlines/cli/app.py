"""The Typer application every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="frontlines",
    help="News about armed conflict in; geocoded, deduplicated, source-traceable events out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
