"""`frontlines extract PATH...`: per-article extraction, no storage."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from frontlines.cli.app import app
from frontlines.cli.options import (
    InputFormatOption,
    JsonErrorsOption,
    MaxBytesOption,
    SkipBadOption,
)
from frontlines.cli.output import fail, warn
from frontlines.errors import FrontlinesError


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


@app.command("extract")
def extract_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="jsonl for machines, table for people.")
    ] = OutputFormat.jsonl,
    input_format: InputFormatOption = None,
    skip_bad: SkipBadOption = False,
    max_bytes: MaxBytesOption = 20_000_000,
    json_errors: JsonErrorsOption = False,
) -> None:
    """Extract ACLED-style events from news articles (no storage)."""
    from frontlines.extract.api import Extractor
    from frontlines.extract.render import render_csv, render_jsonl, render_table
    from frontlines.readers import Skip, read_articles

    skips: list[Skip] = []

    def on_skip(skip: Skip) -> None:
        skips.append(skip)
        warn(f"skipped ({skip.code}): {skip.reason}")

    try:
        articles = read_articles(
            paths,
            input_format=input_format,
            skip_bad=skip_bad,
            max_bytes=max_bytes,
            on_skip=on_skip,
            stdin=sys.stdin.buffer,
        )
        results = Extractor().extract_many(articles)
        if output_format is OutputFormat.jsonl:
            render_jsonl(results, sys.stdout)
        elif output_format is OutputFormat.csv:
            render_csv(results, sys.stdout)
        else:
            render_table(results)
    except FrontlinesError as error:
        raise fail(error, as_json=json_errors) from None
    if skips:
        warn(f"{len(skips)} input(s) skipped")
