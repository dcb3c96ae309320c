"""Fixtures for the cases tests: one scanned data dir with users, copied for each test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from typer.testing import CliRunner

from pgserver import fresh_postgres_url, postgres_server  # noqa: F401 (fixtures)
from sweetie.cases.referral import Routing
from sweetie.cases.roles import Role
from sweetie.cases.service import CaseService
from sweetie.cases.users import User, UserService
from sweetie.events import Decision, DecisionKind
from sweetie.evidence import EvidenceLog, load_or_create_signing_key
from sweetie.runtime.cli import app
from sweetie.runtime.pipeline import ORIGIN
from sweetie.store import CaseRepository, Database, DecisionRepository, open_database

DATA = Path(__file__).parent / "data"
OFFENDER = DATA / "offender.jsonl"
XSD = DATA / "cyber_tipline.xsd"
PASSWORD = "correct horse battery"
SUBJECT = "irc.example.net/bigjohn"
CONVERSATION = "irc.example.net/bigjohn+mia_11"
USERS = {
    "ana": Role.ANALYST,
    "rita": Role.REVIEWER,
    "rolf": Role.REVIEWER,
    "sam": Role.SUPERVISOR,
    "sue": Role.SUPERVISOR,
    "otto": Role.AUDITOR,
    "adam": Role.ADMIN,
}
ROUTING = {
    "US": {"name": "NCMEC CyberTipline", "kind": "hotline", "format": "ncmec"},
    "NL": {"name": "Politie, team AVT", "kind": "police", "country": "NL"},
    "reporter": {"first_name": "Case", "last_name": "Desk", "email": "desk@example.org"},
}


def sweetie(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sweetie.runtime.cli", *map(str, args)],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


@pytest.fixture(scope="session")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir after `sweetie scan` of the offender conversation, with one user per role."""
    folder = tmp_path_factory.mktemp("scanned") / "data"
    # The `sweetie scan` command, run in this process (a subprocess would add seconds).
    result = CliRunner().invoke(app, ["scan", str(OFFENDER), "--data-dir", str(folder)])
    assert result.exit_code == 0, result.output
    with open_database(folder) as db:
        _escalate_if_the_policy_did_not(db, folder)
        # Cheap parameters for the fixture's users (the tests of hashing use the defaults).
        service = UserService(db, hasher=PasswordHasher(time_cost=1, memory_cost=1024))
        for name, role in USERS.items():
            service.add(name, role, PASSWORD)
    return folder


def _escalate_if_the_policy_did_not(db: Database, folder: Path) -> None:
    """The deter step escalates this conversation (a request for a younger sibling). Should
    a policy change stop that, the tests still get their case: the escalation is made here,
    as the policy would."""
    with db.transaction() as conn:
        if CaseRepository(conn).active_for_subject(SUBJECT) is not None:
            return
    log = EvidenceLog(db, ORIGIN, load_or_create_signing_key(folder, ORIGIN))
    decision = Decision(
        key=f"e8b:{SUBJECT}:escalate",
        kind=DecisionKind.ESCALATE,
        subject=SUBJECT,
        actor="policy",
        at="2026-03-01T20:17:00Z",
        event_id="e8b",
        conversation=CONVERSATION,
        indicators=("en.younger_child.have_younger",),
    )
    idx = log.append("decision", decision.to_json())
    log.flush()
    with db.transaction() as conn:
        DecisionRepository(conn).add(decision, idx)
    CaseService(db, log, folder).open_pending()
    log.close()


@dataclass
class Env:
    data_dir: Path
    db: Database
    log: EvidenceLog
    cases: CaseService
    users: UserService

    def user(self, name: str) -> User:
        return User(name, USERS[name])

    def service(self, routing: dict[str, object] | None = None) -> CaseService:
        return CaseService(
            self.db, self.log, self.data_dir, routing=Routing.from_config(routing), pdf=False
        )


@pytest.fixture
def env(scanned: Path, tmp_path: Path) -> Iterator[Env]:
    data_dir = tmp_path / "data"
    shutil.copytree(scanned, data_dir)
    db = open_database(data_dir)
    log = EvidenceLog(db, ORIGIN, load_or_create_signing_key(data_dir, ORIGIN))
    # No PDF in the bundles here (WeasyPrint takes seconds); the end-to-end test makes one.
    cases = CaseService(db, log, data_dir, routing=Routing.from_config(ROUTING), pdf=False)
    yield Env(data_dir, db, log, cases, UserService(db))
    log.close()
    db.close()
