"""Decisions, warnings and reviewers' actions in export bundles and their CASE/UCO graph."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from rich.console import Console

from case_validation import assert_case_conforms
from golden_bundles import make
from sweetie.events import Decision, DecisionKind, Warning
from sweetie.evidence import EvidenceLog, load_or_create_signing_key, verify_bundle
from sweetie.evidence.bundle import CASE_JSONLD, ENTRIES, read_entries, related_entries
from sweetie.runtime.export import run_export
from sweetie.store import open_database

QUIET = Console(file=io.StringIO())
OTHER = "irc.example.net/carol+dave"  # a conversation the exports are not about
BASE = 11
# the entries appended after the golden ones, by index
WARN, ELSEWHERE, WARNED, WARNED_ELSEWHERE, WATCH, AUDIT_WATCH, AUDIT_READ = range(BASE, BASE + 7)


def _decision(key: str, kind: DecisionKind, subject: str, conversation: str | None) -> Decision:
    actor = "policy" if kind in (DecisionKind.WARN_1, DecisionKind.ESCALATE) else "user:ana"
    return Decision(
        key=key,
        kind=kind,
        subject=subject,
        actor=actor,
        at="2026-03-01T20:20:00Z",
        reason="stated minor age and a private app request",
        event_id="e005" if conversation == make.CONVERSATION else None,
        conversation=conversation,
        indicators=("age_stated_minor", "move_private_app"),
        model_version="test-model-1",
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The golden conversation, then what the other parts log about it (and about others)."""
    directory = tmp_path_factory.mktemp("steps")
    key = load_or_create_signing_key(directory, make.ORIGIN)
    make.make_log(directory, key).close()
    warn = _decision("warn:e005", DecisionKind.WARN_1, make.SUBJECT, make.CONVERSATION)
    watch = _decision("watch:1", DecisionKind.WATCH, make.SUBJECT, None)
    elsewhere = _decision("warn:x1", DecisionKind.WARN_1, "irc.example.net/dave", OTHER)
    warning = Warning(
        decision_key=warn.key,
        network="irc.example.net",
        target="bob_77",
        text="What you are asking for is a crime. Help exists.",
        language="en",
        jurisdiction="generic",
        variant="A",
        catalog_entry="en-generic-1",
    )
    with open_database(directory) as db:
        log = EvidenceLog(db, make.ORIGIN, key)
        assert log.size == BASE  # the golden conversation's events and assessments
        log.append("decision", warn.to_json())
        log.append("decision", elsewhere.to_json())
        log.append(
            "warning_sent", {"outbox_id": 1, "at": "2026-03-01T20:20:05Z", **warning.to_json()}
        )
        log.append(
            "warning_sent",
            {
                "outbox_id": 2,
                "at": "2026-03-01T20:21:00Z",
                **{**warning.to_json(), "decision_key": "warn:x1", "target": "dave"},
            },
        )
        log.append("decision", watch.to_json())
        log.append(
            "audit",
            {
                "actor": "user:ana",
                "action": "watch",
                "target": make.SUBJECT,
                "at": "2026-03-02T09:00:00Z",
                "detail": {"decision": watch.key, "reason": "keep an eye"},
            },
        )
        log.append(
            "audit",
            {
                "actor": "user:ana",
                "action": "read",
                "target": "case-9",
                "at": "2026-03-02T09:01:00Z",
            },
        )
        log.checkpoint()
    return directory


def _kinds(bundle: Path) -> list[tuple[int, str]]:
    with zipfile.ZipFile(bundle) as zf:
        return [(e.idx, e.kind) for e in read_entries(zf.read(ENTRIES)) if e.kind != "chat_event"]


def test_related_entries_follow_conversation_subject_and_decision_key(data_dir: Path) -> None:
    with open_database(data_dir) as db:
        by_conversation = related_entries(db, conversations=[make.CONVERSATION])
        by_subject = related_entries(db, subjects=[make.SUBJECT])
        assert related_entries(db) == []
    assert by_conversation == [WARN, WARNED]
    assert by_subject == [WARN, WARNED, WATCH, AUDIT_WATCH]


@pytest.mark.parametrize(
    ("ident", "expected"),
    [
        (make.CONVERSATION, [(WARN, "decision"), (WARNED, "warning_sent")]),
        (
            make.SUBJECT,
            [
                (WARN, "decision"),
                (WARNED, "warning_sent"),
                (WATCH, "decision"),
                (AUDIT_WATCH, "audit"),
            ],
        ),
    ],
)
def test_export_carries_the_steps_and_verifies(
    data_dir: Path, tmp_path: Path, ident: str, expected: list[tuple[int, str]]
) -> None:
    out = tmp_path / "steps.zip"
    run_export(ident, out, data_dir, None, pdf=False, console=QUIET)
    assert [k for k in _kinds(out) if k[1] != "assessment"] == expected
    report = verify_bundle(out)
    assert report.entries == 5 + 4 + len(expected)


def test_case_jsonld_describes_each_step(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "subject.zip"
    run_export(make.SUBJECT, out, data_dir, None, pdf=False, console=QUIET)
    with zipfile.ZipFile(out) as zf:
        document = zf.read(CASE_JSONLD)
    nodes = json.loads(document)["@graph"]
    actions = {
        n["uco-core:name"]: n
        for n in nodes
        if n["@type"] == "case-investigation:InvestigativeAction"
    }
    assert set(actions) == {
        "capture",
        "assessment",
        "decision warn_1",
        "warning sent",
        "decision watch",
        "review watch",
        "export",
    }
    by_id = {n["@id"]: n for n in nodes}
    # the warning carries out the decision; the review names the watch decision
    assert actions["warning sent"]["case-investigation:wasInformedBy"] == [
        {"@id": actions["decision warn_1"]["@id"]}
    ]
    assert actions["review watch"]["case-investigation:wasInformedBy"] == [
        {"@id": actions["decision watch"]["@id"]}
    ]
    for name in ("decision warn_1", "warning sent", "decision watch", "review watch"):
        results = [by_id[r["@id"]] for r in actions[name]["uco-action:result"]]
        assert {r["@type"] for r in results} == {
            "uco-core:Annotation",
            "case-investigation:ProvenanceRecord",
        }
    assert "policy decided warn_1 about irc.example.net/bob_77" in json.dumps(nodes)
    assert_case_conforms(document, tmp_path)
