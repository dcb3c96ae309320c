"""Decisions (automated and human) and the warnings they send. Each checks itself when built.

A Decision is what the policy or a person decided about a subject, with what led to it. Its
`key` makes acting idempotent: the same key derived from the same event is decided once,
however often the event is replayed after a crash.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

__all__ = ["AUTOMATED", "Decision", "DecisionKind", "Warning"]


class DecisionKind(enum.StrEnum):
    # Taken by the policy (the deter part).
    WARN_1 = "warn_1"  # first warning
    WARN_2 = "warn_2"  # "you have been identified and your chats are recorded"
    ESCALATE = "escalate"  # to human review: opens (or joins) a case
    SUPPRESSED = "suppressed"  # a warning the mode, the cooldown or the daily cap held back
    # Taken by people (the cases part).
    DISMISS = "dismiss"
    WATCH = "watch"
    PROPOSE_REFERRAL = "propose_referral"
    APPROVE_REFERRAL = "approve_referral"  # the second person of the four eyes
    REJECT_REFERRAL = "reject_referral"


AUTOMATED = frozenset(
    {DecisionKind.WARN_1, DecisionKind.WARN_2, DecisionKind.ESCALATE, DecisionKind.SUPPRESSED}
)


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision about one subject, and what led to it (hard rule 5)."""

    key: str  # idempotency key, e.g. derived from the event that triggered it
    kind: DecisionKind
    subject: str
    actor: str  # "policy", or "user:<name>" for a person
    at: str  # ISO 8601 UTC
    reason: str = ""
    event_id: str | None = None
    conversation: str | None = None
    indicators: tuple[str, ...] = ()  # the rule ids that led to it
    model_version: str = ""
    case_id: str | None = None

    def __post_init__(self) -> None:
        if not self.key:
            raise ValueError("key: must not be empty")
        if not self.subject:
            raise ValueError("subject: must not be empty")
        if not self.actor:
            raise ValueError("actor: must not be empty")
        if self.kind in AUTOMATED and self.actor != "policy":
            raise ValueError(f"actor: {self.kind.value} is taken by the policy, not {self.actor}")
        if self.kind not in AUTOMATED and not self.actor.startswith("user:"):
            raise ValueError(f"actor: {self.kind.value} is taken by a person (user:<name>)")

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "kind": self.kind.value,
            "subject": self.subject,
            "actor": self.actor,
            "at": self.at,
            "reason": self.reason,
            "event_id": self.event_id,
            "conversation": self.conversation,
            "indicators": list(self.indicators),
            "model_version": self.model_version,
            "case_id": self.case_id,
        }


@dataclass(frozen=True, slots=True)
class Warning:
    """A warning to send: catalog text only (hard rule 1), addressed to one account."""

    decision_key: str
    network: str
    target: str  # the nick it goes to
    text: str
    language: str
    jurisdiction: str  # "generic" when nothing was disclosed
    variant: str
    catalog_entry: str  # id of the reviewed catalog entry the text comes from

    def __post_init__(self) -> None:
        for name in ("decision_key", "network", "target", "text", "catalog_entry", "variant"):
            if not getattr(self, name):
                raise ValueError(f"{name}: must not be empty")

    def to_json(self) -> dict[str, Any]:
        return {
            "decision_key": self.decision_key,
            "network": self.network,
            "target": self.target,
            "text": self.text,
            "language": self.language,
            "jurisdiction": self.jurisdiction,
            "variant": self.variant,
            "catalog_entry": self.catalog_entry,
        }
