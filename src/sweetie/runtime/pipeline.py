"""The order of the data flow: capture → evidence log (durable) → detection → stored.

This is the one place that orders the steps (DESIGN.md): the parts do not call each other
in a chain. Events are taken in batches so that the log commits once per batch; no event
of a batch reaches the detector before the whole batch is durable (hard rule 4).

After detection, each batch goes through the pipeline's `steps` in order (identification,
policy and deterrence, cases): each is a `Step`, wired in by whoever builds the pipeline.
A step sees which events are new and which are replays of events an earlier run already
acted on, so that restarting after a crash never acts twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sweetie.detect.detector import Detector, DetectorState
from sweetie.detect.model import DetectionModel
from sweetie.events import Assessment, ChatEvent
from sweetie.evidence import EvidenceLog, load_or_create_signing_key
from sweetie.store import AssessmentRepository, Database, open_database

__all__ = ["ASSESSMENT", "Pipeline", "Processed", "Step", "open_pipeline"]

ASSESSMENT = "assessment"
ORIGIN = "sweetie.local/evidence"
BATCH = 2000


@dataclass(frozen=True, slots=True)
class Processed:
    """One event of a durable batch, as the steps after detection see it."""

    event: ChatEvent
    index: int  # its entry in the evidence log
    new: bool  # False: logged and acted on by an earlier run, replayed to rebuild state
    assessments: tuple[Assessment, ...]


class Step(Protocol):
    """A stage after detection (identify, policy, cases). Called once per durable batch."""

    name: str

    def on_batch(self, pipeline: Pipeline, batch: Sequence[Processed]) -> None:
        """Act on the batch; record what it decides in `pipeline.log` before acting."""
        ...


@dataclass
class Pipeline:
    database: Database
    log: EvidenceLog
    detector: Detector
    state: DetectorState
    events: int = 0
    new_events: int = 0
    steps: list[Step] = field(default_factory=list)

    def process(self, events: Iterable[ChatEvent]) -> Iterator[list[Assessment]]:
        """Per batch, the assessments of the events it holds."""
        batch: list[ChatEvent] = []
        for event in events:
            batch.append(event)
            if len(batch) >= BATCH:
                yield self.process_batch(batch)
                batch = []
        if batch:
            yield self.process_batch(batch)

    def process_batch(self, batch: list[ChatEvent]) -> list[Assessment]:
        before = self.log.size
        indexes = self.log.append_events(batch)
        self.log.flush()  # durable before the detector sees any of it
        self.events += len(batch)

        found: list[Assessment] = []
        rows: list[tuple[Assessment, int | None]] = []
        processed: list[Processed] = []
        for event, idx in zip(batch, indexes, strict=True):
            self.state, assessments = self.detector.step(self.state, event)
            found.extend(assessments)
            # An event logged by an earlier run was assessed then: replaying it (to rebuild
            # the detector's state) must not record its assessments twice.
            new = idx >= before
            processed.append(Processed(event, idx, new, tuple(assessments)))
            if not new:
                continue
            self.new_events += 1
            for a in assessments:
                rows.append((a, self.log.append(ASSESSMENT, a.to_json())))
        self.log.flush()
        if rows:
            with self.database.transaction() as conn:
                AssessmentRepository(conn).add_many(rows)
        for step in self.steps:
            step.on_batch(self, processed)
        return found

    def close(self) -> None:
        self.log.checkpoint()
        self.log.close()
        self.database.close()


def open_pipeline(
    data_dir: Path, database_url: str | None = None, model: DetectionModel | None = None
) -> Pipeline:
    database = open_database(data_dir, database_url)
    key = load_or_create_signing_key(data_dir, ORIGIN)
    log = EvidenceLog(database, ORIGIN, key)
    detector = Detector(model)
    return Pipeline(database, log, detector, detector.new_state())
