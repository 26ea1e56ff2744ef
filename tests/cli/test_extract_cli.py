"""`frontlines extract` end to end, as a user runs it: a real process over real files."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from frontlines.domain import RECORD_FIELDS
from frontlines.extract.render import ACLED_CSV_COLUMNS

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"

pytestmark = pytest.mark.slow


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "frontlines.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def sample_records() -> list[dict]:
    done = run("extract", str(SAMPLES), "--format", "jsonl")
    assert done.returncode == 0, done.stderr.decode()
    return [json.loads(line) for line in done.stdout.decode().splitlines()]


def test_jsonl_records_follow_the_public_schema(sample_records: list[dict]) -> None:
    assert sample_records, "the bundled samples yield events"
    for record in sample_records:
        assert tuple(record) == RECORD_FIELDS
        assert record["article_ids"]


def test_claim_offsets_index_the_article_text(sample_records: list[dict]) -> None:
    from frontlines.readers import read_articles

    texts = {a.id: a.text for a in read_articles([SAMPLES], skip_bad=True)}
    claims = [c for r in sample_records for c in r["claims"]]
    assert claims
    for claim in claims:
        assert texts[claim["article_id"]][claim["start"] : claim["end"]] == claim["quote"]


def test_every_article_has_at_most_one_main_event(sample_records: list[dict]) -> None:
    by_article: dict[str, int] = {}
    for r in sample_records:
        by_article[r["article_ids"][0]] = by_article.get(r["article_ids"][0], 0) + r["main"]
    assert set(by_article.values()) == {1}


def test_csv_is_in_acled_column_order() -> None:
    done = run("extract", str(SAMPLES / "2024-06-12-sudan-el-fasher-clash.txt"), "-f", "csv")
    assert done.returncode == 0, done.stderr.decode()
    rows = list(csv.reader(io.StringIO(done.stdout.decode())))
    assert tuple(rows[0]) == ACLED_CSV_COLUMNS
    assert len(rows) >= 2


def test_stdin_jsonl_keeps_the_input_id() -> None:
    line = json.dumps(
        {
            "id": "wire-42",
            "text": "Gunmen killed four villagers in Zamfara state on Monday, police said.",
            "publication_date": "2024-05-15",
        }
    )
    done = run("extract", "-", "--input-format", "jsonl", stdin=line.encode())
    assert done.returncode == 0, done.stderr.decode()
    (record,) = [json.loads(x) for x in done.stdout.decode().splitlines()]
    assert record["article_ids"] == ["wire-42"]
    assert record["fatalities"] == 4
    assert record["event_date"] == "2024-05-13"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "E101"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00binary", "E102"),
        (b'{"id": "a", "text": "ok text here"}\n{not json\n', "E104"),
        (b'{"id": "a", "title": "no text"}\n', "E105"),
    ],
)
def test_bad_input_is_a_coded_error_naming_the_file(
    tmp_path: Path, content: bytes, code: str
) -> None:
    path = tmp_path / ("bad.jsonl" if content.startswith(b"{") else "bad.txt")
    path.write_bytes(content)
    done = run("extract", str(path))
    assert done.returncode == 2
    err = done.stderr.decode()
    assert code in err and "bad." in err
    assert "Traceback" not in err


def test_skip_bad_reports_and_goes_on(tmp_path: Path) -> None:
    good = {"id": "g", "text": "Police fired tear gas at protesters in Nairobi on Tuesday."}
    path = tmp_path / "mixed.jsonl"
    path.write_text("{broken\n" + json.dumps(good) + "\n", encoding="utf-8")
    done = run("extract", str(path), "--skip-bad")
    assert done.returncode == 0, done.stderr.decode()
    assert "E104" in done.stderr.decode() and "mixed.jsonl:1" in done.stderr.decode()
    records = [json.loads(x) for x in done.stdout.decode().splitlines()]
    assert [r["article_ids"] for r in records] == [["g"]]


def test_json_errors_have_one_shape(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    done = run("extract", str(path), "--json-errors")
    payload = json.loads(done.stderr.decode().strip().splitlines()[-1])
    assert set(payload["error"]) == {"code", "message", "hint", "origin"}
    assert payload["error"]["code"] == "E101"
