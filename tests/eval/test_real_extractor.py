"""The harness on the real extractor and real gold: the first 50 acled_dev records."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from frontlines.eval.gold import load_gold
from frontlines.eval.runner import LazyExtractor, evaluate

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "dev"


@pytest.mark.slow
def test_first_fifty_acled_records():
    gold = DEV / "acled_dev.jsonl"
    if not gold.is_file():
        pytest.skip(f"gold data not found at {gold} (the sibling ../shared/data folder)")
    if importlib.util.find_spec("frontlines.extract.api") is None:
        pytest.skip("frontlines.extract.api is not importable yet")
    records = load_gold(gold, limit=50)
    report = evaluate(records, extractor=LazyExtractor(), linking=None)
    section = report.dataset("acled_dev")
    assert section is not None and section.records == 50
    detection = section.row("detection", "rate")
    assert detection is not None and detection.scored == 50
    # Every record yields its figures, and every miss names a field and its text.
    fields = {row.field for row in section.rows}
    assert {"event_type", "sub_event_type", "date", "fatalities", "country"} <= fields
    assert all(m.field and m.excerpt for m in report.misses)
    # A floor-level sanity check on this slice: most ACLED notes describe one event.
    assert detection.value is not None and detection.value >= 0.8
