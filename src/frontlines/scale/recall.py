"""What the pre-filter costs in recall: the extractor with and without it, on gold sets.

    python -m frontlines.scale.recall ../shared/data/dev/gva_dev.jsonl [...] [--limit N]

Each gold record holds one gold event (its article's main event). A gold event is *found*
when the extractor returns any event for its article; it is *dropped* when the extractor
finds it without the pre-filter and not with it. The issue's budget is at most 1% of gold
events dropped. Beside that, ``changed`` counts articles whose main event differs in type,
date, place or fatalities (the pre-filter read fewer paragraphs).

Articles the screen leaves whole are parsed once: with the same text the pipeline returns
the same events by construction, so only screened-out and trimmed articles run twice.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from frontlines.domain import Article, Event
from frontlines.eval.gold import load_gold
from frontlines.eval.metrics import pick_event
from frontlines.scale.prefilter import screen


@dataclass
class RecallReport:
    dataset: str
    gold_events: int = 0
    skipped: int = 0  # articles screened out
    trimmed: int = 0  # articles parsed in part
    found_full: int = 0
    found_screened: int = 0
    dropped: int = 0
    changed: int = 0

    @property
    def dropped_share(self) -> float:
        return self.dropped / self.gold_events if self.gold_events else 0.0

    def line(self) -> str:
        return (
            f"{self.dataset:<22} gold events {self.gold_events:>6}  screened out {self.skipped:>5}"
            f"  trimmed {self.trimmed:>5}  found {self.found_full:>6} -> {self.found_screened:>6}"
            f"  dropped {self.dropped:>4} ({100 * self.dropped_share:.2f}%)"
            f"  main event changed {self.changed:>4}"
        )


def _key(event: Event | None) -> tuple[object, ...] | None:
    if event is None:
        return None
    return (
        event.event_type,
        event.sub_event_type,
        event.event_date,
        event.place.location,
        event.fatalities,
    )


def compare(articles: Sequence[Article], *, dataset: str, extractor: object) -> RecallReport:
    """Run ``extractor`` (an ``frontlines.extract.api.Extractor``) with and without the screen."""
    report = RecallReport(dataset, gold_events=len(articles))
    decisions = {a.id: screen(a.text) for a in articles}
    touched = [a for a in articles if not decisions[a.id].relevant or decisions[a.id].trimmed]
    report.skipped = sum(not d.relevant for d in decisions.values())
    report.trimmed = sum(d.trimmed for d in decisions.values())
    extractor.prefilter = False  # type: ignore[attr-defined]
    full = {a.id: events for a, events in extractor.extract_many(articles)}  # type: ignore[attr-defined]
    extractor.prefilter = True  # type: ignore[attr-defined]
    screened = dict(full)
    screened.update({a.id: events for a, events in extractor.extract_many(touched)})  # type: ignore[attr-defined]
    for article in articles:
        before, after = full[article.id], screened[article.id]
        report.found_full += bool(before)
        report.found_screened += bool(after)
        report.dropped += bool(before) and not after
        report.changed += (
            bool(before) and bool(after) and _key(pick_event(before)) != _key(pick_event(after))
        )
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    from frontlines.extract.api import Extractor

    extractor = Extractor()
    total = RecallReport("all")
    for path in args.gold:
        if not path.is_file():
            print(f"gold data not found: {path}", file=sys.stderr)
            return 2
        articles = [r.to_article() for r in load_gold(path, limit=args.limit)]
        report = compare(articles, dataset=path.stem, extractor=extractor)
        print(report.line(), flush=True)
        for name in ("gold_events", "skipped", "trimmed", "found_full", "found_screened",
                     "dropped", "changed"):  # fmt: skip
            setattr(total, name, getattr(total, name) + getattr(report, name))
    print(total.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
