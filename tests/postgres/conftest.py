"""Fixtures of the PostgreSQL and durability tests: a real server, traffic, both backends.

The server comes from tests/pgserver.py (one per session, shared with other folders); the
helpers the tests call are in pg_support.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pg_support import Target, write_traffic

from pgserver import PostgresServer, fresh_postgres_url, postgres_server, postgres_url

__all__ = ["fresh_postgres_url", "postgres_server", "postgres_url"]


@pytest.fixture(scope="session")
def traffic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """12,000 synthetic events, a few offending conversations."""
    return write_traffic(tmp_path_factory.mktemp("traffic") / "traffic.jsonl")


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Target:
    """Where a run writes, on each backend."""
    if request.param == "sqlite":
        return Target(tmp_path / "data")
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return Target(tmp_path / "data", server.create_database())
