"""Stored assessments: batched inserts and lookups by conversation, subject and event."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, insert, select
from sqlalchemy.engine import Connection

from sweetie.events import Assessment, canonical_json
from sweetie.store.models import assessments


class AssessmentRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add_many(self, items: Sequence[tuple[Assessment, int | None]]) -> None:
        """Store assessments, each with the log index of its evidence entry (if logged)."""
        if not items:
            return
        self._conn.execute(
            insert(assessments),
            [
                {
                    "event_id": a.event_id,
                    "conversation": a.conversation,
                    "sender": a.sender,
                    "subject": a.subject,
                    "score": a.score,
                    "level": a.level.value,
                    "label": a.label.value,
                    "stage": a.stage.value,
                    "model_version": a.model_version,
                    "body": canonical_json(a).decode("utf-8"),
                    "evidence_idx": idx,
                }
                for a, idx in items
            ],
        )

    def by_conversation(self, conversation: str) -> list[dict[str, Any]]:
        return self._bodies(assessments.c.conversation == conversation)

    def by_subject(self, subject: str) -> list[dict[str, Any]]:
        return self._bodies(assessments.c.subject == subject)

    def by_event(self, event_id: str) -> list[dict[str, Any]]:
        return self._bodies(assessments.c.event_id == event_id)

    def _bodies(self, where: ColumnElement[bool]) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            select(assessments.c.body).where(where).order_by(assessments.c.id)
        ).scalars()
        return [json.loads(body) for body in rows]
