"""Labels JSONL (DESIGN.md "Labels JSONL"): the truth about each conversation, for `eval`."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

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
from sweetie.connectors.pan12 import read_pan12, read_predator_ids
from sweetie.connectors.skips import SkipReason
from sweetie.events import Label

# BCP 47 "undetermined", for a label line that does not say its language.
UNDETERMINED = "und"


@dataclass(frozen=True, slots=True)
class ConversationLabel:
    conversation: str
    label: Label
    offenders: tuple[str, ...] = ()
    first_offence: str | None = None  # the event at which a careful moderator is sure
    language: str = UNDETERMINED
    # Who wrote the conversation (a corpus's writer or source): training keeps a group
    # together in one fold, so its measurements are taken on phrasing it never saw.
    group: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "conversation": self.conversation,
            "label": self.label.value,
            "offenders": list(self.offenders),
            "first_offence": self.first_offence,
            "language": self.language,
        }
        if self.group is not None:
            data["group"] = self.group
        return data


def read_labels(path: StrPath) -> list[ConversationLabel]:
    """Every label of a Labels JSONL file; any bad line raises InputError (file:line: field).

    `offenders` and `first_offence` may be left out (none), `language` too ("und"), and
    `group` (none).
    Unknown keys are ignored. A conversation labelled twice is an error.
    """
    source = os.fspath(path)
    labels: list[ConversationLabel] = []
    seen: dict[str, int] = {}
    for number, data in iter_lines(path, MAX_LINE_BYTES):
        try:
            fields = parse_line(source, number, data, MAX_LINE_BYTES)
            label = _label(fields)
            if label.conversation in seen:
                raise fields.invalid(
                    SkipReason.BAD_VALUE,
                    f"{quote(label.conversation)} is already labelled on line "
                    f"{seen[label.conversation]}",
                    "conversation",
                )
        except LineInvalid as bad:
            raise bad.error from None
        seen[label.conversation] = number
        labels.append(label)
    return labels


def read_cue_labels(path: StrPath, allowed: Iterable[str]) -> dict[str, str]:
    """Cue labels JSONL (`{"event": id, "cue": category}` a line): the cue category each
    message of a training corpus was written to carry. Any bad line raises InputError."""
    source = os.fspath(path)
    known = frozenset(allowed)
    cues: dict[str, str] = {}
    for number, data in iter_lines(path, MAX_LINE_BYTES):
        try:
            fields = parse_line(source, number, data, MAX_LINE_BYTES)
            event = fields.required_str("event")
            cue = fields.required_str("cue")
            if not event:
                raise fields.invalid(SkipReason.BAD_VALUE, "must not be empty", "event")
            if cue not in known:
                choices = ", ".join(sorted(known))
                raise fields.invalid(
                    SkipReason.BAD_VALUE, f"{quote(cue)} is not one of {choices}", "cue"
                )
            if event in cues:
                raise fields.invalid(SkipReason.BAD_VALUE, f"{quote(event)} twice", "event")
        except LineInvalid as bad:
            raise bad.error from None
        cues[event] = cue
    return cues


def write_labels(path: StrPath, labels: Iterable[ConversationLabel]) -> int:
    """Write labels as Labels JSONL; returns how many."""
    count = 0
    try:
        with open(path, "wb") as stream:
            for label in labels:
                text = json.dumps(label.to_json(), ensure_ascii=False, separators=(",", ":"))
                stream.write(text.encode("utf-8") + b"\n")
                count += 1
    except OSError as exc:
        raise input_error(exc, os.fspath(path), "write") from None
    return count


def pan12_labels(xml_path: StrPath, predator_ids_path: StrPath) -> list[ConversationLabel]:
    """Labels for the PAN12 corpus, one per conversation that has messages, in file order.

    A conversation is solicitation when any of its authors is on the predator list; those
    authors are its offenders. PAN12 does not mark where intent becomes clear, so
    `first_offence` is None; the corpus is English.
    """
    predators = read_predator_ids(predator_ids_path)
    authors: dict[str, dict[str, None]] = {}  # conversation -> authors in order of appearance
    for event in read_pan12(xml_path):
        authors.setdefault(event.conversation, {})[event.sender] = None
    labels = []
    for conversation, people in authors.items():
        offenders = tuple(person for person in people if person in predators)
        label = Label.SOLICITATION if offenders else Label.BENIGN
        labels.append(ConversationLabel(conversation, label, offenders, None, "en"))
    return labels


def _label(fields: JsonLine) -> ConversationLabel:
    conversation = fields.required_str("conversation")
    if not conversation:
        raise fields.invalid(SkipReason.BAD_VALUE, "must not be empty", "conversation")
    value = fields.required_str("label")
    try:
        label = Label(value)
    except ValueError:
        choices = ", ".join(member.value for member in Label)
        raise fields.invalid(
            SkipReason.BAD_VALUE, f"{quote(value)} is not one of {choices}", "label"
        ) from None
    offenders = tuple(fields.str_list("offenders") or ())
    if label is Label.BENIGN and offenders:
        raise fields.invalid(
            SkipReason.BAD_VALUE, "a benign conversation has no offenders", "offenders"
        )
    if any(not offender for offender in offenders):
        raise fields.invalid(SkipReason.BAD_VALUE, "an offender must not be empty", "offenders")
    first_offence = fields.optional_str("first_offence")
    language = fields.optional_str("language") or UNDETERMINED
    group = fields.optional_str("group") or None
    return ConversationLabel(conversation, label, offenders, first_offence, language, group)
