"""`frontlines ingest` and `frontlines incidents` end to end (scripted extraction)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus import ARTICLES, extractor
from typer.testing import CliRunner

from frontlines.cli import app
from frontlines.cli.ingest_cmd import render_summary
from frontlines.store import Store

runner = CliRunner()


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": a.id, "text": a.text, "publication_date": str(a.published)})
        for a in ARTICLES
    ]
    path.write_text("\n".join([*lines, "{not json"]) + "\n")
    return path


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest through the real command, with the scripted extractor in place of spaCy."""
    import frontlines.extract.api

    monkeypatch.setattr(frontlines.extract.api, "Extractor", lambda: extractor())


def ingest(db: str, path: Path, *extra: str):
    return runner.invoke(app, ["ingest", str(path), "--db", db, "--json", *extra])


def test_ingest_summary_and_idempotence(tmp_path: Path, jsonl: Path, scripted: None) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    first = ingest(db, jsonl, "--skip-bad")
    assert first.exit_code == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["articles_read"] == 7
    assert summary["skipped"] == {"E104": 1}  # the bad JSON line, with its reason on stderr
    assert (summary["events"], summary["new_incidents"], summary["merges"]) == (6, 3, 3)
    assert "E104" in first.stderr
    again = json.loads(ingest(db, jsonl, "--skip-bad").stdout)
    assert again["skipped"] == {"E104": 1, "unchanged": 7}
    assert again["events"] == 0


def test_bad_input_without_skip_bad_fails_with_its_code(
    tmp_path: Path, jsonl: Path, scripted: None
) -> None:
    result = ingest(f"sqlite:///{tmp_path / 'cli.db'}", jsonl, "--json-errors")
    assert result.exit_code == 2
    assert json.loads(result.stderr.splitlines()[-1])["error"]["code"] == "E104"


def test_human_summary_names_every_count() -> None:
    text = render_summary(
        {"articles_read": 9, "articles_stored": 6, "articles_replaced": 1,
         "skipped": {"unchanged": 2, "E107": 1}, "events": 8, "new_incidents": 5, "merges": 3}
    )  # fmt: skip
    for label in ("articles read", "stored", "replaced", "skipped", "unchanged", "E107",
                  "events", "new incidents", "merges"):  # fmt: skip
        assert label in text


def test_incidents_show_split_merge(db: str) -> None:
    with Store.open(db) as store:
        by_article = {a: r["event_id"] for r in store.iter_incidents() for a in r["article_ids"]}
    shown = runner.invoke(app, ["incidents", "show", by_article["club-1"], "--db", db])
    assert shown.exit_code == 0
    record = json.loads(shown.stdout)
    assert next(link["decided_by"] for link in record["links"]) == "founder"

    split = runner.invoke(app, ["incidents", "split", by_article["club-1"], "club-2", "--db", db])
    assert split.exit_code == 0, split.stderr
    new_id = split.stdout.strip()
    merged = runner.invoke(app, ["incidents", "merge", by_article["club-1"], new_id, "--db", db])
    assert merged.exit_code == 0 and merged.stdout.strip() == by_article["club-1"]
    with Store.open(db) as store:
        assert store.stats()["incidents"] == 3

    missing = runner.invoke(app, ["incidents", "show", "inc-nope", "--db", db, "--json-errors"])
    assert missing.exit_code == 2
    assert json.loads(missing.stderr)["error"]["code"] == "E401"
