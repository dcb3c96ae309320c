"""`sweetie run` end to end: a real ngircd, the runtime as a subprocess, plain IRC clients.

An offender talks privately to the presence (which never says anything): the runtime must
capture every line, warn him twice with catalog text, then escalate; a benign user gets
nothing; a server restart in the middle loses no captured event and the presence rejoins;
SIGTERM stops it cleanly.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from ngircd_server import Client, Ngircd, wait_for

from sweetie.deter import builtin_catalog

ROOT = Path(__file__).resolve().parents[2]

CONFIG = """\
mode = "deterrence"
data_dir = "data"

[[networks]]
name = "local"
kind = "irc"
host = "127.0.0.1"
port = {port}
tls = false
rooms = ["#chat"]
flood_rate = 5.0
flood_burst = 4
reconnect_initial = 0.2
reconnect_max = 1.0

[[presences]]
network = "local"
nick = "mia_11"
realname = "mia"
profile = "decoy presence for the tests"

[policy]
cooldown_seconds = 0

[evidence]
checkpoint_interval_seconds = 2

# The web UI is tested on its own (tests/runtime); here it would only hold a port.
[web]
enabled = false
"""

OFFENDER_BEFORE = [
    "hi how old are you?",
    "you said 11 right? i like young",
    "can you do a private cam show for me",  # warn-level: warning 1
]
OFFENDER_AFTER = [
    "i'll send 500 gcash, don't tell your mom",  # warning 2
    "add me on telegram",  # escalation to human review
]
BENIGN_ROOM = ["hello everyone", "anyone watching the game tonight?"]
BENIGN_PRIVATE = ["hi! do you like football?"]
BURST = 300


def _start(config: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "sweetie.runtime.cli", "run", "--config", str(config)],
            stdout=subprocess.PIPE,
            stderr=out,
            env=env,
            cwd=config.parent,
        )


def _joins(log: Path) -> int:
    return log.read_text(errors="replace").count("joined #chat")


def _captured(db: Path) -> list[dict[str, object]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT e.body FROM captured_events c JOIN evidence_entries e"
            " ON e.idx = c.evidence_idx ORDER BY c.evidence_idx"
        ).fetchall()
    return [json.loads(body) for (body,) in rows]


def test_run_warns_twice_escalates_and_survives_a_restart(
    ngircd: Ngircd, clients: Callable[[int, str], Client], tmp_path: Path
) -> None:
    config = tmp_path / "sweetie.toml"
    config.write_text(CONFIG.format(port=ngircd.port))
    log = tmp_path / "run.log"
    proc = _start(config, log)
    try:
        wait_for(lambda: _joins(log) >= 1 or proc.poll() is not None, 30, "the presence")
        assert proc.poll() is None, log.read_text()

        benny = clients(ngircd.port, "benny")
        benny.join("#chat")
        for line in BENIGN_ROOM:
            benny.send("#chat", line)
        for line in BENIGN_PRIVATE:
            benny.send("mia_11", line)

        badguy = clients(ngircd.port, "badguy")
        for line in OFFENDER_BEFORE:
            badguy.send("mia_11", line)
        warning_1 = badguy.private_from("mia_11", timeout=20)

        # The server restarts mid-conversation: everyone is dropped, the presence comes back.
        ngircd.restart()
        wait_for(lambda: _joins(log) >= 2, 20, "the presence to rejoin after the restart")
        badguy = clients(ngircd.port, "badguy")
        badguy.send("mia_11", OFFENDER_AFTER[0])
        warning_2 = badguy.private_from("mia_11", timeout=20)
        badguy.send("mia_11", OFFENDER_AFTER[1])
        benny = clients(ngircd.port, "benny")
        benny.join("#chat")
        benny.send("#chat", "back again")
        db = tmp_path / "data" / "sweetie.db"

        def escalated() -> bool:
            with sqlite3.connect(db) as conn:
                kinds = [k for (k,) in conn.execute("SELECT kind FROM decisions")]
            return "escalate" in kinds

        wait_for(escalated, 20, "the escalation")
        wait_for(lambda: any(e["text"] == "back again" for e in _captured(db)), 10, "capture")
        time.sleep(0.5)
        assert not [r for r in benny.drain() if r.source == "mia_11"]  # nothing to the benign
        # A burst still in flight when SIGTERM comes: what was captured is logged, all of it.
        for i in range(BURST):
            benny.send("#chat", f"burst line {i}")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            out, _ = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert proc.returncode == 0, log.read_text()[-3000:]
    assert b"sent 2 warnings" in out, out
    summary = re.search(rb"captured (\d+) events", out)
    assert summary is not None, out

    # Every line said before and after the restart is captured, in the evidence log.
    events = _captured(db)
    assert len(events) == int(summary.group(1))  # every event captured reached the log
    burst = [e for e in events if str(e["text"]).startswith("burst line")]
    assert [e["text"] for e in burst] == [f"burst line {i}" for i in range(len(burst))]
    events = [e for e in events if e not in burst]
    texts = [(e["sender"], e["to"], e["room"], e["text"]) for e in events]
    offender = [t for s, to, _, t in texts if s == "badguy" and to == "mia_11"]
    assert offender == OFFENDER_BEFORE + OFFENDER_AFTER
    benign = [(room, t) for s, _, room, t in texts if s == "benny"]
    assert benign == [("#chat", t) for t in BENIGN_ROOM] + [(None, t) for t in BENIGN_PRIVATE] + [
        ("#chat", "back again")
    ]
    assert len({e["id"] for e in events}) == len(events)

    with sqlite3.connect(db) as conn:
        decisions = [
            (kind, subject)
            for kind, subject in conn.execute("SELECT kind, subject FROM decisions ORDER BY id")
        ]
        outbox = conn.execute("SELECT status, body FROM warning_outbox ORDER BY id").fetchall()
    ladder = [k for k, s in decisions if s.endswith("badguy") and k != "suppressed"]
    assert ladder == ["warn_1", "warn_2", "escalate"]
    assert not [d for d in decisions if "benny" in d[1]]
    sent = [json.loads(body) for status, body in outbox if status == "sent"]
    assert len(sent) == len(outbox) == 2
    # What the offender received is what the policy queued, and it is catalog text.
    assert [warning_1.text, warning_2.text] == [w["text"] for w in sent]
    catalog = {e.text for e in builtin_catalog().entries()}
    assert warning_1.text in catalog and warning_2.text in catalog
    assert warning_1.text != warning_2.text
