"""An index that serves ingest's blocking query: country, then the end of the span.

Revision ID: 0004_blocking_index
Revises: 0003_actor_trigrams

Each new event is compared with the incidents of its country whose span overlaps its
date window (``date_end >= window start AND date_start <= window end``). Without this
index the query read every incident of the country and tested the window row by row, so
linking slowed down as the store grew; with it, a stream that moves forward in time reads
only the recent end of its country's incidents. ``date_start`` rides along, so the whole
condition is tested in the index.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_blocking_index"
down_revision = "0003_actor_trigrams"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_incidents_blocking", "incidents", ["country", "date_end", "date_start"])
    op.get_bind().execute(sa.text("ANALYZE incidents"))


def downgrade() -> None:
    op.drop_index("ix_incidents_blocking", table_name="incidents")
