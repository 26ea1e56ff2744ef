"""Options several commands share, declared once so their names and help never drift."""

from __future__ import annotations

from typing import Annotated

import typer

InputFormatOption = Annotated[
    str | None,
    typer.Option(help="text | dated-text | jsonl | html | rss (default: sniffed)."),
]
SkipBadOption = Annotated[
    bool, typer.Option("--skip-bad", help="Skip bad inputs with a reported reason.")
]
MaxBytesOption = Annotated[int, typer.Option(help="Largest input file read, in bytes.")]
JsonErrorsOption = Annotated[
    bool, typer.Option("--json-errors", help="Errors as one JSON object on stderr.")
]
