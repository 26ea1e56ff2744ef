"""Load on loopback: concurrent readers over HTTP while two writers ingest into the same
SQLite database (the API's POST /api/articles and a `frontlines ingest` process). Zero
errors, no lost writes. Bounded: a fixed number of articles and a read deadline.

The figures in docs/reliability.md come from this test (FRONTLINES_LOAD_REPORT=path writes
them as JSON)."""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import orjson
from consistency import assert_consistent
from liveserver import serving

from frontlines.api import ApiSettings, create_app
from frontlines.store import Store

TOKEN = "load-token"
READERS = 8
POSTS = 12  # requests from the API writer, ARTICLES_PER_POST articles each
ARTICLES_PER_POST = 3
CLI_ARTICLES = 40
PLACES = ["Kharkiv", "Zamfara", "Mogadishu", "El Fasher", "Gaza", "Kano", "Sake", "Hodeidah"]
ACTS = ["Gunmen killed {n} villagers in {p} on Monday, police said.",
        "An air strike killed {n} people in {p} on Tuesday, officials said.",
        "Soldiers and militants clashed near {p} on Sunday; {n} fighters died, the army said.",
        "Protesters marched in {p} on Friday; police said {n} people were injured."]  # fmt: skip
READ_PATHS = ["/api/incidents?limit=20", "/api/incidents?sort=-fatalities&limit=50",
              "/api/incidents?q=killed", "/api/stats", "/api/incidents?country=Nigeria",
              "/api/export?format=jsonl&since=2024-01-01"]  # fmt: skip


def article(prefix: str, i: int) -> dict:
    rng = random.Random(f"{prefix}{i}")
    text = " ".join(rng.choice(ACTS).format(n=rng.randint(1, 40), p=rng.choice(PLACES))
                    for _ in range(2))  # fmt: skip
    return {"id": f"{prefix}-{i}", "text": text, "publication_date": f"2024-07-{1 + i % 28:02d}"}


def test_concurrent_readers_while_two_writers_ingest(tmp_path: Path, extractor) -> None:
    db = f"sqlite:///{tmp_path / 'load.db'}"
    feed = tmp_path / "cli.jsonl"
    feed.write_bytes(b"".join(orjson.dumps(article("cli", i)) + b"\n" for i in range(CLI_ARTICLES)))
    latencies: list[float] = []
    errors: list[str] = []
    stop = threading.Event()
    with Store.open(db) as store:
        app = create_app(ApiSettings(api_token=TOKEN), store=store, extractor=extractor)
        with serving(app) as base:

            def reader(seed: int) -> None:
                rng = random.Random(seed)
                with httpx.Client(base_url=base, timeout=60) as client:
                    while not stop.is_set():
                        began = time.perf_counter()
                        response = client.get(rng.choice(READ_PATHS))
                        latencies.append(time.perf_counter() - began)
                        if response.status_code != 200:
                            errors.append(f"{response.status_code} {response.text[:200]}")

            posted: list[str] = []

            def api_writer() -> None:
                with httpx.Client(base_url=base, timeout=120) as client:
                    for n in range(POSTS):
                        batch = [article("api", n * ARTICLES_PER_POST + k)
                                 for k in range(ARTICLES_PER_POST)]  # fmt: skip
                        auth = {"Authorization": f"Bearer {TOKEN}"}
                        response = client.post("/api/articles", json=batch, headers=auth)
                        if response.status_code != 201:
                            errors.append(f"POST {response.status_code} {response.text[:300]}")
                        else:
                            posted.extend(response.json()["article_ids"])

            threads = [threading.Thread(target=reader, args=(s,)) for s in range(READERS)]
            writer = threading.Thread(target=api_writer)
            began = time.perf_counter()
            for t in [*threads, writer]:
                t.start()
            cli = subprocess.run(
                [sys.executable, "-m", "frontlines.cli", "ingest", str(feed), "--db", db,
                 "--json", "--batch-size", "5"],
                capture_output=True, text=True, timeout=300,
                env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")},
            )  # fmt: skip
            writer.join(timeout=300)
            stop.set()
            for t in threads:
                t.join(timeout=60)
            elapsed = time.perf_counter() - began
        assert cli.returncode == 0, cli.stderr[-3000:]
        assert errors == []
        assert json.loads(cli.stdout.strip().splitlines()[-1])["articles_stored"] == CLI_ARTICLES
        # No lost writes: every article either writer sent is stored, and nothing else.
        expected = {f"api-{i}" for i in range(POSTS * ARTICLES_PER_POST)}
        expected |= {f"cli-{i}" for i in range(CLI_ARTICLES)}
        assert set(posted) == {i for i in expected if i.startswith("api")}
        for article_id in expected:
            assert store.get_article(article_id) is not None, article_id
        assert_consistent(store)
    ordered = sorted(latencies)
    figures = {
        "readers": READERS, "reads": len(latencies), "errors": len(errors),
        "articles_written": len(expected), "seconds": round(elapsed, 1),
        "reads_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }  # fmt: skip
    assert len(latencies) >= READERS
    if os.environ.get("FRONTLINES_LOAD_REPORT"):
        Path(os.environ["FRONTLINES_LOAD_REPORT"]).write_text(json.dumps(figures))
