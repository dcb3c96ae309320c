"""The warning outbox: what the policy queued, drained by whoever owns the connector.

The policy queues a warning only after its Decision is in the evidence log and the decisions
table. Sending is recorded the same way: `mark_sent` appends a "warning_sent" entry (the
exact text sent, and to whom) to the evidence log before it marks the row.
"""

from __future__ import annotations

from sweetie.deter.record import EvidenceRecorder
from sweetie.events import InputError, Warning
from sweetie.store import Database
from sweetie.store.deterrence import FAILED, PENDING, SENT, OutboxRepository

__all__ = ["WARNING_FAILED", "WARNING_SENT", "Outbox"]

WARNING_SENT = "warning_sent"
WARNING_FAILED = "warning_failed"


class Outbox:
    def __init__(self, database: Database, log: EvidenceRecorder) -> None:
        self.database = database
        self.log = log

    def pending(self, network: str | None = None, limit: int = 100) -> list[tuple[int, Warning]]:
        """Unsent warnings, oldest first, as (outbox id, warning)."""
        with self.database.transaction() as conn:
            return OutboxRepository(conn).pending(network, limit)

    def mark_sent(self, outbox_id: int, at: str) -> None:
        """Record that the warning went out at `at` (ISO 8601 UTC). Idempotent."""
        status, warning = self._row(outbox_id)
        if status == SENT:
            return
        self.log.append(WARNING_SENT, {"outbox_id": outbox_id, "at": at, **warning.to_json()})
        self.log.flush()  # the record before the row that says it is done
        with self.database.transaction() as conn:
            OutboxRepository(conn).set_status(outbox_id, SENT, sent_at=at)

    def mark_failed(self, outbox_id: int, reason: str) -> None:
        """Give up on a warning (the target left, the network refused it). Idempotent."""
        status, warning = self._row(outbox_id)
        if status != PENDING:
            return
        reason = " ".join(reason.split()) or "unknown"
        self.log.append(
            WARNING_FAILED, {"outbox_id": outbox_id, "reason": reason, **warning.to_json()}
        )
        self.log.flush()
        with self.database.transaction() as conn:
            OutboxRepository(conn).set_status(outbox_id, FAILED, failure=reason)

    def _row(self, outbox_id: int) -> tuple[str, Warning]:
        with self.database.transaction() as conn:
            row = OutboxRepository(conn).get(outbox_id)
        if row is None:
            raise InputError("no such warning in the outbox", field=f"outbox id {outbox_id}")
        return row
