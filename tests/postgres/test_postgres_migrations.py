"""Alembic migrations on both backends: from an empty database to head, down to nothing and
up again, and from an older version with data in it to head (the data kept)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from pg_support import Target
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Connection

from sweetie.store import open_database
from sweetie.store.database import HEAD_REVISION
from sweetie.store.models import Base


def _url(target: Target) -> str:
    if target.database_url:
        return target.database_url
    target.data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{target.data_dir / 'sweetie.db'}"


def _alembic(conn: Connection, action: str, revision: str) -> None:
    config = Config()
    with resources.as_file(resources.files("sweetie.store") / "migrations") as scripts:
        config.set_main_option("script_location", str(scripts))
        config.attributes["connection"] = conn
        getattr(command, action)(config, revision)


def test_empty_to_head_matches_the_models(target: Target) -> None:
    with open_database(target.data_dir, target.database_url) as db, db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_down_to_nothing_and_up_again(target: Target) -> None:
    open_database(target.data_dir, target.database_url).close()
    engine = create_engine(_url(target))
    try:
        with engine.begin() as conn:
            _alembic(conn, "downgrade", "base")
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()
    with open_database(target.data_dir, target.database_url) as db, db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_an_older_version_with_data_upgrades_and_keeps_it(target: Target, tmp_path: Path) -> None:
    engine = create_engine(_url(target))
    try:
        with engine.begin() as conn:
            _alembic(conn, "upgrade", "0003")
            conn.execute(
                text(
                    "INSERT INTO evidence_entries (idx, kind, content_hash, leaf_hash, recorded_at)"
                    " VALUES (0, 'note', :h, :h, '2026-03-01T00:00:00Z')"
                ),
                {"h": bytes(32)},
            )
            conn.execute(
                text("INSERT INTO evidence_records (idx, body) VALUES (0, :b)"), {"b": b"{}"}
            )
    finally:
        engine.dispose()
    with open_database(target.data_dir, target.database_url) as db, db.transaction() as conn:
        row = conn.execute(text("SELECT kind, body FROM evidence_entries WHERE idx = 0")).one()
        assert (row[0], bytes(row[1])) == ("note", b"{}")
