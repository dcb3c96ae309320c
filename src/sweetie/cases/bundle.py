"""The evidence bundle of a case: which log entries it holds, and writing it.

A case's bundle holds every captured event of the case's conversations, the subject's own
assessments in them, and the decisions about the case (the escalations that opened it and
the reviewers' decisions, the four-eyes approval included when it was logged first). The
bundle format and its verification are the evidence part's (`sweetie verify --bundle`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from sweetie.evidence import EvidenceLog, SigningKey
from sweetie.evidence.bundle import build_files, contents_from_log, write_bundle
from sweetie.evidence.caseuco import case_jsonld
from sweetie.evidence.report import report_html, report_pdf
from sweetie.store import CapturedEventRepository, CaseRepository, Database, EvidenceRepository
from sweetie.store.decisions import decisions
from sweetie.store.models import assessments

__all__ = ["CaseEntries", "case_entries", "write_case_bundle"]


@dataclass(frozen=True, slots=True)
class CaseEntries:
    case_id: str
    subject: str
    conversations: tuple[str, ...]
    indexes: tuple[int, ...]


def case_entries(conn: Connection, case_id: str) -> CaseEntries | None:
    """The log entries of a case; None if there is no such case."""
    repo = CaseRepository(conn)
    case = repo.get(case_id)
    if case is None:
        return None
    conversations = repo.conversations(case_id)
    captured = CapturedEventRepository(conn)
    indexes = {e.evidence_idx for conv in conversations for e in captured.by_conversation(conv)}
    a = assessments.c
    if conversations:
        logged = conn.execute(
            select(a.evidence_idx).where(
                a.subject == case.subject,
                a.conversation.in_(conversations),
                a.evidence_idx.is_not(None),
            )
        ).scalars()
        indexes.update(int(i) for i in logged)
    d = decisions.c
    keys = repo.escalation_keys(case_id)
    decided = conn.execute(
        select(d.evidence_idx).where(
            or_(d.case_id == case_id, d.key.in_(keys)), d.evidence_idx.is_not(None)
        )
    ).scalars()
    indexes.update(int(i) for i in decided)
    return CaseEntries(case_id, case.subject, tuple(conversations), tuple(sorted(indexes)))


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def write_case_bundle(
    database: Database,
    log: EvidenceLog,
    key: SigningKey,
    entries: CaseEntries,
    out: Path,
    *,
    pdf: bool = True,
    report_pdf_fn: Callable[[bytes], bytes | None] | None = report_pdf,
) -> Path:
    """Write the case's bundle to `out`, proved against a fresh checkpoint of the log."""
    checkpoint = log.checkpoint()
    created_at = _now()
    with database.transaction() as conn:
        latest = EvidenceRepository(conn).latest_checkpoint()
    made_at = latest.created_at if latest and latest.size == checkpoint.size else created_at
    contents = contents_from_log(
        database,
        entries.indexes,
        checkpoint=checkpoint,
        checkpoint_created_at=made_at,
        public_key=key.public_key_text(),
        exported=entries.case_id,
        created_at=created_at,
    )
    files = build_files(
        contents,
        key,
        case_jsonld=case_jsonld,
        report_html=report_html,
        report_pdf=report_pdf_fn if pdf else None,
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    write_bundle(out, files)
    return out
