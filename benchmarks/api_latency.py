"""API latency and dashboard first load over 100,000 synthetic incidents in SQLite.

    .venv/bin/python benchmarks/api_latency.py [--db /tmp/fl-bench-100k.db] [--n 100000]

The incidents are written by a bulk path for benchmarks only: rows straight into the
incidents table in one transaction (100,000 extractions would take hours and measure the
extractor, not the API). Records have the full public shape, with two claims and two
sources each, so the API serialises what it would in use. The server is uvicorn on
loopback, queried over real HTTP; the dashboard is timed in Debian's chromium from
navigation to the page's ready flag (map, timeline and table all drawn).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
from sqlalchemy import insert, select

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "web"))

from frontlines.api import ApiSettings, create_app  # noqa: E402
from frontlines.domain import DISORDER_TYPES, EVENT_TYPES  # noqa: E402
from frontlines.store import Store  # noqa: E402
from frontlines.store import schema as t  # noqa: E402
from frontlines.store.codec import dumps  # noqa: E402

PLACES = [  # (country, iso3, admin1, location, lat, lon)
    ("Ukraine", "UKR", "Kharkivska", "Kharkiv", 49.99, 36.23),
    ("Ukraine", "UKR", "Donetska", "Pokrovsk", 48.28, 37.18),
    ("Sudan", "SDN", "North Darfur", "El Fasher", 13.63, 25.35),
    ("Nigeria", "NGA", "Zamfara", "Tsafe", 11.96, 6.92),
    ("Nigeria", "NGA", "Borno", "Maiduguri", 11.85, 13.16),
    ("Somalia", "SOM", "Lower Shabelle", "Afgooye", 2.14, 45.12),
    ("Yemen", "YEM", "Al Hudaydah", "Hodeidah", 14.80, 42.95),
    ("Myanmar", "MMR", "Sagaing", "Monywa", 22.11, 95.13),
    ("Democratic Republic of Congo", "COD", "Nord-Kivu", "Goma", -1.68, 29.22),
    ("Mexico", "MEX", "Sinaloa", "Culiacan", 24.80, -107.39),
    ("Syria", "SYR", "Idlib", "Idlib", 35.93, 36.63),
    ("Burkina Faso", "BFA", "Sahel", "Djibo", 14.10, -1.63),
]
ACTORS = ["Military Forces of Ukraine", "Military Forces of Russia", "RSF: Rapid Support Forces",
          "Islamic State", "Al Shabaab", "Unidentified Armed Group", "Police Forces of Nigeria",
          "Protesters", "Rioters", "Civilians"]  # fmt: skip


def record(n: int, rng: random.Random, start: date) -> dict:
    country, iso3, admin1, location, lat, lon = rng.choice(PLACES)
    event_type = rng.choice(list(EVENT_TYPES))
    sub = rng.choice(EVENT_TYPES[event_type])
    day = (start + timedelta(days=rng.randrange(730))).isoformat()
    fatalities = int(rng.expovariate(0.3)) if event_type != "Protests" else 0
    actor1, actor2 = rng.sample(ACTORS, 2)
    article = f"a-{n:06d}"
    quote = f"At least {fatalities} people were killed in {location} on the day, officials said."
    claim = {"field": "fatalities", "value": fatalities, "low": fatalities, "high": fatalities,
             "about": "people", "source": "officials", "article_id": article, "quote": quote,
             "start": 0, "end": len(quote)}  # fmt: skip
    return {
        "event_id": f"inc-{n:016x}", "article_ids": [article], "main": True,
        "event_date": day, "date_start": day, "date_end": day, "time_precision": 1,
        "disorder_type": DISORDER_TYPES[event_type], "event_type": event_type,
        "sub_event_type": sub, "actor1": actor1, "assoc_actor_1": None, "inter1": None,
        "actor2": actor2, "assoc_actor_2": None, "inter2": None, "interaction": None,
        "civilian_targeting": False, "country": country, "iso3": iso3, "admin1": admin1,
        "admin2": None, "location": location,
        "latitude": lat + rng.uniform(-0.5, 0.5), "longitude": lon + rng.uniform(-0.5, 0.5),
        "geonameid": None, "geo_precision": rng.choice([1, 1, 1, 2, 3]), "where_prec": 1,
        "fatalities": fatalities, "fatalities_low": fatalities, "fatalities_best": fatalities,
        "fatalities_high": fatalities + rng.randrange(3), "injured_low": None,
        "injured_best": None, "injured_high": None, "claims": [claim, dict(claim, field="injured")],
        "sources": [{"article_id": article, "outlet": "Bench Wire", "url": None, "published": day}],
        "notes": f"On {day}, {actor1} attacked {actor2} in {location}, {country}.",
        "confidence": 0.8,
        "evidence": {"fatalities": [{"article_id": article, "start": 0, "end": 20}]},
        "source_count": 1, "deaths_by_side": {}, "figure_history": [],
        "member_event_ids": [f"ev-{n:016x}"], "links": [],
    }  # fmt: skip


def build(url: str, n: int) -> None:
    """Rows in the shape ``repo.refresh`` writes (keys folded, record and search document in
    incident_records); the full-text index fills itself through its triggers."""
    rng = random.Random(7)
    start = date(2023, 1, 1)
    with Store.open(url) as store, store.engine.begin() as conn:
        if conn.execute(select(t.incidents.c.id).limit(1)).first() is not None:
            return
        rows, docs = [], []
        for i in range(n):
            r = record(i, rng, start)
            actors = [r["actor1"], r["actor2"]]
            rows.append({
                "id": r["event_id"], "seq": i + 1, "event_date": r["event_date"],
                "date_start": r["date_start"], "date_end": r["date_end"], "country": r["country"],
                "admin1": r["admin1"], "event_type": r["event_type"],
                "sub_event_type": r["sub_event_type"], "actors": "\n".join(map(t.fold, actors)),
                "fatalities": r["fatalities"], "latitude": r["latitude"],
                "longitude": r["longitude"], "source_count": 1, "date_key": r["event_date"],
                "country_key": t.fold(r["country"]), "admin1_key": t.fold(r["admin1"]),
            })  # fmt: skip
            docs.append({
                "id": r["event_id"], "doc": i + 1, "record": dumps(r),
                "search_text": t.search_document([r["notes"], r["location"], r["admin1"],
                                                  r["country"], *actors]),
            })  # fmt: skip
            if len(rows) == 5000:
                conn.execute(insert(t.incidents), rows)
                conn.execute(insert(t.incident_records), docs)
                rows, docs = [], []
        if rows:
            conn.execute(insert(t.incidents), rows)
            conn.execute(insert(t.incident_records), docs)
        conn.exec_driver_sql("ANALYZE")


QUERIES = [
    {},
    {"country": "Sudan"},
    {"event_type": "Battles", "since": "2024-01-01", "until": "2024-03-31"},
    {"country": "Ukraine", "admin1": "Kharkivska", "min_fatalities": 5},
    {"actor": "islamic state", "limit": 100},
    {"bbox": "29,44,41,53"},
    {"q": "el fasher", "sort": "-fatalities"},
    {"sub_event_type": "Armed clash", "sort": "-fatalities", "limit": 200},
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/fl-bench-100k.db")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    url = f"sqlite:///{args.db}"
    began = time.perf_counter()
    build(url, args.n)
    print(f"store ready ({args.n} incidents) in {time.perf_counter() - began:.1f} s")

    from webhelpers import CHROMIUM_FLAGS, ServerThread, chromium_path  # type: ignore

    with Store.open(url) as store, ServerThread(create_app(ApiSettings(), store=store)) as srv:
        with httpx.Client(base_url=srv.url, timeout=30) as http:
            print(f"{'query':<62} {'p50 ms':>7} {'p95 ms':>7} {'count':>7}")
            all_times: list[float] = []
            for params in QUERIES:
                http.get("/api/incidents", params=params)  # warm
                times = []
                for _ in range(args.rounds):
                    t0 = time.perf_counter()
                    response = http.get("/api/incidents", params=params)
                    times.append((time.perf_counter() - t0) * 1000)
                    response.raise_for_status()
                all_times += times
                label = "&".join(f"{k}={v}" for k, v in params.items()) or "(no filter)"
                count = response.json()["count"]
                print(
                    f"{label:<62} {statistics.median(times):7.1f} "
                    f"{percentile(times, 95):7.1f} {count:7d}"
                )
            print(f"all filtered list queries: p95 {percentile(all_times, 95):.1f} ms")
            t0 = time.perf_counter()
            http.get("/api/stats").raise_for_status()
            print(f"/api/stats (no filter): {(time.perf_counter() - t0) * 1000:.0f} ms")

        if args.no_browser:
            return 0
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
            loads = []
            for _ in range(5):
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                t0 = time.perf_counter()
                page.goto(srv.url + "/")
                page.wait_for_selector("body[data-ready='true']", timeout=60_000)
                loads.append(time.perf_counter() - t0)
                context.close()
            browser.close()
        print(f"dashboard first load (5 cold contexts): median {statistics.median(loads):.2f} s,"
              f" max {max(loads):.2f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
