"""Alembic environment: runs on the connection `open_database` hands over, never from a URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from sweetie.store.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("sweetie migrations run through sweetie.store.open_database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
