"""The same flow on PostgreSQL (a real server the tests start): scan, case, four eyes, bundle."""

from __future__ import annotations

from pathlib import Path

from cases_helpers import OFFENDER, PASSWORD, SUBJECT
from typer.testing import CliRunner

from sweetie.cases.roles import Role
from sweetie.cases.service import CaseService
from sweetie.cases.users import UserService
from sweetie.events import DecisionKind
from sweetie.evidence import EvidenceLog, load_or_create_signing_key, verify_bundle
from sweetie.runtime.cli import app
from sweetie.runtime.pipeline import ORIGIN
from sweetie.store import open_database


def test_cases_on_postgresql(fresh_postgres_url: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    scan = ["scan", str(OFFENDER), "--data-dir", str(data), "--database-url", fresh_postgres_url]
    result = CliRunner().invoke(app, scan)
    assert result.exit_code == 0, result.output
    with open_database(data, fresh_postgres_url) as db:
        users = UserService(db)
        rita = users.add("rita", Role.REVIEWER, PASSWORD)
        sam = users.add("sam", Role.SUPERVISOR, PASSWORD)
        assert users.authenticate("sam", PASSWORD) == sam
        token = users.create_session(rita)
        assert users.user_for_session(token) == rita
        log = EvidenceLog(db, ORIGIN, load_or_create_signing_key(data, ORIGIN))
        cases = CaseService(db, log, data, pdf=False)
        [case] = cases.queue(language="en")
        assert case.subject == SUBJECT and case.conversations == 1
        view = cases.get(case.id, rita)
        assert len(view.timeline) == 9 and view.other_conversations == ["irc.example.net/#chat"]
        cases.decide(case.id, rita, DecisionKind.PROPOSE_REFERRAL, "enticement")
        referral = cases.approve_referral(case.id, sam)
        assert referral.bundle_path is not None
        assert verify_bundle(referral.bundle_path).events == 9
        assert [c.id for c in cases.queue(status="referred")] == [case.id]
        assert {e["action"] for e in cases.audit.read(10)} >= {"read_case", "approve_referral"}
        log.close()
