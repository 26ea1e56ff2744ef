"""Soak run (not a test): N tiny articles through the whole ingest, timed.

    .venv/bin/python fuzz/soak_tiny_articles.py 1000000 --db sqlite:///soak.db

Prints one JSON line: articles, stored, seconds, articles per second.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time

import orjson

from frontlines.readers import read_articles
from frontlines.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("--db", default="sqlite:///soak.db")
    parser.add_argument("--batch-size", type=int, default=500)
    args = parser.parse_args()
    data = b"".join(
        orjson.dumps({"id": f"t{i}", "text": f"item {i}"}) + b"\n" for i in range(args.count)
    )
    began = time.perf_counter()
    with Store.open(args.db) as store:
        articles = read_articles(["-"], input_format="jsonl", stdin=io.BytesIO(data))
        summary = store.ingest(articles, batch_size=args.batch_size)
    seconds = time.perf_counter() - began
    sys.stdout.write(json.dumps({"articles": args.count, "stored": summary.articles_stored,
                                 "seconds": round(seconds, 1),
                                 "per_second": round(args.count / seconds, 1)}) + "\n")  # fmt: skip


if __name__ == "__main__":
    main()
