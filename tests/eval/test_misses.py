"""The error report: misses grouped by data set and field, with text, expected, predicted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import orjson
import pytest

from frontlines.domain import Event, Span
from frontlines.eval.gold import GoldRecord
from frontlines.eval.misses import grouped, to_markdown, write_misses
from frontlines.eval.report import Miss
from frontlines.eval.runner import evaluate, excerpt

TEXT = "On 9 May 2020, police shot dead two men in Kisumu. Five others were hurt."


class CannedExtractor:
    """Returns prepared events per article id: the extractor is injected, not patched."""

    def __init__(self, events: dict[str, list[Event]]) -> None:
        self.events = events

    def extract_many(self, articles):  # type: ignore[no-untyped-def]
        for article in articles:
            yield article, self.events.get(article.id, [])


@pytest.fixture
def report_misses(
    make_record: Callable[..., GoldRecord], make_event: Callable[..., Event]
) -> list[Miss]:
    gold = {"event_type": "Battles", "date": "2020-05-09", "fatalities": 2, "country": "Kenya"}
    records = [
        make_record("k1", text=TEXT, **gold),
        make_record("k2", text=TEXT, **gold),
        make_record("k3", text=TEXT, **gold),
    ]
    wrong = make_event(
        article_id="k1",
        event_date=date(2020, 5, 8),
        killed=5,
        country="Kenya",
    )
    # Evidence points at the quote the wrong figure came from.
    start = TEXT.index("Five")
    wrong = replace(wrong, evidence={"fatalities": (Span("k1", start, start + 4),)})
    right = make_event(article_id="k2", event_date=date(2020, 5, 9), killed=2, country="Kenya")
    extractor = CannedExtractor({"k1": [wrong], "k2": [right]})
    report = evaluate(records, extractor=extractor, linking=None)
    return list(report.misses)


def test_misses_hold_field_expected_predicted_and_text(report_misses: list[Miss]):
    table = {(m.record_id, m.field): (m.expected, m.predicted) for m in report_misses}
    assert table == {
        ("k1", "date"): ("2020-05-09", "2020-05-08"),
        ("k1", "fatalities"): (2, 5),
        ("k3", "detection"): ("an event", None),
        ("k3", "event_type"): ("Battles", None),
        ("k3", "date"): ("2020-05-09", None),
        ("k3", "country"): ("Kenya", None),
        ("k3", "fatalities"): (2, None),
    }
    assert all(m.excerpt == TEXT for m in report_misses)
    fatalities = next(m for m in report_misses if (m.record_id, m.field) == ("k1", "fatalities"))
    assert fatalities.evidence == (f"{TEXT.index('Five')}-{TEXT.index('Five') + 4}: Five",)


def test_grouped_orders_by_field_then_record(report_misses: list[Miss]):
    order = [(m.field, m.record_id) for m in grouped(report_misses)]
    assert order == [
        ("detection", "k3"),
        ("event_type", "k3"),
        ("date", "k1"),
        ("date", "k3"),
        ("country", "k3"),
        ("fatalities", "k1"),
        ("fatalities", "k3"),
    ]


def test_jsonl_report(tmp_path: Path, report_misses: list[Miss]):
    path = tmp_path / "misses.jsonl"
    assert write_misses(path, report_misses) == "jsonl"
    lines = [orjson.loads(line) for line in path.read_bytes().splitlines()]
    assert len(lines) == 7
    assert lines[0] == {
        "dataset": "toy_dev",
        "id": "k3",
        "field": "detection",
        "metric": "rate",
        "expected": "an event",
        "predicted": None,
        "excerpt": TEXT,
        "evidence": [],
    }


def test_markdown_report(tmp_path: Path, report_misses: list[Miss]):
    path = tmp_path / "misses.md"
    assert write_misses(path, report_misses) == "markdown"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Evaluation misses\n")
    assert "## toy_dev" in text
    assert "### date (2 misses)" in text
    assert "### fatalities (2 misses)" in text
    assert "- `k1` (exact): expected `2`, predicted `5`" in text
    assert "- `k3` (exact): expected `2`, predicted —" in text
    assert f"  > {TEXT}" in text
    assert "  - evidence " in text and ": Five" in text


def test_markdown_with_no_misses():
    assert to_markdown([]) == "# Evaluation misses\n\nNo misses.\n"


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short text", 300, "short text"),
        ("line one\n\nline   two", 300, "line one line two"),
        ("alpha beta gamma delta", 12, "alpha beta …"),
    ],
)
def test_excerpt(text: str, limit: int, expected: str):
    assert excerpt(text, limit=limit) == expected
