"""Stored decisions, automated and human: one row per key, so acting twice is impossible.

Every Decision (the policy's warnings and escalations, the reviewers' dismissals and
referrals) lands here with the log index of its evidence entry. The key is unique: a replay
after a crash that decides the same thing again finds it already taken.
"""

from __future__ import annotations

import json
from typing import cast

from sqlalchemy import BigInteger, ColumnElement, Integer, Table, Text, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

from sweetie.events import Decision, DecisionKind, canonical_json
from sweetie.store.models import Base

__all__ = ["DecisionRepository", "DecisionRow", "decisions"]


class DecisionRow(Base):
    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text, index=True)
    actor: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(Text, index=True)
    conversation: Mapped[str | None] = mapped_column(Text, nullable=True, index=True)
    case_id: Mapped[str | None] = mapped_column(Text, nullable=True, index=True)
    body: Mapped[str] = mapped_column(Text)
    evidence_idx: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


decisions = cast(Table, DecisionRow.__table__)


def _decision(body: str) -> Decision:
    data = json.loads(body)
    data["kind"] = DecisionKind(data["kind"])
    data["indicators"] = tuple(data["indicators"])
    return Decision(**data)


class DecisionRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def has(self, key: str) -> bool:
        return (
            self._conn.execute(select(decisions.c.id).where(decisions.c.key == key)).first()
            is not None
        )

    def add(self, decision: Decision, evidence_idx: int | None) -> bool:
        """Store a decision; False (and nothing written) when its key is already taken."""
        if self.has(decision.key):
            return False
        self._conn.execute(
            insert(decisions).values(
                key=decision.key,
                kind=decision.kind.value,
                subject=decision.subject,
                actor=decision.actor,
                at=decision.at,
                conversation=decision.conversation,
                case_id=decision.case_id,
                body=canonical_json(decision.to_json()).decode("utf-8"),
                evidence_idx=evidence_idx,
            )
        )
        return True

    def by_subject(self, subject: str) -> list[Decision]:
        return self._select(decisions.c.subject == subject)

    def by_case(self, case_id: str) -> list[Decision]:
        return self._select(decisions.c.case_id == case_id)

    def by_conversation(self, conversation: str) -> list[Decision]:
        return self._select(decisions.c.conversation == conversation)

    def since(self, at: str) -> list[Decision]:
        """Decisions taken at or after an ISO 8601 UTC time, oldest first."""
        return self._select(decisions.c.at >= at)

    def all(self) -> list[Decision]:
        return self._select(decisions.c.id > 0)

    def _select(self, where: ColumnElement[bool]) -> list[Decision]:
        rows = self._conn.execute(
            select(decisions.c.body).where(where).order_by(decisions.c.id)
        ).scalars()
        return [_decision(body) for body in rows]
