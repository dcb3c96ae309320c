"""One writer per evidence log: a second runtime process on the same log stops at once.

The log's appends depend on its in-memory tree (the next index, the compact range), so two
writers would collide or interleave. The writer holds, for its whole lifetime:

- on PostgreSQL, the session advisory lock `pg_advisory_lock(key(origin))` on a connection
  of its own (kept open; a server restart drops it, so `ensure()` takes it again after a
  reconnect, and fails if another process got it in between);
- on SQLite, an exclusive `flock` on `<database file>.writer.lock` beside the database.

Choice: a second writer does not wait; it stops with "another process is writing this log"
(exit 2). Waiting would hide a misconfiguration (two runtimes on one log) behind a hang.
Readers (verify, export, the web UI) take no lock.
"""

from __future__ import annotations

import fcntl
import hashlib
from pathlib import Path
from typing import IO

from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url

from sweetie.events import InputError
from sweetie.store.database import Database, translate_errors

__all__ = ["WriterLock", "lock_key"]

BUSY = "another process is writing this log; stop it first (one writer per evidence log)"


def lock_key(origin: str) -> int:
    """The advisory-lock key of a log origin: a stable signed 64-bit hash."""
    return int.from_bytes(hashlib.sha256(origin.encode()).digest()[:8], "big", signed=True)


class WriterLock:
    """Held from `acquire` to `release`; see the module docstring."""

    def __init__(self, database: Database, origin: str) -> None:
        self._db = database
        self.origin = origin
        self.key = lock_key(origin)
        self._conn: Connection | None = None
        self._file: IO[bytes] | None = None
        self.path: Path | None = None

    @classmethod
    def acquire(cls, database: Database, origin: str) -> WriterLock:
        lock = cls(database, origin)
        if database.dialect == "postgresql":
            lock._take_advisory()
        elif database.dialect == "sqlite":
            lock._take_file()
        return lock

    # -- PostgreSQL ----------------------------------------------------------------------------

    def _take_advisory(self) -> None:
        with translate_errors(self._db.location):
            conn = self._db.engine.connect()
            try:
                got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key})
                taken = bool(got.scalar())
                conn.commit()  # the session lock outlives the transaction; end it
            except BaseException:
                conn.close()
                raise
        if not taken:
            conn.close()
            raise InputError(BUSY, source=self._db.location)
        self._conn = conn

    def ensure(self) -> None:
        """After a reconnect: check the lock's connection, and take the lock again if the
        server dropped it. Raises `DatabaseUnavailable` while the server is down."""
        if self._db.dialect != "postgresql":
            return
        if self._conn is not None:
            try:
                with translate_errors(self._db.location):
                    self._conn.execute(text("SELECT 1"))
                    self._conn.commit()
                return
            except InputError:
                self._drop_connection()
        self._take_advisory()

    def _drop_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.invalidate()
                conn.close()
            except Exception:
                pass

    # -- SQLite --------------------------------------------------------------------------------

    def _take_file(self) -> None:
        database = make_url(str(self._db.engine.url)).database
        if database in (None, "", ":memory:"):
            return  # an in-memory database belongs to this process alone
        path = Path(f"{database}.writer.lock")
        handle: IO[bytes]
        try:
            handle = open(path, "ab")  # noqa: SIM115 - held open for the writer's lifetime
        except OSError as exc:
            if not path.is_file():
                raise InputError(
                    f"cannot create the writer lock file ({exc.strerror})", source=str(path)
                ) from None
            # A read-only data dir: flock works on a read-only handle too, and the database
            # itself then says clearly that it cannot be written.
            handle = open(path, "rb")  # noqa: SIM115
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise InputError(BUSY, source=str(path)) from None
        self._file, self.path = handle, path

    # -- releasing -------------------------------------------------------------------------------

    def release(self) -> None:
        if self._conn is not None:
            try:
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
                self._conn.commit()
            except Exception:
                pass
            self._drop_connection()
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None
