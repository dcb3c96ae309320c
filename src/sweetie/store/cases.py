"""Stored cases: one row per case, the conversations and escalations it holds, its referral.

A case gathers, for one subject, the escalations the policy decided (each joins the case once:
the escalation's decision key is the primary key of `case_escalations`, so replaying a
batch never joins twice) and what the reviewers decided about it. The reviewers' decisions
themselves live in the `decisions` table (with `case_id` set); this module keeps only the
state a queue needs to sort and filter without reading every decision.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Float, Integer, Table, Text, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

from sweetie.events import Decision, DecisionKind
from sweetie.store.decisions import decisions
from sweetie.store.models import Base

__all__ = [
    "CaseRepository",
    "CaseRow",
    "CaseTuple",
    "ReferralRecord",
    "case_conversations",
    "case_escalations",
    "cases",
    "referrals",
]

# Statuses: open (to review), watching (kept under watch), referral_proposed (waits for the
# second pair of eyes), referred (approved, package written), dismissed. The first three are
# "active": a subject has at most one active case.
ACTIVE = ("open", "watching", "referral_proposed")


def _decision(body: str) -> Decision:
    data = json.loads(body)
    data["kind"] = DecisionKind(data["kind"])
    data["indicators"] = tuple(data["indicators"])
    return Decision(**data)


class CaseTable(Base):
    __tablename__ = "cases"
    id: Mapped[str] = mapped_column(Text, primary_key=True)
    subject: Mapped[str] = mapped_column(Text, index=True)
    status: Mapped[str] = mapped_column(Text, index=True)
    risk: Mapped[float] = mapped_column(Float)
    opened_at: Mapped[str] = mapped_column(Text)
    last_activity: Mapped[str] = mapped_column(Text)
    closed_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    language: Mapped[str] = mapped_column(Text)
    network: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(Text)
    stage_rank: Mapped[int] = mapped_column(Integer)
    first_key: Mapped[str] = mapped_column(Text)  # the escalation that opened it


class CaseConversation(Base):
    __tablename__ = "case_conversations"
    case_id: Mapped[str] = mapped_column(Text, primary_key=True)
    conversation: Mapped[str] = mapped_column(Text, primary_key=True, index=True)
    joined_at: Mapped[str] = mapped_column(Text)


class CaseEscalation(Base):
    __tablename__ = "case_escalations"
    decision_key: Mapped[str] = mapped_column(Text, primary_key=True)
    case_id: Mapped[str] = mapped_column(Text, index=True)
    joined_at: Mapped[str] = mapped_column(Text)


class ReferralTable(Base):
    __tablename__ = "referrals"
    case_id: Mapped[str] = mapped_column(Text, primary_key=True)
    status: Mapped[str] = mapped_column(Text)  # proposed | approved | rejected
    jurisdiction: Mapped[str] = mapped_column(Text)
    proposed_by: Mapped[str] = mapped_column(Text)
    proposed_at: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    recipient: Mapped[str | None] = mapped_column(Text, nullable=True)  # canonical JSON
    bundle_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    ncmec_path: Mapped[str | None] = mapped_column(Text, nullable=True)


cases = cast(Table, CaseTable.__table__)
case_conversations = cast(Table, CaseConversation.__table__)
case_escalations = cast(Table, CaseEscalation.__table__)
referrals = cast(Table, ReferralTable.__table__)


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: str
    subject: str
    status: str
    risk: float
    opened_at: str
    last_activity: str
    closed_at: str | None
    language: str
    network: str
    stage: str
    stage_rank: int
    first_key: str


CaseTuple = tuple[str, str, str, float, str, str, str | None, str, str, str, int, str]


@dataclass(frozen=True, slots=True)
class ReferralRecord:
    case_id: str
    status: str
    jurisdiction: str
    proposed_by: str
    proposed_at: str
    reason: str
    decided_by: str | None
    decided_at: str | None
    recipient: str | None
    bundle_path: str | None
    ncmec_path: str | None


_CASE_COLUMNS = (
    cases.c.id,
    cases.c.subject,
    cases.c.status,
    cases.c.risk,
    cases.c.opened_at,
    cases.c.last_activity,
    cases.c.closed_at,
    cases.c.language,
    cases.c.network,
    cases.c.stage,
    cases.c.stage_rank,
    cases.c.first_key,
)


def _case_row(r: Sequence[Any]) -> CaseRow:
    return CaseRow(
        id=str(r[0]),
        subject=str(r[1]),
        status=str(r[2]),
        risk=float(r[3]),
        opened_at=str(r[4]),
        last_activity=str(r[5]),
        closed_at=None if r[6] is None else str(r[6]),
        language=str(r[7]),
        network=str(r[8]),
        stage=str(r[9]),
        stage_rank=int(r[10]),
        first_key=str(r[11]),
    )


class CaseRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # -- cases ---------------------------------------------------------------------------------

    def add(self, row: CaseRow) -> None:
        self._conn.execute(
            insert(cases).values(
                id=row.id,
                subject=row.subject,
                status=row.status,
                risk=row.risk,
                opened_at=row.opened_at,
                last_activity=row.last_activity,
                closed_at=row.closed_at,
                language=row.language,
                network=row.network,
                stage=row.stage,
                stage_rank=row.stage_rank,
                first_key=row.first_key,
            )
        )

    def get(self, case_id: str) -> CaseRow | None:
        found = self._conn.execute(select(*_CASE_COLUMNS).where(cases.c.id == case_id)).first()
        return None if found is None else _case_row(found)

    def exists(self, case_id: str) -> bool:
        return (
            self._conn.execute(select(cases.c.id).where(cases.c.id == case_id)).first() is not None
        )

    def active_for_subject(self, subject: str) -> CaseRow | None:
        found = self._conn.execute(
            select(*_CASE_COLUMNS)
            .where(cases.c.subject == subject, cases.c.status.in_(ACTIVE))
            .order_by(cases.c.opened_at)
        ).first()
        return None if found is None else _case_row(found)

    def update(self, case_id: str, **values: object) -> None:
        self._conn.execute(update(cases).where(cases.c.id == case_id).values(**values))

    def queue(
        self,
        *,
        status: str | None,
        language: str | None,
        network: str | None,
        stage: str | None,
        limit: int,
    ) -> list[CaseRow]:
        """Highest risk first; among equal risk, the longest waiting first."""
        query = select(*_CASE_COLUMNS)
        if status is not None:
            query = query.where(cases.c.status == status)
        if language is not None:
            query = query.where(cases.c.language == language)
        if network is not None:
            query = query.where(cases.c.network == network)
        if stage is not None:
            query = query.where(cases.c.stage == stage)
        query = query.order_by(cases.c.risk.desc(), cases.c.opened_at, cases.c.id).limit(limit)
        return [_case_row(r) for r in self._conn.execute(query)]

    def with_status(self, statuses: Sequence[str]) -> list[CaseRow]:
        rows = self._conn.execute(
            select(*_CASE_COLUMNS).where(cases.c.status.in_(statuses)).order_by(cases.c.opened_at)
        )
        return [_case_row(r) for r in rows]

    # -- conversations and escalations ---------------------------------------------------------

    def conversations(self, case_id: str) -> list[str]:
        rows = self._conn.execute(
            select(case_conversations.c.conversation)
            .where(case_conversations.c.case_id == case_id)
            .order_by(case_conversations.c.joined_at, case_conversations.c.conversation)
        ).scalars()
        return [str(r) for r in rows]

    def conversation_counts(self, case_ids: Sequence[str]) -> dict[str, int]:
        if not case_ids:
            return {}
        c = case_conversations.c
        rows = self._conn.execute(
            select(c.case_id, func.count()).where(c.case_id.in_(case_ids)).group_by(c.case_id)
        )
        return {str(case_id): int(n) for case_id, n in rows}

    def add_conversation(self, case_id: str, conversation: str, at: str) -> bool:
        c = case_conversations.c
        taken = self._conn.execute(
            select(c.case_id).where(c.case_id == case_id, c.conversation == conversation)
        ).first()
        if taken is not None:
            return False
        self._conn.execute(
            insert(case_conversations).values(
                case_id=case_id, conversation=conversation, joined_at=at
            )
        )
        return True

    def conversations_with_status(self, statuses: Sequence[str]) -> set[str]:
        rows = self._conn.execute(
            select(case_conversations.c.conversation)
            .join(cases, cases.c.id == case_conversations.c.case_id)
            .where(cases.c.status.in_(statuses))
            .distinct()
        ).scalars()
        return {str(r) for r in rows}

    def escalation_case(self, decision_key: str) -> str | None:
        found = self._conn.execute(
            select(case_escalations.c.case_id).where(
                case_escalations.c.decision_key == decision_key
            )
        ).scalar()
        return None if found is None else str(found)

    def add_escalation(self, decision_key: str, case_id: str, at: str) -> None:
        self._conn.execute(
            insert(case_escalations).values(
                decision_key=decision_key, case_id=case_id, joined_at=at
            )
        )

    def unassigned_escalations(self) -> list[Decision]:
        """Stored ESCALATE decisions no case holds yet, oldest first."""
        d = decisions.c
        rows = self._conn.execute(
            select(d.body)
            .outerjoin(case_escalations, case_escalations.c.decision_key == d.key)
            .where(d.kind == DecisionKind.ESCALATE.value, case_escalations.c.decision_key.is_(None))
            .order_by(d.id)
        ).scalars()
        return [_decision(str(body)) for body in rows]

    def escalation_keys(self, case_id: str) -> list[str]:
        rows = self._conn.execute(
            select(case_escalations.c.decision_key)
            .where(case_escalations.c.case_id == case_id)
            .order_by(case_escalations.c.joined_at, case_escalations.c.decision_key)
        ).scalars()
        return [str(r) for r in rows]

    # -- referrals -----------------------------------------------------------------------------

    def referral(self, case_id: str) -> ReferralRecord | None:
        r = referrals.c
        found = self._conn.execute(
            select(
                r.case_id,
                r.status,
                r.jurisdiction,
                r.proposed_by,
                r.proposed_at,
                r.reason,
                r.decided_by,
                r.decided_at,
                r.recipient,
                r.bundle_path,
                r.ncmec_path,
            ).where(r.case_id == case_id)
        ).first()
        return None if found is None else ReferralRecord(*found)

    def put_referral(self, record: ReferralRecord) -> None:
        """Insert or replace the referral of a case (a rejected proposal may be proposed again)."""
        values = {
            "status": record.status,
            "jurisdiction": record.jurisdiction,
            "proposed_by": record.proposed_by,
            "proposed_at": record.proposed_at,
            "reason": record.reason,
            "decided_by": record.decided_by,
            "decided_at": record.decided_at,
            "recipient": record.recipient,
            "bundle_path": record.bundle_path,
            "ncmec_path": record.ncmec_path,
        }
        if self.referral(record.case_id) is None:
            self._conn.execute(insert(referrals).values(case_id=record.case_id, **values))
        else:
            self._conn.execute(
                update(referrals).where(referrals.c.case_id == record.case_id).values(**values)
            )
