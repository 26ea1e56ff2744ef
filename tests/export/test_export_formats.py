"""Every export format, written through the command line from a real store."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from frontlines.cli import app
from frontlines.domain import RECORD_FIELDS
from frontlines.export.columns import ACLED_COLUMNS, UCDP_COLUMNS
from frontlines.incidents.model import INCIDENT_EXTRA_FIELDS

runner = CliRunner()


def export(db: str, *args: str) -> bytes:
    result = runner.invoke(app, ["export", "--db", db, *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout_bytes


def test_jsonl_rows_are_incident_records_with_all_article_ids(db: str) -> None:
    rows = [json.loads(line) for line in export(db).splitlines()]
    assert len(rows) == 3
    assert all(tuple(r) == RECORD_FIELDS + INCIDENT_EXTRA_FIELDS for r in rows)
    assert sorted(len(r["article_ids"]) for r in rows) == [2, 2, 2]
    assert [r["event_date"] for r in rows] == sorted(r["event_date"] for r in rows)


def test_acled_csv_has_acled_columns_in_order(db: str) -> None:
    reader = csv.DictReader(io.StringIO(export(db, "--format", "acled-csv").decode()))
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    rows = list(reader)
    battle = next(r for r in rows if r["event_type"] == "Battles")
    assert (battle["iso"], battle["year"], battle["fatalities"]) == ("804", "2024", "4")
    assert battle["interaction"] == ""  # the test events carry no actor categories
    attack = next(r for r in rows if r["fatalities"] == "3")
    assert attack["source"] == "Test Outlet"


def test_ucdp_csv_has_best_low_high_and_precisions(db: str) -> None:
    reader = csv.DictReader(io.StringIO(export(db, "--format", "ucdp-csv").decode()))
    assert tuple(reader.fieldnames or ()) == UCDP_COLUMNS
    club = next(r for r in reader if r["best"] == "3")
    assert (club["low"], club["high"], club["date_prec"], club["where_prec"]) == (
        "3",
        "3",
        "1",
        "1",
    )
    assert club["number_of_sources"] == "2"
    assert club["geom_wkt"].startswith("POINT (-87.")


def test_geojson_is_a_feature_collection_of_points(db: str) -> None:
    doc = json.loads(export(db, "--format", "geojson"))
    assert doc["type"] == "FeatureCollection"
    assert len(doc["features"]) == 3
    for feature in doc["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert (lat, lon) == (feature["properties"]["latitude"], feature["properties"]["longitude"])
        assert feature["id"] == feature["properties"]["event_id"]


def test_parquet_round_trips(db: str, tmp_path) -> None:
    path = tmp_path / "out.parquet"
    export(db, "--format", "parquet", "--output", str(path))
    table = pq.read_table(path)
    assert table.num_rows == 3
    assert table.column_names == list(RECORD_FIELDS + INCIDENT_EXTRA_FIELDS)
    rows = table.to_pylist()
    assert sorted(len(r["article_ids"]) for r in rows) == [2, 2, 2]
    assert all(isinstance(json.loads(r["claims"]), list) for r in rows)


@pytest.mark.parametrize(
    ("args", "count"),
    [
        ([], 3),
        (["--since", "2024-05-02"], 2),
        (["--until", "2024-05-01"], 1),
        (["--country", "Ukraine"], 1),
        (["--type", "Violence against civilians"], 2),
        (["--sub-type", "Armed clash"], 1),
        (["--actor", "russia"], 1),
        (["--bbox", "-90,40,-85,43"], 2),
        (["--min-fatalities", "4"], 1),
        (["--q", "gymnasium"], 1),
        (["--admin1", "Kharkivska"], 1),
    ],
)
def test_filters(db: str, args: list[str], count: int) -> None:
    assert len(export(db, *args).splitlines()) == count


@pytest.mark.parametrize(
    ("args", "code"),
    [(["--bbox", "1,2,3"], "E407"), (["--bbox", "0,60,10,50"], "E407")],
)
def test_errors_are_coded(db: str, args: list[str], code: str) -> None:
    result = runner.invoke(app, ["export", "--db", db, "--json-errors", *args])
    assert result.exit_code == 2
    assert json.loads(result.stderr)["error"]["code"] == code


def test_unknown_format_is_refused(db: str) -> None:
    result = runner.invoke(app, ["export", "--db", db, "--format", "xml"])
    assert result.exit_code != 0
