"""End to end: `sweetie scan` runs capture → evidence → detection → policy, records the
ladder's decisions in the table and the evidence log, queues (never sends) warnings; the log
verifies; scanning the same file again decides nothing new."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner, Result

from sweetie.events import DecisionKind
from sweetie.runtime.cli import app
from sweetie.store import DecisionRepository, open_database
from sweetie.store.deterrence import OutboxRepository

NET = "irc.example.net"
# An offender in a private chat with a presence, then a benign pair. Context cues only.
CHAT = [
    ("e01", "20:00:00", "tom_uk", "mia_11", "hi there"),
    ("e02", "20:01:00", "mia_11", "tom_uk", "hi"),
    ("e03", "20:02:00", "tom_uk", "mia_11", "how old are you?"),
    ("e04", "20:03:00", "mia_11", "tom_uk", "i'm 11"),
    ("e05", "20:05:00", "tom_uk", "mia_11", "can you do a private cam show?"),  # warn_1
    ("e06", "20:06:00", "mia_11", "tom_uk", "what?"),
    ("e07", "20:20:00", "tom_uk", "mia_11", "i'll send gcash 500"),  # warn_2
    ("e08", "20:40:00", "tom_uk", "mia_11", "don't tell your mom"),  # escalate
    ("b01", "20:00:30", "anna_b", "pete_c", "hey, how was work today?"),
    ("b02", "20:01:30", "pete_c", "anna_b", "long day, the meeting ran late"),
    ("b03", "20:02:30", "anna_b", "pete_c", "want to get dinner on friday?"),
    ("b04", "20:03:30", "pete_c", "anna_b", "sure, see you at 7"),
]


def sweetie(*args: str | Path) -> Result:
    """The real command line, in process: the import and model load are paid once."""
    return CliRunner().invoke(app, [str(a) for a in args])


def write_chat(path: Path) -> None:
    lines = [
        {
            "id": i,
            "ts": f"2026-03-01T{t}Z",
            "network": NET,
            "room": None,
            "sender": s,
            "to": to,
            "text": text,
        }
        for i, t, s, to, text in sorted(CHAT, key=lambda row: row[1])
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def decision_entries(data: Path) -> list[dict[str, object]]:
    with open_database(data) as db, db.transaction() as conn:
        bodies = conn.exec_driver_sql(
            "SELECT body FROM evidence_entries WHERE kind = 'decision' ORDER BY idx"
        ).scalars()
        return [json.loads(b) for b in bodies]


def test_scan_warns_twice_then_escalates_and_a_rescan_adds_nothing(tmp_path: Path) -> None:
    chat = tmp_path / "chat.jsonl"
    write_chat(chat)
    data = tmp_path / "data"

    first = sweetie("scan", chat, "--data-dir", data, "--json")
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    assert summary["decisions"] == {"warn_1": 1, "warn_2": 1, "escalate": 1, "suppressed": 0}
    assert summary["warnings_queued"] == 2

    with open_database(data) as db, db.transaction() as conn:
        decisions = DecisionRepository(conn).all()
        pending = OutboxRepository(conn).pending(None, 100)
    subject = f"{NET}/tom_uk"
    assert [(d.kind, d.event_id, d.subject) for d in decisions] == [
        (DecisionKind.WARN_1, "e05", subject),
        (DecisionKind.WARN_2, "e07", subject),
        (DecisionKind.ESCALATE, "e08", subject),
    ]
    assert all(d.actor == "policy" and d.model_version for d in decisions)
    assert decisions[0].at == "2026-03-01T20:05:00Z"
    assert [w.target for _, w in pending] == ["tom_uk", "tom_uk"]
    assert "you have been identified and your chats are recorded" in pending[1][1].text
    assert [e["key"] for e in decision_entries(data)] == [d.key for d in decisions]

    verified = sweetie("verify", "--data-dir", data)
    assert verified.exit_code == 0, verified.output

    again = sweetie("scan", chat, "--data-dir", data, "--json")
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["decisions"] == {
        "warn_1": 0,
        "warn_2": 0,
        "escalate": 0,
        "suppressed": 0,
    }
    with open_database(data) as db, db.transaction() as conn:
        assert DecisionRepository(conn).all() == decisions
        assert OutboxRepository(conn).pending(None, 100) == pending
    assert len(decision_entries(data)) == 3

    report = sweetie("report", "deterrence", "--data-dir", data, "--json")
    assert report.exit_code == 0, report.output
    variants = json.loads(report.stdout)["variants"]
    assert set(variants) == {"both", "help", "legal"}
    warned = {name: v for name, v in variants.items() if v["warned"]}
    assert len(warned) == 1 and next(iter(warned.values()))["warned"] == 1
    assert next(iter(warned.values()))["reoffended"]["1d"]["count"] == 1  # e07, e08 came after

    table = sweetie("report", "deterrence", "--data-dir", data)
    assert table.exit_code == 0 and "Deterrence" in table.stdout
