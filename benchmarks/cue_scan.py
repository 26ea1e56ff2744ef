"""The classifier's cue scan with and without the word-head gate, over gvc_dev's sentences.

    .venv/bin/python benchmarks/cue_scan.py [--gold PATH] [--limit N]

Sentences are cut at sentence-final punctuation and line breaks (no spaCy: only the scan is
timed), lower-cased and masked as ``classify`` does. Each sentence is scanned twice: every cue
pattern run over it (``finditer``), and ``extract.cues.find_cues`` (the gate). Prints both
times and checks the matches are the same; asserts nothing else.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from frontlines.eval.gold import load_gold
from frontlines.extract.cues import CUES, find_cues, lower, mask_negated

DEFAULT_GOLD = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "dev" / "gvc_dev.jsonl"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def every_cue(masked: str) -> dict[str, list[tuple[int, int]]]:
    found = {name: [m.span() for m in p.finditer(masked)] for name, p in CUES.items()}
    return {name: spans for name, spans in found.items() if spans}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--limit", type=int, default=300, help="articles (default 300)")
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"skipped: {args.gold} is absent (the gold data lives in ../shared/data)")
        return 0
    records = load_gold(args.gold, limit=args.limit)
    sentences = [
        mask_negated(lower(s)) for r in records for s in _SENTENCE_END.split(r.text) if s.strip()
    ]
    start = time.process_time()
    plain = [every_cue(s) for s in sentences]
    every = time.process_time() - start
    start = time.process_time()
    gated = [find_cues(s) for s in sentences]
    gate = time.process_time() - start
    spans = [{n: [m.span() for m in ms] for n, ms in g.items()} for g in gated]
    same = plain == spans
    print(f"data:      {args.gold.name}, {len(records)} articles, {len(sentences):,} sentences")
    print(f"every cue: {every:.2f} CPU-s")
    print(f"gated:     {gate:.2f} CPU-s ({every / gate:.1f}x fewer)")
    print(f"same matches: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
