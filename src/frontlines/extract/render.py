"""Output of `frontlines extract`: JSONL (the public schema), ACLED-ordered CSV, a table."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

import orjson
from rich.console import Console
from rich.table import Table

from frontlines.domain import Article, Event
from frontlines.export.columns import ACLED_COLUMNS, acled_row

# ACLED's columns in ACLED's order (the same rows as `frontlines export --format acled-csv`),
# then what frontlines adds: ranges, injuries, UCDP precision, provenance.
FRONTLINES_CSV_EXTRAS: tuple[str, ...] = (
    "fatalities_low", "fatalities_best", "fatalities_high", "injured_low", "injured_best",
    "injured_high", "where_prec", "geonameid", "date_start", "date_end", "main", "article_ids",
    "confidence",
)  # fmt: skip
ACLED_CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + FRONTLINES_CSV_EXTRAS

Results = Iterable[tuple[Article, list[Event]]]


def render_jsonl(results: Results, out: IO[str]) -> int:
    n = 0
    for _, events in results:
        for event in events:
            out.write(orjson.dumps(event.to_record()).decode() + "\n")
            n += 1
    out.flush()
    return n


def csv_row(event: Event) -> dict[str, object]:
    record = event.to_record()
    row: dict[str, object] = acled_row(record)
    row.update({k: record[k] for k in FRONTLINES_CSV_EXTRAS})
    row["article_ids"] = ";".join(record["article_ids"])
    return row


def render_csv(results: Results, out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(ACLED_CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for _, events in results:
        for event in events:
            writer.writerow(csv_row(event))
            n += 1
    return n


def render_table(results: Results, console: Console | None = None) -> int:
    console = console or Console(width=None if Console().is_terminal else 160)
    table = Table(title="frontlines: extracted events", show_lines=False)
    for col in (
        "article",
        "main",
        "date",
        "type / sub-type",
        "actor 1",
        "actor 2",
        "place",
        "killed",
        "injured",
    ):
        table.add_column(col, overflow="fold")
    n = 0
    for article, events in results:
        if not events:
            table.add_row(article.id, "", "", "[dim]no event[/dim]", "", "", "", "", "")
        for e in events:
            f, i = e.fatalities_range, e.injured_range
            table.add_row(
                article.id,
                "yes" if e.main else "",
                str(e.event_date or "unresolved"),
                f"{e.event_type} / {e.sub_event_type}",
                e.actor1 or "",
                e.actor2 or "",
                ", ".join(x for x in (e.place.location, e.place.country) if x),
                _rng(f.low, f.best, f.high),
                _rng(i.low, i.best, i.high),
            )
            n += 1
    console.print(table)
    return n


def _rng(low: int | None, best: int | None, high: int | None) -> str:
    if best is None:
        return ""
    return str(best) if low == high == best else f"{best} ({low}-{high})"
