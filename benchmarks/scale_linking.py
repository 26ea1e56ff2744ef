"""Ingest at scale: time and memory of linking and storing up to 100,000 generated articles.

    .venv/bin/python benchmarks/scale_linking.py [--count 100000] [--every 10000]
        [--db sqlite:///path.db] [--extractor gold|real] [--workers N]

Articles come from ``scripts/gen_synthetic.py`` (generated on the fly, never held in
memory: the stream is read as it is ingested). ``--extractor gold`` (the default) gives
each conflict report the event its generator recorded (``frontlines.eval.linking.
gold_events``), so the run measures what grows with the corpus, incident linking and
storage, without the NLP pipeline, whose cost per article is constant; ``--extractor real``
runs the full pipeline in ``--workers`` processes (pre-filter on).

One run reports, at every ``--every`` articles, the elapsed time, the rate over the last
slice, this process's CPU time per article in it (what a busy machine's wall clock hides),
and the resident memory of this process and of its largest worker. A rate that holds
steady means linking cost per article does not grow with the corpus (linear in all); a
flat RSS means memory does not either. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import psutil

from frontlines.domain import Article, Event
from frontlines.eval.linking import gold_events

ROOT = Path(__file__).resolve().parents[1]


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location(
        "gen_synthetic", ROOT / "scripts" / "gen_synthetic.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class GoldExtractor:
    """The generator's own record of each report, as events (no NLP)."""

    def __init__(self, records: dict[str, dict[str, Any]]) -> None:
        self.records = records  # filled by the stream just ahead of extraction

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            record = self.records.pop(article.id)
            yield article, gold_events(record) if record.get("gold") else []


def _rss(process: psutil.Process) -> int:
    try:
        return int(process.memory_info().rss)
    except psutil.Error:
        return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--per-day",
        type=int,
        default=0,
        help="a news stream in publication order, about N articles a day (spanning "
        "count/N days), as a feed is ingested (default 0: dates drawn at random within "
        "one year, the density of the whole year rising with every article)",
    )
    parser.add_argument("--db", default=None, help="default: a new SQLite file in a temp dir")
    parser.add_argument("--extractor", choices=("gold", "real"), default="gold")
    parser.add_argument("--workers", type=int, default=0)
    args = parser.parse_args(argv)

    from frontlines.scale.factory import open_extractor
    from frontlines.store import Store

    generator = _generator()
    days = max(1, -(-args.count // args.per_day)) if args.per_day else 365
    pending: dict[str, dict[str, Any]] = {}
    me = psutil.Process()
    rows: list[tuple[int, float, float, float, float, float]] = []
    started = time.perf_counter()
    last = (0, started, time.process_time())

    def stream() -> Iterator[Article]:
        nonlocal last
        records = generator.generate(args.count, seed=args.seed, days=days, per_day=args.per_day)
        for n, record in enumerate(records, 1):
            pending[record["id"]] = record
            yield generator.to_article(record)
            if n % args.every == 0:
                now, cpu = time.perf_counter(), time.process_time()
                rate = (n - last[0]) / (now - last[1])
                # CPU per article of this process: what a busy machine's wall clock hides.
                cpu_ms = 1000 * (cpu - last[2]) / (n - last[0])
                worker = max((_rss(c) for c in me.children(recursive=True)), default=0)
                rows.append((n, now - started, rate, cpu_ms, _rss(me) / 2**20, worker / 2**20))
                print(f"  {n:>7} articles  {now - started:8.1f} s  {rate:6.1f}/s  "
                      f"{cpu_ms:5.2f} CPU-ms/article  RSS {rows[-1][4]:.0f} MiB, "
                      f"largest worker {rows[-1][5]:.0f} MiB",
                      file=sys.stderr, flush=True)  # fmt: skip
                last = (n, now, cpu)

    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'scale.db'}"
        with Store.open(url) as store:
            if args.extractor == "gold":
                summary = store.ingest(stream(), extractor=GoldExtractor(pending))
            else:
                with open_extractor(workers=args.workers) as extractor:
                    summary = store.ingest(stream(), extractor=extractor)
    stream_kind = f"a stream of {args.per_day} a day" if args.per_day else "dates at random"
    print(f"{args.count:,} articles over {days} days ({stream_kind}); extractor: "
          f"{args.extractor}; {summary.events} events, "
          f"{summary.new_incidents} incidents, {summary.merges} merges; "
          f"load average {os.getloadavg()[0]:.1f} at the end ({os.cpu_count()} CPUs)")  # fmt: skip
    print()
    print("| articles | elapsed s | articles/s (last slice) | CPU ms/article (last slice) "
          "| RSS MiB | largest worker RSS MiB |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    for n, elapsed, rate, cpu_ms, rss, worker in rows:
        shown = f"{worker:.0f}" if worker else "—"
        print(f"| {n:,} | {elapsed:.1f} | {rate:.1f} | {cpu_ms:.2f} | {rss:.0f} | {shown} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
