"""One process serves it all: `sweetie run` captures from IRC and serves the review UI and
the JSON API; `sweetie serve` continues conversations across a restart.

Real parts: ngircd, the runtime as a subprocess, HTTP over a real socket (httpx), SQLite.
Test data carry intent through context cues only (hard rule 5).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from ngircd_server import Client, Ngircd, free_port, wait_for

from sweetie.cases.users import UserService
from sweetie.events import ConfigError
from sweetie.runtime.config import load_config
from sweetie.runtime.pipeline import open_pipeline
from sweetie.runtime.run import LiveRuntime
from sweetie.runtime.serve import build_server
from sweetie.store import open_database
from sweetie.web import WebConfig

CONFIG = """\
mode = "deterrence"
data_dir = "data"

[[networks]]
name = "local"
host = "127.0.0.1"
port = {irc_port}
rooms = ["#chat"]
reconnect_initial = 0.2
reconnect_max = 1.0

[[presences]]
network = "local"
nick = "mia_11"
realname = "mia"

[policy]
cooldown_seconds = 0

[web]
port = {web_port}
"""

# Neither half warns alone; the second does after the first (checked below).
FIRST_HALF = [
    ("apiguy", "mia_11", "hi how old are you?"),
    ("mia_11", "apiguy", "i'm 11"),
    ("apiguy", "mia_11", "you are so cute"),
]
SECOND_HALF = [("apiguy", "mia_11", "don't tell your mom about me")]


def events(lines: list[tuple[str, str, str]], start: int, network: str) -> list[dict[str, Any]]:
    return [
        {
            "id": f"api{start + i:03d}",
            "ts": f"2026-03-01T20:{start + i:02d}:00Z",
            "network": network,
            "room": None,
            "conversation": "conv-api",
            "sender": sender,
            "to": to,
            "text": text,
        }
        for i, (sender, to, text) in enumerate(lines)
    ]


def token_for(data_dir: Path) -> str:
    """An API token of a reviewer (who may ingest), made before the server starts."""
    with open_database(data_dir) as database:
        users = UserService(database)
        return users.create_token(users.add("ingester", "reviewer", "correct-horse-battery"))


def warned(answer: dict[str, Any]) -> list[dict[str, Any]]:
    return [d for r in answer["results"] for d in r["decisions"] if d["kind"].startswith("warn")]


def test_run_serves_the_ui_and_api_and_stops_cleanly(
    ngircd: Ngircd, clients: Callable[[int, str], Client], tmp_path: Path
) -> None:
    web_port = free_port()
    config = tmp_path / "sweetie.toml"
    config.write_text(CONFIG.format(irc_port=ngircd.port, web_port=web_port))
    token = token_for(tmp_path / "data")
    log = tmp_path / "run.log"
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "sweetie.runtime.cli", "run", "--config", str(config)],
            stdout=subprocess.PIPE,
            stderr=err,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            cwd=tmp_path,
        )
    base = f"http://127.0.0.1:{web_port}"
    try:
        wait_for(
            lambda: "joined #chat" in log.read_text() or proc.poll() is not None, 30, "presence"
        )
        assert proc.poll() is None, log.read_text()
        # The UI answers: its login page.
        page = httpx.get(f"{base}/login", timeout=5)
        assert page.status_code == 200 and "password" in page.text.lower()

        # Someone talks to the presence over IRC while the API ingests a conversation on the
        # same network: the warning it earns goes out over IRC, like a captured one's.
        apiguy = clients(ngircd.port, "apiguy")
        benny = clients(ngircd.port, "benny")
        benny.send("mia_11", "hi! do you like football?")
        batch = events(FIRST_HALF + SECOND_HALF, 0, "local")
        answer = httpx.post(
            f"{base}/api/v1/events",
            json=batch,
            headers={"Authorization": f"Bearer {token}"},
            timeout=20,
        ).json()
        assert answer["events"] == answer["new"] == len(batch), answer
        assert warned(answer), answer
        warning = apiguy.private_from("mia_11", timeout=15)
        assert warning.text

        db = tmp_path / "data" / "sweetie.db"
        wait_for(lambda: "hi! do you like football?" in _texts(db), 10, "the IRC line logged")
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, log.read_text()
    assert "through the API" in out.decode(), out
    # Both stopped: the web port is closed, and everything is in the log, which verifies.
    try:
        httpx.get(f"{base}/login", timeout=1)
        raise AssertionError("the web server still answers after SIGTERM")
    except httpx.TransportError:
        pass
    texts = _texts(db)
    assert {e["text"] for e in batch} <= set(texts)
    assert "hi! do you like football?" in texts
    verify = subprocess.run(
        [sys.executable, "-m", "sweetie.runtime.cli", "verify", "--data-dir", str(db.parent)],
        capture_output=True,
        timeout=60,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr


def _texts(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT e.body FROM captured_events c JOIN evidence_entries e"
            " ON e.idx = c.evidence_idx ORDER BY c.evidence_idx"
        ).fetchall()
    return [json.loads(body)["text"] for (body,) in rows if body is not None]


def _post(client: TestClient, token: str, batch: list[dict[str, Any]]) -> dict[str, Any]:
    response = client.post(
        "/api/v1/events", json=batch, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def _serve_once(data_dir: Path, token: str, batch: list[dict[str, Any]]) -> dict[str, Any]:
    served = build_server(data_dir, None, WebConfig())
    try:
        with TestClient(served.app) as client:
            return _post(client, token, batch)
    finally:
        served.close()


def test_serve_continues_a_conversation_after_a_restart(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    token = token_for(data_dir)
    first = _serve_once(data_dir, token, events(FIRST_HALF, 0, "irc.test"))
    assert not warned(first)
    # Restarted: the rest of the conversation comes, and the warning with it.
    rest = _serve_once(data_dir, token, events(SECOND_HALF, len(FIRST_HALF), "irc.test"))
    assert warned(rest), rest

    # Control: the second half alone, on a fresh log, does not warn; so it was the rebuilt
    # state that carried the first half over the restart.
    fresh = tmp_path / "fresh"
    alone = _serve_once(fresh, token_for(fresh), events(SECOND_HALF, 0, "irc.test"))
    assert not warned(alone), alone


def test_a_busy_web_port_stops_run_at_start_with_one_line(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        config = tmp_path / "sweetie.toml"
        config.write_text(CONFIG.format(irc_port=free_port(), web_port=port))
        runtime = LiveRuntime(load_config(config))
        with pytest.raises(ConfigError, match=rf"sweetie.toml: web.port: cannot listen .*:{port}"):
            asyncio.run(runtime.start())
    assert not runtime.connectors  # nothing connected
    # The pipeline was closed: its writer lock is free for the next run.
    open_pipeline(tmp_path / "data").close()
