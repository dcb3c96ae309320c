"""The live runtime copies SQLite's write-ahead log back itself, off the pipeline's thread:
the pipeline's connections never checkpoint (one commit in a few would otherwise stall for
the copy), and a connection of its own does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from sweetie.runtime.run import SqliteWalCheckpoints
from sweetie.store import open_database


def test_the_runtime_connections_never_checkpoint_and_its_own_one_does(tmp_path: Path) -> None:
    database = open_database(tmp_path)
    try:
        wal = SqliteWalCheckpoints.take_over(database)
        assert wal is not None
        with database.transaction() as conn:
            assert conn.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 0
            conn.execute(text("CREATE TABLE filler (n INTEGER)"))
        for n in range(50):
            with database.transaction() as conn:
                conn.execute(text("INSERT INTO filler VALUES (:n)"), {"n": n})
        frames, copied = wal.checkpoint()
        assert frames > 50 and copied == frames  # 50 commits' pages, all copied back
        with sqlite3.connect(tmp_path / "sweetie.db") as other:
            assert other.execute("SELECT count(*) FROM filler").fetchone() == (50,)
        wal.close()
        wal.close()  # twice is fine
    finally:
        database.close()


def test_not_for_postgresql_or_a_database_in_memory() -> None:
    database = open_database(database_url="sqlite://")
    try:
        assert SqliteWalCheckpoints.take_over(database) is None
    finally:
        database.close()
