"""`frontlines export [--db URL] [--format …] [filters]`: incidents out of the store."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from frontlines.cli.app import app
from frontlines.cli.ingest_cmd import DB_HELP
from frontlines.cli.options import JsonErrorsOption
from frontlines.cli.output import fail, warn
from frontlines.errors import FrontlinesError


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    acled_csv = "acled-csv"
    ucdp_csv = "ucdp-csv"
    geojson = "geojson"
    parquet = "parquet"


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option
        ) from None


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``"W,S,E,N"`` in degrees → a tuple; raises E407 when it is not one."""
    if value is None:
        return None
    try:
        west, south, east, north = (float(x) for x in value.split(","))
    except ValueError:
        raise FrontlinesError("E407", detail=value) from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise FrontlinesError("E407", detail=value)
    return (west, south, east, north)


@app.command("export")
def export_command(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    export_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Events on or after this day (YYYY-MM-DD).")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before this day.")] = None,
    country: Annotated[str | None, typer.Option(help="Country name, e.g. Ukraine.")] = None,
    admin1: Annotated[str | None, typer.Option(help="First-level region, e.g. Kharkivska.")] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="ACLED event type, e.g. Battles.")
    ] = None,
    sub_event_type: Annotated[
        str | None, typer.Option("--sub-type", help="ACLED sub-event type, e.g. Armed clash.")
    ] = None,
    actor: Annotated[str | None, typer.Option(help="Part of any actor's name.")] = None,
    min_fatalities: Annotated[int | None, typer.Option(help="At least this many killed.")] = None,
    bbox: Annotated[str | None, typer.Option(help="WEST,SOUTH,EAST,NORTH in degrees.")] = None,
    q: Annotated[str | None, typer.Option("--q", help="Words that must all occur.")] = None,
    json_errors: JsonErrorsOption = False,
) -> None:
    """Export incidents as JSONL, ACLED CSV, UCDP CSV, GeoJSON or Parquet."""
    from frontlines.export import export_records
    from frontlines.store import IncidentFilters, Store

    try:
        filters = IncidentFilters(
            since=_day(since, "--since"),
            until=_day(until, "--until"),
            country=country,
            admin1=admin1,
            event_type=event_type,
            sub_event_type=sub_event_type,
            actor=actor,
            min_fatalities=min_fatalities,
            bbox=parse_bbox(bbox),
            q=q,
        )
        with Store.open(db) as store:
            records = store.iter_incidents(filters)
            if output is None:
                count = export_records(records, sys.stdout.buffer, format=export_format.value)
                sys.stdout.buffer.flush()
            else:
                with output.open("wb") as handle:
                    count = export_records(records, handle, format=export_format.value)
    except FrontlinesError as error:
        raise fail(error, as_json=json_errors) from None
    warn(f"{count} incident(s) exported")
