"""The tables, as the code queries them (the migrations create them; a test checks both agree).

Dates are ISO strings (``YYYY-MM-DD``: they sort and compare as dates on every backend) and
JSON is text, so one code path serves SQLite and PostgreSQL alike. No table has an
auto-increment key: every key is derived from content or from the ingest order, so a
re-run after a crash rebuilds exactly the rows an uninterrupted run writes.
"""

from __future__ import annotations

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
    Column("actors", Text, nullable=False),  # lower-cased actor names, for the actor filter
    Column("fatalities", Integer, nullable=False),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("source_count", Integer, nullable=False),
    Column("search_text", Text, nullable=False),  # lower-cased, for the q filter
    Column("record", Text, nullable=False),  # JSON: Incident.to_record()
    Index("ix_incidents_event_date", "event_date"),
    Index("ix_incidents_span", "date_start", "date_end"),
    Index("ix_incidents_country", "country", "admin1"),
    Index("ix_incidents_type", "event_type", "sub_event_type"),
    Index("ix_incidents_fatalities", "fatalities"),
    Index("ix_incidents_lat_lon", "latitude", "longitude"),
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
