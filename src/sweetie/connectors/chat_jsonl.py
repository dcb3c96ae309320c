"""Chat JSONL (DESIGN.md "Chat JSONL"): one ChatEvent a line, read as a stream."""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from datetime import datetime

from sweetie.connectors.jsonl import (
    MAX_LINE_BYTES,
    JsonLine,
    LineInvalid,
    StrPath,
    input_error,
    iter_lines,
    parse_line,
    quote,
)
from sweetie.connectors.skips import SkipReason, SkipReport
from sweetie.events import MAX_TEXT_CHARS, ChatEvent

log = logging.getLogger(__name__)

# Date, time and zone are all required: a time without a zone cannot be ordered against
# one with a zone, and evidence needs an unambiguous instant.
_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})",
    re.ASCII,
)


def is_timestamp(value: str) -> bool:
    """ISO 8601 / RFC 3339 date and time with a zone, e.g. `2026-03-01T20:14:05Z`."""
    if not _TIMESTAMP.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:  # e.g. month 13
        return False
    return True


def chat_event_from_json(
    obj: object, *, source: str | None = None, line: int | None = None
) -> ChatEvent:
    """One Chat JSONL object (already parsed, e.g. by the ingest API) as a ChatEvent.

    Raises InputError naming the field. Unknown keys are ignored, for forward compatibility.
    """
    try:
        return _event(JsonLine(source, line, obj))
    except LineInvalid as bad:
        raise bad.error from None


def read_chat_jsonl(
    path: StrPath, *, skip_invalid: bool = False, report: SkipReport | None = None
) -> Iterator[ChatEvent]:
    """The events of a Chat JSONL file, in file order, streaming.

    A bad line raises InputError (`file:line: field: message`). With `skip_invalid`, bad
    lines are counted in `report` instead (or logged as a warning if there is no report).
    Blank lines carry nothing and are skipped.
    """
    source = os.fspath(path)
    own_report = report is None and skip_invalid
    skipped = SkipReport() if report is None else report
    try:
        for number, data in iter_lines(path, MAX_LINE_BYTES):
            try:
                event = _event(parse_line(source, number, data, MAX_LINE_BYTES))
            except LineInvalid as bad:
                if not skip_invalid:
                    raise bad.error from None
                skipped.add(bad.reason, bad.error)
                continue
            yield event
    finally:
        if own_report and skipped:
            log.warning("%s: %s", source, skipped.summary())


def write_chat_jsonl(path: StrPath, events: Iterable[ChatEvent]) -> int:
    """Write events as Chat JSONL (UTF-8, one compact object a line); returns how many."""
    count = 0
    try:
        with open(path, "wb") as stream:
            for event in events:
                stream.write(chat_jsonl_line(event))
                count += 1
    except OSError as exc:
        raise input_error(exc, os.fspath(path), "write") from None
    return count


def chat_jsonl_line(event: ChatEvent) -> bytes:
    """One event as its Chat JSONL line, line break included."""
    text = json.dumps(event.to_json(), ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8") + b"\n"


def _event(fields: JsonLine) -> ChatEvent:
    event_id = fields.required_str("id")
    ts = fields.required_str("ts")
    network = fields.required_str("network")
    sender = fields.required_str("sender")
    text = fields.required_str("text")
    room = fields.optional_str("room")
    to = fields.optional_str("to")
    conversation = fields.optional_str("conversation") or ""
    if not is_timestamp(ts):
        raise fields.invalid(
            SkipReason.BAD_TIMESTAMP, f"not an ISO 8601 timestamp with a zone: {quote(ts)}", "ts"
        )
    if len(text) > MAX_TEXT_CHARS:
        raise fields.invalid(
            SkipReason.TOO_LONG, f"{len(text)} characters, more than {MAX_TEXT_CHARS}", "text"
        )
    try:
        return ChatEvent(
            id=event_id,
            ts=ts,
            network=network,
            room=room,
            sender=sender,
            text=text,
            to=to,
            conversation=conversation,
        )
    except ValueError as exc:  # ChatEvent says "field: message"
        field, _, message = str(exc).partition(": ")
        raise fields.invalid(
            SkipReason.BAD_VALUE, message or field, field if message else None
        ) from None
