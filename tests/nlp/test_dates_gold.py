"""Date accuracy on the development gold data (../shared/data/dev), as in
benchmarks/date_accuracy.py: these floors keep the measured figures from sliding back."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from frontlines.nlp.dates import event_date, find_dates, usable_for_event

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "dev"
FULL_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}"
    r"|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
)

pytestmark = pytest.mark.slow


def predicted(text: str, published: date | None) -> date | None:
    for m in find_dates(text, published):
        if usable_for_event(m, published=published):
            return event_date(m)
    return published


def accuracy(name: str, *, only_full_dates: bool = False) -> float:
    path = DEV / name
    if not path.exists():
        pytest.skip(f"gold data not found at {path.resolve()} (the shared data folder)")
    total = correct = 0
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        if only_full_dates and not FULL_DATE.search(record["text"]):
            continue
        raw = record.get("publication_date")
        published = date.fromisoformat(raw[:10]) if raw else None
        guess = predicted(record["text"], published)
        total += 1
        correct += guess is not None and guess.isoformat() == record["gold"]["date"]
    return correct / total


@pytest.mark.parametrize(
    ("name", "only_full_dates", "floor"),
    [
        ("acled_dev.jsonl", True, 0.97),
        ("gva_dev.jsonl", False, 0.715),
        ("gvc_dev.jsonl", False, 0.77),
    ],
)
def test_accuracy_floor(name, only_full_dates, floor):
    assert accuracy(name, only_full_dates=only_full_dates) >= floor
