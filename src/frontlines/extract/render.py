"""Output of `frontlines extract`: JSONL (the public schema), ACLED-ordered CSV, a table."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

import orjson
from rich.console import Console
from rich.table import Table

from frontlines.domain import Article, Event

# ACLED's column order for the columns frontlines has, then frontlines' own additions.
ACLED_CSV_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso3",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "sources",
    "notes",
    "fatalities",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured_low",
    "injured_best",
    "injured_high",
    "where_prec",
    "geonameid",
    "date_start",
    "date_end",
    "main",
    "article_ids",
    "confidence",
)

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
    row = {k: record.get(k) for k in ACLED_CSV_COLUMNS}
    row["sources"] = "; ".join(s["outlet"] or s["article_id"] for s in record["sources"])
    row["article_ids"] = ";".join(record["article_ids"])
    row["civilian_targeting"] = "Civilian targeting" if record["civilian_targeting"] else ""
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
