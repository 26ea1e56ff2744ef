"""Alembic environment: migrations run on the connection the store hands over.

The store opens the transaction (and takes the lock on PostgreSQL) itself, so every
pending migration and its record in ``alembic_version`` commit together or not at all.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
