"""The store: opening, migrating, error translation and the repositories.

Tests that take `database` run on SQLite and on PostgreSQL (a real server, tests/pgserver.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from pgserver import shared_server
from sweetie.events import Assessment, ConfigError, InputError, Label, Level, Stage
from sweetie.store import (
    AssessmentRepository,
    CapturedEventRepository,
    CapturedEventRow,
    Database,
    EntryRow,
    EvidenceRepository,
    open_database,
)
from sweetie.store.database import DATABASE_FILE, HEAD_REVISION, DatabaseUnavailable
from sweetie.store.models import Base


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A new, migrated database on each backend."""
    url = None if request.param == "sqlite" else shared_server().create_database()
    with open_database(tmp_path, url) as db:
        yield db


def test_open_creates_the_data_dir_and_migrates(tmp_path: Path) -> None:
    data_dir = tmp_path / "new" / "data"
    with open_database(data_dir) as db:
        assert (data_dir / DATABASE_FILE).is_file()
        assert db.location == str(data_dir / DATABASE_FILE)
        with db.transaction() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert version == HEAD_REVISION
    with open_database(data_dir) as db:  # a second open finds it at head
        assert db.dialect == "sqlite"


def test_migrations_match_the_models(database: Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_head_revision_constant_is_the_newest_migration() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import sweetie.store

    config = Config()
    config.set_main_option(
        "script_location", str(Path(sweetie.store.__file__).parent / "migrations")
    )
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_corrupt_database_is_one_line_input_error(tmp_path: Path) -> None:
    (tmp_path / DATABASE_FILE).write_bytes(b"this is not sqlite" * 300)
    with pytest.raises(InputError) as caught:
        open_database(tmp_path)
    message = str(caught.value)
    assert message.startswith(str(tmp_path / DATABASE_FILE) + ": not a readable database")
    assert "\n" not in message


def test_database_path_that_is_a_directory(tmp_path: Path) -> None:
    (tmp_path / DATABASE_FILE).mkdir()
    with pytest.raises(InputError, match="not a database file"):
        open_database(tmp_path)


def test_data_dir_that_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match="cannot create the data directory"):
        open_database(tmp_path / "file" / "sub")


def test_bad_database_url_is_config_error() -> None:
    with pytest.raises(ConfigError, match="database_url"):
        open_database(database_url="no such thing://")
    with pytest.raises(ConfigError, match="database_url"):
        open_database(database_url="nosuchdialect://host/db")


def test_database_from_a_newer_sweetie(tmp_path: Path) -> None:
    open_database(tmp_path).close()
    with sqlite3.connect(tmp_path / DATABASE_FILE) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(ConfigError, match="newer sweetie"):
        open_database(tmp_path)


def test_in_memory_database_keeps_its_tables() -> None:
    with open_database(database_url="sqlite://") as db, db.transaction() as conn:
        assert EvidenceRepository(conn).size() == 0


def _entry(idx: int) -> EntryRow:
    return EntryRow(idx, "note", bytes(32), bytes([idx % 256]) * 32, "2026-01-01T00:00:00Z", b"{}")


def test_evidence_repository_batches_and_reads(database: Database) -> None:
    db = database
    with db.transaction() as conn:
        repo = EvidenceRepository(conn)
        repo.add_entries([_entry(i) for i in range(12_000)])
        repo.save_frontier(3, [bytes(32), bytes(32)])
        repo.save_frontier(3, [bytes(32), bytes(32)])
    with db.transaction() as conn:
        repo = EvidenceRepository(conn)
        assert repo.size() == 12_000
        assert [r.idx for r in repo.scan(5_990, 6_010)] == list(range(5_990, 6_010))
        assert sum(1 for _ in repo.scan()) == 12_000
        assert repo.delete_record(7)
        assert not repo.delete_record(7)
        row = repo.entry(7)
        assert row is not None and row.body is None
        assert repo.leaf_hashes(0, 3) == [bytes([i]) * 32 for i in range(3)]
        assert repo.frontier() == (3, [bytes(32), bytes(32)])


def test_duplicate_index_is_translated(database: Database) -> None:
    db = database
    with db.transaction() as conn:
        EvidenceRepository(conn).add_entries([_entry(0)])
    with pytest.raises(InputError, match="constraint"), db.transaction() as conn:
        EvidenceRepository(conn).add_entries([_entry(0)])


def test_captured_events_and_assessments(database: Database) -> None:
    db = database
    with db.transaction() as conn:
        EvidenceRepository(conn).add_entries([_entry(i) for i in range(3)])
        events = CapturedEventRepository(conn)
        events.add_many(
            [
                CapturedEventRow("e1", "c1", "nick", "2026-01-01T00:00:00Z", 0),
                CapturedEventRow("e2", "c1", "other", "2026-01-01T00:00:01Z", 1),
                CapturedEventRow("e3", "c2", "nick", "2026-01-01T00:00:02Z", 2),
            ]
        )
        assessment = Assessment(
            event_id="e1",
            conversation="c1",
            sender="nick",
            subject="s1",
            score=0.75,
            conversation_score=0.5,
            subject_score=0.5,
            level=Level.WARN,
            label=Label.SOLICITATION,
            stage=Stage.ISOLATION,
            indicators=(),
            cues=("secrecy",),
            model_version="m1",
        )
        AssessmentRepository(conn).add_many([(assessment, 0)])
    with db.transaction() as conn:
        events = CapturedEventRepository(conn)
        assert events.evidence_indexes(["e1", "e3", "missing"]) == {"e1": 0, "e3": 2}
        assert events.logged(["e2"]) == {"e2": (1, bytes(32))}
        assert [r.event_id for r in events.by_conversation("c1")] == ["e1", "e2"]
        stored = AssessmentRepository(conn).by_subject("s1")
        assert stored == [assessment.to_json()]
        assert AssessmentRepository(conn).by_conversation("c2") == []
        assert AssessmentRepository(conn).by_event("e1") == [assessment.to_json()]


def test_postgresql_database_that_is_not_there_is_one_line() -> None:
    server = shared_server()
    with pytest.raises(InputError) as caught:
        open_database(database_url=server.url("no_such_database"))
    message = str(caught.value)
    assert "no_such_database" in message and "\n" not in message


def test_postgresql_server_gone_is_unavailable_and_pool_recovers() -> None:
    postgres_server = shared_server()
    with open_database(database_url=postgres_server.create_database()) as db:
        with db.transaction() as conn:
            EvidenceRepository(conn).add_entries([_entry(0)])
        postgres_server.stop()
        try:
            with pytest.raises(DatabaseUnavailable, match="unreachable"), db.transaction() as conn:
                EvidenceRepository(conn).size()
        finally:
            postgres_server.start()
        # the dead connections are dropped; the next transaction gets a live one
        with db.transaction() as conn:
            assert EvidenceRepository(conn).size() == 1
