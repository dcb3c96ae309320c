"""The review queue and the cases in it: opening, reading, deciding, four-eyes referral.

A case is one subject under human review. The policy's ESCALATE decisions open it (one
active case per subject; a later escalation joins its conversation to the case). Reviewers
dismiss it (with a reason), keep watching it, or propose a referral; a second person with
the supervisor role approves or rejects the proposal (four eyes, hard rule 5). An approved
referral writes its package under data_dir/referrals/<case_id>/ and is never sent anywhere
by the system.

Every read of a case and every decision is an audit entry of the evidence log; decisions are
also logged (kind "decision") before they are stored, like everything the system acts on.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from sweetie.cases.audit import AuditTrail, utc_now
from sweetie.cases.bundle import CaseEntries, case_entries, write_case_bundle
from sweetie.cases.errors import Conflict, NotFound, PermissionDenied
from sweetie.cases.ncmec import ChatTranscript, NcmecReport, ncmec_xml
from sweetie.cases.referral import Recipient, Referral, ReferralView, Routing
from sweetie.cases.roles import Permission, can
from sweetie.cases.users import User
from sweetie.events import ChatEvent, Decision, DecisionKind, InputError, Stage, canonical_json
from sweetie.evidence import EvidenceLog, SigningKey, load_or_create_signing_key
from sweetie.store import (
    AssessmentRepository,
    CapturedEventRepository,
    CaseRepository,
    Database,
    DecisionRepository,
    EvidenceRepository,
)
from sweetie.store.cases import ACTIVE, CaseRow, ReferralRecord, case_conversations
from sweetie.store.models import assessments, captured_events

__all__ = [
    "DECISION",
    "CaseService",
    "CaseSummary",
    "CaseView",
    "IdentifierSource",
    "TimelineItem",
    "case_id_for",
]

DECISION = "decision"  # the evidence kind decisions are logged under
REVIEW_KINDS = (DecisionKind.DISMISS, DecisionKind.WATCH, DecisionKind.PROPOSE_REFERRAL)
WARNING_KINDS = (DecisionKind.WARN_1, DecisionKind.WARN_2)
# (kind, value) pairs a subject disclosed, e.g. ("email", "x@y.z"), ("country", "US"): the
# identify part's findings, handed in by the runtime (the parts do not call each other).
IdentifierSource = Callable[[str], Sequence[tuple[str, str]]]


def case_id_for(first_key: str, length: int = 8) -> str:
    """Short, stable: the same first escalation always names the same case."""
    return "C-" + hashlib.sha256(first_key.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: str
    subject: str
    status: str  # open | watching | referral_proposed | referred | dismissed
    risk: float  # the subject's highest subject_score seen in the case's conversations
    opened_at: str
    language: str
    network: str
    stage: str  # the furthest stage of the approach reached
    conversations: int
    last_activity: str


@dataclass(frozen=True, slots=True)
class TimelineItem:
    event: ChatEvent
    assessments: list[dict[str, Any]]  # stored assessment JSON, indicators with their spans
    highlights: list[tuple[int, int, str]]  # (start, end, category), merged, sorted
    index: int = -1  # the event's entry in the evidence log


@dataclass(frozen=True, slots=True)
class CaseView:
    id: str
    subject: str
    status: str
    risk: float
    opened_at: str
    language: str
    network: str
    stage: str
    conversations: int
    last_activity: str
    timeline: list[TimelineItem]
    other_conversations: list[str]
    warnings: list[dict[str, Any]]
    decisions: list[Decision]
    referral: ReferralView | None
    conversation_ids: tuple[str, ...] = ()


def _highlights(found: Sequence[dict[str, Any]]) -> list[tuple[int, int, str]]:
    spans = sorted(
        (int(i["start"]), int(i["end"]), str(i["category"]))
        for a in found
        for i in a.get("indicators", ())
    )
    merged: list[tuple[int, int, str]] = []
    for start, end, category in spans:
        if merged and merged[-1][2] == category and start <= merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), category)
        else:
            merged.append((start, end, category))
    return sorted(merged)


def _stage_rank(stage: str) -> int:
    try:
        return Stage(stage).rank
    except ValueError:
        return -1


class CaseService:
    def __init__(
        self,
        database: Database,
        log: EvidenceLog,
        data_dir: Path,
        *,
        routing: Routing | None = None,
        identifiers: IdentifierSource | None = None,
        signing_key: SigningKey | None = None,
        pdf: bool = True,
        lock: threading.RLock | None = None,
    ) -> None:
        self._db = database
        self._log = log
        self.data_dir = data_dir
        self.routing = routing or Routing({})
        self._identifiers = identifiers
        self._key = signing_key
        self._pdf = pdf  # a PDF report in referral bundles (when WeasyPrint is installed)
        # The evidence log has one writer, and web requests come on several threads: every
        # append and flush here holds this lock. Whoever else appends to the same log (the
        # pipeline, ingesting on another thread) must hold the same one: pass it in, or
        # take this one (`lock` is public for that).
        self.lock: threading.RLock = lock if lock is not None else threading.RLock()
        self.audit = AuditTrail(database, log, self.lock)

    # -- opening ---------------------------------------------------------------------------------

    def open_or_join(self, decision: Decision) -> str:
        """The case an ESCALATE decision opens or joins; idempotent by the decision's key."""
        if decision.kind is not DecisionKind.ESCALATE:
            raise ValueError(f"kind: {decision.kind.value} opens no case (only escalate does)")
        with self.lock:
            with self._db.transaction() as conn:
                repo = CaseRepository(conn)
                known = repo.escalation_case(decision.key)
                if known is not None:
                    return known
                risk, language, stage = self._assessed(conn, decision)
                at = decision.at or utc_now()
                case = repo.active_for_subject(decision.subject)
                if case is None:
                    action = "open_case"
                    case_id = case_id_for(decision.key)
                    if repo.exists(case_id):  # 8 hex digits collide one time in 4 billion
                        case_id = case_id_for(decision.key, 16)
                    repo.add(
                        CaseRow(
                            id=case_id,
                            subject=decision.subject,
                            status="open",
                            risk=risk,
                            opened_at=at,
                            last_activity=at,
                            closed_at=None,
                            language=language,
                            network=decision.subject.rpartition("/")[0],
                            stage=stage,
                            stage_rank=_stage_rank(stage),
                            first_key=decision.key,
                        )
                    )
                else:
                    action = "join_case"
                    case_id = case.id
                    values: dict[str, object] = {
                        "risk": max(case.risk, risk),
                        "last_activity": max(case.last_activity, at),
                    }
                    if _stage_rank(stage) > case.stage_rank:
                        values.update(stage=stage, stage_rank=_stage_rank(stage))
                    if language and not case.language:
                        values["language"] = language
                    if case.status == "watching":  # a new escalation asks for a fresh look
                        values["status"] = "open"
                    repo.update(case_id, **values)
                if decision.conversation:
                    repo.add_conversation(case_id, decision.conversation, at)
                repo.add_escalation(decision.key, case_id, at)
            self.audit.record(
                "policy", action, case_id, decision=decision.key, subject=decision.subject
            )
        return case_id

    @staticmethod
    def _assessed(conn: Any, decision: Decision) -> tuple[float, str, str]:
        """Risk, language and furthest stage of the subject in the escalated conversation."""
        a = assessments.c
        where = [a.subject == decision.subject]
        if decision.conversation:
            where.append(a.conversation == decision.conversation)
        bodies = conn.execute(select(a.body).where(*where).order_by(a.id)).scalars()
        risk, language, stage, rank = 0.0, "", Stage.CONTACT.value, -1
        for body in bodies:
            found = json.loads(body)
            risk = max(risk, float(found.get("subject_score", 0.0)))
            language = str(found.get("language") or language)
            if _stage_rank(str(found.get("stage", ""))) > rank:
                stage, rank = str(found["stage"]), _stage_rank(str(found["stage"]))
        return risk, language, stage

    def open_pending(self) -> list[str]:
        """Open or join a case for every stored escalation not yet in one (the pipeline step)."""
        with self._db.transaction() as conn:
            pending = CaseRepository(conn).unassigned_escalations()
        return [self.open_or_join(d) for d in pending]

    # -- reading ---------------------------------------------------------------------------------

    def queue(
        self,
        *,
        language: str | None = None,
        network: str | None = None,
        stage: str | None = None,
        status: str | None = "open",
        limit: int = 100,
    ) -> list[CaseSummary]:
        """Cases highest risk first, then longest waiting; `status=None` for every status."""
        with self._db.transaction() as conn:
            repo = CaseRepository(conn)
            rows = repo.queue(
                status=status, language=language, network=network, stage=stage, limit=limit
            )
            counts = repo.conversation_counts([r.id for r in rows])
        return [self._summary(r, counts.get(r.id, 0)) for r in rows]

    @staticmethod
    def _summary(row: CaseRow, conversations: int) -> CaseSummary:
        return CaseSummary(
            id=row.id,
            subject=row.subject,
            status=row.status,
            risk=row.risk,
            opened_at=row.opened_at,
            language=row.language,
            network=row.network,
            stage=row.stage,
            conversations=conversations,
            last_activity=row.last_activity,
        )

    def _require(self, actor: User, permission: Permission, what: str) -> None:
        if not can(actor.role, permission):
            raise PermissionDenied(f"role {actor.role.value} may not {what}")

    def get(self, case_id: str, actor: User) -> CaseView:
        self._require(actor, Permission.READ_CASES, "read cases")
        with self._db.transaction() as conn:
            repo = CaseRepository(conn)
            row = repo.get(case_id)
            if row is None:
                raise NotFound(f"no case {case_id!r}")
            conversations = repo.conversations(case_id)
            timeline = self._timeline(conn, conversations)
            other_conversations = sorted(
                self._subject_conversations(conn, row) - set(conversations)
            )
            decided = self._decisions(conn, row)
            subject_decisions = DecisionRepository(conn).by_subject(row.subject)
            warnings = [d.to_json() for d in subject_decisions if d.kind in WARNING_KINDS]
            referral = self._referral_view(repo.referral(case_id))
        self.audit.record(actor.actor, "read_case", case_id)
        return CaseView(
            **dataclasses.asdict(self._summary(row, len(conversations))),
            timeline=timeline,
            other_conversations=other_conversations,
            warnings=warnings,
            decisions=decided,
            referral=referral,
            conversation_ids=tuple(conversations),
        )

    @staticmethod
    def _timeline(conn: Any, conversations: Sequence[str]) -> list[TimelineItem]:
        captured = CapturedEventRepository(conn)
        evidence = EvidenceRepository(conn)
        assessed = AssessmentRepository(conn)
        items: list[TimelineItem] = []
        for conversation in conversations:
            by_event: dict[str, list[dict[str, Any]]] = {}
            for found in assessed.by_conversation(conversation):
                by_event.setdefault(str(found["event_id"]), []).append(found)
            for row in captured.by_conversation(conversation):
                entry = evidence.entry(row.evidence_idx)
                if entry is None or entry.body is None:
                    continue  # erased (retention, a court order): the log shows it, not here
                event = ChatEvent(**json.loads(entry.body))
                found_here = by_event.get(row.event_id, [])
                items.append(
                    TimelineItem(event, found_here, _highlights(found_here), row.evidence_idx)
                )
        items.sort(key=lambda item: item.index)
        return items

    @staticmethod
    def _subject_conversations(conn: Any, row: CaseRow) -> set[str]:
        """Where the subject was assessed, or spoke (the same nick on the same network)."""
        a = assessments.c
        found = {
            str(c)
            for c in conn.execute(
                select(a.conversation).where(a.subject == row.subject).distinct()
            ).scalars()
        }
        nick = row.subject.rpartition("/")[2]
        c = captured_events.c
        spoken = conn.execute(
            select(c.conversation, func.min(c.evidence_idx))
            .where(func.lower(c.sender) == nick.lower())
            .group_by(c.conversation)
        ).all()
        evidence = EvidenceRepository(conn)
        for conversation, idx in spoken:
            if conversation in found:
                continue
            entry = evidence.entry(int(idx))  # the nick, but on which network?
            if entry is not None and entry.body is not None:
                event = json.loads(entry.body)
                if event.get("network") == row.network:
                    found.add(str(conversation))
        return found

    @staticmethod
    def _decisions(conn: Any, row: CaseRow) -> list[Decision]:
        keys = set(CaseRepository(conn).escalation_keys(row.id))
        found = [
            d
            for d in DecisionRepository(conn).by_subject(row.subject)
            if d.key in keys or d.case_id == row.id
        ]
        return sorted(found, key=lambda d: d.at)

    def _referral_view(self, record: ReferralRecord | None) -> ReferralView | None:
        if record is None:
            return None
        recipient = (
            Recipient.from_json(json.loads(record.recipient))
            if record.recipient
            else self.routing.recipient_for(record.jurisdiction)
        )
        return ReferralView(
            case_id=record.case_id,
            status=record.status,
            jurisdiction=record.jurisdiction,
            recipient=recipient,
            proposed_by=record.proposed_by,
            proposed_at=record.proposed_at,
            reason=record.reason,
            decided_by=record.decided_by,
            decided_at=record.decided_at,
            bundle_path=Path(record.bundle_path) if record.bundle_path else None,
            ncmec_path=Path(record.ncmec_path) if record.ncmec_path else None,
        )

    # -- deciding --------------------------------------------------------------------------------

    def _log_decision(self, decision: Decision, action: str) -> int:
        """Log the decision and its audit entry, durable before anything is stored."""
        idx = self._log.append(DECISION, decision.to_json())
        self._log.append(
            "audit",
            {
                "actor": decision.actor,
                "action": action,
                "target": decision.case_id or decision.subject,
                "at": decision.at,
                "detail": {"decision": decision.key, "reason": decision.reason},
            },
        )
        self._log.flush()
        return idx

    def _new_decision(
        self, case: CaseRow, actor: User, kind: DecisionKind, reason: str
    ) -> Decision:
        return Decision(
            key=f"{case.id}/{kind.value}/{uuid.uuid4().hex}",
            kind=kind,
            subject=case.subject,
            actor=actor.actor,
            at=utc_now(),
            reason=reason,
            case_id=case.id,
        )

    def _case(self, case_id: str) -> CaseRow:
        with self._db.transaction() as conn:
            row = CaseRepository(conn).get(case_id)
        if row is None:
            raise NotFound(f"no case {case_id!r}")
        return row

    def decide(
        self,
        case_id: str,
        actor: User,
        kind: DecisionKind,
        reason: str = "",
        *,
        jurisdiction: str | None = None,
    ) -> Decision:
        """dismiss (needs a reason), watch, or propose a referral (to `jurisdiction`: an ISO
        country code; by default the country the subject disclosed, else "generic")."""
        kind = DecisionKind(kind)
        if kind not in REVIEW_KINDS:
            raise InputError(f"{kind.value} is not a review decision", field="kind")
        if kind is DecisionKind.PROPOSE_REFERRAL:
            self._require(actor, Permission.PROPOSE, "propose referrals")
        else:
            self._require(actor, Permission.DECIDE, "decide on cases")
        reason = reason.strip()
        if kind is DecisionKind.DISMISS and not reason:
            raise InputError("a dismissal needs a reason", field="reason")
        with self.lock:
            case = self._case(case_id)
            if case.status not in ACTIVE:
                raise Conflict(f"case {case_id} is {case.status}: no more decisions")
            if case.status == "referral_proposed":
                raise Conflict(
                    f"case {case_id}: a referral waits for approval; approve or reject it first"
                )
            where = "GENERIC"
            if kind is DecisionKind.PROPOSE_REFERRAL:
                where = (jurisdiction or self._disclosed_country(case.subject) or "generic").upper()
                if where != "GENERIC" and not (len(where) == 2 and where.isalpha()):
                    raise InputError(
                        f"{where!r} is not an ISO 3166 country code", field="jurisdiction"
                    )
            decision = self._new_decision(case, actor, kind, reason)
            idx = self._log_decision(decision, kind.value)
            now = decision.at
            with self._db.transaction() as conn:
                DecisionRepository(conn).add(decision, idx)
                repo = CaseRepository(conn)
                if kind is DecisionKind.DISMISS:
                    repo.update(case_id, status="dismissed", closed_at=now, last_activity=now)
                elif kind is DecisionKind.WATCH:
                    repo.update(case_id, status="watching", last_activity=now)
                else:
                    repo.update(case_id, status="referral_proposed", last_activity=now)
                    repo.put_referral(
                        ReferralRecord(
                            case_id=case_id,
                            status="proposed",
                            jurisdiction="generic" if where == "GENERIC" else where,
                            proposed_by=actor.actor,
                            proposed_at=now,
                            reason=reason,
                            decided_by=None,
                            decided_at=None,
                            recipient=None,
                            bundle_path=None,
                            ncmec_path=None,
                        )
                    )
        return decision

    def _identifiers_of(self, subject: str) -> list[tuple[str, str]]:
        return list(self._identifiers(subject)) if self._identifiers is not None else []

    def _disclosed_country(self, subject: str) -> str | None:
        for kind, value in self._identifiers_of(subject):
            if kind == "country":
                return value
        return None

    def approve_referral(
        self, case_id: str, actor: User, approve: bool = True, reason: str = ""
    ) -> Referral:
        """The second pair of eyes: approve (writes the package) or reject a proposal."""
        self._require(actor, Permission.APPROVE_REFERRAL, "approve or reject referrals")
        with self.lock:
            case = self._case(case_id)
            with self._db.transaction() as conn:
                record = CaseRepository(conn).referral(case_id)
            if record is None or record.status != "proposed" or case.status != "referral_proposed":
                raise Conflict(f"case {case_id}: no referral proposal waits for approval")
            if record.proposed_by == actor.actor:
                raise PermissionDenied(
                    f"four eyes: {actor.name} proposed this referral and may not also approve it"
                )
            recipient = self.routing.recipient_for(record.jurisdiction)
            kind = DecisionKind.APPROVE_REFERRAL if approve else DecisionKind.REJECT_REFERRAL
            decision = self._new_decision(case, actor, kind, reason.strip())
            idx = self._log_decision(decision, kind.value)
            # Stored before the package is built, so that the bundle holds the approval.
            with self._db.transaction() as conn:
                DecisionRepository(conn).add(decision, idx)
            bundle_path = ncmec_path = None
            if approve:
                bundle_path, ncmec_path = self._write_package(case, record, recipient, decision)
            with self._db.transaction() as conn:
                repo = CaseRepository(conn)
                repo.put_referral(
                    ReferralRecord(
                        case_id=case_id,
                        status="approved" if approve else "rejected",
                        jurisdiction=record.jurisdiction,
                        proposed_by=record.proposed_by,
                        proposed_at=record.proposed_at,
                        reason=record.reason,
                        decided_by=actor.actor,
                        decided_at=decision.at,
                        recipient=canonical_json(recipient.to_json()).decode("utf-8"),
                        bundle_path=None if bundle_path is None else str(bundle_path),
                        ncmec_path=None if ncmec_path is None else str(ncmec_path),
                    )
                )
                if approve:
                    repo.update(
                        case_id, status="referred", closed_at=decision.at, last_activity=decision.at
                    )
                else:  # back to the queue: someone decides anew
                    repo.update(case_id, status="open", last_activity=decision.at)
        return Referral(
            case_id=case_id,
            recipient=recipient,
            bundle_path=bundle_path,
            ncmec_path=ncmec_path,
            status="approved" if approve else "rejected",
        )

    def _signing_key(self) -> SigningKey:
        if self._key is None:
            self._key = load_or_create_signing_key(self.data_dir, self._log.origin)
        return self._key

    def _write_package(
        self, case: CaseRow, record: ReferralRecord, recipient: Recipient, approval: Decision
    ) -> tuple[Path, Path | None]:
        folder = self.data_dir / "referrals" / case.id
        folder.mkdir(parents=True, exist_ok=True)
        with self._db.transaction() as conn:
            entries = case_entries(conn, case.id)
        assert entries is not None
        bundle = write_case_bundle(
            self._db,
            self._log,
            self._signing_key(),
            entries,
            folder / f"{case.id}-evidence.zip",
            pdf=self._pdf,
        )
        ncmec_path = None
        if recipient.wants_ncmec:
            ncmec_path = folder / f"{case.id}-cybertipline.xml"
            ncmec_path.write_bytes(ncmec_xml(self._ncmec_report(case, entries)))
        manifest = {
            "case_id": case.id,
            "subject": case.subject,
            "recipient": recipient.to_json(),
            "proposed_by": record.proposed_by,
            "proposed_at": record.proposed_at,
            "proposal_reason": record.reason,
            "approved_by": approval.actor,
            "approved_at": approval.at,
            "files": {
                p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                for p in (bundle, ncmec_path)
                if p is not None
            },
            "submitted": False,
            "note": "Written for a person to send through the recipient's own channel;"
            " the system submits nothing.",
        }
        (folder / "referral.json").write_text(
            json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        return bundle, ncmec_path

    def _ncmec_report(self, case: CaseRow, entries: CaseEntries) -> NcmecReport:
        with self._db.transaction() as conn:
            timeline = self._timeline(conn, entries.conversations)
            decided = self._decisions(conn, case)
        transcripts = []
        for conversation in entries.conversations:
            events = [i.event for i in timeline if i.event.conversation == conversation]
            if events:
                first = events[0]
                transcripts.append(ChatTranscript(first.network, first.room, conversation, events))
        escalations = [d for d in decided if d.kind is DecisionKind.ESCALATE]
        incident = case.opened_at
        if escalations and escalations[0].event_id:
            for item in timeline:
                if item.event.id == escalations[0].event_id:
                    incident = item.event.ts
        rules = sorted({r for d in escalations for r in d.indicators})
        summary = f"Indicators: {', '.join(rules)}." if rules else ""
        return NcmecReport(
            case_id=case.id,
            network=case.network,
            screen_name=case.subject.rpartition("/")[2],
            incident_at=incident,
            transcripts=transcripts,
            reporter=self.routing.reporter,
            identifiers=self._identifiers_of(case.subject),
            summary=summary,
        )

    def referral_bundle(self, case_id: str, actor: User) -> Path:
        """The approved referral's evidence bundle (zip), for download."""
        self._require(actor, Permission.EXPORT, "export evidence bundles")
        with self._db.transaction() as conn:
            repo = CaseRepository(conn)
            if not repo.exists(case_id):
                raise NotFound(f"no case {case_id!r}")
            record = repo.referral(case_id)
        if record is None or record.status != "approved" or not record.bundle_path:
            raise NotFound(f"case {case_id}: no approved referral, so no bundle")
        path = Path(record.bundle_path)
        if not path.is_file():
            raise NotFound(f"case {case_id}: the bundle {path} is missing")
        self.audit.record(actor.actor, "download_bundle", case_id)
        return path

    # -- audit and retention ---------------------------------------------------------------------

    def audit_trail(self, actor: User, limit: int = 100) -> list[dict[str, Any]]:
        self._require(actor, Permission.READ_AUDIT, "read the audit trail")
        trail = self.audit.read(limit)
        self.audit.record(actor.actor, "read_audit", "audit", limit=limit)
        return trail

    def held_conversations(self) -> set[str]:
        """Conversations retention must keep: in an active or referred case."""
        with self._db.transaction() as conn:
            return CaseRepository(conn).conversations_with_status((*ACTIVE, "referred"))

    def dismissed_before(self, at: str) -> list[str]:
        """Ids of the cases dismissed before `at` (ISO 8601 UTC), oldest first."""
        with self._db.transaction() as conn:
            rows = CaseRepository(conn).with_status(("dismissed",))
        dismissed = [r for r in rows if r.closed_at is not None and r.closed_at < at]
        return [r.id for r in sorted(dismissed, key=lambda r: r.closed_at or "")]

    def case_conversations(self, case_id: str) -> list[str]:
        with self._db.transaction() as conn:
            return CaseRepository(conn).conversations(case_id)

    def case_for_conversation(self, conversation: str) -> list[str]:
        """Ids of the cases that hold a conversation."""
        with self._db.transaction() as conn:
            rows = conn.execute(
                select(case_conversations.c.case_id).where(
                    case_conversations.c.conversation == conversation
                )
            ).scalars()
            return sorted(str(r) for r in rows)
