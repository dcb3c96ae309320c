"""A throwaway PostgreSQL server for the tests: 127.0.0.1, a free port, a temp data dir.

Importable from any test folder (tests/ is on sys.path through tests/conftest.py):

    from pgserver import fresh_postgres_url, postgres_server, postgres_url  # in a conftest

One server per test session (a module-level singleton, so conftests in several folders that
import the fixtures share it), started on first use and stopped at exit. `postgres_url` is
one database for the session, `fresh_postgres_url` a new empty one per test;
`PostgresServer.restart()` stops and starts the same cluster on the same port (the
reconnect tests). Missing binaries FAIL the test, naming the fix.

Debian's initdb refuses to run as root, so as root the cluster belongs to `nobody`
(setpriv drops the privileges); fsync is off for speed unless `durable=True` (benchmarks).
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_BIN = Path(os.environ.get("SWEETIE_PG_BIN", "/usr/lib/postgresql/15/bin"))
USER = "sweetie"
INSTALL_HINT = "PostgreSQL binaries not found in {bin}: run scripts/install-system-deps --test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner() -> list[str]:
    """The command prefix that runs a PostgreSQL binary as a user allowed to."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


class PostgresServer:
    """One cluster in a temp dir, run by `postgres` in the foreground as a child process."""

    def __init__(self, *, durable: bool = False) -> None:
        if not (PG_BIN / "initdb").is_file() or not (PG_BIN / "postgres").is_file():
            raise FileNotFoundError(INSTALL_HINT.format(bin=PG_BIN))
        self.durable = durable
        self.root = Path(tempfile.mkdtemp(prefix="sweetie-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.sockets.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, "nobody", "nogroup")
            shutil.chown(self.sockets, "nobody", "nogroup")
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self._names = itertools.count()
        self._initdb()

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [*_as_owner(), *args], capture_output=True, cwd=self.root, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stderr.decode(errors='replace')}")

    def _initdb(self) -> None:
        self._run(
            str(PG_BIN / "initdb"),
            "-D", str(self.data), "-U", USER, "-A", "trust", "-E", "UTF8",
            "--no-locale", "--no-sync",
        )  # fmt: skip

    def start(self, timeout: float = 30.0) -> None:
        settings = ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=60"]
        if not self.durable:
            settings += ["-c", "fsync=off", "-c", "full_page_writes=off"]
        self.process = subprocess.Popen(
            [*_as_owner(), str(PG_BIN / "postgres"), *self._where(), *settings],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "server.log", "ab"),  # noqa: SIM115 (owned by the child)
            cwd=self.root,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = (self.root / "server.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"postgres exited at start:\n{log}")
            ready = subprocess.run(
                [str(PG_BIN / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port), "-q"],
                check=False,
            )
            if ready.returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError(f"postgres did not accept connections within {timeout} s")

    def _where(self) -> list[str]:
        return ["-D", str(self.data), "-p", str(self.port), "-k", str(self.sockets)]

    def stop(self) -> None:
        """Fast shutdown: clients are disconnected, committed work stays."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def restart(self, down_for: float = 0.0) -> None:
        self.stop()
        time.sleep(down_for)
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://{USER}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(self.url(database, "postgresql"), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def create_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); returns its SQLAlchemy URL."""
        name = f"t{os.getpid()}_{next(self._names)}"
        self.sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)


_server: PostgresServer | None = None


def shared_server() -> PostgresServer:
    """The session's server, started on first use; fails the test if PostgreSQL is missing."""
    global _server
    if _server is None:
        try:
            server = PostgresServer()
        except FileNotFoundError as exc:
            pytest.fail(str(exc), pytrace=False)
        server.start()
        atexit.register(server.close)
        _server = server
    elif _server.process is None or _server.process.poll() is not None:
        _server.start()  # a test stopped it and failed before starting it again
    return _server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    yield shared_server()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    """One database on the shared server for the whole session (others: `fresh_postgres_url`)."""
    return postgres_server.create_database()


@pytest.fixture
def fresh_postgres_url(postgres_server: PostgresServer) -> str:
    """A new, empty database on the shared server, for one test."""
    return postgres_server.create_database()
