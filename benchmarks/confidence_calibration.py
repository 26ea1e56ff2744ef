"""How well `confidence` tracks accuracy: main events binned by confidence on gold data.

    .venv/bin/python benchmarks/confidence_calibration.py ../shared/data/dev/acled_dev.jsonl \
        --sample 2000 --seed 1

Prints, per confidence bin, how many main events fall in it and the share whose event type,
date and fatalities match the gold. A calibrated score has accuracy close to the bin's
confidence and rising with it. Reads gold data from ../shared; skips with a message if absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from frontlines.eval.gold import load_gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"skipped: gold file {args.gold} not found (the shared data folder is absent)")
        return 0
    from frontlines.extract.api import Extractor

    records = load_gold(args.gold, sample=args.sample, seed=args.seed)
    extractor = Extractor()
    bins: dict[float, list[tuple[bool, bool, bool]]] = {}
    for record, (_, events) in zip(
        records, extractor.extract_many(r.to_article() for r in records), strict=True
    ):
        main_event = next((e for e in events if e.main), None)
        if main_event is None:
            continue
        gold = {k: record.value(k) for k in ("event_type", "date", "fatalities")}
        typed = gold.get("event_type") in (None, main_event.event_type)
        dated = gold.get("date") in (None, str(main_event.event_date))
        counted = gold.get("fatalities") in (None, main_event.fatalities)
        key = min(0.9, int(main_event.confidence * 10) / 10)
        bins.setdefault(key, []).append((typed, dated, counted))
    print(f"{'confidence':>12} {'events':>7} {'type':>6} {'date':>6} {'fatalities':>10}")
    for key in sorted(bins):
        rows = bins[key]
        n = len(rows)
        shares = [sum(r[i] for r in rows) / n for i in range(3)]
        print(f"{key:>5.1f}-{key + 0.1:<5.1f} {n:>7} {shares[0]:>6.2f} {shares[1]:>6.2f} "
              f"{shares[2]:>10.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
