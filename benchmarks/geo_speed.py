"""Gazetteer lookup latency (µs, after warm-up) and the memory the gazetteer adds to a process.

    .venv/bin/python benchmarks/geo_speed.py

Memory: resident set size (VmRSS, /proc) before opening the gazetteer and after opening it
and resolving every name of the sample twice. Latency: per lookup, over the sample, for the
first (uncached, SQLite) pass after warm-up of the connection, and for repeated (cached) names.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

NAMES = [
    "Kharkiv", "Kharkov", "Deir al-Zour", "Al-Fashir", "Khan Younis", "Pokrovsk", "Gao",
    "Mosul", "Mandera County", "Sindh", "Sujawal", "Springfield", "Franklin", "Idlib",
    "Kabul", "Nairobi", "Mogadishu", "Aleppo", "Sanaa", "Tripoli", "Maiduguri", "Goma",
    "Bamako", "Ouagadougou", "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Houston",
    "Chicago", "Gary", "Valdosta", "Marib", "Taiz", "Hodeidah", "Raqqa", "Homs", "Daraa",
]  # fmt: skip


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    import sqlite3

    import frontlines.geo.mentions  # noqa: F401  (import cost is not the gazetteer's)
    from frontlines.geo import ensure_index
    from frontlines.geo.gazetteer import Gazetteer

    path = ensure_index()
    # A spread of real names: every 200th key of the index, plus news names.
    con = sqlite3.connect(path)
    sample = [k for (k,) in con.execute("SELECT key FROM names WHERE quality < 2 ORDER BY key")]
    con.close()
    sample = NAMES + sample[::200]

    before = rss_mib()
    gazetteer = Gazetteer(path)
    first = _timed(gazetteer._lookup, sample)  # first touch: SQLite pages read from disk
    hot = _timed(gazetteer._lookup, sample)  # after warm-up: SQLite, pages in memory
    for name in sample:
        gazetteer.lookup(name)
    cached = _timed(gazetteer.lookup, sample)  # repeated names: the in-process cache
    after = rss_mib()
    print(
        json.dumps(
            {
                "names": len(sample),
                "index_bytes": path.stat().st_size,
                "lookup_us_first_touch_median": _median(first),
                "lookup_us_warm_median": _median(hot),
                "lookup_us_warm_p95": round(sorted(hot)[int(0.95 * len(hot))], 1),
                "lookup_us_cached_median": _median(cached),
                "rss_mib_before": round(before, 1),
                "rss_mib_after": round(after, 1),
                "rss_mib_added": round(after - before, 1),
            }
        )
    )


def _timed(lookup: Callable[[str], object], names: list[str]) -> list[float]:
    times = []
    for name in names:
        started = time.perf_counter_ns()
        lookup(name)
        times.append((time.perf_counter_ns() - started) / 1000)
    return times


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


if __name__ == "__main__":
    main()
