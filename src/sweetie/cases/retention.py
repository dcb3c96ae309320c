"""Retention: what no case needs any more is erased, and the evidence log keeps verifying.

- The content of a conversation that no case holds is erased once nothing was captured in
  it for `conversations_days`.
- The content of a conversation held only by dismissed cases is erased once the last of
  them was dismissed `dismissed_days` ago.
- A conversation in an active or referred case is kept, whatever its age.

Erasing a chat event deletes its body from the evidence log and appends an erasure entry
naming it and why (`EvidenceLog.erase`): the log still verifies by hash. The identifiers
taken from erased events are deleted too, and the subjects recomputed without them. On
SQLite the file is then vacuumed, so erased text does not linger in free pages. A dry run
says what would go and changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import text

from sweetie.evidence import EvidenceLog
from sweetie.evidence.log import CHAT_EVENT
from sweetie.store import Database, EvidenceRepository
from sweetie.store.identities import IdentityRepository

__all__ = ["RetentionPlan", "RetentionPolicy", "apply_retention", "plan_retention"]


# The keys `[retention]` accepts, declared once (docs/configuration.md documents each).
RETENTION_KEYS = ("conversations_days", "dismissed_days")


class CaseView(Protocol):
    """What retention asks of the cases: `sweetie.cases.service.CaseService` provides it."""

    def held_conversations(self) -> set[str]: ...
    def dismissed_before(self, at: str) -> list[str]: ...
    def case_conversations(self, case_id: str) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    conversations_days: int = 90
    dismissed_days: int = 365

    def __post_init__(self) -> None:
        if self.conversations_days < 0 or self.dismissed_days < 0:
            raise ValueError("retention periods must be >= 0 days")

    @classmethod
    def from_mapping(cls, section: dict[str, Any], where: str = "[retention]") -> RetentionPolicy:
        from sweetie.events import ConfigError

        values: dict[str, int] = {}
        for name in RETENTION_KEYS:
            if name in section:
                value = section[name]
                if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                    raise ConfigError(f"{where} {name}: must be a whole number of days >= 0")
                values[name] = value
        unknown = set(section) - set(RETENTION_KEYS)
        if unknown:
            raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]!r}")
        return cls(**values)


@dataclass
class ConversationPlan:
    conversation: str
    reason: str
    entries: list[int] = field(default_factory=list)  # evidence indexes of its chat events
    events: list[str] = field(default_factory=list)
    last_recorded: str = ""


@dataclass
class RetentionPlan:
    now: str
    policy: RetentionPolicy
    conversations: list[ConversationPlan] = field(default_factory=list)
    kept_held: int = 0  # conversations kept because a case holds them
    identifiers: int = 0  # stored identifiers taken from the events that go
    erased_entries: int = 0  # after apply
    erased_identifiers: int = 0

    @property
    def entries(self) -> int:
        return sum(len(c.entries) for c in self.conversations)

    def to_json(self) -> dict[str, Any]:
        return {
            "now": self.now,
            "conversations_days": self.policy.conversations_days,
            "dismissed_days": self.policy.dismissed_days,
            "conversations": [
                {
                    "conversation": c.conversation,
                    "reason": c.reason,
                    "events": len(c.entries),
                    "last_recorded": c.last_recorded,
                }
                for c in self.conversations
            ],
            "events": self.entries,
            "identifiers": self.identifiers,
            "kept_held_by_cases": self.kept_held,
            "erased_entries": self.erased_entries,
            "erased_identifiers": self.erased_identifiers,
        }


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


def plan_retention(
    database: Database,
    policy: RetentionPolicy,
    cases: CaseView | None,
    now: datetime | None = None,
) -> RetentionPlan:
    now = now or datetime.now(UTC)
    plan = RetentionPlan(_iso(now), policy)
    conversation_cut = _iso(now - timedelta(days=policy.conversations_days))
    dismissed_cut = _iso(now - timedelta(days=policy.dismissed_days))
    held: set[str] = set()
    old_dismissed: dict[str, str] = {}  # conversation -> a case dismissed before the cut
    recent_dismissed: set[str] = set()
    if cases is not None:
        held = set(cases.held_conversations())
        old_ids = cases.dismissed_before(dismissed_cut)
        for case_id in cases.dismissed_before(plan.now):
            conversations = cases.case_conversations(case_id)
            if case_id in old_ids:
                for conversation in conversations:
                    old_dismissed.setdefault(conversation, case_id)
            else:
                recent_dismissed.update(conversations)
    found: dict[str, ConversationPlan] = {}
    with database.transaction() as conn:
        for entry in EvidenceRepository(conn).with_kind(CHAT_EVENT):
            assert entry.body is not None
            body = json.loads(entry.body)
            plan_c = found.get(body["conversation"])
            if plan_c is None:
                plan_c = found[body["conversation"]] = ConversationPlan(body["conversation"], "")
            plan_c.entries.append(entry.idx)
            plan_c.events.append(body["id"])
            plan_c.last_recorded = max(plan_c.last_recorded, entry.recorded_at)
    for conversation, c in found.items():
        if conversation in held:
            plan.kept_held += 1
            continue
        if conversation in old_dismissed:
            c.reason = (
                f"retention: case {old_dismissed[conversation]} dismissed more than"
                f" {policy.dismissed_days} days ago"
            )
        elif conversation in recent_dismissed:
            plan.kept_held += 1
            continue
        elif c.last_recorded < conversation_cut:
            c.reason = (
                f"retention: conversation in no case, nothing captured for"
                f" {policy.conversations_days} days"
            )
        else:
            continue
        plan.conversations.append(c)
    plan.conversations.sort(key=lambda c: c.entries[0])
    with database.transaction() as conn:
        plan.identifiers = IdentityRepository(conn).count_events(
            e for c in plan.conversations for e in c.events
        )
    return plan


def apply_retention(
    database: Database,
    log: EvidenceLog,
    plan: RetentionPlan,
    *,
    relink: Callable[[Iterable[str]], object] | None = None,
    progress: Callable[[int], None] | None = None,
) -> RetentionPlan:
    """Erase what the plan says. `relink` recomputes subjects after identifiers go."""
    for c in plan.conversations:
        # Identifiers first: if the run stops between the two, no identifier outlives its
        # event, and the erasure of the event is simply done again next time.
        with database.transaction() as conn:
            plan.erased_identifiers += IdentityRepository(conn).delete_events(c.events)
        for idx in c.entries:
            log.erase(idx, c.reason)
            plan.erased_entries += 1
            if progress is not None:
                progress(1)
    if relink is not None and plan.erased_identifiers:
        relink(e for c in plan.conversations for e in c.events)
    if plan.erased_entries:
        log.checkpoint()
        _compact(database)
    return plan


def _compact(database: Database) -> None:
    """Reclaim the space of deleted bodies, so erased text does not linger in free pages
    (SQLite: the file is rewritten and the WAL emptied; PostgreSQL: dead tuples go)."""
    with database.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        if database.dialect == "sqlite":
            conn.execute(text("VACUUM"))
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        elif database.dialect == "postgresql":
            conn.execute(text("VACUUM evidence_entries, identifiers"))
