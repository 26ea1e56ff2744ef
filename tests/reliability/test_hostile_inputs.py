"""Hostile inputs through readers, extraction and storage (docs/reliability.md): each is
stored, or refused with its specific code, and the database stays consistent either way."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from consistency import assert_consistent
from hostile import CATALOGUE, STORY, Hostile
from storehelpers import fresh_database_url
from typer.testing import CliRunner

from frontlines.cli import app
from frontlines.errors import FrontlinesError
from frontlines.readers import Skip, read_articles
from frontlines.store import Store


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    urls = fresh_database_url(request.param, tmp_path)
    yield next(urls)
    next(urls, None)


@pytest.mark.parametrize("hostile", CATALOGUE, ids=lambda h: h.name)
def test_each_hostile_input_is_stored_or_skipped_with_its_code(
    extractor, db_url: str, tmp_path: Path, hostile: Hostile
) -> None:
    path = hostile.write(tmp_path)
    skips: list[Skip] = []
    articles = read_articles([path], skip_bad=True, on_skip=skips.append)
    with Store.open(db_url) as store:
        summary = store.ingest(articles, extractor=extractor)
        assert tuple(s.code for s in skips) == hostile.skips
        assert all(s.reason.startswith(str(path)) for s in skips)  # names the input
        assert summary.articles_stored == hostile.stored
        assert_consistent(store)
        if hostile.check is not None:
            with store.engine.connect() as conn:
                from sqlalchemy import select

                from frontlines.store import schema as t

                ids = [r[0] for r in conn.execute(select(t.articles.c.id))]
            hostile.check(store, ids)
        # Idempotent even for hostile input: a second run stores nothing new.
        again = store.ingest(read_articles([path], skip_bad=True), extractor=extractor)
        assert again.articles_stored == 0
        assert_consistent(store)


@pytest.mark.parametrize("hostile", [h for h in CATALOGUE if h.fatal], ids=lambda h: h.name)
def test_without_skip_bad_a_hostile_input_stops_the_run_consistently(
    extractor, tmp_path: Path, hostile: Hostile
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY_BEFORE)
    path = hostile.write(tmp_path)
    with Store.open(f"sqlite:///{tmp_path / 'db.sqlite'}") as store:
        with pytest.raises(FrontlinesError) as raised:
            store.ingest(read_articles([good, path]), extractor=extractor, batch_size=1)
        assert raised.value.code == hostile.fatal
        assert_consistent(store)
        # Extraction reads ahead, so the article before may or may not have been committed
        # when the error stopped the run; going on with --skip-bad stores it either way.
        store.ingest(read_articles([good, path], skip_bad=True), extractor=extractor)
        assert store.get_article(_id_of(good)) is not None
        assert_consistent(store)


STORY_BEFORE = "Police said two protesters were injured in Nairobi on Friday. " + STORY


def _id_of(path: Path) -> str:
    from frontlines.domain import Article

    return Article.make_id(path.read_text().strip())


def test_the_whole_catalogue_through_the_cli_reports_every_skip(tmp_path: Path) -> None:
    """`frontlines ingest DIR --skip-bad --json`: one run over every hostile file, a summary
    that counts each skip by its code, no traceback, and a second run that changes nothing."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    for hostile in CATALOGUE:
        hostile.write(folder)
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(folder), "--db", db, "--skip-bad", "--json"])
    assert first.exit_code == 0, first.output
    assert "Traceback" not in first.output
    summary = json.loads(first.stdout.strip().splitlines()[-1])
    expected: dict[str, int] = {}
    for hostile in CATALOGUE:
        for code in hostile.skips:
            expected[code] = expected.get(code, 0) + 1
    # In a directory walk a binary file is passed over the same way, as E102.
    assert {k: v for k, v in summary["skipped"].items() if k != "unchanged"} == expected
    assert summary["articles_stored"] == sum(h.stored for h in CATALOGUE)
    assert summary["articles_replaced"] == 0
    second = runner.invoke(app, ["ingest", str(folder), "--db", db, "--skip-bad", "--json"])
    assert second.exit_code == 0, second.output
    again = json.loads(second.stdout.strip().splitlines()[-1])
    assert again["articles_stored"] == 0
    with Store.open(db) as store:
        assert_consistent(store)
