"""What a run found, gathered from its assessments: flagged conversations and subjects."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sweetie.deter import RunTally
from sweetie.events import Assessment, Decision, DecisionKind, Label, Level, Stage, Warning

__all__ = ["ConversationFinding", "Findings", "SubjectFinding"]

_LEVEL_RANK = {Level.NONE: 0, Level.WATCH: 1, Level.WARN: 2}
_POLICY_KINDS = (
    DecisionKind.WARN_1,
    DecisionKind.WARN_2,
    DecisionKind.ESCALATE,
    DecisionKind.SUPPRESSED,
)


@dataclass
class ConversationFinding:
    conversation: str
    score: float = 0.0
    level: Level = Level.NONE
    label: Label = Label.BENIGN
    stage: Stage = Stage.CONTACT
    senders: set[str] = field(default_factory=set)
    indicators: dict[str, int] = field(default_factory=dict)  # rule id -> times fired
    first_warn_event: str | None = None
    language: str = ""


@dataclass
class SubjectFinding:
    subject: str
    score: float = 0.0
    level: Level = Level.NONE
    conversations: set[str] = field(default_factory=set)
    cues: set[str] = field(default_factory=set)


@dataclass
class Findings:
    conversations: dict[str, ConversationFinding] = field(default_factory=dict)
    subjects: dict[str, SubjectFinding] = field(default_factory=dict)
    events: int = 0
    assessments: int = 0
    decisions: list[Decision] = field(default_factory=list)  # the policy's, this run
    warnings: list[Warning] = field(default_factory=list)  # queued this run, never sent

    def add_policy(self, steps: Sequence[object]) -> None:
        """Take what the policy step decided in this run."""
        for step in steps:
            tally = getattr(step, "tally", None)
            if isinstance(tally, RunTally):
                self.decisions = list(tally.decisions)
                self.warnings = list(tally.warnings)

    def decision_counts(self) -> dict[str, int]:
        return {k.value: sum(1 for d in self.decisions if d.kind is k) for k in _POLICY_KINDS}

    def policy_summary(self) -> str:
        if not self.decisions:
            return ""
        n = self.decision_counts()
        return (
            f"; policy: {len(self.warnings)} warnings queued ({n['warn_1']} first,"
            f" {n['warn_2']} second), {n['escalate']} escalations, {n['suppressed']} suppressed"
        )

    def add(self, a: Assessment) -> None:
        self.assessments += 1
        for indicator in a.indicators:
            c = self.conversations.setdefault(a.conversation, ConversationFinding(a.conversation))
            c.indicators[indicator.rule] = c.indicators.get(indicator.rule, 0) + 1
        if a.level is Level.NONE:
            return
        c = self.conversations.setdefault(a.conversation, ConversationFinding(a.conversation))
        if _LEVEL_RANK[a.level] > _LEVEL_RANK[c.level]:
            c.level = a.level
            if a.level is Level.WARN:
                c.first_warn_event = a.event_id
                c.label = a.label
        if a.score >= c.score:
            c.score = a.score
            c.language = a.language or c.language
            if c.level is not Level.WARN:
                c.label = a.label
        if a.level is Level.WARN and a.label is Label.FACILITATION:
            c.label = Label.FACILITATION  # as in evaluation: a sale of a child stays one
        if a.stage.rank > c.stage.rank:
            c.stage = a.stage
        c.senders.add(a.sender)

        s = self.subjects.setdefault(a.subject, SubjectFinding(a.subject))
        s.score = max(s.score, a.subject_score)
        if _LEVEL_RANK[a.level] > _LEVEL_RANK[s.level]:
            s.level = a.level
        s.conversations.add(a.conversation)
        s.cues.update(cue.split(":")[0] for cue in a.cues)

    def extend(self, assessments: Iterable[Assessment]) -> None:
        for a in assessments:
            self.add(a)

    def flagged(self, level: Level = Level.WATCH) -> list[ConversationFinding]:
        rank = _LEVEL_RANK[level]
        found = [c for c in self.conversations.values() if _LEVEL_RANK[c.level] >= rank]
        return sorted(found, key=lambda c: (-_LEVEL_RANK[c.level], -c.score, c.conversation))

    def flagged_subjects(self, level: Level = Level.WATCH) -> list[SubjectFinding]:
        rank = _LEVEL_RANK[level]
        found = [s for s in self.subjects.values() if _LEVEL_RANK[s.level] >= rank]
        return sorted(found, key=lambda s: (-_LEVEL_RANK[s.level], -s.score, s.subject))
