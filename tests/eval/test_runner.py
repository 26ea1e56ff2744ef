"""Running an injected extractor over gold records: batching, workers, linking, timing."""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from typing import Any

import pytest

from frontlines.domain import Article, Event, Place
from frontlines.eval.gold import GoldRecord
from frontlines.eval.runner import (
    LazyExtractor,
    _init_worker,
    evaluate,
    extract_all,
    find_linking_scorer,
)


def dated_event(article: Article) -> Event:
    """An event in Kenya dated by the article's first "YYYY-MM-DD" word."""
    day = next((date.fromisoformat(w) for w in article.text.split() if w[:2] == "20"), None)
    return Event(
        event_id="e-" + article.id,
        article_ids=(article.id,),
        main=True,
        event_date=day,
        date_start=day,
        date_end=day,
        time_precision=1,
        event_type="Battles",
        sub_event_type="Armed clash",
        place=Place(location=None, country="Kenya"),
    )


class RuleExtractor:
    """A real (if tiny) extractor: module-level so worker processes can unpickle it.

    It records how it was called, to show that articles come in one stream, not one by one.
    """

    def __init__(self) -> None:
        self.calls = 0

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        self.calls += 1
        for article in articles:
            if "nothing" in article.text:
                yield article, []
            elif "skip" in article.text:
                continue  # an extractor may drop an article (e.g. not English)
            else:
                yield article, [dated_event(article)]


def record(number: int, text: str, *, dataset: str = "toy_dev", **gold: Any) -> GoldRecord:
    return GoldRecord(id=f"r{number}", dataset=dataset, text=text, gold=gold)


RECORDS = [
    record(1, "clash on 2020-05-09 here", date="2020-05-09", country="Kenya"),
    record(2, "clash on 2020-05-08 here", date="2020-05-09", country="Kenya"),
    record(3, "nothing happened", date="2020-05-09", country="Kenya"),
    record(4, "skip this one", date="2020-05-09", country="Kenya"),
    record(5, "clash on 2020-05-01", dataset="other_dev", date="2020-05-01"),
]


def test_one_stream_per_data_set_and_rows_per_set():
    extractor = RuleExtractor()
    report = evaluate(RECORDS, extractor=extractor, linking=None)
    assert extractor.calls == 2
    assert [(d.dataset, d.records) for d in report.datasets] == [("toy_dev", 4), ("other_dev", 1)]
    toy = report.dataset("toy_dev")
    assert toy is not None
    detection = toy.row("detection", "rate")
    assert detection is not None and (detection.correct, detection.scored) == (2, 4)
    dated = toy.row("date", "exact, all records")
    assert dated is not None and (dated.correct, dated.scored) == (1, 4)
    assert all(d.seconds >= 0 for d in report.datasets)
    assert report.to_dict()["misses"] == len(report.misses)


def test_records_without_text_are_skipped_and_counted():
    records = [*RECORDS[:2], record(9, "  \n", date="2020-05-09")]
    report = evaluate(records, extractor=RuleExtractor(), linking=None)
    (toy,) = report.datasets
    assert (toy.records, toy.skipped) == (2, 1)
    detection = toy.row("detection", "rate")
    assert detection is not None and detection.scored == 2
    assert toy.to_dict()["skipped_without_text"] == 1


def test_workers_give_the_same_report_as_one_process():
    articles = [r.to_article() for r in RECORDS * 40]  # spans several chunks
    one = extract_all(articles, extractor=RuleExtractor())
    with ProcessPoolExecutor(2, initializer=_init_worker, initargs=(RuleExtractor(),)) as pool:
        two = extract_all(articles, extractor=RuleExtractor(), pool=pool)
    assert two == one
    single = evaluate(RECORDS, extractor=RuleExtractor(), linking=None)
    double = evaluate(RECORDS, extractor=RuleExtractor(), workers=2, linking=None)
    assert [d.rows for d in double.datasets] == [d.rows for d in single.datasets]


def test_progress_counts_every_article():
    done: list[int] = []
    evaluate(RECORDS, extractor=RuleExtractor(), linking=None, progress=done.append)
    # The skipped article is never yielded, so it is not counted as done.
    assert sum(done) == len(RECORDS) - 1


def test_collect_misses_off_keeps_none():
    report = evaluate(RECORDS, extractor=RuleExtractor(), linking=None, collect_misses=False)
    assert report.misses == ()


def test_linking_is_scored_only_where_an_incident_has_several_articles():
    calls: list[tuple[list[str], list[str]]] = []

    def scorer(records: list[dict[str, Any]], events: dict[str, list[Event]]) -> dict[str, Any]:
        calls.append(([r["id"] for r in records], sorted(events)))
        return {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "items": len(records)}

    linked = [
        record(1, "clash on 2020-05-09", dataset="gv_dev", incident_id="i1"),
        record(2, "clash on 2020-05-09", dataset="gv_dev", incident_id="i1"),
        record(3, "clash on 2020-05-09", dataset="solo_dev", incident_id="i2"),
        record(4, "clash on 2020-05-09", dataset="solo_dev", incident_id="i3"),
    ]
    report = evaluate(linked, extractor=RuleExtractor(), linking=scorer)
    assert calls == [(["r1", "r2"], ["r1", "r2"])]
    gv = report.dataset("gv_dev")
    assert gv is not None
    f1 = gv.row("incident", "B-cubed F1")
    assert f1 is not None and f1.value == pytest.approx(2 / 3) and f1.scored == 2
    solo = report.dataset("solo_dev")
    assert solo is not None and solo.row("incident", "B-cubed F1") is None


def test_the_shared_linking_scorer_is_found():
    scorer = find_linking_scorer()
    if scorer is None:
        pytest.skip("frontlines.eval.linking is not importable in this checkout")
    assert scorer.__name__ == "score_linking"


def test_lazy_extractor_pickles_without_a_pipeline():
    lazy = LazyExtractor()
    lazy._inner = object()  # stands for a loaded pipeline
    copy = pickle.loads(pickle.dumps(lazy))
    assert copy._inner is None
    assert len(pickle.dumps(lazy)) < 200
