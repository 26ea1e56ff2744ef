"""Reading gold JSONL: the common schema, E300 on anything else, --limit / --sample."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
import pytest

from frontlines.errors import FrontlinesError
from frontlines.eval.gold import iter_gold, load_gold


def write_jsonl(path: Path, lines: list[object | str]) -> Path:
    with path.open("wb") as handle:
        for line in lines:
            handle.write(line.encode() if isinstance(line, str) else orjson.dumps(line))
            handle.write(b"\n")
    return path


def gold_line(number: int, **extra: object) -> dict[str, object]:
    return {
        "id": f"r{number}",
        "dataset": "toy_notes",
        "text": f"On 9 May 2020, {number} protesters marched in Nairobi.",
        "title": None,
        "publication_date": None,
        "gold": {"event_type": "Protests", "fatalities": 0},
        **extra,
    }


def test_reads_records_with_dataset_from_the_file_stem(tmp_path: Path):
    path = write_jsonl(
        tmp_path / "toy_dev.jsonl",
        [gold_line(1), "", gold_line(2, publication_date="2020-05-10", title="Marches")],
    )
    records = list(iter_gold(path))
    assert [r.id for r in records] == ["r1", "r2"]
    assert {r.dataset for r in records} == {"toy_dev"}
    assert records[0].label == "toy_notes"
    assert records[0].origin == f"{path}:1"
    assert records[1].origin == f"{path}:3"  # blank lines keep the line count
    article = records[1].to_article()
    assert (article.id, article.title, article.published) == ("r2", "Marches", date(2020, 5, 10))
    assert records[1].to_dict()["gold"] == {"event_type": "Protests", "fatalities": 0}


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "not a JSON object"),
        ({"text": "x", "gold": {}}, "'id' must be a non-empty string"),
        ({"id": " ", "text": "x", "gold": {}}, "'id' must be a non-empty string"),
        ({"id": "r", "gold": {}}, "'text' must be a string"),
        ({"id": "r", "text": 5, "gold": {}}, "'text' must be a string"),
        ({"id": "r", "text": "x"}, "'gold' must be an object"),
        ({"id": "r", "text": "x", "gold": []}, "'gold' must be an object"),
        ({"id": "r", "text": "x", "gold": {}, "publication_date": "May 9"}, "not ISO"),
        ({"id": "r", "text": "x", "gold": {}, "publication_date": 20200509}, "must be a string"),
    ],
)
def test_a_record_outside_the_schema_is_e300(tmp_path: Path, line: object, detail: str):
    path = write_jsonl(tmp_path / "bad.jsonl", [gold_line(1), line])
    with pytest.raises(FrontlinesError) as caught:
        list(iter_gold(path))
    assert caught.value.code == "E300"
    assert caught.value.origin == f"{path}:2"
    assert detail in caught.value.message


def test_a_missing_file_is_e100(tmp_path: Path):
    with pytest.raises(FrontlinesError) as caught:
        load_gold(tmp_path / "absent.jsonl")
    assert caught.value.code == "E100"


@pytest.fixture
def ten(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "toy_dev.jsonl", [gold_line(i) for i in range(10)])


def test_limit_takes_the_first_records(ten: Path):
    assert [r.id for r in load_gold(ten, limit=3)] == ["r0", "r1", "r2"]


def test_sample_is_seeded_and_keeps_file_order(ten: Path):
    first = [r.id for r in load_gold(ten, sample=4, seed=7)]
    again = [r.id for r in load_gold(ten, sample=4, seed=7)]
    other = [r.id for r in load_gold(ten, sample=4, seed=8)]
    assert first == again
    assert len(first) == 4 and len(set(first)) == 4
    assert first == sorted(first, key=lambda i: int(i[1:]))
    assert first != other
    assert len(load_gold(ten, sample=50)) == 10  # a sample larger than the file is all of it


@pytest.mark.parametrize(
    ("names", "count"),
    [(["toy_dev"], 10), (["toy_notes"], 10), (["other_dev"], 0), (["other_dev", "toy_dev"], 10)],
)
def test_dataset_filter_matches_stem_or_label(ten: Path, names: list[str], count: int):
    assert len(load_gold(ten, datasets=names)) == count
