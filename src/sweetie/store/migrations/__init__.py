"""Alembic migrations of the store, run to head by `open_database`."""
