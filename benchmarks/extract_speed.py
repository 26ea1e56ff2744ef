"""Extraction speed: articles per second and peak memory on gvc_dev (436 full articles).

    .venv/bin/python benchmarks/extract_speed.py [--processes N] [--gold PATH] [--limit N]

Warm-up is excluded from the timing and stated: each process builds its ``Extractor`` (spaCy
pipeline, gazetteer) and extracts the first ``--warmup`` articles before the clock starts.
Peak memory is the resident set size (``resource.getrusage``): of this process, and of the
largest worker when ``--processes`` > 1. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from frontlines.domain import Article
from frontlines.eval.gold import load_gold

DEFAULT_GOLD = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "dev" / "gvc_dev.jsonl"
)
CHUNK = 16

_EXTRACTOR: Any = None


def build_extractor() -> Any:
    from frontlines.extract.api import Extractor

    return Extractor()


def _init_worker(warmup: list[Article]) -> None:
    global _EXTRACTOR
    _EXTRACTOR = build_extractor()
    for _ in _EXTRACTOR.extract_many(warmup):
        pass


def _ready(seconds: float) -> int:
    # Holding each worker briefly makes the pool start (and warm up) all of them before timing.
    time.sleep(seconds)
    return os.getpid()


def _extract(chunk: list[Article]) -> int:
    return sum(len(events) for _, events in _EXTRACTOR.extract_many(chunk))


def peak_rss_mib(who: int) -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    scale = 1024 * 1024 if platform.system() == "Darwin" else 1024
    return resource.getrusage(who).ru_maxrss / scale


def run_single(articles: list[Article], warmup: list[Article]) -> tuple[float, int, float, float]:
    started = time.perf_counter()
    extractor = build_extractor()
    for _ in extractor.extract_many(warmup):
        pass
    warm_seconds = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    events = sum(len(found) for _, found in extractor.extract_many(articles))
    return time.perf_counter() - started, events, warm_seconds, time.process_time() - cpu


def run_pool(
    articles: list[Article], warmup: list[Article], processes: int
) -> tuple[float, int, float]:
    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    started = time.perf_counter()
    with ProcessPoolExecutor(processes, initializer=_init_worker, initargs=(warmup,)) as pool:
        pids = set(pool.map(_ready, [0.5] * processes))
        warm_seconds = time.perf_counter() - started
        started = time.perf_counter()
        events = sum(pool.map(_extract, chunks))
        seconds = time.perf_counter() - started
    if len(pids) < processes:
        print(f"note: only {len(pids)} of {processes} workers took part in the warm-up")
    return seconds, events, warm_seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--warmup", type=int, default=10, help="articles extracted untimed")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"gold data not found at {args.gold}; pass --gold PATH", file=sys.stderr)
        return 2
    articles = [r.to_article() for r in load_gold(args.gold, limit=args.limit)]
    warmup = articles[: args.warmup]
    characters = sum(len(a.text) for a in articles)
    cpu = None
    if args.processes > 1:
        seconds, events, warm = run_pool(articles, warmup, args.processes)
    else:
        seconds, events, warm, cpu = run_single(articles, warmup)
    print(f"data:        {args.gold.name}, {len(articles)} articles, {characters:,} characters")
    print(f"processes:   {args.processes} (machine has {os.cpu_count()} CPUs)")
    print(
        f"warm-up:     {warm:.1f} s, excluded: build the extractor, extract {len(warmup)} articles"
    )
    print(f"time:        {seconds:.1f} s for {len(articles)} articles, {events} events")
    print(f"speed:       {len(articles) / seconds:.1f} articles/s (wall clock)")
    if cpu:
        # On a machine shared with other jobs the wall clock includes waiting for a core;
        # articles per CPU-second is what one uncontended core would do.
        print(f"             {len(articles) / cpu:.1f} articles per CPU-second ({cpu:.1f} s CPU)")
    print(f"load:        {os.getloadavg()[0]:.1f} (1-minute load average at the end)")
    print(f"peak RSS:    {peak_rss_mib(resource.RUSAGE_SELF):.0f} MiB (main process)")
    if args.processes > 1:
        print(f"             {peak_rss_mib(resource.RUSAGE_CHILDREN):.0f} MiB (largest worker)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
