"""The ingest API's input and what it does with it, idempotently by event id.

A batch is validated whole (pydantic, extra fields forbidden) before anything is captured.
Events already in the evidence log with the same content are not fed to the pipeline again
(the detector would count them twice); every event's results are then read back from the
store, so posting the same batch twice returns the same answer and changes nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import select

from sweetie.events import MAX_TEXT_CHARS, ChatEvent, Decision, DecisionKind
from sweetie.evidence.canonical import chat_event_bytes
from sweetie.store import CapturedEventRepository
from sweetie.store.decisions import decisions as decisions_table
from sweetie.store.models import assessments as assessments_table
from sweetie.web.context import WebContext
from sweetie.web.errors import ApiError

__all__ = ["EventIn", "IngestResponse", "ingest_batch"]

_IN_CHUNK = 900


class EventIn(BaseModel):
    """One Chat JSONL object (DESIGN.md, "Interchange formats")."""

    model_config = ConfigDict(extra="forbid", strict=True)

    id: str = Field(min_length=1, max_length=200)
    ts: str = Field(min_length=1, max_length=64)
    network: str = Field(min_length=1, max_length=200)
    room: str | None = Field(default=None, max_length=200)
    conversation: str | None = Field(default=None, max_length=400)
    sender: str = Field(min_length=1, max_length=200)
    to: str | None = Field(default=None, max_length=200)
    text: str = Field(max_length=MAX_TEXT_CHARS)

    @field_validator("ts")
    @classmethod
    def _iso_time(cls, value: str) -> str:
        import datetime as dt

        try:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError("not an ISO 8601 time") from None
        return value

    def to_event(self) -> ChatEvent:
        return ChatEvent(
            id=self.id,
            ts=self.ts,
            network=self.network,
            room=self.room,
            sender=self.sender,
            text=self.text,
            to=self.to,
            conversation=self.conversation or "",
        )


class EventResult(BaseModel):
    event_id: str
    new: bool = Field(description="False when the event was already captured before this call")
    assessments: list[dict[str, Any]]
    decisions: list[dict[str, Any]]


class IngestResponse(BaseModel):
    events: int
    new: int
    results: list[EventResult]


def ingest_batch(ctx: WebContext, batch: list[EventIn]) -> tuple[IngestResponse, list[Decision]]:
    """Capture and assess a batch; returns the answer and the escalations it newly caused."""
    if len(batch) > ctx.config.max_batch:
        raise ApiError(413, f"{len(batch)} events in one batch, more than {ctx.config.max_batch}")
    events: list[ChatEvent] = []
    for i, item in enumerate(batch):
        try:
            events.append(item.to_event())
        except ValueError as exc:
            raise ApiError(422, str(exc), where=f"{i}") from None
    with ctx.ingest_lock:
        with ctx.database.transaction() as conn:
            known = CapturedEventRepository(conn).logged(e.id for e in events)
        fresh: list[ChatEvent] = []
        seen: set[str] = set()
        for event in events:
            if event.id in seen:
                continue
            seen.add(event.id)
            logged = known.get(event.id)
            # Same id, other content: still captured (nothing is dropped), as the log does.
            if logged is None or logged[1] != _content_hash(event):
                fresh.append(event)
        if fresh:
            if ctx.ingest is None:
                raise ApiError(503, "this server does not ingest events", code="unavailable")
            ctx.ingest(fresh)
    new_ids = {e.id for e in fresh}
    found_assessments, found_decisions = _results(ctx, events)
    results = [
        EventResult(
            event_id=e.id,
            new=e.id in new_ids,
            assessments=found_assessments.get(e.id, []),
            decisions=[d.to_json() for d in found_decisions.get(e.id, [])],
        )
        for e in events
    ]
    escalations = [
        d for e in fresh for d in found_decisions.get(e.id, []) if d.kind is DecisionKind.ESCALATE
    ]
    return IngestResponse(events=len(events), new=len(new_ids), results=results), escalations


def _content_hash(event: ChatEvent) -> bytes:
    import hashlib

    return hashlib.sha256(chat_event_bytes(event)).digest()


def _results(
    ctx: WebContext, events: list[ChatEvent]
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[Decision]]]:
    ids = list(dict.fromkeys(e.id for e in events))
    conversations = list(dict.fromkeys(e.conversation for e in events))
    by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
    decided: dict[str, list[Decision]] = defaultdict(list)
    wanted = set(ids)
    a, d = assessments_table.c, decisions_table.c
    with ctx.database.transaction() as conn:
        for i in range(0, len(ids), _IN_CHUNK):
            rows = conn.execute(
                select(a.event_id, a.body)
                .where(a.event_id.in_(ids[i : i + _IN_CHUNK]))
                .order_by(a.id)
            )
            for event_id, body in rows:
                by_event[str(event_id)].append(json.loads(body))
        for i in range(0, len(conversations), _IN_CHUNK):
            bodies = conn.execute(
                select(d.body)
                .where(d.conversation.in_(conversations[i : i + _IN_CHUNK]))
                .order_by(d.id)
            ).scalars()
            for body in bodies:
                data = json.loads(body)
                if data.get("event_id") in wanted:
                    decided[data["event_id"]].append(_decision(data))
    return by_event, decided


def _decision(data: dict[str, Any]) -> Decision:
    data = dict(data)
    data["kind"] = DecisionKind(data["kind"])
    data["indicators"] = tuple(data["indicators"])
    return Decision(**data)
