"""The progress marker rides on the evidence log's next commit instead of a commit of its own
(runtime/pipeline.py): stored, it is never ahead of what was acted on, at most one batch
behind it, and exactly at the log's size after a clean close. (Crashes at every commit point
and at random moments: tests/postgres/test_postgres_resume.py and test_postgres_crash.py.)"""

from __future__ import annotations

from pathlib import Path

from sweetie.events import ChatEvent
from sweetie.runtime.pipeline import Pipeline, open_pipeline
from sweetie.store import ProgressRepository


def _events(start: int, n: int) -> list[ChatEvent]:
    return [
        ChatEvent(
            id=f"p{i:05d}",
            ts=f"2026-03-01T20:{i // 60 % 60:02d}:{i % 60:02d}Z",
            network="irc.example.net",
            room="#chat",
            sender=f"nick{i % 7}",
            text=f"hello there {i}",
        )
        for i in range(start, start + n)
    ]


def _stored_marker(pipeline: Pipeline) -> int | None:
    with pipeline.database.transaction() as conn:
        return ProgressRepository(conn).get(pipeline.log.origin)


def test_the_marker_waits_for_the_next_commit_and_is_exact_after_close(tmp_path: Path) -> None:
    pipeline = open_pipeline(tmp_path)
    try:
        ends = []
        for b in range(4):
            pipeline.process_batch(_events(b * 3, 3))
            ends.append(pipeline.log.durable_size)
            # acted on in this process; stored: the end of the batch before (or the start)
            assert pipeline.done == ends[-1]
            assert _stored_marker(pipeline) == (ends[-2] if b else 0)
    finally:
        pipeline.close()
    reopened = open_pipeline(tmp_path)
    try:
        assert _stored_marker(reopened) == reopened.log.durable_size == reopened.done
        assert not reopened.unfinished.events
    finally:
        reopened.close()


def test_a_process_killed_between_batches_redoes_only_the_last_one(tmp_path: Path) -> None:
    pipeline = open_pipeline(tmp_path)
    pipeline.process_batch(_events(0, 5))
    first_end = pipeline.log.durable_size
    pipeline.process_batch(_events(5, 5))
    # killed here: no close, so the second batch's marker never reached the database
    if pipeline.lock is not None:
        pipeline.lock.release()
    pipeline.database.close()

    reopened = open_pipeline(tmp_path)
    try:
        assert reopened.done == first_end
        # the second batch's events are redone (as new), nothing else
        redo = reopened.unfinished.events
        assert redo and min(redo) >= first_end
        reopened.resume_unfinished()
        assert _stored_marker(reopened) == reopened.log.durable_size == reopened.done
        assert reopened.log.durable_size == pipeline.log.durable_size  # nothing logged twice
    finally:
        reopened.close()
