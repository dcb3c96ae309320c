"""Where captured chat events sit in the evidence log: lookups and idempotent ingest."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from sweetie.store.models import captured_events, evidence_entries

# SQLite allows 32766 bound parameters; stay well below it in IN lists.
_IN_CHUNK = 900


@dataclass(frozen=True, slots=True)
class CapturedEventRow:
    event_id: str
    conversation: str
    sender: str
    ts: str
    evidence_idx: int


class CapturedEventRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add_many(self, rows: Sequence[CapturedEventRow]) -> None:
        if rows:
            self._conn.execute(
                insert(captured_events),
                [
                    {
                        "event_id": r.event_id,
                        "conversation": r.conversation,
                        "sender": r.sender,
                        "ts": r.ts,
                        "evidence_idx": r.evidence_idx,
                    }
                    for r in rows
                ],
            )

    def evidence_indexes(self, event_ids: Iterable[str]) -> dict[str, int]:
        """The log index of each already captured id among `event_ids`."""
        ids = list(dict.fromkeys(event_ids))
        found: dict[str, int] = {}
        c = captured_events.c
        for i in range(0, len(ids), _IN_CHUNK):
            rows = self._conn.execute(
                select(c.event_id, c.evidence_idx).where(c.event_id.in_(ids[i : i + _IN_CHUNK]))
            )
            found.update((str(event_id), int(idx)) for event_id, idx in rows)
        return found

    def logged(self, event_ids: Iterable[str]) -> dict[str, tuple[int, bytes]]:
        """Log index and content hash of each already captured id among `event_ids`."""
        ids = list(dict.fromkeys(event_ids))
        found: dict[str, tuple[int, bytes]] = {}
        c, e = captured_events.c, evidence_entries.c
        for i in range(0, len(ids), _IN_CHUNK):
            rows = self._conn.execute(
                select(c.event_id, c.evidence_idx, e.content_hash)
                .join(evidence_entries, e.idx == c.evidence_idx)
                .where(c.event_id.in_(ids[i : i + _IN_CHUNK]))
            )
            found.update((str(event_id), (int(idx), bytes(h))) for event_id, idx, h in rows)
        return found

    def by_conversation(self, conversation: str) -> list[CapturedEventRow]:
        c = captured_events.c
        rows = self._conn.execute(
            select(c.event_id, c.conversation, c.sender, c.ts, c.evidence_idx)
            .where(c.conversation == conversation)
            .order_by(c.evidence_idx)
        )
        return [CapturedEventRow(str(a), str(b), str(s), str(t), int(i)) for a, b, s, t, i in rows]
