"""The domain types every part shares. Each checks its invariants when built."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import rfc8785

# A 10 MB chat line is an attack or a bug, never chat. Readers and the API refuse longer texts.
MAX_TEXT_CHARS = 20_000


class Label(enum.StrEnum):
    SOLICITATION = "solicitation"
    FACILITATION = "facilitation"
    BENIGN = "benign"


class Stage(enum.StrEnum):
    """Stages of an approach, in the order they usually come."""

    CONTACT = "contact"
    TRUST = "trust"
    ISOLATION = "isolation"  # isolation or secrecy
    REQUEST = "request"
    PAYMENT = "payment"

    @property
    def rank(self) -> int:
        return _STAGE_ORDER.index(self)


_STAGE_ORDER = list(Stage)


class Level(enum.StrEnum):
    """What an assessment asks of the policy."""

    NONE = "none"
    WATCH = "watch"
    WARN = "warn"


@dataclass(frozen=True, slots=True)
class ChatEvent:
    """One captured chat message (the Chat JSONL line)."""

    id: str
    ts: str
    network: str
    room: str | None
    sender: str
    text: str
    to: str | None = None
    conversation: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("id: must not be empty")
        if not self.sender:
            raise ValueError("sender: must not be empty")
        if not self.network:
            raise ValueError("network: must not be empty")
        if len(self.text) > MAX_TEXT_CHARS:
            raise ValueError(f"text: {len(self.text)} characters, more than {MAX_TEXT_CHARS}")
        if not self.conversation:
            object.__setattr__(self, "conversation", derive_conversation(self))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ts": self.ts,
            "network": self.network,
            "room": self.room,
            "conversation": self.conversation,
            "sender": self.sender,
            "to": self.to,
            "text": self.text,
        }


def derive_conversation(event: ChatEvent) -> str:
    """The room for room messages; the unordered pair of nicks plus network for private ones."""
    if event.to is None:
        return f"{event.network}/{event.room or ''}"
    a, b = sorted((event.sender.casefold(), event.to.casefold()))
    return f"{event.network}/{a}+{b}"


@dataclass(frozen=True, slots=True)
class Indicator:
    """One indicator rule that fired in one message, with its span in the original text."""

    rule: str
    category: str
    language: str
    weight: float
    start: int
    end: int
    value: str | None = None  # e.g. the stated age

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"span: bad span {self.start}..{self.end}")

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class Assessment:
    """What the detector concluded about one sender after one event.

    Carries its own explanation: the indicators that fired in this event, the cue
    categories the sender has shown so far in the conversation, the components of the
    score, and the model version that produced it.
    """

    event_id: str
    conversation: str
    sender: str
    subject: str
    score: float  # calibrated probability that the sender is offending here
    conversation_score: float
    subject_score: float
    level: Level
    label: Label
    stage: Stage
    indicators: tuple[Indicator, ...]
    cues: tuple[str, ...]
    explanation: Mapping[str, float] = field(default_factory=dict)
    model_version: str = ""
    language: str = ""

    def __post_init__(self) -> None:
        for name in ("score", "conversation_score", "subject_score"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name}: {value} is not a probability")

    def to_json(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "conversation": self.conversation,
            "sender": self.sender,
            "subject": self.subject,
            "score": round(self.score, 6),
            "conversation_score": round(self.conversation_score, 6),
            "subject_score": round(self.subject_score, 6),
            "level": self.level.value,
            "label": self.label.value,
            "stage": self.stage.value,
            "indicators": [i.to_json() for i in self.indicators],
            "cues": list(self.cues),
            "explanation": {k: round(v, 6) for k, v in self.explanation.items()},
            "model_version": self.model_version,
            "language": self.language,
        }


def canonical_json(value: Mapping[str, Any] | ChatEvent | Assessment) -> bytes:
    """RFC 8785 canonical JSON: the bytes we hash, sign and log."""
    if isinstance(value, ChatEvent | Assessment):
        value = value.to_json()
    return bytes(rfc8785.dumps(value))
