"""``frontlines eval GOLD.jsonl...``: accuracy per data set and field, and the misses."""

from __future__ import annotations

import importlib
import math
import sys
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console, Group
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from rich.table import Table

from frontlines.cli.app import app
from frontlines.cli.output import fail
from frontlines.errors import FrontlinesError
from frontlines.eval.gold import GoldRecord, load_gold
from frontlines.eval.misses import write_misses
from frontlines.eval.report import DatasetReport, MetricRow, Report
from frontlines.eval.runner import ExtractorLike, LazyExtractor, evaluate


@app.command("eval")
def eval_command(
    gold: Annotated[
        list[Path], typer.Argument(help="Gold JSONL files in the common schema (DESIGN §6).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Score the first N records per file.")
    ] = None,
    sample: Annotated[
        int | None, typer.Option("--sample", min=1, help="Score N random records per file.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Random seed for --sample.")] = 0,
    errors: Annotated[
        Path | None,
        typer.Option("--errors", help="Write the misses here: Markdown if *.md, else JSONL."),
    ] = None,
    dataset: Annotated[
        list[str] | None,
        typer.Option("--dataset", help="Only this data set (file stem or label); repeatable."),
    ] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Extraction processes.")] = 1,
    extractor: Annotated[
        str | None,
        typer.Option(
            "--extractor",
            help="Score another extractor: MODULE:FACTORY, a zero-argument callable.",
        ),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Exit with status 1 when a floor is missed.")
    ] = False,
) -> None:
    """Score extraction against gold data: accuracy per data set and field, with counts."""
    try:
        records: list[GoldRecord] = []
        for path in gold:
            records += load_gold(path, limit=limit, sample=sample, seed=seed, datasets=dataset)
        chosen = _load_extractor(extractor) if extractor else LazyExtractor()
        report = _run(records, extractor=chosen, workers=workers, misses=errors is not None)
    except FrontlinesError as error:
        raise fail(error, as_json=as_json) from error
    if errors is not None:
        write_misses(errors, report.misses)
    if as_json:
        sys.stdout.write(orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2).decode())
        sys.stdout.write("\n")
    else:
        console = Console()
        console.print(render_tables(report))
        if errors is not None:
            console.print(f"{len(report.misses)} misses written to {errors}")
    if check and report.floors_missed():
        raise typer.Exit(code=1)


def _run(
    records: list[GoldRecord], *, extractor: ExtractorLike, workers: int, misses: bool
) -> Report:
    err = Console(stderr=True)
    if not err.is_terminal:
        return evaluate(records, extractor=extractor, workers=workers, collect_misses=misses)
    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("extracting", total=len(records))
        return evaluate(
            records,
            extractor=extractor,
            workers=workers,
            collect_misses=misses,
            progress=lambda n: bar.advance(task, n),
        )


def _load_extractor(spec: str) -> ExtractorLike:
    module_name, _, attr = spec.partition(":")
    try:
        factory: Any = getattr(importlib.import_module(module_name), attr or "Extractor")
    except (ImportError, AttributeError) as exc:
        raise FrontlinesError("E301", spec=spec, detail=f"{type(exc).__name__}: {exc}") from exc
    extractor: ExtractorLike = factory()
    return extractor


def render_tables(report: Report) -> Group:
    """One table per data set: a row per field and metric, with counts, floor and note."""
    return Group(*(_section_table(section) for section in report.datasets))


def _section_table(section: DatasetReport) -> Table:
    speed = f", {section.records / section.seconds:.1f} articles/s" if section.seconds else ""
    skipped = f" ({section.skipped} without text skipped)" if section.skipped else ""
    # Notes go under the table rather than in a column, so the figures keep their width on
    # an 80-column terminal.
    notes = [f"{row.field} {row.metric}: {row.note}" for row in section.rows if row.note]
    table = Table(
        title=f"{section.dataset}: {section.records:,} records{skipped}{speed}",
        title_justify="left",
        caption="\n".join(notes) or None,
        caption_justify="left",
    )
    table.add_column("field", no_wrap=True)
    table.add_column("metric", no_wrap=True)
    for name in ("value", "correct / n"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("floor", no_wrap=True)
    for row in section.rows:
        table.add_row(row.field, row.metric, _value(row), _counts(row), _floor(row))
    return table


def _value(row: MetricRow) -> str:
    if row.value is None:
        return "—"
    if row.unit == "km":
        return f"{row.value:.1f} km"
    # Truncated, not rounded: 69.95% shown as 70.0% next to a missed 70% floor would mislead.
    return f"{math.floor(row.value * 1000) / 10:.1f}%"


def _counts(row: MetricRow) -> str:
    return f"{row.correct:,} / {row.scored:,}" if row.correct is not None else f"n={row.scored:,}"


def _floor(row: MetricRow) -> str:
    if row.floor is None:
        return ""
    mark = {True: "ok", False: "FAIL", None: "—"}[row.passed]
    return f"≥{row.floor:.0%} {mark}"
