"""Opening the database: URL, SQLite pragmas, migrations to head, and error translation."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from sweetie.events import ConfigError, InputError, SweetieError

DEFAULT_DATA_DIR = Path("sweetie-data")
DATABASE_FILE = "sweetie.db"
HEAD_REVISION = "0007"  # the newest file under migrations/versions


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
        if "not a database" in lowered or "malformed" in lowered:
            message = f"not a readable database ({reason})"
        elif "unable to open" in lowered:
            message = f"cannot open the database file ({reason})"
        elif "locked" in lowered:
            message = f"the database is locked by another process ({reason})"
        else:
            message = f"database error: {reason}"
        raise InputError(message, source=location) from None


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

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the review UI read while the scan writes; NORMAL is durable across a process
    # crash in WAL mode (only an OS crash can lose the last commits).
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
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
        config.set_main_option("script_location", str(script_dir))
        config.attributes["connection"] = conn
        try:
            command.upgrade(config, "head")
        except CommandError as exc:
            raise ConfigError(
                f"{database.location}: cannot migrate the database ({exc});"
                " was it written by a newer sweetie?"
            ) from None
