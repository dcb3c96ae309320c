"""The deter part's table: the warning outbox.

A warning is queued here once its Decision is logged and stored; the runtime that owns the
connector drains it and marks each row sent (or failed). One row per decision key, so a
warning is never queued twice, however often its event is replayed.
"""

from __future__ import annotations

import json
from typing import cast

from sqlalchemy import Integer, Table, Text, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

from sweetie.events import Warning, canonical_json
from sweetie.store.models import Base

__all__ = ["FAILED", "PENDING", "SENT", "OutboxRepository", "OutboxRow", "warning_outbox"]

PENDING = "pending"
SENT = "sent"
FAILED = "failed"


class OutboxRow(Base):
    __tablename__ = "warning_outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    decision_key: Mapped[str] = mapped_column(Text, unique=True)
    subject: Mapped[str] = mapped_column(Text, index=True)
    network: Mapped[str] = mapped_column(Text)
    variant: Mapped[str] = mapped_column(Text)
    queued_at: Mapped[str] = mapped_column(Text)  # the decision's time (the event's)
    status: Mapped[str] = mapped_column(Text, index=True)
    sent_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    failure: Mapped[str | None] = mapped_column(Text, nullable=True)
    body: Mapped[str] = mapped_column(Text)  # the Warning, canonical JSON


warning_outbox = cast(Table, OutboxRow.__table__)


def _warning(body: str) -> Warning:
    return Warning(**json.loads(body))


class OutboxRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, warning: Warning, subject: str, queued_at: str) -> bool:
        """Queue a warning; False (nothing written) when its decision has one queued."""
        c = warning_outbox.c
        if self._conn.execute(select(c.id).where(c.decision_key == warning.decision_key)).first():
            return False
        self._conn.execute(
            insert(warning_outbox).values(
                decision_key=warning.decision_key,
                subject=subject,
                network=warning.network,
                variant=warning.variant,
                queued_at=queued_at,
                status=PENDING,
                body=canonical_json(warning.to_json()).decode("utf-8"),
            )
        )
        return True

    def pending(self, network: str | None, limit: int) -> list[tuple[int, Warning]]:
        c = warning_outbox.c
        query = select(c.id, c.body).where(c.status == PENDING)
        if network is not None:
            query = query.where(c.network == network)
        rows = self._conn.execute(query.order_by(c.id).limit(limit))
        return [(row.id, _warning(row.body)) for row in rows]

    def get(self, outbox_id: int) -> tuple[str, Warning] | None:
        """The row's status and warning."""
        c = warning_outbox.c
        row = self._conn.execute(select(c.status, c.body).where(c.id == outbox_id)).first()
        return None if row is None else (row.status, _warning(row.body))

    def set_status(
        self, outbox_id: int, status: str, *, sent_at: str | None = None, failure: str | None = None
    ) -> None:
        c = warning_outbox.c
        self._conn.execute(
            update(warning_outbox)
            .where(c.id == outbox_id)
            .values(status=status, sent_at=sent_at, failure=failure)
        )

    def by_decision(self) -> dict[str, tuple[str, Warning]]:
        """Every queued warning by decision key, with its status (for reports)."""
        c = warning_outbox.c
        rows = self._conn.execute(select(c.decision_key, c.status, c.body).order_by(c.id))
        return {row.decision_key: (row.status, _warning(row.body)) for row in rows}
