"""One writer per evidence log: a second runtime process on the same log stops at once with
a clear line, and the first finishes unharmed (SQLite: a lock file; PostgreSQL: an advisory
lock). Two real `sweetie scan` processes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pg_support import Target, run_sweetie, start_sweetie
from sqlalchemy import text

from pgserver import PostgresServer
from sweetie.events import InputError
from sweetie.store import open_database
from sweetie.store.locking import WriterLock


def _writing(target: Target) -> bool:
    """The first process holds the lock and has committed a batch."""
    try:
        with (
            open_database(target.data_dir, target.database_url) as db,
            db.transaction() as conn,
        ):
            return bool(conn.execute(text("SELECT count(*) FROM captured_events")).scalar())
    except Exception:  # not created or not migrated yet
        return False


def test_second_writer_stops_with_a_clear_line(traffic: Path, target: Target) -> None:
    first = start_sweetie("scan", str(traffic), *target.args())
    try:
        deadline = time.monotonic() + 90
        while not _writing(target) and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert first.poll() is None, "the first scan ended before the second could start"
        second = run_sweetie("scan", str(traffic), *target.args())
        assert first.poll() is None, "the first scan must still be writing"
    finally:
        first.kill()  # done with it: the log must verify wherever it stopped
        first.communicate()
    assert second.returncode == 2
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and "another process is writing this log" in lines[0], lines
    verified = run_sweetie("verify", *target.args())
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_lock_is_exclusive_and_released(target: Target) -> None:
    with open_database(target.data_dir, target.database_url) as db:
        lock = WriterLock.acquire(db, "sweetie.test/a")
        with pytest.raises(InputError, match="another process is writing this log"):
            WriterLock.acquire(db, "sweetie.test/a")
        lock.ensure()  # alive: nothing to do
        lock.release()
        WriterLock.acquire(db, "sweetie.test/a").release()


def test_advisory_lock_is_taken_again_after_a_server_restart(
    postgres_server: PostgresServer, fresh_postgres_url: str
) -> None:
    with open_database(database_url=fresh_postgres_url) as db:
        lock = WriterLock.acquire(db, "sweetie.test/a")
        postgres_server.restart()
        lock.ensure()  # the old session (and its lock) died with the server
        with pytest.raises(InputError, match="another process is writing this log"):
            WriterLock.acquire(db, "sweetie.test/a")
        lock.release()
