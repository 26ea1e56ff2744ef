"""What ingest keeps between articles and batches never changes what it writes.

Ingest reconciles the incidents a batch touched once, at its end, and carries decoded
events, term weights and corpus statistics from batch to batch (``frontlines.store.memo``).
These tests ingest generated reports (their generator's events, no NLP) and compare every
table with a run that cannot have used any of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from storehelpers import BACKENDS, dump, two_fresh_database_urls

from frontlines.domain import Article, Event
from frontlines.eval.linking import gold_events
from frontlines.store import Store
from frontlines.store.memo import Bounded


class GeneratorEvents:
    """Each report's events as its generator recorded them."""

    def __init__(self, records: Iterable[dict[str, Any]]) -> None:
        # A changed copy of a report (a later version of the article) has the same events.
        self.events = {r["id"]: gold_events(r) if r.get("gold") else [] for r in records}

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            yield article, self.events[article.id]


@pytest.fixture(scope="module")
def as_article(gen_synthetic: Any) -> Callable[[dict[str, Any]], Article]:
    return gen_synthetic.to_article


@pytest.fixture(scope="module")
def stream(gen_synthetic: Any) -> list[dict[str, Any]]:
    # Ten a day: incidents are reported over several batches, and reports of one place
    # and week meet each other.
    return list(gen_synthetic.generate(240, seed=11, per_day=10))


@pytest.fixture(params=BACKENDS)
def two_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    yield from two_fresh_database_urls(request.param, tmp_path)


def ingest(
    url: str,
    records: list[dict[str, Any]],
    *,
    batch_size: int,
    as_article: Callable[[dict[str, Any]], Article],
) -> dict[str, Any]:
    with Store.open(url) as store:
        summary = store.ingest(
            [as_article(r) for r in records],
            extractor=GeneratorEvents(records),
            batch_size=batch_size,
        )
        return {"summary": summary.to_dict() | {"batches": None}, "rows": dump(store)}


@pytest.mark.parametrize("batch_size", [1, 7, 1000])
def test_batch_boundaries_do_not_change_a_row(
    two_urls: tuple[str, str],
    stream: list[dict[str, Any]],
    batch_size: int,
    as_article: Callable[[dict[str, Any]], Article],
) -> None:
    one_at_a_time, other = two_urls
    first = 1 if batch_size != 1 else 25
    expected = ingest(one_at_a_time, stream, batch_size=first, as_article=as_article)
    assert expected["summary"]["merges"] > 20  # the stream does exercise linking
    assert ingest(other, stream, batch_size=batch_size, as_article=as_article) == expected


@pytest.mark.parametrize("batch_size", [7, 1000])
def test_an_article_replaced_within_a_batch_writes_what_one_at_a_time_does(
    two_urls: tuple[str, str],
    stream: list[dict[str, Any]],
    batch_size: int,
    as_article: Callable[[dict[str, Any]], Article],
) -> None:
    """A changed article takes back its first version's contribution (links and records
    the batch has not written yet included) before its second version is linked."""
    first = stream[:80]
    # Every fifth report again, changed, a few articles after its first version, and
    # every seventh again unchanged.
    again = [dict(r, text=r["text"] + " (Updated.)") for r in first[::5]]
    again += [dict(r) for r in first[3::7]]
    records = list(first)
    for n, record in enumerate(again):
        records.insert(min(len(records), 4 + n * 5), record)
    one_at_a_time, other = two_urls
    expected = ingest(one_at_a_time, records, batch_size=1, as_article=as_article)
    assert expected["summary"]["articles_replaced"] >= 10
    assert expected["summary"]["skipped"]["unchanged"] >= 5
    assert ingest(other, records, batch_size=batch_size, as_article=as_article) == expected


def test_another_writer_between_batches_is_seen(
    two_urls: tuple[str, str],
    stream: list[dict[str, Any]],
    as_article: Callable[[dict[str, Any]], Article],
) -> None:
    """Another process's articles change the corpus statistics and the incidents: the next
    batch reads them afresh instead of trusting what this run kept."""
    interleaved, sequential = two_urls
    mine, theirs = stream[:120], stream[120:180]

    class Interrupting(GeneratorEvents):
        def extract_many(
            self, articles: Iterable[Article]
        ) -> Iterator[tuple[Article, list[Event]]]:
            for n, pair in enumerate(super().extract_many(articles)):
                if n == 60:  # the first 60 are committed (batches of 20): another writer
                    with Store.open(interleaved) as other:
                        other.ingest(
                            [as_article(r) for r in theirs], extractor=GeneratorEvents(theirs)
                        )
                yield pair

    with Store.open(interleaved) as store:
        store.ingest([as_article(r) for r in mine], extractor=Interrupting(mine), batch_size=20)
        got = dump(store)
    with Store.open(sequential) as store:
        order = mine[:60] + theirs + mine[60:]
        store.ingest([as_article(r) for r in order], extractor=GeneratorEvents(order))
        want = dump(store)
    # Articles' seq and incidents' creation order follow the interleaving in both runs.
    assert got == want


def test_the_blocking_query_reads_through_its_index(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'plan.db'}"
    with Store.open(url) as store, store.engine.connect() as conn:
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT id FROM incidents WHERE date_end >= '2024-05-01'"
                    " AND date_start <= '2024-05-20' AND (country = 'Ukraine' OR country IS NULL)"
                )
            )
        )
    assert "ix_incidents_blocking (country=? AND date_end>?)" in plan


@pytest.mark.parametrize(
    ("puts", "size", "kept"),
    [
        (["a", "b", "c"], 3, ["a", "b", "c"]),
        (["a", "b", "c", "d"], 3, ["b", "c", "d"]),  # the oldest goes first
        (["a", "b", "a", "c"], 2, ["b", "c"]),  # a second put does not make "a" newer
        (["a"] * 5, 1, ["a"]),
    ],
)
def test_bounded_keeps_the_newest_entries(puts: list[str], size: int, kept: list[str]) -> None:
    cache: Bounded[str, int] = Bounded(size)
    for n, key in enumerate(puts):
        cache.put(key, n)
    assert [k for k in sorted(set(puts)) if cache.get(k) is not None] == kept
    assert len(cache) == len(kept)
