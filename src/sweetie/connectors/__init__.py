"""The connectors part (see DESIGN.md): network connectors and file readers."""

from sweetie.connectors.chat_jsonl import (
    chat_event_from_json,
    chat_jsonl_line,
    is_timestamp,
    read_chat_jsonl,
    write_chat_jsonl,
)
from sweetie.connectors.formats import FORMATS, read_events
from sweetie.connectors.jsonl import MAX_LINE_BYTES
from sweetie.connectors.labels import (
    ConversationLabel,
    pan12_labels,
    read_cue_labels,
    read_labels,
    write_labels,
)
from sweetie.connectors.pan12 import read_pan12, read_predator_ids
from sweetie.connectors.skips import SkipReason, SkipReport

__all__ = [
    "FORMATS",
    "MAX_LINE_BYTES",
    "ConversationLabel",
    "SkipReason",
    "SkipReport",
    "chat_event_from_json",
    "chat_jsonl_line",
    "is_timestamp",
    "pan12_labels",
    "read_chat_jsonl",
    "read_cue_labels",
    "read_events",
    "read_labels",
    "read_pan12",
    "read_predator_ids",
    "write_chat_jsonl",
    "write_labels",
]
