"""`frontlines ingest PATH... [--db URL]`: extract, geocode, link into incidents, store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import orjson
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

DB_HELP = (
    "sqlite:///file.db or postgresql://… (default: $FRONTLINES_DB, else sqlite:///frontlines.db)."
)


@contextmanager
def _progress(enabled: bool) -> Iterator[Any]:
    """A live counter on a terminal; nothing at all in a pipe or a log."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        yield progress


def render_summary(summary: dict) -> str:
    skipped = summary["skipped"]
    lines = [
        f"articles read      {summary['articles_read']}",
        f"  stored           {summary['articles_stored']}"
        + (
            f" ({summary['articles_replaced']} replaced changed versions)"
            if summary["articles_replaced"]
            else ""
        ),
        f"  skipped          {sum(skipped.values())}",
        *(f"    {reason:<14} {n}" for reason, n in skipped.items()),
        f"events             {summary['events']}",
        f"new incidents      {summary['new_incidents']}",
        f"merges             {summary['merges']}",
    ]
    return "\n".join(lines)


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    input_format: InputFormatOption = None,
    skip_bad: SkipBadOption = False,
    max_bytes: MaxBytesOption = 20_000_000,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Articles per transaction (a crash loses at most one).")
    ] = 25,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary as one JSON object on stdout.")
    ] = False,
    json_errors: JsonErrorsOption = False,
    workers: Annotated[
        int,
        typer.Option(
            min=0,
            help="Extraction processes (0: every core). With --dask local: the cluster's workers.",
        ),
    ] = 0,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Extract on a Dask cluster: tcp://HOST:8786, or 'local' for a LocalCluster.",
        ),
    ] = None,
    prefilter: Annotated[
        bool,
        typer.Option(
            "--prefilter/--no-prefilter",
            help="Skip articles and paragraphs with no conflict cue before the NLP pipeline.",
        ),
    ] = True,
) -> None:
    """Extract events from articles, link them into incidents and store them (idempotent)."""
    from frontlines.readers import Skip, read_articles
    from frontlines.scale.factory import open_extractor
    from frontlines.store import IngestSummary, Store

    summary = IngestSummary()

    def on_skip(skip: Skip) -> None:
        summary.skipped[skip.code] += 1
        warn(f"skipped {skip.origin}: {skip.code} {skip.reason}")

    try:
        with (
            Store.open(db) as store,
            open_extractor(workers=workers, dask=dask, prefilter=prefilter) as extractor,
            _progress(sys.stderr.isatty()) as progress,
        ):
            task = progress.add_task("ingesting", total=None) if progress else None
            articles = read_articles(
                paths, input_format=input_format, skip_bad=skip_bad, max_bytes=max_bytes,
                on_skip=on_skip, stdin=sys.stdin.buffer,
            )  # fmt: skip
            store.ingest(
                articles,
                extractor=extractor,
                batch_size=batch_size,
                summary=summary,
                on_article=(lambda _: progress.advance(task)) if progress else None,
            )
    except FrontlinesError as error:
        raise fail(error, as_json=json_errors) from None
    if as_json:
        sys.stdout.write(orjson.dumps(summary.to_dict()).decode() + "\n")
    else:
        warn(render_summary(summary.to_dict()))
