"""Parquet: one row per incident, scalar fields typed, nested fields as JSON text.

Claims, sources, evidence and merge links are nested lists of varying shape; as JSON text
they keep one fixed column schema that any Parquet reader (pandas, DuckDB, Spark) loads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any, BinaryIO

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from frontlines.domain import RECORD_FIELDS
from frontlines.incidents.model import INCIDENT_EXTRA_FIELDS

_INT = ("time_precision", "geonameid", "geo_precision", "where_prec", "fatalities",
        "fatalities_low", "fatalities_best", "fatalities_high", "injured_low", "injured_best",
        "injured_high", "source_count")  # fmt: skip
_FLOAT = ("latitude", "longitude", "confidence")
_BOOL = ("main", "civilian_targeting")
_LIST = ("article_ids", "member_event_ids")
_JSON = ("claims", "sources", "evidence", "deaths_by_side", "figure_history", "links")


def _type(name: str) -> pa.DataType:
    if name in _INT:
        return pa.int64()
    if name in _FLOAT:
        return pa.float64()
    if name in _BOOL:
        return pa.bool_()
    if name in _LIST:
        return pa.list_(pa.string())
    return pa.string()


COLUMNS: tuple[str, ...] = RECORD_FIELDS + INCIDENT_EXTRA_FIELDS
SCHEMA = pa.schema([(name, _type(name)) for name in COLUMNS])


def _cell(name: str, value: Any) -> Any:
    if name in _JSON:
        return orjson.dumps(value).decode() if value is not None else None
    return value


def _chunks(records: Iterable[Mapping[str, Any]], size: int) -> Iterator[list[Mapping[str, Any]]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


def write_parquet(
    records: Iterable[Mapping[str, Any]], out: BinaryIO, *, row_group: int = 1000
) -> int:
    count = 0
    with pq.ParquetWriter(out, SCHEMA) as writer:
        for chunk in _chunks(records, row_group):
            columns = {name: [_cell(name, r.get(name)) for r in chunk] for name in COLUMNS}
            writer.write_table(pa.table(columns, schema=SCHEMA))
            count += len(chunk)
    return count
