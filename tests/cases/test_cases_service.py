"""The review queue and cases: reading, deciding, four eyes, audit entries, retention hooks."""

from __future__ import annotations

import json
import zipfile

import pytest
from cases_helpers import CONVERSATION, SUBJECT, Env

from sweetie.cases.errors import Conflict, NotFound, PermissionDenied
from sweetie.cases.service import case_id_for
from sweetie.events import Decision, DecisionKind, InputError
from sweetie.evidence import load_or_create_signing_key, verify_bundle, verify_log
from sweetie.runtime.pipeline import ORIGIN
from sweetie.store import DecisionRepository


def the_case(env: Env) -> str:
    [case] = env.cases.queue()
    return case.id


def audit_entries(env: Env) -> list[dict[str, object]]:
    return env.cases.audit.read(1000)


def test_the_escalation_opened_one_case(env: Env) -> None:
    [case] = env.cases.queue()
    assert case.id == case_id_for(f"e8b:{SUBJECT}:escalate")
    assert case.id.startswith("C-") and len(case.id) == 10
    assert (case.subject, case.status, case.network) == (SUBJECT, "open", "irc.example.net")
    assert case.language == "en" and case.stage == "payment" and case.conversations == 1
    assert 0.9 < case.risk <= 1.0
    assert case.opened_at == "2026-03-01T20:17:00Z"


def test_queue_filters_and_order(env: Env) -> None:
    case = the_case(env)
    assert [c.id for c in env.cases.queue(language="en", network="irc.example.net")] == [case]
    assert env.cases.queue(language="tl") == []
    assert env.cases.queue(network="other.net") == []
    assert env.cases.queue(stage="contact") == []
    assert env.cases.queue(status="dismissed") == []
    # A second subject, lower risk, older: after the first (risk first, then age).
    other = escalate(
        env, "irc.example.net/anna", "irc.example.net/#chat", "e10", "2026-01-01T00:00:00Z"
    )
    assert [c.id for c in env.cases.queue()] == [case, other]
    assert [c.id for c in env.cases.queue(limit=1)] == [case]


def escalate(env: Env, subject: str, conversation: str, event: str, at: str) -> str:
    decision = Decision(
        key=f"{event}:{subject}:escalate",
        kind=DecisionKind.ESCALATE,
        subject=subject,
        actor="policy",
        at=at,
        event_id=event,
        conversation=conversation,
    )
    idx = env.log.append("decision", decision.to_json())
    env.log.flush()
    with env.db.transaction() as conn:
        DecisionRepository(conn).add(decision, idx)
    return env.cases.open_or_join(decision)


def test_a_later_escalation_joins_the_case_once(env: Env) -> None:
    case = the_case(env)
    joined = escalate(env, SUBJECT, "irc.example.net/#chat", "e9", "2026-03-01T20:20:00Z")
    assert joined == case
    again = escalate(env, SUBJECT, "irc.example.net/#chat", "e9", "2026-03-01T20:20:00Z")
    assert again == case
    [summary] = env.cases.queue()
    assert summary.conversations == 2 and summary.last_activity == "2026-03-01T20:20:00Z"
    assert env.cases.open_pending() == []  # nothing left unassigned
    view = env.cases.get(case, env.user("rita"))
    assert [i.event.id for i in view.timeline][-2:] == ["e9", "e10"]  # the whole room window


def test_get_shows_timeline_indicators_decisions_and_warnings(env: Env) -> None:
    case = the_case(env)
    view = env.cases.get(case, env.user("ana"))
    assert view.id == case and view.subject == SUBJECT and view.status == "open"
    assert view.conversation_ids == (CONVERSATION,)
    assert [i.event.id for i in view.timeline] == [f"e{n}" for n in range(1, 9)] + ["e8b"]
    by_id = {i.event.id: i for i in view.timeline}
    ask = by_id["e3"]  # "how old are you?"
    assert ask.event.text == "how old are you?"
    assert any(
        ind["category"] == "age_question" for a in ask.assessments for ind in a["indicators"]
    )
    (start, end, category), *_ = ask.highlights
    assert category == "age_question" and ask.event.text[start:end].startswith("how old")
    assert ask.highlights == sorted(ask.highlights)
    assert by_id["e2"].assessments == [] and by_id["e2"].highlights == []
    kinds = [d.kind for d in view.decisions]
    assert kinds == [DecisionKind.ESCALATE]
    assert view.decisions[0].event_id == "e8b"
    assert [w["kind"] for w in view.warnings] == ["warn_1"]
    assert view.other_conversations == ["irc.example.net/#chat"]
    assert view.referral is None


def test_every_read_is_an_audit_entry_in_the_log(env: Env) -> None:
    case = the_case(env)
    before = env.log.size
    env.cases.get(case, env.user("rita"))
    entry = env.log.record(before)
    assert entry is not None
    assert {k: entry[k] for k in ("actor", "action", "target")} == {
        "actor": "user:rita",
        "action": "read_case",
        "target": case,
    }
    assert entry["at"].endswith("Z")
    assert env.log.entry(before).kind == "audit"  # type: ignore[union-attr]


def test_permissions(env: Env) -> None:
    case = the_case(env)
    with pytest.raises(PermissionDenied, match="role auditor may not read cases"):
        env.cases.get(case, env.user("otto"))
    with pytest.raises(PermissionDenied, match="role admin may not read cases"):
        env.cases.get(case, env.user("adam"))
    with pytest.raises(PermissionDenied, match="role analyst may not decide"):
        env.cases.decide(case, env.user("ana"), DecisionKind.DISMISS, "not it")
    with pytest.raises(PermissionDenied, match="role analyst may not export"):
        env.cases.referral_bundle(case, env.user("ana"))
    with pytest.raises(PermissionDenied, match="role reviewer may not read the audit"):
        env.cases.audit_trail(env.user("rita"))
    with pytest.raises(NotFound):
        env.cases.get("C-00000000", env.user("rita"))


def test_dismiss_needs_a_reason_and_closes_the_case(env: Env) -> None:
    case = the_case(env)
    rita = env.user("rita")
    with pytest.raises(InputError, match="reason: a dismissal needs a reason"):
        env.cases.decide(case, rita, DecisionKind.DISMISS, "  ")
    with pytest.raises(InputError, match="kind:"):
        env.cases.decide(case, rita, DecisionKind.WARN_1, "x")
    decision = env.cases.decide(case, rita, DecisionKind.DISMISS, "a decoy test account")
    assert decision.actor == "user:rita" and decision.case_id == case
    assert env.cases.queue() == []
    [closed] = env.cases.queue(status="dismissed")
    assert closed.id == case
    with pytest.raises(Conflict, match="dismissed"):
        env.cases.decide(case, rita, DecisionKind.WATCH)
    # In the decisions table and in the log (kind "decision"), with an audit entry.
    with env.db.transaction() as conn:
        assert DecisionRepository(conn).by_case(case) == [decision]
    trail = audit_entries(env)
    assert any(e["action"] == "dismiss" and e["actor"] == "user:rita" for e in trail)
    assert env.cases.dismissed_before("2999-01-01") == [case]
    assert env.cases.dismissed_before("2000-01-01") == []
    assert CONVERSATION not in env.cases.held_conversations()
    # A new escalation of the same subject opens a new case.
    new = escalate(env, SUBJECT, CONVERSATION, "e99", "2026-03-02T10:00:00Z")
    assert new != case and [c.id for c in env.cases.queue()] == [new]


def test_watch_then_a_new_escalation_reopens(env: Env) -> None:
    case = the_case(env)
    env.cases.decide(case, env.user("rita"), DecisionKind.WATCH, "")
    assert env.cases.queue() == [] and env.cases.queue(status="watching")[0].id == case
    assert CONVERSATION in env.cases.held_conversations()
    escalate(env, SUBJECT, "irc.example.net/#chat", "e9", "2026-03-01T20:20:00Z")
    assert [c.id for c in env.cases.queue()] == [case]


def test_four_eyes(env: Env) -> None:
    case = the_case(env)
    rita, rolf, sam, sue, ana = (env.user(n) for n in ("rita", "rolf", "sam", "sue", "ana"))
    with pytest.raises(Conflict, match="no referral proposal"):
        env.cases.approve_referral(case, sam)
    env.cases.decide(case, sam, DecisionKind.PROPOSE_REFERRAL, "clear solicitation")
    assert env.cases.queue(status="referral_proposed")[0].id == case
    with pytest.raises(PermissionDenied, match="four eyes: sam proposed"):
        env.cases.approve_referral(case, sam)
    with pytest.raises(PermissionDenied, match="role analyst"):
        env.cases.approve_referral(case, ana)
    with pytest.raises(PermissionDenied, match="role reviewer"):
        env.cases.approve_referral(case, rolf)
    with pytest.raises(Conflict, match="waits for approval"):
        env.cases.decide(case, rita, DecisionKind.DISMISS, "changed my mind")
    rejected = env.cases.approve_referral(case, sue, approve=False, reason="needs more")
    assert rejected.status == "rejected" and rejected.bundle_path is None
    assert env.cases.queue()[0].id == case  # back in the queue
    view = env.cases.get(case, rita)
    assert view.referral is not None and view.referral.status == "rejected"
    assert [d.kind for d in view.decisions][-2:] == [
        DecisionKind.PROPOSE_REFERRAL,
        DecisionKind.REJECT_REFERRAL,
    ]
    # An analyst may propose; the proposer's approval is refused, another supervisor's is not.
    env.cases.decide(case, ana, DecisionKind.PROPOSE_REFERRAL, "second look", jurisdiction="NL")
    referral = env.cases.approve_referral(case, sam, reason="agreed")
    assert referral.status == "approved"
    assert referral.recipient.name == "Politie, team AVT" and referral.recipient.kind == "police"
    assert referral.ncmec_path is None  # not a US recipient
    assert referral.bundle_path is not None and referral.bundle_path.is_file()
    assert referral.bundle_path.parent == env.data_dir / "referrals" / case
    assert env.cases.referral_bundle(case, rita) == referral.bundle_path
    with pytest.raises(Conflict):
        env.cases.approve_referral(case, sue)


def test_approved_referral_package_verifies_and_holds_the_decisions(env: Env) -> None:
    case = the_case(env)
    env.cases.decide(case, env.user("rita"), DecisionKind.PROPOSE_REFERRAL, "clear")
    referral = env.cases.approve_referral(case, env.user("sam"))
    assert referral.recipient.jurisdiction == "generic"  # no country: the default recipient
    assert referral.bundle_path is not None
    report = verify_bundle(referral.bundle_path)
    assert report.events == 9
    with zipfile.ZipFile(referral.bundle_path) as zf:
        kinds = [json.loads(x)["kind"] for x in zf.read("entries.jsonl").splitlines()]
    assert kinds.count("decision") == 3  # escalation, proposal, approval
    manifest = json.loads((referral.bundle_path.parent / "referral.json").read_text())
    assert manifest["submitted"] is False and manifest["approved_by"] == "user:sam"
    assert manifest["proposed_by"] == "user:rita"
    assert env.cases.queue(status="referred")[0].id == case
    assert CONVERSATION in env.cases.held_conversations()
    # The log still verifies, audit and decision entries included.
    env.log.checkpoint()
    key = load_or_create_signing_key(env.data_dir, ORIGIN)
    assert verify_log(env.db, key.public_key_text()).size == env.log.size


def test_audit_trail_is_for_auditors_and_admins(env: Env) -> None:
    case = the_case(env)
    env.cases.get(case, env.user("rita"))
    env.cases.decide(case, env.user("rita"), DecisionKind.WATCH, "keep an eye")
    trail = env.cases.audit_trail(env.user("otto"), limit=3)
    assert [e["action"] for e in trail][:2] == ["watch", "read_case"]
    assert all(isinstance(e["idx"], int) for e in trail)
    assert env.cases.audit_trail(env.user("adam"), limit=1)[0]["action"] == "read_audit"
