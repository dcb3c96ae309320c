"""The policy and deterrence step of the pipeline: warn-level assessments in, decisions out.

For each new warn-level assessment, the ladder (a pure function of the subject's stored
decisions) decides at most one step. Order, so that nothing acts before it is recorded:
  1. the Decision is appended to the evidence log and the log flushed;
  2. the Decision is stored (its key is unique: a replayed event finds it taken);
  3. in the same transaction, a warning is queued in the outbox (never sent from here);
  4. escalations are handed to `on_escalate` (the cases part opens a case from them).
Decision times are the events' times, so a replay or a report is deterministic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sweetie.deter.catalog import Catalog, builtin_catalog
from sweetie.deter.config import MODES, PolicyConfig
from sweetie.deter.ladder import LadderStep, decide, decision_key, is_warn_level, parse_time
from sweetie.deter.record import DECISION, EvidenceRecorder
from sweetie.deter.variants import VariantAssigner
from sweetie.events import (
    Assessment,
    ChatEvent,
    ConfigError,
    Decision,
    DecisionKind,
    InputError,
    Warning,
)
from sweetie.store import Database, DecisionRepository
from sweetie.store.deterrence import OutboxRepository

__all__ = ["DeterrenceStep", "JurisdictionOf", "OnEscalate", "RunTally"]

JurisdictionOf = Callable[[str], str | None]  # subject -> ISO country code, when disclosed
OnEscalate = Callable[[Decision], None]
_WARNINGS = (DecisionKind.WARN_1, DecisionKind.WARN_2)


class ProcessedEvent(Protocol):
    """What the step reads of the pipeline's `Processed` (the runtime comes after deter)."""

    @property
    def event(self) -> ChatEvent: ...
    @property
    def new(self) -> bool: ...
    @property
    def assessments(self) -> tuple[Assessment, ...]: ...


@dataclass
class RunTally:
    """What this process decided (for the scan and demo summaries)."""

    decisions: list[Decision] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def count(self, kind: DecisionKind) -> int:
        return sum(1 for d in self.decisions if d.kind is kind)


def decision_time(ts: str, event_id: str) -> str:
    """The event's time as ISO 8601 UTC with "Z", so stored decision times compare as text."""
    try:
        moment = parse_time(ts)
    except ValueError:
        raise InputError(
            f"not an ISO 8601 time with a zone: {ts!r}", field=f"event {event_id}: ts"
        ) from None
    spec = "microseconds" if moment.microsecond else "seconds"
    return moment.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


class DeterrenceStep:
    name = "deter"

    def __init__(
        self,
        database: Database,
        log: EvidenceRecorder,
        config: PolicyConfig,
        mode: str,
        data_dir: Path,
        jurisdiction_of: JurisdictionOf | None = None,
        on_escalate: OnEscalate | None = None,
        *,
        catalog: Catalog | None = None,
    ) -> None:
        if mode not in MODES:
            raise ConfigError(f"mode: {mode!r} is not one of {', '.join(MODES)}")
        self.database = database
        self.log = log
        self.config = config
        self.mode = mode
        self.jurisdiction_of = jurisdiction_of
        self.on_escalate = on_escalate
        self.catalog = catalog or builtin_catalog()
        self.variants = VariantAssigner.for_data_dir(data_dir, self.catalog.variants)
        self.tally = RunTally()
        self._logged: dict[str, int] = {}  # decisions logged, not yet stored: key -> entry

    def on_batch(self, pipeline: object, batch: Sequence[ProcessedEvent]) -> None:
        candidates = [
            (p.event, a)
            for p in batch
            if p.new
            for a in p.assessments
            if is_warn_level(a, self.config)
        ]
        if not candidates:
            return  # the common case
        subjects = sorted({a.subject for _, a in candidates})
        with self.database.transaction() as conn:
            repo = DecisionRepository(conn)
            history = {s: [d for d in repo.by_subject(s) if d.actor == "policy"] for s in subjects}

        decided: list[tuple[Decision, Warning | None]] = []
        for event, a in candidates:
            at = decision_time(event.ts, event.id)
            step = decide(history[a.subject], a, parse_time(at), self.config, self.mode)
            if step is None:
                continue
            decision = self._decision(event, a, step, at)
            history[a.subject].append(decision)
            warning = self._warning(decision, event, a) if decision.kind in _WARNINGS else None
            decided.append((decision, warning))
        if not decided:
            return

        # (1) recorded and durable before anything acts on it (hard rule 4). A decision this
        # step logged but could not store (the database went away; the batch is retried),
        # or that a killed run logged, keeps that entry: the log holds each decision once.
        reuse: Callable[[dict[str, object]], int | None] | None = getattr(
            pipeline, "reuse_logged", None
        )
        indexes: list[int] = []
        for d, _ in decided:
            record = d.to_json()
            idx = self._logged.get(d.key)
            if idx is None and reuse is not None:
                idx = reuse(record)
            if idx is None:
                idx = self.log.append(DECISION, record)
            self._logged[d.key] = idx
            indexes.append(idx)
        self.log.flush()
        # (2) stored, (3) queued: one transaction, so a warning never lacks its decision.
        added: list[Decision] = []
        queued: list[Warning] = []
        with self.database.transaction() as conn:
            decisions = DecisionRepository(conn)
            outbox = OutboxRepository(conn)
            for (decision, warning), idx in zip(decided, indexes, strict=True):
                if not decisions.add(decision, idx):
                    continue  # decided already (another process, a retried batch)
                added.append(decision)
                if warning is not None and outbox.add(warning, decision.subject, decision.at):
                    queued.append(warning)
        for decision, _ in decided:
            self._logged.pop(decision.key, None)  # stored (or stored before): settled
        self.tally.decisions.extend(added)
        self.tally.warnings.extend(queued)
        # (4) escalations to the cases part, once stored.
        if self.on_escalate is not None:
            for decision in added:
                if decision.kind is DecisionKind.ESCALATE:
                    self.on_escalate(decision)

    def _decision(self, event: ChatEvent, a: Assessment, step: LadderStep, at: str) -> Decision:
        cues = ", ".join(a.cues) or "none"
        return Decision(
            key=decision_key(event.id, a.subject, step),
            kind=step.kind,
            subject=a.subject,
            actor="policy",
            at=at,
            reason=f"{step.reason} (score {a.score:.3f}, {a.label.value}, cues: {cues})",
            event_id=event.id,
            conversation=a.conversation,
            indicators=tuple(sorted({i.rule for i in a.indicators})),
            model_version=a.model_version,
        )

    def _warning(self, decision: Decision, event: ChatEvent, a: Assessment) -> Warning:
        country = self.jurisdiction_of(a.subject) if self.jurisdiction_of else None
        variant = self.variants.variant(a.subject)
        entry = self.catalog.entry(a.language, country, decision.kind.value, variant)
        return Warning(
            decision_key=decision.key,
            network=event.network,
            target=a.sender,
            text=entry.text,
            language=entry.language,
            jurisdiction=entry.jurisdiction,
            variant=variant,
            catalog_entry=entry.id,
        )
