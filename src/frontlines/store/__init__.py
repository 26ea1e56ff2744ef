"""Storage: SQLite (default) or PostgreSQL, one code path, idempotent ingest, migrations."""

from frontlines.store.query import IncidentFilters
from frontlines.store.store import Store, default_url
from frontlines.store.writer import IngestSummary

__all__ = ["IncidentFilters", "IngestSummary", "Store", "default_url"]
