"""Throughput and peak memory of `extract` and `ingest`, beside the floor of this machine.

    .venv/bin/python benchmarks/ingest_speed.py [--gold PATH] [--processes N] [--limit N]
                                                [--variants bare,extract,ingest,...]

Every variant reads the same article texts (gva_dev by default) with the same number of
processes, each in a fresh interpreter so its memory figures are its own:

- ``bare``: the floor, a bare ``en_core_web_sm`` (every component: tagger, parser, NER …)
  ``nlp.pipe`` over the texts, ``n_process`` = N;
- ``extract``: frontlines extraction, pre-filter on, N worker processes (``ProcessExtractor``);
- ``extract-nofilter``: the same without the pre-filter (what the pre-filter buys);
- ``ingest``: extraction as above plus incident linking and storage into a new SQLite file;
- ``dask``: ingest with extraction on a Dask ``LocalCluster`` of N workers;
- ``link``: linking and storage alone, what ingest adds to extraction in its main process:
  the events (and what storage derives from each text, made in the workers as in ingest:
  ``extract_prepared``) are extracted first (N processes, not timed), then ingested into a
  new SQLite file from memory; its CPU seconds are the main process's.

The wall clock runs from the variant's start, model loading and worker start-up included,
to its last result. CPU seconds count this process and all its workers (on a machine shared
with other jobs, articles per CPU-second is what uncontended cores would do); "CPU s main"
is this process's alone (reading, linking, storage: what competes with the workers). Peak RSS is
sampled every 0.2 s with psutil (workers' CPU time every 0.5 s): of the main process, and
of the largest worker process. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

DEFAULT_GOLD = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "dev" / "gva_dev.jsonl"
)
VARIANTS = ("bare", "extract", "extract-nofilter", "ingest", "dask", "link")


class RssSampler:
    """Peak resident memory of this process and of each of its descendants."""

    def __init__(self, every: float = 0.2) -> None:
        self.every = every
        self.main = 0
        self.workers: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            self._sample(me)
            self._stop.wait(self.every)
        self._sample(me)

    def _sample(self, me: psutil.Process) -> None:
        try:
            self.main = max(self.main, me.memory_info().rss)
            for child in me.children(recursive=True):
                try:
                    rss = child.memory_info().rss
                except psutil.Error:
                    continue
                self.workers[child.pid] = max(self.workers.get(child.pid, 0), rss)
        except psutil.Error:
            pass


class _Extracted:
    """Events (and texts' ``ArticleText``) extracted beforehand, handed over as the
    worker processes would."""

    def __init__(self, found: dict[str, tuple[list[Any], Any]]) -> None:
        self.found = found

    def extract_many(self, articles: Any) -> Any:
        for article in articles:
            yield article, self.found[article.id][0]

    def extract_prepared(self, articles: Any) -> Any:
        for article in articles:
            yield article, *self.found[article.id]


def _cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def run_variant(variant: str, gold: Path, processes: int, limit: int | None) -> dict[str, Any]:
    from frontlines.eval.gold import load_gold

    articles = [r.to_article() for r in load_gold(gold, limit=limit)]
    events = 0
    worker_cpu: dict[int, float] = {}

    def note_cpu() -> None:
        for child in psutil.Process().children(recursive=True):
            try:
                t = child.cpu_times()
                worker_cpu[child.pid] = t.user + t.system
            except psutil.Error:
                pass

    extracted: dict[str, tuple[list[Any], Any]] = {}
    if variant == "link":
        from frontlines.scale.workers import ProcessExtractor

        found = ProcessExtractor(workers=processes).extract_prepared(articles)
        extracted = {article.id: (events, text) for article, events, text in found}
    with RssSampler() as rss:
        started, cpu = time.perf_counter(), _cpu_seconds()
        stop = threading.Event()

        def poll() -> None:
            while not stop.wait(0.5):
                note_cpu()

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        if variant == "bare":
            import spacy

            from frontlines.nlp.pipeline import model_name

            nlp = spacy.load(model_name())
            texts = (a.text for a in articles)
            for _ in nlp.pipe(texts, batch_size=64, n_process=processes):
                pass
        elif variant in {"extract", "extract-nofilter"}:
            from frontlines.scale.workers import ProcessExtractor

            extractor = ProcessExtractor(workers=processes, prefilter=variant == "extract")
            events = sum(len(found) for _, found in extractor.extract_many(articles))
        elif variant == "link":
            from frontlines.store import Store

            with (
                tempfile.TemporaryDirectory() as folder,
                Store.open(f"sqlite:///{Path(folder) / 'bench.db'}") as store,
            ):
                events = store.ingest(articles, extractor=_Extracted(extracted)).events
        else:
            from frontlines.scale.factory import open_extractor
            from frontlines.store import Store

            with tempfile.TemporaryDirectory() as folder:
                url = f"sqlite:///{Path(folder) / 'bench.db'}"
                dask = "local" if variant == "dask" else None
                with (
                    open_extractor(workers=processes, dask=dask) as extractor,
                    Store.open(url) as store,
                ):
                    events = store.ingest(articles, extractor=extractor).events
        stop.set()
        poller.join()
        seconds = time.perf_counter() - started
        cpu_used = _cpu_seconds() - cpu
        main_cpu = cpu_used
    # Workers' CPU time as last seen (every 0.5 s; a worker's last half second may be missed).
    cpu_used += sum(worker_cpu.values())
    return {
        "variant": variant,
        "articles": len(articles),
        "characters": sum(len(a.text) for a in articles),
        "events": events,
        "seconds": seconds,
        "cpu_seconds": cpu_used,
        "main_cpu_seconds": main_cpu,
        "rss_main_mib": rss.main / 2**20,
        "rss_worker_mib": max(rss.workers.values(), default=0) / 2**20,
        "workers_seen": len(rss.workers),
    }


def _commit() -> str:
    done = subprocess.run(
        ["git", "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent,
    )
    return done.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--variants", default="bare,extract,ingest")
    parser.add_argument("--one", default=None, help=argparse.SUPPRESS)  # internal: run one
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"gold data not found at {args.gold}; pass --gold PATH", file=sys.stderr)
        return 2
    if args.one:
        result = run_variant(args.one, args.gold, args.processes, args.limit)
        print("RESULT " + json.dumps(result))
        return 0
    rows = []
    for variant in args.variants.split(","):
        if variant not in VARIANTS:
            print(f"unknown variant {variant}; one of {', '.join(VARIANTS)}", file=sys.stderr)
            return 2
        command = [sys.executable, __file__, "--one", variant, "--gold", str(args.gold),
                   "--processes", str(args.processes)]  # fmt: skip
        if args.limit:
            command += ["--limit", str(args.limit)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            print(f"{variant} failed:\n{done.stderr[-3000:]}", file=sys.stderr)
            return 1
        rows.append(json.loads(line[len("RESULT ") :]))
        print(f"  done {variant}", file=sys.stderr, flush=True)
    floor = next((r for r in rows if r["variant"] == "bare"), None)
    first = rows[0]
    print(f"data:      {args.gold.name}, {first['articles']} articles, "
          f"{first['characters']:,} characters")  # fmt: skip
    print(f"processes: {args.processes} (machine has {os.cpu_count()} CPUs); "
          f"load {os.getloadavg()[0]:.1f} at the end")  # fmt: skip
    print(f"commit:    {_commit()}")
    print(
        "× bare: throughput over the bare en_core_web_sm parse's in this run (wall clock, "
        "then per CPU-second); ingest's target is ≥ 1.00 on an otherwise idle machine"
    )
    print()
    print("| variant | events | wall s | articles/s | × bare | CPU s | articles/CPU-s | × bare "
          "| CPU s main | peak RSS main | peak RSS per worker |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        speed = r["articles"] / r["seconds"]
        per_cpu = r["articles"] / r["cpu_seconds"] if r["cpu_seconds"] else float("nan")
        ratio = speed / (floor["articles"] / floor["seconds"]) if floor else float("nan")
        cpu_ratio = per_cpu / (floor["articles"] / floor["cpu_seconds"]) if floor else float("nan")
        worker = f"{r['rss_worker_mib']:.0f} MiB" if r["workers_seen"] else "—"
        print(f"| {r['variant']} | {r['events']} | {r['seconds']:.1f} | {speed:.1f} | "
              f"{ratio:.2f} | {r['cpu_seconds']:.1f} | {per_cpu:.1f} | {cpu_ratio:.2f} | "
              f"{r['main_cpu_seconds']:.1f} | "
              f"{r['rss_main_mib']:.0f} MiB | {worker} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
