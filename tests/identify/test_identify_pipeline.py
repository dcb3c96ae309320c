"""The identify step in the real pipeline (SQLite, the evidence log, the detector, the CLI):
identifiers stored encrypted, accounts linked into subjects, detection per subject,
jurisdiction, the auditor's dossier."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from identify_helpers import Line, write_jsonl
from typer.testing import CliRunner, Result

from sweetie.events import ChatEvent, InputError, Level, SweetieError
from sweetie.identify import jurisdiction_of, load_identity_key
from sweetie.identify.dossier import subject_dossier
from sweetie.runtime.cli import app
from sweetie.runtime.pipeline import open_pipeline
from sweetie.runtime.steps import StepSettings, build_steps
from sweetie.store import open_database
from sweetie.store.identities import IdentityRepository

# Two accounts on two networks; the second gives the first one's telegram handle as its own.
LINES: list[Line] = [
    ("e1", "irc.a", "c1", "rick77", "mia_11", "hi how old are you?"),
    ("e2", "irc.a", "c1", "mia_11", "rick77", "i'm 11"),
    (
        "e3",
        "irc.a",
        "c1",
        "rick77",
        "mia_11",
        "can you do a private cam show? i'll send gcash 500. add me on telegram rick_uk77, "
        "im 45 m from the uk",
    ),
    ("e4", "irc.b", "c2", "bigdaddy", "lia_12", "how old are you?"),
    ("e5", "irc.b", "c2", "lia_12", "bigdaddy", "12 po"),
    (
        "e6",
        "irc.b",
        "c2",
        "bigdaddy",
        "lia_12",
        "don't tell your mom. telegram: Rick_UK77 or mail rick dot jones at gmail, "
        "text 0917 123 4567",
    ),
    ("e7", "irc.b", "c3", "john", "ana", "my name is Rick"),
]


def sweetie(*args: str | Path) -> Result:
    """The command line, in process (a subprocess costs seconds of start-up per call)."""
    result = CliRunner().invoke(app, [str(a) for a in args])
    if isinstance(result.exception, SweetieError):
        raise result.exception
    return result


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("identify")
    events = write_jsonl(root / "events.jsonl", LINES)
    data = root / "data"
    result = sweetie("scan", events, "--data-dir", data, "--json")
    assert result.exit_code == 0, result.output
    return data


def db_bytes(data: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data.glob("sweetie.db*") if p.is_file())


def test_identifiers_are_stored_encrypted(scanned: Path) -> None:
    key_file = scanned / "identity.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    with open_database(scanned) as db, db.transaction() as conn:
        stored = IdentityRepository(conn).all()
    kinds = {(r.account, r.kind) for r in stored}
    assert {
        ("irc.a/rick77", "handle"),
        ("irc.b/bigdaddy", "email"),
        ("irc.b/bigdaddy", "phone"),
        ("irc.a/rick77", "country"),
        ("irc.a/mia_11", "age"),
    } <= kinds
    e3 = next(r for r in stored if r.event_id == "e3" and r.kind == "handle")
    assert LINES[2][5][e3.span_start : e3.span_end] == "rick_uk77"
    # The normalised forms appear nowhere in the text, so a hit would be our own leak.
    raw = db_bytes(scanned)
    for plain in (
        b"+639171234567",
        b"rick.jones@gmail.com",
        b"rickjones@gmail.com",
        b"telegram:rick_uk77",
    ):
        assert plain not in raw, plain


def test_subjects_lists_linked_accounts_masked(scanned: Path) -> None:
    result = sweetie("subjects", "--data-dir", scanned, "--json")
    assert result.exit_code == 0, result.output
    subjects = {s["subject"]: s for s in json.loads(result.stdout)}
    rick = subjects["irc.a/rick77"]
    assert rick["accounts"] == ["irc.a/rick77", "irc.b/bigdaddy"]
    assert [(link["kind"], link["identifier"], link["events"]) for link in rick["links"]] == [
        ("handle", "telegram:r***7", ["e3", "e6"])
    ]
    assert rick["risk"] > 0.9
    assert "irc.b/bigdaddy" not in subjects
    # The same first name elsewhere is not a link (and not even a suggestion: one side only).
    assert subjects["irc.b/john"]["accounts"] == ["irc.b/john"]
    table = sweetie("subjects", "--data-dir", scanned)
    assert table.exit_code == 0 and "r***7" in table.stdout and "rick_uk77" not in table.stdout


def test_jurisdiction_from_what_the_subject_disclosed(scanned: Path) -> None:
    with open_database(scanned) as db:
        of = jurisdiction_of(db, load_identity_key(scanned))
        assert of("irc.b/bigdaddy") == "GB"  # via the link to rick77, who said "from the uk"
        assert of("irc.a/mia_11") is None
        assert of("irc.x/nobody") is None


def test_the_dossier_holds_everything_about_one_subject(scanned: Path, tmp_path: Path) -> None:
    out = tmp_path / "dossier.json"
    result = sweetie("subjects", "irc.b/bigdaddy", "--export", out, "--data-dir", scanned)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    dossier = json.loads(out.read_text())
    assert dossier["subject"] == "irc.a/rick77"
    assert dossier["accounts"] == ["irc.a/rick77", "irc.b/bigdaddy"]
    values = {(i["kind"], i["value"]) for i in dossier["identifiers"]}
    assert {
        ("email", "rick.jones@gmail.com"),
        ("phone", "+639171234567"),
        ("handle", "telegram:rick_uk77"),
        ("age", "45"),
    } <= values
    assert {e["event_id"] for e in dossier["events"]} >= {"e1", "e3", "e4", "e6"}
    assert all(e["event"]["sender"] in ("rick77", "bigdaddy") for e in dossier["events"])
    assert dossier["assessments"] and dossier["jurisdiction"] == "GB"
    with open_database(scanned) as db:
        direct = subject_dossier(db, "irc.a/rick77", load_identity_key(scanned))
    assert direct["identifiers"] == dossier["identifiers"]
    with pytest.raises(InputError, match="no subject"):
        sweetie("subjects", "irc.x/nobody", "--data-dir", scanned)


def _event(n: int, network: str, conv: str, sender: str, to: str, text: str) -> ChatEvent:
    return ChatEvent(f"p{n}", f"2026-03-01T21:00:{n:02d}Z", network, None, sender, text, to, conv)


def test_after_a_link_detection_aggregates_per_subject(tmp_path: Path) -> None:
    pipeline = open_pipeline(tmp_path)
    try:
        pipeline.steps = build_steps(pipeline, StepSettings(data_dir=tmp_path))
        first = pipeline.process_batch(
            [
                _event(1, "irc.a", "c1", "rick77", "mia", "how old are you?"),
                _event(2, "irc.a", "c1", "mia", "rick77", "i'm 11"),
                _event(
                    3,
                    "irc.a",
                    "c1",
                    "rick77",
                    "mia",
                    "can you do a private cam show? add me on kik: rick_77",
                ),
            ]
        )
        high = max(a.subject_score for a in first if a.sender == "rick77")
        assert high > 0.9
        # Another network, another nick, the same kik: from this batch on, one subject.
        pipeline.process_batch([_event(4, "irc.b", "c2", "quietguy", "ana", "kik: Rick_77")])
        later = pipeline.process_batch(
            [_event(5, "irc.b", "c2", "quietguy", "ana", "how old are you?")]
        )
        [a] = [a for a in later if a.sender == "quietguy"] or [None]
        assert a is not None
        assert a.subject == "irc.a/rick77"
        assert a.subject_score >= high  # the subject's earlier conversation counts
        assert a.level is not Level.WARN  # but this conversation alone warns nobody
        assert pipeline.detector.subject_of is not None
    finally:
        pipeline.close()


def test_the_cases_part_gets_what_a_subject_disclosed_as_its_own(scanned: Path) -> None:
    from sweetie.identify.dossier import subject_identifiers

    with open_database(scanned) as db:
        of = subject_identifiers(db, load_identity_key(scanned))
        pairs = of("irc.a/rick77")
    assert ("email", "rick.jones@gmail.com") in pairs and ("country", "GB") in pairs
    assert pairs[0][1] in {"rick.jones@gmail.com", "telegram:rick_uk77", "+639171234567"}


def test_a_link_whose_attempt_failed_midway_is_made_once_on_the_retry(tmp_path: Path) -> None:
    from sweetie.evidence.log import EvidenceLog
    from sweetie.identify import SUBJECT_LINK
    from sweetie.store import EvidenceRepository
    from sweetie.store.database import DatabaseUnavailable

    pipeline = open_pipeline(tmp_path)
    try:
        pipeline.steps = build_steps(pipeline, StepSettings(data_dir=tmp_path))
        pipeline.process_batch(
            [_event(1, "irc.a", "c1", "rick77", "mia", "add me on kik: rick_77")]
        )
        # The server goes away after the identifiers of the next batch are committed, just as
        # the link is about to be logged: the pipeline retries the whole step.
        real_append = EvidenceLog.append
        failed: list[str] = []

        def flaky(log: EvidenceLog, kind: str, record: object) -> int:
            if kind == SUBJECT_LINK and not failed:
                failed.append(kind)
                raise DatabaseUnavailable("server restarting")
            return real_append(log, kind, record)  # type: ignore[arg-type]

        pipeline.log.append = lambda kind, record: flaky(pipeline.log, kind, record)  # type: ignore[method-assign]
        pipeline.process_batch([_event(2, "irc.b", "c2", "quietguy", "ana", "kik: Rick_77")])
        assert failed
        identify = pipeline.steps[0]
        assert identify.subject_of("irc.b", "quietguy") == "irc.a/rick77"  # type: ignore[attr-defined]
        with pipeline.database.transaction() as conn:
            stored = IdentityRepository(conn).subjects()
        assert {a: s for a, (_, _, s) in stored.items()} == {
            "irc.a/rick77": "irc.a/rick77",
            "irc.b/quietguy": "irc.a/rick77",
        }
        with pipeline.database.transaction() as conn:
            links = [e for e in EvidenceRepository(conn).scan() if e.kind == SUBJECT_LINK]
        assert len(links) == 1
    finally:
        pipeline.close()
