"""``frontlines eval`` end to end: a gold file on disk, an extractor named by --extractor."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

try:
    from frontlines.cli import app
except ImportError as exc:  # another command module of the CLI may not exist yet
    pytest.skip(f"frontlines.cli does not import yet: {exc}", allow_module_level=True)

# A tiny extractor module, written next to the gold file: it finds a Battles event on the
# date written in the text and reads "N killed", the way a real extractor would be named.
EXTRACTOR_MODULE = """
import re
from datetime import date

from frontlines.domain import Event, Place, Range


class Rules:
    def extract_many(self, articles):
        for article in articles:
            found = re.search(r"\\d{4}-\\d{2}-\\d{2}", article.text)
            if not found:
                yield article, []
                continue
            killed = re.search(r"(\\d+) killed", article.text)
            n = int(killed.group(1)) if killed else None
            day = date.fromisoformat(found.group())
            yield article, [Event(
                event_id="e-" + article.id, article_ids=(article.id,), main=True,
                event_date=day, date_start=day, date_end=day, time_precision=1,
                event_type="Battles", sub_event_type="Armed clash",
                place=Place(location="Kisumu", country="Kenya", admin1="Kisumu",
                            latitude=-0.1, longitude=34.75),
                fatalities_range=Range(n, n, n),
            )]


def make():
    return Rules()
"""


def gold(number: int, text: str, **fields: object) -> bytes:
    record = {
        "id": f"t{number}",
        "dataset": "toy_notes",
        "text": text,
        "title": None,
        "publication_date": None,
        "gold": {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "date": "2020-05-09",
            "country": "Kenya",
            "admin1": "Kisumu",
            "latitude": -0.0917,
            "longitude": 34.768,
            "fatalities": 2,
            **fields,
        },
    }
    return orjson.dumps(record) + b"\n"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / "toy_extractor.py").write_text(EXTRACTOR_MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "toy_dev.jsonl").write_bytes(
        gold(1, "On 2020-05-09 2 killed in Kisumu.")
        + gold(2, "On 2020-05-08 2 killed in Kisumu.")
        + gold(3, "Fighting in Kisumu, 3 killed.")
        + gold(4, "On 2020-05-09 2 killed in Kisumu.", event_type="Protests")
    )
    (tmp_path / "acled_dev.jsonl").write_bytes(
        gold(5, "On 2020-05-09 1 killed in Kisumu.", fatalities=0)
    )
    monkeypatch.chdir(tmp_path)
    yield tmp_path
    sys.modules.pop("toy_extractor", None)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["eval", *args, "--extractor", "toy_extractor:make"])
    return result.exit_code, result.output


def test_json_report_has_counts_per_field(workspace: Path):
    code, out = run("toy_dev.jsonl", "--json")
    assert code == 0, out
    report = orjson.loads(out)
    (toy,) = report["datasets"]
    assert (toy["dataset"], toy["records"]) == ("toy_dev", 4)
    rows = {(m["field"], m["metric"]): (m["correct"], m["scored"]) for m in toy["metrics"]}
    assert rows[("detection", "rate")] == (3, 4)
    assert rows[("event_type", "accuracy")] == (2, 4)
    assert rows[("date", "exact, all records")] == (2, 4)
    assert rows[("date", "exact, where resolved")] == (2, 3)
    assert rows[("fatalities", "exact")] == (3, 4)
    assert rows[("country", "match")] == (3, 4)
    assert rows[("admin1", "match")] == (3, 4)
    assert rows[("location", "within 25 km")] == (3, 4)
    assert rows[("location", "median km")] == (None, 3)
    assert report["floors_missed"] == []


def test_table_names_every_field(workspace: Path):
    code, out = run("toy_dev.jsonl")
    assert code == 0, out
    for field in ("detection", "event_type", "sub_event_type", "date", "fatalities", "admin1"):
        assert field in out
    assert "2 / 4" in out and "toy_dev: 4 records" in out


def test_errors_file_lists_misses(workspace: Path):
    code, out = run("toy_dev.jsonl", "--errors", "misses.md")
    assert code == 0, out
    text = (workspace / "misses.md").read_text(encoding="utf-8")
    assert "### date (2 misses)" in text
    assert "- `t2` (exact, all records): expected `2020-05-09`, predicted `2020-05-08`" in text
    assert "> On 2020-05-08 2 killed in Kisumu." in text
    assert "misses written to misses.md" in out


def test_floors_and_check(workspace: Path):
    code, out = run("acled_dev.jsonl", "--json")
    assert code == 0
    assert "acled_dev fatalities exact" in orjson.loads(out)["floors_missed"]
    code, _ = run("acled_dev.jsonl", "--json", "--check")
    assert code == 1


@pytest.mark.parametrize(
    ("args", "datasets"),
    [
        (["toy_dev.jsonl", "acled_dev.jsonl"], [("toy_dev", 4), ("acled_dev", 1)]),
        (["toy_dev.jsonl", "acled_dev.jsonl", "--dataset", "acled_dev"], [("acled_dev", 1)]),
        (["toy_dev.jsonl", "--limit", "2"], [("toy_dev", 2)]),
        (["toy_dev.jsonl", "acled_dev.jsonl", "--sample", "3", "--seed", "1"],
         [("toy_dev", 3), ("acled_dev", 1)]),
        (["toy_dev.jsonl", "--workers", "2"], [("toy_dev", 4)]),
    ],
)  # fmt: skip
def test_selection_options(workspace: Path, args: list[str], datasets: list[tuple[str, int]]):
    code, out = run(*args, "--json")
    assert code == 0, out
    assert [(d["dataset"], d["records"]) for d in orjson.loads(out)["datasets"]] == datasets


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["absent.jsonl", "--json"], "E100"),
        (["bad.jsonl", "--json"], "E300"),
        (["toy_dev.jsonl", "--json", "--extractor", "no_such_module:make"], "E301"),
    ],
)
def test_errors_are_the_one_json_shape(workspace: Path, args: list[str], code: str):
    (workspace / "bad.jsonl").write_text('{"id": "x", "text": "y"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", *args])
    assert result.exit_code == 2
    error = orjson.loads(result.stderr)["error"]
    assert error["code"] == code and error["hint"]


def test_every_option_is_documented():
    import typer.main

    command = typer.main.get_command(app)
    docs = (Path(__file__).resolve().parents[2] / "docs" / "evaluation.md").read_text("utf-8")
    options = [
        name
        for param in command.commands["eval"].params  # type: ignore[attr-defined]
        for name in param.opts
        if name.startswith("--") and name != "--help"
    ]
    assert options, "the eval command has no options?"
    assert [name for name in options if f"| `{name}" not in docs and f" {name} " not in docs] == []


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (0.6995, "share", "69.9%"),  # never rounded up to a floor it misses
        (0.7, "share", "70.0%"),
        (1.0, "share", "100.0%"),
        (12.345, "km", "12.3 km"),
        (None, "share", "—"),
    ],
)
def test_values_are_shown_truncated(value: float | None, unit: str, shown: str):
    from frontlines.cli.eval_cmd import _value
    from frontlines.eval.report import MetricRow

    row = MetricRow(dataset="d", field="f", metric="m", value=value, scored=1, unit=unit)
    assert _value(row) == shown
