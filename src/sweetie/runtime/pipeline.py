"""The order of the data flow: capture → evidence log (durable) → detection → stored.

This is the one place that orders the steps (DESIGN.md): the parts do not call each other
in a chain. Events are taken in batches so that the log commits once per batch; no event
of a batch reaches the detector before the whole batch is durable (hard rule 4).

After detection, each batch goes through the pipeline's `steps` in order (identification,
policy and deterrence, cases): each is a `Step`, wired in by whoever builds the pipeline.
A step sees which events are new and which are replays of events an earlier run already
acted on, so that restarting after a crash never acts twice.

Crash safety. A batch is four commits: (1) its events in the log; (2) the assessment entries;
(3) the assessment rows; then the steps' own commits; (4) the progress marker
(`pipeline_progress`: the log size up to which everything has been acted on). The marker is
not a commit of its own: it is written in the transaction of the log's next commit (what the
steps left in the log's buffer, else the next batch's events (1), a checkpoint, or at close),
which spares small batches a commit each. A process killed anywhere therefore leaves the
marker at the end of the last finished batch or of the one before it: never past anything
not acted on, since the marker goes in with entries logged after everything below it was
done. On restart the events at or past the marker are redone as new: their assessments are
derived again, and an assessment whose entry the killed run already logged reuses that entry
(matched by content hash) and its stored row, so nothing is logged or stored twice; the
steps see those events as new once more and must be idempotent by a key derived from the
event (the decisions table's unique key). Events before the marker are replays (`new=False`).

One writer per log (`WriterLock`). If the database server goes away mid-run (PostgreSQL
restarting), each commit is retried with backoff for up to `reconnect_timeout` seconds;
a failed commit was rolled back and the log keeps its buffer, so the retry redoes it whole.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.engine import Connection

from sweetie.detect.detector import Detector, DetectorState
from sweetie.detect.model import DetectionModel
from sweetie.events import Assessment, ChatEvent
from sweetie.evidence import EvidenceConfig, EvidenceLog, load_or_create_signing_key
from sweetie.evidence.canonical import canonical_bytes
from sweetie.evidence.log import CHAT_EVENT
from sweetie.store import (
    AssessmentRepository,
    Database,
    EvidenceRepository,
    ProgressRepository,
    open_database,
)
from sweetie.store.database import RECONNECT_TIMEOUT, DatabaseUnavailable, retrying
from sweetie.store.locking import WriterLock
from sweetie.store.models import assessments

__all__ = ["ASSESSMENT", "Pipeline", "Processed", "Step", "open_pipeline"]

ASSESSMENT = "assessment"
ORIGIN = "sweetie.local/evidence"
BATCH = 2000
# The pipeline flushes the log itself, once per batch; the log must never flush on its own
# in the middle of a batch, or a failed commit there could not be retried cleanly.
_NO_AUTO_FLUSH = 1 << 40

T = TypeVar("T")


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
        """Act on the batch; record what it decides in `pipeline.log` before acting.

        Must be idempotent: after a crash, the events of an unfinished batch come again
        with new=True (see the module docstring)."""
        ...


@dataclass
class Unfinished:
    """What a killed run left past the progress marker: assessment entries already logged
    (content hash -> log indexes), which of them have their row stored, and its events.

    The progress marker stays put until every one of those events has come through again
    (a replayed file brings them at the same place; the live runtime calls
    `resume_unfinished`): moving it past an event not redone would lose that event's
    assessments and decisions for good."""

    logged: dict[bytes, list[int]] = field(default_factory=dict)
    stored: set[int] = field(default_factory=set)
    events: set[int] = field(default_factory=set)  # its chat events not processed again yet


@dataclass
class Pipeline:
    database: Database
    log: EvidenceLog
    detector: Detector
    state: DetectorState
    events: int = 0
    new_events: int = 0
    steps: list[Step] = field(default_factory=list)
    lock: WriterLock | None = None
    # The progress marker: the log size up to which everything was acted on. Built without
    # `open_pipeline` (tests, embedders), a pipeline counts what its log holds as done.
    done: int = -1
    unfinished: Unfinished = field(default_factory=Unfinished)
    reconnect_timeout: float = RECONNECT_TIMEOUT
    _reconnect: bool = False
    _gave_up: bool = False
    _acted: set[int] = field(default_factory=set)  # acted on at or past the marker

    def __post_init__(self) -> None:
        if self.done < 0:
            self.done = self.log.durable_size

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
        indexes = self._retry(lambda: self.log.append_events(batch))
        self._retry(self.log.flush)  # (1) durable before the detector sees any of it
        self.events += len(batch)
        if self.unfinished.events:
            self.unfinished.events.difference_update(indexes)

        found: list[Assessment] = []
        rows: list[tuple[Assessment, int | None]] = []
        processed: list[Processed] = []
        for event, idx in zip(batch, indexes, strict=True):
            self.state, assessments = self.detector.step(self.state, event)
            found.extend(assessments)
            # An event acted on already (by an earlier run, or earlier in this one while the
            # marker waits for a killed run's events): replayed to rebuild the detector's
            # state, its assessments are recorded already.
            new = idx >= self.done and idx not in self._acted
            processed.append(Processed(event, idx, new, tuple(assessments)))
            if not new:
                continue
            self._acted.add(idx)
            self.new_events += 1
            for a in assessments:
                rows.extend(self._log_assessment(a))
        self._retry(self.log.flush)  # (2)
        if rows:
            self._retry(lambda: self._store(rows))  # (3)
        for step in self.steps:
            self._retry(lambda step=step: step.on_batch(self, processed))  # type: ignore[misc]
        self._retry(self._mark_done)  # (4)
        return found

    def _log_assessment(self, a: Assessment) -> list[tuple[Assessment, int | None]]:
        """Append an assessment's entry, or reuse the one a killed run logged; the row to
        store, unless that run stored it too."""
        record = a.to_json()
        if self.unfinished.logged:
            earlier = self.unfinished.logged.get(hashlib.sha256(canonical_bytes(record)).digest())
            if earlier:
                idx = earlier.pop(0)
                return [] if idx in self.unfinished.stored else [(a, idx)]
        return [(a, self.log.append(ASSESSMENT, record))]

    def reuse_logged(self, record: Mapping[str, Any]) -> int | None:
        """The index of an entry with exactly this record that a killed run logged past the
        marker and did not store, if any (taken once): so that a step redoing that run's
        work (a decision) does not log it twice."""
        if not self.unfinished.logged:
            return None
        earlier = self.unfinished.logged.get(hashlib.sha256(canonical_bytes(record)).digest())
        return earlier.pop(0) if earlier else None

    def resume_unfinished(self) -> list[Assessment]:
        """Process again the events a killed run logged but did not finish, read back from
        the log: for the live runtime, whose connectors will not deliver them again. (A
        replayed file needs no call: the events come again at their place.)"""
        pending = sorted(self.unfinished.events)
        if not pending:
            return []

        def read() -> list[ChatEvent]:
            with self.database.transaction() as conn:
                repo = EvidenceRepository(conn)
                rows = [repo.entry(idx) for idx in pending]
            return [ChatEvent(**json.loads(r.body)) for r in rows if r and r.body is not None]

        found: list[Assessment] = []
        for assessments_of_batch in self.process(self._retry(read)):
            found.extend(assessments_of_batch)
        self.unfinished.events.clear()  # erased bodies cannot be redone; the log says so
        self._retry(self._mark_done)
        self._retry(self.log.commit_waiting_write)  # moved past them now, not at the next batch
        return found

    def _store(self, rows: list[tuple[Assessment, int | None]]) -> None:
        with self.database.transaction() as conn:
            AssessmentRepository(conn).add_many(rows)

    def _mark_done(self) -> None:
        """(4) Move the marker to the log's size, in the transaction of the log's next
        commit: of what the steps appended and left in the buffer (flushed here), or else
        of whatever comes next (see the module docstring)."""
        size = self.log.size  # the steps are done with everything appended so far
        move = size != self.done and not self.unfinished.events
        if move:
            origin = self.log.origin

            def write_marker(conn: Connection) -> None:
                ProgressRepository(conn).set(origin, size)

            self.log.write_with_next_commit(write_marker)
        self.log.flush()
        if move:
            # Acted on, as far as this process goes: `new` and `_acted` go by this, while
            # the stored marker may wait for the next commit.
            self.done = size
            self._acted.clear()  # all below the marker now

    def _retry(self, action: Callable[[], T]) -> T:
        """`action`, retried while the database server is unreachable; after a reconnect,
        the writer lock is checked (and taken again) first."""

        def attempt() -> T:
            if self._reconnect and self.lock is not None:
                self.lock.ensure()
            self._reconnect = False
            return action()

        def lost(_: DatabaseUnavailable) -> None:
            self._reconnect = True

        try:
            return self.database.retrying(attempt, timeout=self.reconnect_timeout, on_retry=lost)
        except DatabaseUnavailable:
            self._gave_up = True
            raise

    def close(self) -> None:
        try:
            if not self._gave_up:  # else waiting once more at close would only double the wait
                self._retry(self.log.checkpoint)
                self._retry(self.log.close)
                self._retry(self.log.commit_waiting_write)  # the marker, if still waiting
        finally:
            if self.lock is not None:
                self.lock.release()
            self.database.close()


# Entries a step may redo after a crash; their content is deterministic, so the killed run's
# entry is found by its hash and reused (`_log_assessment`, `reuse_logged`).
_REUSABLE = frozenset({ASSESSMENT, "decision"})


def _resume(database: Database, log: EvidenceLog) -> tuple[int, Unfinished]:
    """The progress marker (added at the log's size on first open) and what lies past it."""
    unfinished = Unfinished()
    with database.transaction() as conn:
        progress = ProgressRepository(conn)
        done = progress.get(log.origin)
        if done is None or done > log.durable_size:
            # First open (an existing log was fully acted on by the runtime before the
            # marker existed), or a marker ahead of the log it describes: trust the log.
            done = log.durable_size
            progress.set(log.origin, done)
        if done < log.durable_size:
            for entry in EvidenceRepository(conn).scan(done):
                if entry.kind in _REUSABLE:
                    unfinished.logged.setdefault(entry.content_hash, []).append(entry.idx)
                elif entry.kind == CHAT_EVENT:
                    unfinished.events.add(entry.idx)
            if unfinished.logged:
                at = assessments.c.evidence_idx
                stored = conn.execute(select(at).where(at >= done)).scalars()
                unfinished.stored = {int(idx) for idx in stored}
    return done, unfinished


def open_pipeline(
    data_dir: Path,
    database_url: str | None = None,
    model: DetectionModel | None = None,
    *,
    reconnect_timeout: float = RECONNECT_TIMEOUT,
    evidence: EvidenceConfig | None = None,
) -> Pipeline:
    """The pipeline on this data dir / database; `evidence` is the [evidence] section (the
    checkpoint cadence and the time-stamping authority), defaults when None."""
    # The server may be restarting just as the runtime starts: wait for it like mid-run.
    database = retrying(lambda: open_database(data_dir, database_url), timeout=reconnect_timeout)
    try:
        lock = WriterLock.acquire(database, ORIGIN)
    except BaseException:
        database.close()
        raise
    try:
        key = load_or_create_signing_key(data_dir, ORIGIN)
        log = EvidenceLog(database, ORIGIN, key, batch_size=_NO_AUTO_FLUSH, config=evidence)
        done, unfinished = _resume(database, log)
    except BaseException:
        lock.release()
        database.close()
        raise
    detector = Detector(model)
    return Pipeline(
        database,
        log,
        detector,
        detector.new_state(),
        lock=lock,
        done=done,
        unfinished=unfinished,
        reconnect_timeout=reconnect_timeout,
    )
