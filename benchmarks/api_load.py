"""A bounded load test on loopback: N concurrent clients for a fixed time, zero errors.

    .venv/bin/python benchmarks/api_load.py [--db FILE] [--clients 50] [--seconds 60]

Serves the store with uvicorn on 127.0.0.1 (and nowhere else) and runs ``clients`` async
clients, each looping over the dashboard's list requests until the time is up (the
synthetic incidents have no member rows, so the detail route is not in the mix); every
request loop is bounded in time. Build the store first with
benchmarks/api_latency.py. Prints requests, errors, throughput and latency percentiles.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "web"))

from frontlines.api import ApiSettings, create_app  # noqa: E402
from frontlines.store import Store  # noqa: E402

PATHS = [
    "/api/incidents?country=Sudan&limit=50",
    "/api/incidents?event_type=Battles&since=2024-01-01&until=2024-03-31",
    "/api/incidents?bbox=29,44,41,53&sort=-fatalities",
    "/api/incidents?country=Ukraine&admin1=Kharkivska&min_fatalities=5",
    "/api/incidents?sub_event_type=Armed%20clash&limit=20",
]


async def client(base: str, deadline: float, out: dict) -> None:
    rng = random.Random()
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.monotonic() < deadline:
            path = rng.choice(PATHS)
            t0 = time.perf_counter()
            try:
                response = await http.get(path)
                ok = response.status_code == 200
                if not ok:
                    out.setdefault("statuses", []).append(response.text[:200])
            except httpx.HTTPError:
                ok = False
            out["times"].append((time.perf_counter() - t0) * 1000)
            if not ok:
                out["errors"] += 1


async def run(base: str, clients: int, seconds: float) -> dict:
    out: dict = {"times": [], "errors": 0}
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(client(base, deadline, out) for _ in range(clients)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/fl-bench-100k.db")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    if not Path(args.db).is_file():
        sys.exit(f"{args.db} is missing: build it with benchmarks/api_latency.py first")
    from webhelpers import ServerThread  # type: ignore

    with (
        Store.open(f"sqlite:///{args.db}") as store,
        ServerThread(create_app(ApiSettings(), store=store)) as srv,
    ):
        out = asyncio.run(run(srv.url, args.clients, args.seconds))
    for text in sorted(set(out.get("statuses", [])))[:3]:
        print("error:", text)
    times = sorted(out["times"])
    n = len(times)
    print(f"clients {args.clients}, {args.seconds:.0f} s: {n} requests, {out['errors']} errors, "
          f"{n / args.seconds:.1f} req/s; latency p50 {statistics.median(times):.0f} ms, "
          f"p95 {times[int(0.95 * (n - 1))]:.0f} ms, max {times[-1]:.0f} ms")  # fmt: skip
    return 1 if out["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
