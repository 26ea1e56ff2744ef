"""The event-type classifier on its own, over acled_dev's two fixed halves.

    .venv/bin/python benchmarks/classify_halves.py            # whole file
    .venv/bin/python benchmarks/classify_halves.py --train    # the half the rules were tuned on
    .venv/bin/python benchmarks/classify_halves.py --test     # the held-out half
    .venv/bin/python benchmarks/classify_halves.py --train --misses "Riots|Protests"

The halves: the file's rows after ``random.seed(0); random.shuffle(rows)``, first and second
half. Prints detection, type and sub-type accuracy and the commonest confusions. Reads the
gold data from ../shared; skips with a message where it is absent.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

from frontlines.extract.classify import classify

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev" / "acled_dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    half = parser.add_mutually_exclusive_group()
    half.add_argument("--train", action="store_true")
    half.add_argument("--test", action="store_true")
    parser.add_argument("--misses", help='"GoldType|PredictedType": list those misses')
    args = parser.parse_args(argv)
    if not GOLD.exists():
        print(f"skipped: {GOLD} not found (the shared data folder is absent)")
        return 0
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    random.seed(0)
    random.shuffle(rows)
    middle = len(rows) // 2
    rows = rows[:middle] if args.train else rows[middle:] if args.test else rows
    detected = typed = subtyped = 0
    confusions: collections.Counter[tuple[str, str]] = collections.Counter()
    misses: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for row in rows:
        gold = row["gold"]
        found = classify(row["text"])
        predicted = found.event_type if found else "NONE"
        detected += found is not None
        typed += predicted == gold["event_type"]
        subtyped += bool(found and found.sub_event_type == gold["sub_event_type"])
        if predicted != gold["event_type"]:
            key = (gold["event_type"], predicted)
            confusions[key] += 1
            misses[key].append(f"{found.rule if found else '-'} | {row['text'][:160]}")
    n = len(rows)
    print(f"n={n} detection={detected / n:.3f} type={typed / n:.3f} sub={subtyped / n:.3f}")
    for (gold_type, predicted), count in confusions.most_common(10):
        print(f"{count:6d}  {gold_type} -> {predicted}")
    if args.misses:
        gold_type, _, predicted = args.misses.partition("|")
        for line in misses[(gold_type, predicted)][:25]:
            print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
