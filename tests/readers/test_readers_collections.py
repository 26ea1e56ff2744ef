"""Whole collections: the gold development files and the bundled samples read completely."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from readers_support import SAMPLES, SHARED_DATA, read_all

from frontlines.errors import CATALOGUE
from frontlines.readers import INPUT_FORMATS, read_articles
from frontlines.readers.sniff import sniff

GOLD_DEV = SHARED_DATA / "dev"


def _gold_files() -> list[Path]:
    if not GOLD_DEV.is_dir():
        return []
    return sorted(GOLD_DEV.glob("*.jsonl"))


@pytest.mark.slow
@pytest.mark.parametrize("path", _gold_files() or [None], ids=lambda p: p.name if p else "absent")
def test_gold_files_read_completely(path: Path | None) -> None:
    if path is None:
        pytest.skip(f"gold data not found at {GOLD_DEV} (the sibling ../shared/data folder)")
    records = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    empty = {
        f"{path}:{number}"
        for number, record in enumerate(records, 1)
        if not str(record.get("text") or "").strip()
    }
    articles, skips = read_all(path)
    # The only records not read are those with no text at all (gva_dev has a few), each E105.
    assert {(s.code, s.origin) for s in skips} == {("E105", origin) for origin in empty}
    assert len(articles) == len(records) - len(empty)
    by_id = {record["id"]: record for record in records}
    for article in articles:
        record = by_id[article.id]
        assert article.text == record["text"]
        assert article.title == (record.get("title") or None)
        published = article.published.isoformat() if article.published else None
        assert published == record.get("publication_date")
        assert article.language in ("en", None)


def _sample_expectations() -> dict[str, int]:
    """File name -> number of articles, from the table in samples/README.md."""
    expected: dict[str, int] = {}
    for line in (SAMPLES / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip().strip("`") for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and "." in cells[0] and cells[2].isdigit():
            expected[cells[0]] = expected.get(cells[0], 0) + int(cells[2])
    return expected


def test_samples_read_completely_and_match_their_readme() -> None:
    articles, skips = read_all(SAMPLES, skip_bad=False)
    # README.md is documentation, not an article: passed over with a reason.
    assert [(Path(s.origin).name, s.code) for s in skips] == [("README.md", "E108")]
    assert len(articles) >= 10
    counts: dict[str, int] = {}
    for article in articles:
        name = Path((article.origin or "").split(":")[0]).name
        counts[name] = counts.get(name, 0) + 1
        assert article.language == "en", article.origin
        if name != "borno-floods.txt":  # the one plain-text sample: no date, no outlet
            assert article.published is not None, article.origin
            assert article.outlet, article.origin
    assert counts == _sample_expectations()


def test_samples_have_every_input_format() -> None:
    formats = set()
    for path in SAMPLES.rglob("*"):
        if path.is_file() and path.name != "README.md":
            formats.add(sniff(path.read_text(encoding="utf-8")[:4096], suffix=path.suffix))
    assert formats == {"text", "dated-text", "jsonl", "html", "rss"}


def test_sample_ids_are_unique_and_stable() -> None:
    first = [a.id for a in read_articles([SAMPLES])]
    assert len(first) == len(set(first))
    assert first == [a.id for a in read_articles([SAMPLES])]


def test_input_formats_doc_covers_every_format_and_code() -> None:
    doc = (SAMPLES.parent / "docs" / "input-formats.md").read_text(encoding="utf-8")
    for name in INPUT_FORMATS:
        assert f"### `{name}`" in doc, name
    for code in sorted(c for c in CATALOGUE if c.startswith("E1")):
        assert f"| {code} |" in doc, code
