"""Opening the database: URL, SQLite pragmas, migrations to head, and error translation."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.pool import StaticPool

from sweetie.events import ConfigError, InputError, SweetieError

DEFAULT_DATA_DIR = Path("sweetie-data")
DATABASE_FILE = "sweetie.db"
HEAD_REVISION = "0008"  # the newest file under migrations/versions
# Taken (per transaction) while migrating, so two processes opening one PostgreSQL database
# at once do not both create the tables.
_MIGRATION_LOCK = 0x5357_4545_5449_4500  # "SWEETIE"
RECONNECT_TIMEOUT = 60.0

_log = logging.getLogger("sweetie.store")
T = TypeVar("T")


class DatabaseUnavailable(InputError):
    """The database server cannot be reached (down, restarting, network): worth retrying."""


def _unreachable(exc: BaseException) -> bool:
    """A lost or refused connection to a database server, as opposed to a bad statement."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError):
        return False
    module = type(getattr(exc, "orig", None)).__module__ or ""
    if not module.startswith("psycopg"):
        return False  # SQLite's operational errors are local: retrying would not help
    # A refused or dropped connection, or a server starting or stopping, passes; a server
    # that answers "no" (no such database, bad credentials) does not.
    reason = str(exc).lower()
    return not any(word in reason for word in _PERMANENT)


_PERMANENT = ("does not exist", "authentication", "password", "pg_hba.conf", "permission denied")


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


@contextmanager
def translate_errors(location: str) -> Iterator[None]:
    """Turn driver and SQLAlchemy errors into one-line Sweetie errors naming the database."""
    try:
        yield
    except SweetieError:
        raise
    except IntegrityError as exc:
        raise InputError(
            f"database constraint violated ({_first_line(exc)});"
            " is another process writing to this log?",
            source=location,
        ) from None
    except (SQLAlchemyError, sqlite3.Error) as exc:
        reason = _first_line(exc)
        lowered = reason.lower()
        if _unreachable(exc):
            raise DatabaseUnavailable(
                f"the database server is unreachable ({reason})", source=location
            ) from None
        if "disk is full" in lowered or "no space left" in lowered:
            message = f"the disk is full; nothing after the last commit was written ({reason})"
        elif "readonly" in lowered or "read-only" in lowered:
            message = f"the database is read-only; nothing was written ({reason})"
        elif "not a database" in lowered or "malformed" in lowered:
            message = f"not a readable database ({reason})"
        elif "unable to open" in lowered:
            message = f"cannot open the database file ({reason})"
        elif "locked" in lowered:
            message = f"the database is locked by another process ({reason})"
        else:
            message = f"database error: {reason}"
        raise InputError(message, source=location) from None


def retrying(
    action: Callable[[], T],
    *,
    timeout: float = RECONNECT_TIMEOUT,
    on_retry: Callable[[DatabaseUnavailable], None] | None = None,
) -> T:
    """Run `action`, again and again while the server is unreachable (backoff, up to
    `timeout` seconds), then give up with the last error. `action` must be safe to repeat:
    a failed transaction was rolled back, so redoing it is the whole fix."""
    deadline = time.monotonic() + timeout
    delay = 0.1
    while True:
        try:
            return action()
        except DatabaseUnavailable as exc:
            if time.monotonic() + delay > deadline:
                raise DatabaseUnavailable(
                    f"gave up after {timeout:.0f} s: {exc.message}", source=exc.source
                ) from None
            _log.warning("%s; retrying in %.1f s", exc, delay)
            if on_retry is not None:
                on_retry(exc)
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


class Database:
    """An open, migrated database. Repositories work on the connections it hands out."""

    def __init__(self, engine: Engine, location: str, data_dir: Path | None) -> None:
        self.engine = engine
        self.location = location  # the file, or the URL without its password
        self.data_dir = data_dir

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with translate_errors(self.location), self.engine.begin() as conn:
            yield conn

    def retrying(
        self,
        action: Callable[[], T],
        *,
        timeout: float = RECONNECT_TIMEOUT,
        on_retry: Callable[[DatabaseUnavailable], None] | None = None,
    ) -> T:
        return retrying(action, timeout=timeout, on_retry=on_retry)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# The sqlite3 module binds int, float, str and bytearray parameters directly, but looks up
# an adapter for every bytes value, and without one it raises (and formats) an
# AttributeError internally each time: half the cost of binding an evidence entry (its two
# hashes and its record are bytes). An identity adapter turns that into one dict hit; the
# value bound, and so what is stored, is the same object.
sqlite3.register_adapter(bytes, bytes.__bytes__)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the review UI read while the scan writes. FULL syncs the WAL at every commit:
    # evidence that a commit said was stored must survive a power cut, not only a crash of
    # this process (NORMAL would lose the last commits to an OS crash). Commits are batched,
    # so the sync costs one fsync per batch, not per event.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # A 64 MB page cache and a WAL checkpointed every 64 MB rather than every 4 MB: the
        # log's appends touch the same upper b-tree pages batch after batch, and fewer
        # checkpoints copy each page to the database file fewer times (~10% of an append).
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.execute("PRAGMA wal_autocheckpoint=16384")
    finally:
        cursor.close()


def open_database(data_dir: Path | None = None, database_url: str | None = None) -> Database:
    """Open (creating if needed) the database and migrate it to the newest schema.

    Default: the SQLite file `sweetie.db` inside `data_dir` (default ./sweetie-data).
    """
    if database_url is None:
        data_dir = DEFAULT_DATA_DIR if data_dir is None else data_dir
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(
                f"cannot create the data directory ({exc.strerror})", source=str(data_dir)
            ) from None
        path = data_dir / DATABASE_FILE
        if path.exists() and not path.is_file():
            raise InputError("not a database file", source=str(path))
        if not os.access(data_dir, os.W_OK):
            # SQLite would only say "unable to open database file" (its WAL needs the dir).
            raise InputError(
                "the data directory is read-only; nothing was written", source=str(data_dir)
            )
        database_url = f"sqlite:///{path}"
        location = str(path)
    else:
        try:
            location = make_url(database_url).render_as_string(hide_password=True)
        except ArgumentError:
            raise ConfigError(f"database_url: not a database URL: {database_url!r}") from None
    engine = _create_engine(database_url)
    database = Database(engine, location, data_dir)
    try:
        _migrate(database)
    except BaseException:
        engine.dispose()
        raise
    return database


def _create_engine(url: str) -> Engine:
    parsed = make_url(url)
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
        # One shared connection, or every connection would see its own empty database.
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    elif parsed.get_backend_name() == "postgresql":
        # A server restart leaves dead connections in the pool: test each before use.
        kwargs = {"pool_pre_ping": True}
    try:
        engine = create_engine(url, **kwargs)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise ConfigError(f"database_url: cannot use {parsed.drivername!r} ({exc})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _current_revision(database: Database) -> str | None:
    with database.transaction() as conn:
        if not database.engine.dialect.has_table(conn, "alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def _migrate(database: Database) -> None:
    # Loading Alembic's script directory costs more than the check; skip it when at head.
    if _current_revision(database) == HEAD_REVISION:
        return
    config = Config()
    migrations = resources.files("sweetie.store") / "migrations"
    with resources.as_file(migrations) as script_dir, database.transaction() as conn:
        if database.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        config.set_main_option("script_location", str(script_dir))
        config.attributes["connection"] = conn
        try:
            command.upgrade(config, "head")
        except CommandError as exc:
            raise ConfigError(
                f"{database.location}: cannot migrate the database ({exc});"
                " was it written by a newer sweetie?"
            ) from None
