"""The detector's conversation state, rebuilt at start-up from what the log already holds.

The detector is incremental: a conversation's risk grows with each message. A process that
starts on an existing log (`sweetie serve` after a restart, `sweetie run` after a stop) would
otherwise meet the rest of a conversation with an empty state and miss what its first half
said. So the captured chat events are read back in log order and stepped through the
detector, without logging, storing or acting on anything: each was acted on when it came.

Only events below the pipeline's progress marker are read: those past it are a killed run's
unfinished work, which `Pipeline.resume_unfinished` processes (and acts on) afterwards.
Erased bodies (retention, a court order) are skipped: what was erased is not used again.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass

from sweetie.events import ChatEvent
from sweetie.evidence.log import CHAT_EVENT
from sweetie.runtime.pipeline import Pipeline
from sweetie.store import EvidenceRepository

__all__ = ["Rebuilt", "rebuild_state"]

log = logging.getLogger("sweetie.resume")

CHUNK = 5000  # entries read per transaction: a long read would hold back the log's writer


@dataclass(frozen=True, slots=True)
class Rebuilt:
    events: int  # chat events stepped through the detector
    erased: int  # chat events whose body was erased, skipped
    seconds: float


def rebuild_state(pipeline: Pipeline) -> Rebuilt:
    """Step `pipeline.detector` over every chat event logged before the progress marker,
    in log order, into `pipeline.state`. Nothing is appended, stored or sent."""
    started = time.monotonic()
    end = pipeline.done
    stepped = erased = 0
    state = pipeline.state
    detector = pipeline.detector
    for start in range(0, end, CHUNK):
        with pipeline.database.transaction() as conn:
            rows = list(EvidenceRepository(conn).scan(start, min(start + CHUNK, end), CHUNK))
        for row in rows:
            if row.kind != CHAT_EVENT:
                continue
            if row.body is None:
                erased += 1
                continue
            state, _ = detector.step(state, ChatEvent(**json.loads(row.body)))
            stepped += 1
    pipeline.state = state
    rebuilt = Rebuilt(stepped, erased, time.monotonic() - started)
    if stepped or erased:
        log.info(
            "conversation state rebuilt from %d logged events (%d erased, skipped) in %.1f s",
            rebuilt.events,
            rebuilt.erased,
            rebuilt.seconds,
        )
    return rebuilt
