"""Initial schema: articles, events, incidents, members, links, corrections, figures, terms.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(200)
DAY = sa.String(10)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", ID, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("published", DAY),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("origin", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("terms", sa.Text, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("event_id", ID, primary_key=True),
        sa.Column(
            "article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("event_date", DAY),
        sa.Column("event_type", sa.String(60), nullable=False),
        sa.Column("country", sa.String(100)),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_events_article", "events", ["article_id"])
    op.create_table(
        "incidents",
        sa.Column("id", ID, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("event_date", DAY),
        sa.Column("date_start", DAY),
        sa.Column("date_end", DAY),
        sa.Column("country", sa.String(100)),
        sa.Column("admin1", sa.String(200)),
        sa.Column("event_type", sa.String(60), nullable=False),
        sa.Column("sub_event_type", sa.String(60), nullable=False),
        sa.Column("actors", sa.Text, nullable=False),
        sa.Column("fatalities", sa.Integer, nullable=False),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("source_count", sa.Integer, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_incidents_event_date", "incidents", ["event_date"])
    op.create_index("ix_incidents_span", "incidents", ["date_start", "date_end"])
    op.create_index("ix_incidents_country", "incidents", ["country", "admin1"])
    op.create_index("ix_incidents_type", "incidents", ["event_type", "sub_event_type"])
    op.create_index("ix_incidents_fatalities", "incidents", ["fatalities"])
    op.create_index("ix_incidents_lat_lon", "incidents", ["latitude", "longitude"])
    op.create_table(
        "incident_members",
        sa.Column(
            "event_id",
            ID,
            sa.ForeignKey("events.event_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("incident_id", ID, sa.ForeignKey("incidents.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_index("ix_members_incident", "incident_members", ["incident_id", "position"])
    op.create_table(
        "links",
        sa.Column(
            "event_id",
            ID,
            sa.ForeignKey("events.event_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("incident_id", ID, nullable=False),
        sa.Column("matched_event_id", ID),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("features", sa.Text, nullable=False),
        sa.Column("decided_by", sa.String(20), nullable=False),
    )
    op.create_index("ix_links_incident", "links", ["incident_id"])
    op.create_table(
        "corrections",
        sa.Column("event_a", ID, primary_key=True),
        sa.Column("event_b", ID, primary_key=True),
        sa.Column("must_link", sa.Boolean, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
    )
    op.create_index("ix_corrections_b", "corrections", ["event_b"])
    op.create_table(
        "figures",
        sa.Column("incident_id", ID, sa.ForeignKey("incidents.id"), primary_key=True),
        sa.Column("field", sa.String(20), primary_key=True),
        sa.Column("article_id", ID, primary_key=True),
        sa.Column("published", DAY),
        sa.Column("low", sa.Integer),
        sa.Column("best", sa.Integer),
        sa.Column("high", sa.Integer),
        sa.Column("superseded", sa.Boolean, nullable=False),
    )
    op.create_table(
        "term_df",
        sa.Column("term", sa.String(200), primary_key=True),
        sa.Column("df", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "term_df", "figures", "corrections", "links", "incident_members",
        "incidents", "events", "articles",
    ):  # fmt: skip
        op.drop_table(table)
