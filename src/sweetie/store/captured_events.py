"""Where captured chat events sit in the evidence log: lookups and idempotent ingest."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from sweetie.store.evidence_repository import insert_values, placeholder
from sweetie.store.models import captured_events

# event_id, conversation, sender, ts, evidence_idx: the shape the log buffers
CapturedEventTuple = tuple[str, str, str, str, int]
CAPTURED_EVENT_WIDTH = 5
_COLUMNS = "captured_events (event_id, conversation, sender, ts, evidence_idx)"

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
        self.add_rows([(r.event_id, r.conversation, r.sender, r.ts, r.evidence_idx) for r in rows])

    def add_rows(self, rows: Sequence[CapturedEventTuple]) -> None:
        """Insert rows as tuples, at driver level (see EvidenceRepository.add_rows)."""
        self.add_values([value for row in rows for value in row])

    def add_values(self, values: Sequence[Any]) -> None:
        """Insert rows as one flat sequence, CAPTURED_EVENT_WIDTH values a row in the order
        of CapturedEventTuple: what the evidence log buffers."""
        insert_values(self._conn, _COLUMNS, CAPTURED_EVENT_WIDTH, values)

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
        # Asked once per ingested batch, and the answer is nearly always "none": plain SQL
        # on the primary key index, without SQLAlchemy's statement building per call.
        ids = list(dict.fromkeys(event_ids))
        found: dict[str, tuple[int, bytes]] = {}
        p = placeholder(self._conn)
        # On SQLite, the driver's own cursor: SQLAlchemy's per-statement cost was most of it.
        cursor = (
            self._conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            if self._conn.dialect.name == "sqlite"
            else None
        )
        try:
            # Ids mostly grow (a file's line ids, ULIDs), so a batch of new events usually
            # lies beyond every captured id: one probe of the key's b-tree for any id between
            # the batch's least and greatest says so, where the lookups below cost one probe
            # an id. SQLite compares text as Python does (by code point); a PostgreSQL
            # collation may not, so there the lookups always run.
            if cursor is not None and ids:
                probe = "SELECT 1 FROM captured_events WHERE event_id BETWEEN ? AND ? LIMIT 1"
                if cursor.execute(probe, (min(ids), max(ids))).fetchone() is None:
                    return found
            for i in range(0, len(ids), _IN_CHUNK):
                chunk = ids[i : i + _IN_CHUNK]
                query = (
                    "SELECT c.event_id, c.evidence_idx, e.content_hash FROM captured_events c"
                    " JOIN evidence_entries e ON e.idx = c.evidence_idx"
                    f" WHERE c.event_id IN ({', '.join([p] * len(chunk))})"
                )
                rows = (
                    cursor.execute(query, chunk).fetchall()
                    if cursor is not None
                    else self._conn.exec_driver_sql(query, tuple(chunk)).all()
                )
                found.update((str(event_id), (int(idx), bytes(h))) for event_id, idx, h in rows)
        finally:
            if cursor is not None:
                cursor.close()
        return found

    def by_conversation(self, conversation: str) -> list[CapturedEventRow]:
        c = captured_events.c
        rows = self._conn.execute(
            select(c.event_id, c.conversation, c.sender, c.ts, c.evidence_idx)
            .where(c.conversation == conversation)
            .order_by(c.evidence_idx)
        )
        return [CapturedEventRow(str(a), str(b), str(s), str(t), int(i)) for a, b, s, t, i in rows]
