"""Fixtures for the IRC connector tests: a real ngircd, and plain IRC clients."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from ngircd_server import NGIRCD, Client, Ngircd


@pytest.fixture
def ngircd(tmp_path: Path) -> Iterator[Ngircd]:
    if not Path(NGIRCD).exists() or shutil.which(NGIRCD) is None:
        pytest.skip("ngircd is not installed")
    server = Ngircd(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def clients() -> Iterator[Callable[[int, str], Client]]:
    made: list[Client] = []

    def make(port: int, nick: str) -> Client:
        client = Client(port, nick)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
