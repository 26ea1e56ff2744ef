"""Geocoding accuracy on the gold sets, until `frontlines eval` scores it end to end.

    .venv/bin/python benchmarks/geo_accuracy.py [--limit N] [--datasets acled_dev gva_dev gvc_dev]

Per dataset: country and admin-1 accuracy, median error in km, and the share within 25 km.
Focus = the first sentences that mention violence (frontlines.geo.event_focus). spaCy NER
results are cached under the system temp directory, keyed by text hash, so reruns are fast.
Gold data is read from ../shared/data/dev and never copied.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from frontlines.domain import Place
from frontlines.geo import event_focus, find_place_mentions, get_gazetteer, km, locate_event
from frontlines.geo.gazetteer import Gazetteer
from frontlines.geo.normalize import name_key

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "dev"
NER_CACHE = Path(tempfile.gettempdir()) / "frontlines-ner-cache"


def ner(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """spaCy entities per text, through a cache on disk."""
    NER_CACHE.mkdir(exist_ok=True)
    keys = [hashlib.sha256(t.encode()).hexdigest()[:24] for t in texts]
    missing = [i for i, k in enumerate(keys) if not (NER_CACHE / k).exists()]
    if missing:
        from frontlines.geo.text import _nlp

        nlp = _nlp()
        for i, doc in zip(
            missing, nlp.pipe((texts[i] for i in missing), batch_size=64), strict=True
        ):
            ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            (NER_CACHE / keys[i]).write_text(json.dumps(ents))
    return [[tuple(e) for e in json.loads((NER_CACHE / k).read_text())] for k in keys]  # type: ignore[misc]


def country_code(gaz: Gazetteer, name: str | None) -> str | None:
    if not name:
        return None
    hits = [c.entry.cc for c in gaz.lookup(name) if c.entry.kind == "PCLI"]
    return hits[0] if hits else name_key(name)


def admin_ids(gaz: Gazetteer, name: str | None, cc: str | None) -> set[int | str]:
    """The admin-1 units ``name`` can mean in country ``cc``, plus its bare key."""
    if not name:
        return set()
    ids: set[int | str] = {name_key(name)}
    for c in gaz.lookup(name):
        if cc is not None and c.entry.cc != cc:
            continue
        # A unit by any of its names or transliterations, or the unit of its namesake capital
        # ("Idleb" city → Idlib governorate).
        if c.entry.kind == "ADM1":
            ids.add(c.entry.id)
        elif c.entry.kind == "PPL" and c.entry.adm1 is not None and c.quality < 2:
            ids.add(c.entry.adm1)
    return ids


def score(
    gaz: Gazetteer, records: list[dict[str, Any]], places: list[Place | None]
) -> dict[str, Any]:
    country_ok = admin_ok = admin_n = 0
    errors: list[float] = []
    with_coords = within = 0
    for record, place in zip(records, places, strict=True):
        gold = record["gold"]
        gold_cc = country_code(gaz, gold.get("country"))
        got_cc = country_code(gaz, place.country) if place else None
        country_ok += gold_cc is not None and gold_cc == got_cc
        if gold.get("admin1"):
            admin_n += 1
            gold_ids = admin_ids(gaz, gold["admin1"], gold_cc)
            got_ids = admin_ids(gaz, place.admin1, got_cc) if place else set()
            admin_ok += bool(gold_ids & got_ids)
        if gold.get("latitude") is not None and gold.get("longitude") is not None:
            with_coords += 1
            if place and place.latitude is not None and place.longitude is not None:
                error = km(gold["latitude"], gold["longitude"], place.latitude, place.longitude)
                errors.append(error)
                within += error <= 25.0
    n = len(records)
    return {
        "n": n,
        "country": round(country_ok / n, 4) if n else None,
        "admin1": round(admin_ok / admin_n, 4) if admin_n else None,
        "median_km": round(statistics.median(errors), 1) if errors else None,
        "within_25km": round(within / with_coords, 4) if with_coords else None,
        "placed": round(sum(p is not None for p in places) / n, 4) if n else None,
    }


def run(dataset: str, *, limit: int | None, verbose: int) -> dict[str, Any]:
    path = GOLD / f"{dataset}.jsonl"
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    if limit:
        records = records[:: max(1, len(records) // limit)][:limit]
    texts = [r["text"] for r in records]
    entities = ner(texts)
    gaz = get_gazetteer()
    started = time.perf_counter()
    places = []
    for text, ents in zip(texts, entities, strict=True):
        mentions = find_place_mentions(text, ents, gazetteer=gaz)
        places.append(locate_event(text, mentions, focus=event_focus(text), gazetteer=gaz))
    elapsed = time.perf_counter() - started
    result = score(gaz, records, places)
    result["ms_per_text"] = round(1000 * elapsed / max(1, len(texts)), 2)
    if verbose:
        shown = 0
        for record, place in zip(records, places, strict=True):
            gold = record["gold"]
            if gold.get("latitude") is None or shown >= verbose:
                continue
            if place and place.latitude is not None:
                error = km(gold["latitude"], gold["longitude"], place.latitude, place.longitude)
                if error <= 25:
                    continue
            shown += 1
            print("---", record["id"], file=sys.stderr)
            print(record["text"][:400].replace("\n", " "), file=sys.stderr)
            print("  gold:", gold.get("country"), "|", gold.get("admin1"), "|",
                  gold.get("location"), file=sys.stderr)  # fmt: skip
            print("  got: ", place, file=sys.stderr)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", nargs="+", default=["acled_dev", "gva_dev", "gvc_dev"])
    parser.add_argument("--limit", type=int, default=None, help="score an even sample of N")
    parser.add_argument("--verbose", type=int, default=0, help="show N misses per dataset")
    args = parser.parse_args()
    if not GOLD.exists():
        sys.exit(f"gold data not found at {GOLD}; nothing to score")
    for dataset in args.datasets:
        print(json.dumps({dataset: run(dataset, limit=args.limit, verbose=args.verbose)}))


if __name__ == "__main__":
    main()
