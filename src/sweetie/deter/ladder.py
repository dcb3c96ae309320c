"""The policy ladder as a pure function: a subject's past decisions and one assessment in,
at most one step out. No database, no clock: the stored decisions are the whole state, so a
restart decides exactly as an uninterrupted run would, and a replayed event decides nothing.

    first warn-level assessment          → warn_1
    a warn-level assessment after warn_1 → warn_2 ("you have been identified ...")
    after warn_2                         → escalate (human review)
    facilitation, or the severest cues   → escalate at once

Within the cooldown after a warning, or over the daily cap, the ladder does not move: the
assessment is recorded as SUPPRESSED. In `investigation` mode (unless warnings are enabled
there) each warning the ladder would send is recorded as SUPPRESSED and "withheld": it counts
as a step, so escalation comes where it would have come, but nothing is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sweetie.deter.config import PolicyConfig
from sweetie.events import Assessment, Decision, DecisionKind, Label, Level

__all__ = [
    "WITHHELD",
    "LadderStep",
    "decide",
    "decision_key",
    "is_warn_level",
    "ladder_steps",
    "parse_time",
]

# The key suffix of a warning withheld by the mode (it counts as a step of the ladder).
WITHHELD = "withheld"
DAY = timedelta(days=1)
_WARNINGS = (DecisionKind.WARN_1, DecisionKind.WARN_2)


@dataclass(frozen=True, slots=True)
class LadderStep:
    """What the policy decides about one warn-level assessment."""

    kind: DecisionKind
    reason: str
    would_be: DecisionKind | None = None  # for SUPPRESSED: the warning held back
    withheld: bool = False  # SUPPRESSED by the mode: counts as a step of the ladder

    @property
    def label(self) -> str:
        """The step's part of the decision key."""
        if self.kind is DecisionKind.SUPPRESSED:
            assert self.would_be is not None
            return f"{self.would_be.value}:{WITHHELD if self.withheld else 'held'}"
        return self.kind.value


def decision_key(event_id: str, subject: str, step: LadderStep) -> str:
    return f"{event_id}:{subject}:{step.label}"


def parse_time(ts: str) -> datetime:
    """An ISO 8601 time with a zone (what the readers accept) as an aware UTC datetime."""
    moment = datetime.fromisoformat(ts)
    if moment.tzinfo is None:
        raise ValueError(f"time without a zone: {ts!r}")
    return moment.astimezone(UTC)


def is_warn_level(assessment: Assessment, config: PolicyConfig) -> bool:
    if assessment.level is not Level.WARN:
        return False
    return config.warn_threshold is None or assessment.score >= config.warn_threshold


def ladder_steps(history: Sequence[Decision]) -> list[Decision]:
    """The decisions that are steps of the ladder: warnings sent, or withheld by the mode."""
    return [
        d
        for d in history
        if d.kind in _WARNINGS
        or (d.kind is DecisionKind.SUPPRESSED and d.key.endswith(f":{WITHHELD}"))
    ]


def decide(
    history: Sequence[Decision],
    assessment: Assessment,
    at: datetime,
    config: PolicyConfig,
    mode: str,
) -> LadderStep | None:
    """The step for one assessment of a subject, given the policy's decisions about that
    subject so far (oldest first); None when the policy does nothing."""
    if not is_warn_level(assessment, config):
        return None
    if any(d.event_id == assessment.event_id and d.actor == "policy" for d in history):
        return None  # this event was decided on already (a replay, a duplicate)

    escalated = {d.conversation for d in history if d.kind is DecisionKind.ESCALATE}
    if escalated:
        if assessment.conversation in escalated:
            return None  # under human review already; nothing automated follows
        return LadderStep(
            DecisionKind.ESCALATE, "under review already; offending in a further conversation"
        )
    if config.escalate_on_facilitation and assessment.label is Label.FACILITATION:
        return LadderStep(DecisionKind.ESCALATE, "offers a child (facilitation)")
    severe = sorted({c.split(":")[0] for c in assessment.cues} & set(config.escalate_cues))
    if severe:
        return LadderStep(DecisionKind.ESCALATE, f"highest severity: {', '.join(severe)}")
    if config.escalate_score is not None and assessment.score >= config.escalate_score:
        return LadderStep(DecisionKind.ESCALATE, f"highest severity: score {assessment.score:.3f}")

    steps = ladder_steps(history)
    last = parse_time(steps[-1].at) if steps else None
    if last is not None and at - last < timedelta(seconds=config.cooldown_seconds):
        held = DecisionKind.ESCALATE if len(steps) >= 2 else _WARNINGS[len(steps)]
        return LadderStep(
            DecisionKind.SUPPRESSED,
            f"cooldown: {held.value} held back, {config.cooldown_seconds:g} s after"
            f" {_step_name(steps[-1])} have not passed",
            would_be=held,
        )
    if len(steps) >= 2:
        return LadderStep(DecisionKind.ESCALATE, "offending again after the second warning")
    kind = _WARNINGS[len(steps)]
    recent = sum(1 for d in steps if at - parse_time(d.at) < DAY)
    if recent >= config.max_warnings_per_day:
        return LadderStep(
            DecisionKind.SUPPRESSED,
            f"daily cap: {kind.value} held back, {recent} warnings in 24 h"
            f" (cap {config.max_warnings_per_day})",
            would_be=kind,
        )
    if mode == "investigation" and not config.warn_in_investigation:
        return LadderStep(
            DecisionKind.SUPPRESSED,
            f"investigation mode: {kind.value} withheld, never sent",
            would_be=kind,
            withheld=True,
        )
    first = "first warning" if kind is DecisionKind.WARN_1 else "warned before; second warning"
    return LadderStep(kind, first)


def _step_name(decision: Decision) -> str:
    if decision.kind is DecisionKind.SUPPRESSED:
        return decision.key.rsplit(":", 2)[-2] + " (withheld)"
    return decision.kind.value
