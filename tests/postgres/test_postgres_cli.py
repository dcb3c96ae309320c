"""`--database-url` through the CLI: mistakes a server answers for are one line at once
(not a wait for a server that is merely down)."""

from __future__ import annotations

import time
from pathlib import Path

from pg_support import run_sweetie

from pgserver import PostgresServer


def test_no_such_database_is_one_line_without_waiting(
    postgres_server: PostgresServer, traffic: Path, tmp_path: Path
) -> None:
    started = time.monotonic()
    done = run_sweetie(
        "scan", str(traffic), "--data-dir", str(tmp_path), "--database-url",
        postgres_server.url("no_such_database"),
    )  # fmt: skip
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and 'database "no_such_database" does not exist' in lines[0], lines
    assert time.monotonic() - started < 30  # no reconnect loop
