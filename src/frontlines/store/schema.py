"""The tables, as the code queries them (the migrations create them; a test checks both agree).

Dates are ISO strings (``YYYY-MM-DD``: they sort and compare as dates on every backend) and
JSON is text, so one code path serves SQLite and PostgreSQL alike. No table has an
auto-increment key: every key is derived from content or from the ingest order, so a
re-run after a crash rebuilds exactly the rows an uninterrupted run writes.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

ID = String(200)
DAY = String(10)

articles = Table(
    "articles",
    metadata,
    Column("id", ID, primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("seq", Integer, nullable=False, unique=True),  # ingest order
    Column("title", Text),
    Column("published", DAY),
    Column("url", Text),
    Column("outlet", Text),
    Column("language", String(16)),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("terms", Text, nullable=False),  # JSON {term: count} for text similarity
)

events = Table(
    "events",
    metadata,
    Column("event_id", ID, primary_key=True),
    Column("article_id", ID, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),  # order in the extractor's output
    Column("event_date", DAY),
    Column("event_type", String(60), nullable=False),
    Column("country", String(100)),
    Column("record", Text, nullable=False),  # JSON: Event.to_record()
    Index("ix_events_article", "article_id"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", ID, primary_key=True),
    Column("seq", Integer, nullable=False),  # creation order: a stable tie-break
    Column("event_date", DAY),
    Column("date_start", DAY),
    Column("date_end", DAY),
    Column("country", String(100)),
    Column("admin1", String(200)),
    Column("event_type", String(60), nullable=False),
    Column("sub_event_type", String(60), nullable=False),
    Column("actors", Text, nullable=False),  # folded actor names, one a line (actor filter)
    Column("fatalities", Integer, nullable=False),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("source_count", Integer, nullable=False),
    # Keys in the shape the filters and sorts compare, written with the row so that every
    # filter is an indexed equality or range (no lower()/coalesce() the indexes cannot use).
    Column("date_key", DAY, nullable=False, server_default=""),  # event_date, "" if unknown
    Column("country_key", String(100), nullable=False, server_default=""),  # fold(country)
    Column("admin1_key", String(200), nullable=False, server_default=""),  # fold(admin1)
    # Every index ends in id: the keyset cursor's tie-break comes straight off the index.
    Index("ix_incidents_date", "date_key", "id"),
    Index("ix_incidents_place", "country_key", "admin1_key", "date_key", "id"),
    Index("ix_incidents_type", "event_type", "date_key", "id"),
    Index("ix_incidents_sub_type", "sub_event_type", "fatalities", "id"),
    Index("ix_incidents_fatalities", "fatalities", "id"),
    Index("ix_incidents_sources", "source_count", "id"),
    Index("ix_incidents_seq", "seq", "id"),
    Index("ix_incidents_place_fatalities", "country_key", "admin1_key", "fatalities"),
    # Carries the sort keys: a bbox page sorts off the index, without the table.
    Index("ix_incidents_lat_lon", "latitude", "longitude", "date_key", "fatalities", "id"),
    Index("ix_incidents_span", "date_start", "date_end"),
    # Covering indexes for /api/stats: its grouped scans never touch the table.
    Index("ix_incidents_day_type", "event_date", "event_type", "fatalities"),
    Index("ix_incidents_country_total", "country", "fatalities"),
    # Ingest's blocking: the incidents of a country whose span reaches a date window.
    Index("ix_incidents_blocking", "country", "date_end", "date_start"),
)

# The JSON record and the search document, apart from the keys: list queries scan and sort
# the narrow incidents table and read records only for the page they return. The search
# document is indexed for full text (SQLite: the FTS5 table incident_fts kept in step by
# triggers; PostgreSQL: a GIN index on its tsvector), both made by migration 0002.
incident_records = Table(
    "incident_records",
    metadata,
    Column("id", ID, ForeignKey("incidents.id"), primary_key=True),
    # Always the incident's seq: the full-text index's row number (the q filter maps FTS5
    # matches to incidents.seq). SQLite may renumber implicit rowids on VACUUM, which
    # would silently detach an FTS5 index keyed by them.
    Column("doc", Integer, nullable=False, unique=True),
    Column("record", Text, nullable=False),  # JSON: Incident.to_record()
    Column("search_text", Text, nullable=False),  # search_document(...): folded words
)

incident_members = Table(
    "incident_members",
    metadata,
    Column("event_id", ID, ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("incident_id", ID, ForeignKey("incidents.id"), nullable=False),
    Column("position", Integer, nullable=False),  # join order
    Index("ix_members_incident", "incident_id", "position"),
)

# Why each member is in its incident (one row per member event).
links = Table(
    "links",
    metadata,
    Column("event_id", ID, ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("incident_id", ID, nullable=False),
    Column("matched_event_id", ID),
    Column("score", Float, nullable=False),
    Column("features", Text, nullable=False),  # JSON {feature: score or null}
    Column("decided_by", String(20), nullable=False),
    Index("ix_links_incident", "incident_id"),
)

# Analyst corrections as constraints between two event ids (event_a < event_b); they are
# not tied to incidents or to events' rows, so they outlive re-ingestion.
corrections = Table(
    "corrections",
    metadata,
    Column("event_a", ID, primary_key=True),
    Column("event_b", ID, primary_key=True),
    Column("must_link", Boolean, nullable=False),  # True: merge; False: split
    Column("seq", Integer, nullable=False),
    Index("ix_corrections_b", "event_b"),
)

# Each reported figure of an incident, superseded ones included: the history of a toll.
figures = Table(
    "figures",
    metadata,
    Column("incident_id", ID, ForeignKey("incidents.id"), primary_key=True),
    Column("field", String(20), primary_key=True),
    Column("article_id", ID, primary_key=True),
    Column("published", DAY),
    Column("low", Integer),
    Column("best", Integer),
    Column("high", Integer),
    Column("superseded", Boolean, nullable=False),
)

# Document frequencies of terms over all stored articles (TF-IDF for text similarity).
term_df = Table(
    "term_df",
    metadata,
    Column("term", String(200), primary_key=True),
    Column("df", Integer, nullable=False),
)


# Full-text objects that live outside the metadata (they are dialect-specific).
FTS_TABLE = "incident_fts"  # SQLite FTS5 over incident_records.search_text
FTS_INDEX = "ix_incident_records_search"  # PostgreSQL GIN over to_tsvector('simple', …)
ACTOR_FTS = "incident_actor_fts"  # SQLite FTS5 trigram over incidents.actors (by seq)
ACTOR_INDEX = "ix_incidents_actors_trgm"  # PostgreSQL pg_trgm GIN over incidents.actors

_WORD = re.compile(r"[^\W_]+")


def fold(value: str | None) -> str:
    """The key form of a name: case-folded, accents dropped ("Côte" → "cote").

    Key columns hold it and filters compare it, so matching is exact on every backend
    (SQLite's lower() folds ASCII only).
    """
    if not value:
        return ""
    if value.isascii():
        # Nothing to decompose and case-folding is lower-casing: a report's whole text
        # goes through here for the search document, mostly plain ASCII.
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    # Only the non-ASCII runs (a curly quote, an accent) are looked at character by character.
    return _NON_ASCII.sub(_without_combining, decomposed)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _without_combining(match: re.Match[str]) -> str:
    return "".join(c for c in match.group() if not unicodedata.combining(c))


def search_words(value: str | None) -> list[str]:
    """The words of a text as the full-text index sees them: folded runs of letters/digits.

    Writing the document and reading the query through this one function gives FTS5 and
    PostgreSQL's 'simple' parser the same plain words, so both match alike.
    """
    return _WORD.findall(fold(value))


def search_document(parts: list[str | None]) -> str:
    return " ".join(w for part in parts for w in search_words(part))
