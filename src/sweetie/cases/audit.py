"""The audit trail: who read or decided what, as entries of the evidence log (kind "audit").

Being in the tamper-evident log is the point: an audit trail the operators could quietly
edit would prove nothing. Reading the trail back scans the log's audit entries, newest first.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from sweetie.evidence import EvidenceLog
from sweetie.store import Database
from sweetie.store.models import evidence_entries

__all__ = ["AUDIT", "AuditTrail", "utc_now"]

AUDIT = "audit"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


class AuditTrail:
    def __init__(self, database: Database, log: EvidenceLog, lock: threading.RLock) -> None:
        self._db = database
        self._log = log
        self._lock = lock  # the log is one writer: the service's lock guards every append

    def record(self, actor: str, action: str, target: str, **detail: Any) -> int:
        """Append and flush one audit entry; returns its log index."""
        entry: dict[str, Any] = {"actor": actor, "action": action, "target": target}
        entry["at"] = utc_now()
        if detail:
            entry["detail"] = detail
        with self._lock:
            idx = self._log.append(AUDIT, entry)
            self._log.flush()
        return idx

    def read(self, limit: int = 100) -> list[dict[str, Any]]:
        """The newest `limit` audit entries, each with its log index; erased ones say so."""
        e = evidence_entries.c
        with self._db.transaction() as conn:
            rows = conn.execute(
                select(e.idx, e.recorded_at, e.body)
                .where(e.kind == AUDIT)
                .order_by(e.idx.desc())
                .limit(limit)
            ).all()
        trail: list[dict[str, Any]] = []
        for idx, recorded_at, body in rows:
            item: dict[str, Any] = {"idx": int(idx), "recorded_at": str(recorded_at)}
            if body is None:
                item["erased"] = True
            else:
                item.update(json.loads(body))
            trail.append(item)
        return trail
