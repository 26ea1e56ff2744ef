"""Writing incident records in each export format to a binary stream.

Every writer streams: records are written as they are read from the store, so an export
of any size runs in bounded memory.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping
from typing import Any, BinaryIO

import orjson

from frontlines.errors import FrontlinesError
from frontlines.export.columns import ACLED_COLUMNS, UCDP_COLUMNS, acled_row, ucdp_row

Record = Mapping[str, Any]


def write_jsonl(records: Iterable[Record], out: BinaryIO) -> int:
    count = 0
    for record in records:
        out.write(orjson.dumps(record) + b"\n")
        count += 1
    return count


def _write_csv(
    records: Iterable[Record],
    out: BinaryIO,
    columns: tuple[str, ...],
    row: Callable[[Record], dict[str, Any]],
) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=columns)
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(row(record))
        count += 1
    text.flush()
    text.detach()  # leave ``out`` open for the caller
    return count


def write_acled_csv(records: Iterable[Record], out: BinaryIO) -> int:
    return _write_csv(records, out, ACLED_COLUMNS, acled_row)


def write_ucdp_csv(records: Iterable[Record], out: BinaryIO) -> int:
    return _write_csv(records, out, UCDP_COLUMNS, ucdp_row)


def write_geojson(records: Iterable[Record], out: BinaryIO) -> int:
    """A FeatureCollection of points; an incident without coordinates has a null geometry
    (valid GeoJSON) rather than being dropped silently."""
    out.write(b'{"type":"FeatureCollection","features":[')
    count = 0
    for record in records:
        lat, lon = record.get("latitude"), record.get("longitude")
        geometry = (
            {"type": "Point", "coordinates": [lon, lat]}
            if lat is not None and lon is not None
            else None
        )
        feature = {
            "type": "Feature",
            "id": record["event_id"],
            "geometry": geometry,
            "properties": record,
        }
        out.write((b"," if count else b"") + b"\n" + orjson.dumps(feature))
        count += 1
    out.write(b"\n]}\n")
    return count


def write_parquet(records: Iterable[Record], out: BinaryIO) -> int:
    from frontlines.export.parquet import write_parquet as write

    return write(records, out)


FORMATS: dict[str, Callable[[Iterable[Record], BinaryIO], int]] = {
    "jsonl": write_jsonl,
    "acled-csv": write_acled_csv,
    "ucdp-csv": write_ucdp_csv,
    "geojson": write_geojson,
    "parquet": write_parquet,
}


def export_records(records: Iterable[Record], out: BinaryIO, *, format: str) -> int:
    """Write ``records`` to ``out`` in ``format``; returns how many were written."""
    writer = FORMATS.get(format)
    if writer is None:
        raise FrontlinesError("E406", detail=format)
    return writer(records, out)
