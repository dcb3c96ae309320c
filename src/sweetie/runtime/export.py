"""`sweetie export` and `sweetie verify --bundle`: evidence bundles out of the log and back.

What is exported is a case id (its conversations, the subject's assessments in them and the
decisions about the case), else a conversation id, else a subject ("network/nick", as in
Assessment.subject): the subject's conversations, with only the subject's own assessments (the
other senders are not what the bundle is about). Exporting a case is an audit entry.
"""

from __future__ import annotations

import getpass
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from sqlalchemy import select

from sweetie.cases.audit import AuditTrail
from sweetie.cases.bundle import case_entries
from sweetie.events import InputError
from sweetie.evidence import EvidenceLog, NoteVerifier, load_or_create_signing_key
from sweetie.evidence.bundle import (
    BundleReport,
    build_files,
    contents_from_log,
    verify_bundle,
    write_bundle,
)
from sweetie.evidence.caseuco import case_jsonld
from sweetie.evidence.report import report_html, report_pdf
from sweetie.runtime.pipeline import ORIGIN
from sweetie.store import CapturedEventRepository, Database, EvidenceRepository, open_database
from sweetie.store.database import DATABASE_FILE
from sweetie.store.models import assessments

__all__ = ["Selection", "run_export", "run_verify_bundle", "select_entries"]


@dataclass(frozen=True, slots=True)
class Selection:
    what: str  # "case", "conversation" or "subject"
    conversations: tuple[str, ...]
    indexes: tuple[int, ...]


def select_entries(database: Database, ident: str) -> Selection:
    """The log entries of a case, conversation id or subject; InputError if it is none."""
    c = assessments.c
    with database.transaction() as conn:
        case = case_entries(conn, ident)
        if case is not None:
            return Selection("case", case.conversations, case.indexes)
        captured = CapturedEventRepository(conn)
        events = captured.by_conversation(ident)
        if events:
            what, conversations = "conversation", [ident]
            where = c.conversation == ident
        else:
            found = conn.execute(
                select(c.conversation).where(c.subject == ident).distinct()
            ).scalars()
            conversations = sorted(str(x) for x in found)
            if not conversations:
                raise InputError(f"no conversation or subject {ident!r} in the evidence log")
            what = "subject"
            where = c.subject == ident
            events = [e for conv in conversations for e in captured.by_conversation(conv)]
        logged = conn.execute(
            select(c.evidence_idx).where(where, c.evidence_idx.is_not(None))
        ).scalars()
        indexes = {e.evidence_idx for e in events} | {int(i) for i in logged}
    return Selection(what, tuple(conversations), tuple(sorted(indexes)))


def _operator() -> str:
    """Who exported, as far as the machine knows: the OS account running the command."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def run_export(
    ident: str,
    out: Path,
    data_dir: Path,
    database_url: str | None,
    *,
    pdf: bool = True,
    tsa_url: str | None = None,
    console: Console,
) -> Path:
    if database_url is None and not (data_dir / DATABASE_FILE).is_file():
        raise InputError(
            "no evidence log here (run `sweetie scan` or `sweetie run` first)", source=str(data_dir)
        )
    if not ident:
        raise InputError("must not be empty", field="ID")
    key = load_or_create_signing_key(data_dir, ORIGIN)
    with open_database(data_dir, database_url) as db:
        selection = select_entries(db, ident)
        log = EvidenceLog(db, ORIGIN, key)
        if selection.what == "case":
            AuditTrail(db, log, threading.RLock()).record(_operator(), "export", ident)
        checkpoint = log.checkpoint()  # a fresh tree head: proofs are against the log as now
        created_at = _now()
        with db.transaction() as conn:
            latest = EvidenceRepository(conn).latest_checkpoint()
        made_at = latest.created_at if latest and latest.size == checkpoint.size else created_at
        timestamp = None
        if tsa_url is not None:
            from sweetie.evidence.timestamp import stamp_checkpoint

            timestamp = stamp_checkpoint(db, checkpoint, tsa_url)
        contents = contents_from_log(
            db,
            selection.indexes,
            checkpoint=checkpoint,
            checkpoint_created_at=made_at,
            public_key=key.public_key_text(),
            exported=ident,
            created_at=created_at,
            timestamp=timestamp,
            # what was decided, warned and reviewed about it (a case brings its own)
            conversations=(ident,) if selection.what == "conversation" else (),
            subjects=(ident,) if selection.what == "subject" else (),
        )
    files = build_files(
        contents,
        key,
        case_jsonld=case_jsonld,
        report_html=report_html,
        report_pdf=report_pdf if pdf else None,
    )
    write_bundle(out, files)
    events, assessed = len(contents.events), len(contents.assessments)
    pdf_note = "" if "report.pdf" in files or not pdf else " (no PDF: WeasyPrint is not installed)"
    console.print(
        f"exported {selection.what} {ident}: {events} events, {assessed} assessments,"
        f" {len(contents.entries)} log entries proved against checkpoint {checkpoint.size}"
        f" -> {out}{pdf_note}",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    return out


def _read_key_file(path: Path) -> NoteVerifier:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise InputError(f"cannot read the public key file ({reason})", source=str(path)) from None
    try:
        return NoteVerifier.from_text(text)
    except InputError as exc:
        raise InputError(exc.message, source=str(path)) from None


def run_verify_bundle(
    bundle: Path, *, public_key_file: Path | None, console: Console
) -> BundleReport:
    expected = None if public_key_file is None else _read_key_file(public_key_file)
    report = verify_bundle(bundle, public_key=expected)
    pinned = "pinned" if expected is not None else "bundled, not pinned"
    parts = [
        f"bundle verifies: {report.entries} log entries ({report.events} events,"
        f" {report.assessments} assessments) proved against checkpoint {report.checkpoint_size}"
        f" of {report.origin}, root {report.root.hex()}, key {report.public_key} ({pinned})"
    ]
    if report.erased:
        parts.append(f"{len(report.erased)} erased (verified by hash)")
    if report.timestamp is not None:
        stamp = report.timestamp
        checked = {
            "pinned root": "",
            "carried root": " (signature checked against the chain the token carries)",
            "unchecked": " (TSA signature not checked: the token carries no root certificate)",
        }[stamp.trust]
        parts.append(f"timestamped {stamp.gen_time} by {stamp.tsa}{checked}")
    parts.extend(report.notes)
    console.print("; ".join(parts), markup=False, highlight=False, soft_wrap=True)
    return report
