"""Exports of incidents: JSONL, ACLED-compatible CSV, UCDP-style CSV, GeoJSON, Parquet."""

from frontlines.export.writers import FORMATS, export_records

__all__ = ["FORMATS", "export_records"]
