"""Evidence bundles: export, verification with nothing but the bundle, tampering, CASE/UCO."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from case_validation import assert_case_conforms
from golden_bundles import GOLDEN, make
from sweetie.events import InputError, VerificationError
from sweetie.evidence import EvidenceLog, load_or_create_signing_key
from sweetie.evidence.bundle import (
    CASE_JSONLD,
    MANIFEST,
    REPORT_HTML,
    REPORT_PDF,
    read_entries,
    verify_bundle,
    zip_bytes,
)
from sweetie.runtime import cli
from sweetie.runtime.export import run_export, select_entries
from sweetie.store import open_database
from sweetie.store.database import DATABASE_FILE

QUIET = Console(file=io.StringIO())


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir as `sweetie scan` leaves it: its own key, events and assessments logged."""
    directory = tmp_path_factory.mktemp("data")
    key = load_or_create_signing_key(directory, make.ORIGIN)
    make.make_log(directory, key).close()
    return directory


@pytest.fixture(scope="module")
def exported(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "case.zip"
    run_export(make.CONVERSATION, out, data_dir, None, console=QUIET)
    return out


def _files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["sweetie", *args])
    code = 0
    try:
        cli.main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- export ------------------------------------------------------------------------------------


def test_export_holds_every_part_and_verifies(exported: Path) -> None:
    files = _files(exported)
    expected = {
        "events.jsonl",
        "entries.jsonl",
        "checkpoint.txt",
        "public-key.txt",
        CASE_JSONLD,
        REPORT_HTML,
        MANIFEST,
        "manifest.sig",
    }
    assert expected <= set(files)
    manifest = json.loads(files[MANIFEST])
    assert set(manifest["files"]) == set(files) - {MANIFEST, "manifest.sig"}
    report = verify_bundle(exported)
    assert (report.events, report.assessments, report.entries) == (5, 4, 9)
    assert report.exported == make.CONVERSATION
    assert [json.loads(line)["id"] for line in files["events.jsonl"].splitlines()] == [
        "e002",
        "e003",
        "e004",
        "e005",
        "e006",
    ]


def test_export_makes_a_pdf_report(exported: Path) -> None:
    pytest.importorskip("weasyprint")
    pdf = _files(exported)[REPORT_PDF]
    assert pdf.startswith(b"%PDF-")
    html = _files(exported)[REPORT_HTML].decode()
    # the conversation, the indicators (marked), the chain of custody
    assert "are you alone at home now?" not in html  # the indicator span is marked up
    assert "<mark>alone at home</mark>" in html
    assert "move_private_app" in html
    assert "checkpoint root" in html and "log public key" in html


def test_report_escapes_what_people_wrote(tmp_path: Path) -> None:
    from sweetie.events import ChatEvent

    key = load_or_create_signing_key(tmp_path, make.ORIGIN)
    with open_database(tmp_path) as db:
        log = EvidenceLog(db, make.ORIGIN, key)
        text = '<script>alert("x")</script> & <b>bold</b>'
        log.append_event(ChatEvent("x1", "2026-03-01T20:00:00Z", "net", "#r", "eve", text))
        log.checkpoint()
    out = tmp_path / "x.zip"
    run_export("net/#r", out, tmp_path, None, pdf=False, console=QUIET)
    html = _files(out)[REPORT_HTML].decode()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert REPORT_PDF not in _files(out)


def test_subject_export_keeps_only_the_subjects_assessments(data_dir: Path) -> None:
    with open_database(data_dir) as db:
        by_subject = select_entries(db, make.SUBJECT)
        by_conversation = select_entries(db, make.CONVERSATION)
        assert by_subject.what == "subject" and by_conversation.what == "conversation"
        assert by_subject.conversations == (make.CONVERSATION,)
        assert set(by_subject.indexes) == set(by_conversation.indexes)
        with pytest.raises(InputError, match="no conversation or subject 'nobody'"):
            select_entries(db, "nobody")


def test_case_jsonld_validates_with_case_utils(exported: Path, tmp_path: Path) -> None:
    document = _files(exported)[CASE_JSONLD]
    graph = json.loads(document)
    types = {node["@type"] for node in graph["@graph"]}
    assert {
        "uco-observable:Message",
        "uco-observable:MessageThread",
        "uco-observable:ApplicationAccount",
        "case-investigation:InvestigativeAction",
        "case-investigation:ProvenanceRecord",
    } <= types
    assert_case_conforms(document, tmp_path)


def test_erased_record_is_proved_by_hash(tmp_path: Path) -> None:
    key = load_or_create_signing_key(tmp_path, make.ORIGIN)
    make.make_log(tmp_path, key).close()
    with open_database(tmp_path) as db:
        EvidenceLog(db, make.ORIGIN, key).erase(2, "court order 17/2026")
    out = tmp_path / "erased.zip"
    run_export(make.CONVERSATION, out, tmp_path, None, pdf=False, console=QUIET)
    report = verify_bundle(out)
    assert report.erased == (2,) and report.events == 4
    assert b"e003" not in _files(out)["events.jsonl"]


def test_export_refuses_a_log_that_does_not_verify(tmp_path: Path) -> None:
    key = load_or_create_signing_key(tmp_path, make.ORIGIN)
    make.make_log(tmp_path, key).close()
    with open_database(tmp_path) as db, db.transaction() as conn:
        conn.exec_driver_sql("UPDATE evidence_entries SET body = X'7b7d' WHERE idx = 4")
    with pytest.raises(
        VerificationError, match=r"^entry 4: record does not match its content hash$"
    ):
        run_export(make.CONVERSATION, tmp_path / "x.zip", tmp_path, None, console=QUIET)
    assert not (tmp_path / "x.zip").exists()


def test_export_without_a_log_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no evidence log here"):
        run_export("c1", tmp_path / "x.zip", tmp_path / "none", None, console=QUIET)
    assert not (tmp_path / "none" / DATABASE_FILE).exists()


# -- golden bundles ----------------------------------------------------------------------------


def test_golden_good_bundle_verifies() -> None:
    report = verify_bundle(GOLDEN / "good.zip", public_key=make.fixed_key(1).public_key_text())
    assert (report.checkpoint_size, report.entries) == (11, 9)


@pytest.mark.parametrize("name", sorted(make.TAMPERS))
def test_golden_tampered_bundle_fails_with_one_clear_line(name: str) -> None:
    path = GOLDEN / f"{name}.zip"
    with pytest.raises(VerificationError) as caught:
        verify_bundle(path)
    assert str(caught.value) == f"{path}: {make.expected_message(name)}"


@pytest.fixture(scope="module")
def fresh_goldens(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return dict(make.build_all(GOLDEN, tmp_path_factory.mktemp("work")))


@pytest.mark.parametrize("name", sorted(make.TAMPERS))
def test_tampering_a_fresh_bundle_fails_the_same_way(
    name: str, fresh_goldens: dict[str, bytes], tmp_path: Path
) -> None:
    """The writer of today and the committed bundles of format 1 agree."""
    good = tmp_path / "good.zip"
    good.write_bytes(fresh_goldens["good.zip"])
    verify_bundle(good)
    path = tmp_path / f"{name}.zip"
    path.write_bytes(fresh_goldens[f"{name}.zip"])
    with pytest.raises(VerificationError) as caught:
        verify_bundle(path)
    assert str(caught.value) == f"{path}: {make.expected_message(name)}"


def _rezip(tmp_path: Path, files: dict[str, bytes], name: str = "t.zip") -> Path:
    path = tmp_path / name
    path.write_bytes(zip_bytes(files))
    return path


def test_extra_file_not_in_manifest(tmp_path: Path) -> None:
    files = _files(GOLDEN / "good.zip")
    files["notes.txt"] = b"added later"
    path = _rezip(tmp_path, files)
    with pytest.raises(VerificationError, match=r": notes\.txt: not listed in manifest\.json$"):
        verify_bundle(path)


def test_missing_file_listed_in_manifest(tmp_path: Path) -> None:
    files = _files(GOLDEN / "good.zip")
    del files[REPORT_HTML]
    path = _rezip(tmp_path, files)
    with pytest.raises(
        VerificationError, match=r": report\.html: listed in manifest\.json but missing"
    ):
        verify_bundle(path)


def test_entry_with_changed_time_fails_its_leaf_hash(tmp_path: Path) -> None:
    files = _files(GOLDEN / "good.zip")
    lines = [json.loads(line) for line in files["entries.jsonl"].splitlines()]
    lines[2]["recorded_at"] = "2026-01-01T00:00:00.000000Z"
    files["entries.jsonl"] = b"".join(json.dumps(e).encode() + b"\n" for e in lines)
    make._remanifest(files)
    path = _rezip(tmp_path, files)
    with pytest.raises(VerificationError) as caught:
        verify_bundle(path)
    assert str(caught.value) == (
        f"{path}: entry 3: leaf hash does not match the entry"
        " (its index, kind, time or content hash was changed)"
    )


def test_pinned_key_must_match() -> None:
    other = make.fixed_key(2).public_key_text()
    with pytest.raises(VerificationError) as caught:
        verify_bundle(GOLDEN / "good.zip", public_key=other)
    assert str(caught.value) == (
        f"{GOLDEN / 'good.zip'}: public-key.txt: the bundle's key"
        f" {make.fixed_key(1).public_key_text()} is not the expected key {other}"
    )


def test_entries_round_trip() -> None:
    entries = read_entries(_files(GOLDEN / "good.zip")["entries.jsonl"])
    assert [e.idx for e in entries] == [1, 2, 3, 4, 5, 7, 8, 9, 10]
    assert all(e.record is not None for e in entries)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(position=st.integers(min_value=0), value=st.integers(min_value=1, max_value=255))
def test_any_damaged_byte_is_a_clean_error_or_harmless(
    tmp_path: Path, position: int, value: int
) -> None:
    data = bytearray((GOLDEN / "good.zip").read_bytes())
    data[position % len(data)] ^= value
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(data))
    try:
        verify_bundle(path)
    except VerificationError as exc:
        assert "\n" not in str(exc)


# -- the command line --------------------------------------------------------------------------


def test_cli_verify_bundle(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = GOLDEN / "good.zip"
    code, out, err = _cli(monkeypatch, capsys, "verify", "--bundle", str(good))
    assert code == 0 and out.startswith("bundle verifies: 9 log entries") and not err

    bad = GOLDEN / "swapped_proof_hash.zip"
    code, out, err = _cli(monkeypatch, capsys, "verify", "--bundle", str(bad))
    assert code == 1 and not out
    assert err == f"sweetie: error: {bad}: {make.expected_message('swapped_proof_hash')}\n"

    code, _, err = _cli(monkeypatch, capsys, "verify", "--bundle", str(tmp_path / "none.zip"))
    assert code == 2 and err == f"sweetie: error: {tmp_path / 'none.zip'}: no such bundle file\n"

    key_file = tmp_path / "key.txt"
    key_file.write_text(make.fixed_key(1).public_key_text() + "\n")
    code, out, _ = _cli(
        monkeypatch, capsys, "verify", "--bundle", str(good), "--public-key-file", str(key_file)
    )
    assert code == 0 and "(pinned)" in out
    key_file.write_text(make.fixed_key(2).public_key_text() + "\n")
    code, _, err = _cli(
        monkeypatch, capsys, "verify", "--bundle", str(good), "--public-key-file", str(key_file)
    )
    assert code == 1 and "is not the expected key" in err and err.count("\n") == 1


def test_cli_export(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
) -> None:
    out_zip = tmp_path / "subject.zip"
    code, out, err = _cli(
        monkeypatch,
        capsys,
        "export",
        make.SUBJECT,
        "--out",
        str(out_zip),
        "--data-dir",
        str(data_dir),
        "--no-pdf",
    )
    assert code == 0, err
    assert out.startswith(f"exported subject {make.SUBJECT}: 5 events, 4 assessments")
    verify_bundle(out_zip)
    code, _, err = _cli(
        monkeypatch, capsys, "export", "nobody", "--out", str(out_zip), "--data-dir", str(data_dir)
    )
    assert code == 2
    assert err == "sweetie: error: no conversation or subject 'nobody' in the evidence log\n"


@pytest.fixture(autouse=True)
def _no_leftover_partials(tmp_path: Path) -> Iterator[None]:
    yield
    assert not list(tmp_path.glob("*.partial"))
