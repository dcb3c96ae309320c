"""Retention: an erasure run, then `sweetie verify` passes and the erased text is gone from
the database file; conversations a case holds stay."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from identify_helpers import Line, write_jsonl
from typer.testing import CliRunner

from sweetie.cases.retention import RetentionPolicy, plan_retention
from sweetie.runtime.cli import app
from sweetie.store import EvidenceRepository, open_database
from sweetie.store.identities import IdentityRepository

LINES: list[Line] = [
    ("r1", "irc.a", "c1", "rick77", "mia_11", "how old are you? mail me: rick dot jones at gmail"),
    ("r2", "irc.a", "c1", "mia_11", "rick77", "i'm 11"),
    ("r3", "irc.b", "c2", "bigdaddy", "lia_12", "add me on kik: big_daddy_61 or gmail rick.jones"),
    ("r4", "irc.b", "c2", "bigdaddy", "lia_12", "my email rickjones@gmail.com"),
]


def cli(*args: str | Path) -> str:
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def bodies(data: Path) -> dict[int, bytes | None]:
    with open_database(data) as db, db.transaction() as conn:
        return {row.idx: row.body for row in EvidenceRepository(conn).scan(0)}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    events = write_jsonl(tmp_path / "events.jsonl", LINES)
    cli("scan", events, "--data-dir", tmp_path / "data", "--json")
    return tmp_path / "data"


def test_dry_run_then_erasure_and_the_log_still_verifies(data: Path) -> None:
    raw = b"".join(p.read_bytes() for p in data.glob("sweetie.db*"))
    assert b"rick dot jones" in raw  # the captured text, before retention

    before = bodies(data)
    dry = cli("retention", "--dry-run", "--data-dir", data, "--conversations-days", "0")
    assert "would erase 2 events of c1" in dry and "would erase 2 events of c2" in dry
    assert bodies(data) == before  # a dry run changes nothing

    # Nothing is old enough under the defaults (90 days).
    assert "erased 0 events" in cli("retention", "--data-dir", data)

    out = cli("retention", "--data-dir", data, "--conversations-days", "0")
    assert "erased 4 events of 2 conversations" in out
    with open_database(data) as db, db.transaction() as conn:
        assert IdentityRepository(conn).all() == []
        assert IdentityRepository(conn).subjects() == {}  # no identifier, no link left
    after = bodies(data)
    erasures = [json.loads(b) for b in after.values() if b and b"erased" in b]
    assert len(erasures) == 4 and all("retention" in e["reason"] for e in erasures)

    assert "evidence log verifies" in cli("verify", "--data-dir", data)
    raw = b"".join(p.read_bytes() for p in data.glob("sweetie.db*"))
    for plain in (b"rick dot jones", b"big_daddy_61", b"rickjones@gmail.com", b"how old are you"):
        assert plain not in raw, plain


def test_a_config_section_sets_the_periods(data: Path, tmp_path: Path) -> None:
    config = tmp_path / "sweetie.toml"
    config.write_text("[retention]\nconversations_days = 0\ndismissed_days = 10\n")
    out = cli("retention", "--dry-run", "--data-dir", data, "--config", config)
    assert "0 days for conversations in no case, 10 for dismissed cases" in out


class Cases:
    """Stands in for CaseService (its own tests cover it): which conversations cases hold."""

    def __init__(self, held: set[str], dismissed: dict[str, tuple[str, list[str]]]) -> None:
        self.held = held
        self.dismissed = dismissed  # case id -> (closed at, conversations)

    def held_conversations(self) -> set[str]:
        return self.held

    def dismissed_before(self, at: str) -> list[str]:
        return [c for c, (closed, _) in self.dismissed.items() if closed < at]

    def case_conversations(self, case_id: str) -> list[str]:
        return self.dismissed[case_id][1]


def test_held_conversations_stay_and_dismissed_ones_wait_their_period(data: Path) -> None:
    policy = RetentionPolicy(conversations_days=0, dismissed_days=365)
    now = datetime.now(UTC) + timedelta(days=1)
    with open_database(data) as db:
        held = plan_retention(db, policy, Cases({"c1"}, {}), now)
        assert [c.conversation for c in held.conversations] == ["c2"] and held.kept_held == 1

        yesterday = (now - timedelta(days=1)).isoformat().replace("+00:00", "Z")
        recent = plan_retention(db, policy, Cases(set(), {"C-1": (yesterday, ["c2"])}), now)
        assert [c.conversation for c in recent.conversations] == ["c1"]

        old = plan_retention(
            db,
            RetentionPolicy(conversations_days=10_000, dismissed_days=0),
            Cases(set(), {"C-1": ("2000-01-01T00:00:00Z", ["c2"])}),
            now,
        )
        [c2] = old.conversations
        assert c2.conversation == "c2" and "case C-1 dismissed" in c2.reason
