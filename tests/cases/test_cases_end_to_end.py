"""End to end: `sweetie scan` of an offender's chat opens a case (the session fixture), a
reviewer proposes a referral, a supervisor approves it, the bundle verifies, the log too."""

from __future__ import annotations

import zipfile

from cases_helpers import OFFENDER, ROUTING, SUBJECT, Env
from typer.testing import CliRunner

from sweetie.cases.referral import Routing
from sweetie.cases.service import CaseService
from sweetie.events import DecisionKind
from sweetie.evidence import EvidenceLog, load_or_create_signing_key
from sweetie.runtime.cli import app
from sweetie.runtime.pipeline import ORIGIN


def test_scan_queue_propose_approve_bundle_verify(env: Env) -> None:
    cases = CaseService(env.db, env.log, env.data_dir, routing=Routing.from_config(ROUTING))
    [case] = cases.queue()
    assert case.subject == SUBJECT and case.status == "open"
    view = cases.get(case.id, env.user("rita"))
    assert any(item.highlights for item in view.timeline)

    cases.decide(case.id, env.user("rita"), DecisionKind.PROPOSE_REFERRAL, "enticement")
    referral = cases.approve_referral(case.id, env.user("sam"), reason="agreed")
    assert referral.bundle_path is not None and referral.bundle_path.is_file()
    with zipfile.ZipFile(referral.bundle_path) as zf:
        names = set(zf.namelist())
    assert {"events.jsonl", "entries.jsonl", "case.jsonld", "report.html"} <= names
    env.log.close()  # what the service logged is durable; the CLI opens the log anew

    runner = CliRunner()
    bundle = runner.invoke(app, ["verify", "--bundle", str(referral.bundle_path)])
    assert bundle.exit_code == 0, bundle.output
    assert bundle.stdout.startswith("bundle verifies:")
    log = runner.invoke(app, ["verify", "--data-dir", str(env.data_dir)])
    assert log.exit_code == 0, log.output
    assert "evidence log verifies" in log.stdout

    # `sweetie export CASE_ID` writes the case's bundle, and that export is audited.
    out = env.data_dir / "export.zip"
    exported = runner.invoke(
        app, ["export", case.id, "--out", str(out), "--no-pdf", "--data-dir", str(env.data_dir)]
    )
    assert exported.exit_code == 0, exported.output
    assert f"exported case {case.id}:" in exported.stdout
    assert runner.invoke(app, ["verify", "--bundle", str(out)]).exit_code == 0
    [latest] = cases.audit.read(1)
    assert latest["action"] == "export" and latest["target"] == case.id
    assert str(latest["actor"]).startswith("cli")


def test_a_rescan_opens_no_second_case(env: Env) -> None:
    [before] = env.cases.queue()
    env.log.close()  # the scan writes the log now
    result = CliRunner().invoke(
        app, ["scan", str(OFFENDER), "--data-dir", str(env.data_dir), "--json"]
    )
    assert result.exit_code == 0, result.output
    log = EvidenceLog(env.db, ORIGIN, load_or_create_signing_key(env.data_dir, ORIGIN))
    cases = CaseService(env.db, log, env.data_dir)
    assert [c.id for c in cases.queue(status=None)] == [before.id]
    assert cases.open_pending() == []
    log.close()
