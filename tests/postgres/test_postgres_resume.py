"""The pipeline's crash points, one at a time and in-process: a run that dies after each of
a batch's commits (events; assessment entries; assessment rows; the steps; before the
progress marker), then a run over the same events, ends exactly like one uninterrupted run.
The SIGKILL test (test_postgres_crash.py) hits random points; this one hits every point."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import pytest
from pg_support import Target, snapshot, write_traffic

from sweetie.connectors import SkipReport, read_events
from sweetie.detect.detector import Detector
from sweetie.events import ChatEvent
from sweetie.runtime import pipeline as pipeline_module
from sweetie.runtime.pipeline import Pipeline, open_pipeline
from sweetie.runtime.steps import StepSettings, build_steps


class Crash(BaseException):
    """The process dies here (BaseException: nothing on the way catches it)."""


@functools.cache
def _detector() -> Detector:
    return Detector()  # loading rule packs is slow; the detector itself is stateless


@pytest.fixture(autouse=True)
def _shared_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_module, "Detector", lambda model=None: _detector())


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> list[ChatEvent]:
    path = write_traffic(tmp_path_factory.mktemp("few") / "few.jsonl", events=6_000, seed=11)
    return list(read_events([path], "chat-jsonl", skip_invalid=False, report=SkipReport()))


def _open(target: Target) -> Pipeline:
    pipeline = open_pipeline(target.data_dir, target.database_url)
    pipeline.steps = build_steps(pipeline, StepSettings(data_dir=target.data_dir))
    return pipeline


def _run(target: Target, events: list[ChatEvent]) -> None:
    pipeline = _open(target)
    try:
        for _ in pipeline.process(events):
            pass
    finally:
        pipeline.close()


def _abandon(pipeline: Pipeline) -> None:
    """What the OS does for a killed process: the lock and connections go, nothing flushes."""
    if pipeline.lock is not None:
        pipeline.lock.release()
    pipeline.database.close()


@pytest.fixture(scope="module")
def reference(events: list[ChatEvent], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One uninterrupted run (SQLite: the outcome does not depend on the backend)."""
    where = Target(tmp_path_factory.mktemp("reference") / "data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline_module, "Detector", lambda model=None: _detector())
        _run(where, events)
    found = snapshot(where)
    assert found["assessments"] and found["decisions"]
    return found


CRASH_POINTS = {
    # after (1): the batch's events are durable, nothing else
    "after events": "_log_assessment",
    # after (2): assessment entries durable, no rows
    "after assessment entries": "_store",
    # after (3): assessments stored, the steps not run
    "before the steps": "steps",
    # after the steps: everything but the marker
    "before the marker": "_mark_done",
}


@pytest.mark.parametrize("point", sorted(CRASH_POINTS))
def test_a_crash_at_each_point_ends_like_one_run(
    point: str,
    target: Target,
    events: list[ChatEvent],
    reference: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pipeline = _open(target)
    batches = {"n": 0}

    def crash_from_the_second_batch(original: Callable[..., Any]) -> Callable[..., Any]:
        def crashing(*args: Any) -> Any:
            if batches["n"] >= 2:
                raise Crash
            return original(*args)

        return crashing

    process_batch = pipeline.process_batch

    def counting(batch: list[ChatEvent]) -> Any:
        batches["n"] += 1
        return process_batch(batch)

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "process_batch", counting)
        name = CRASH_POINTS[point]
        if name == "steps":
            step = pipeline.steps[0]
            patch.setattr(step, "on_batch", crash_from_the_second_batch(step.on_batch))
        else:
            patch.setattr(pipeline, name, crash_from_the_second_batch(getattr(pipeline, name)))
        with pytest.raises(Crash):
            for _ in pipeline.process(events):
                pass
    _abandon(pipeline)
    _run(target, events)
    found = snapshot(target)
    for key in ("assessments", "decisions", "kinds", "counts", "distinct_events"):
        assert found[key] == reference[key], key


def test_live_runtime_resumes_what_a_killed_run_left(
    target: Target, events: list[ChatEvent]
) -> None:
    first = _open(target)
    for _ in first.process(events[:2000]):
        pass
    first.log.append_events(events[2000:4000])  # (1) of the next batch, then killed
    first.log.flush()
    _abandon(first)

    resumed = _open(target)
    try:
        assert len(resumed.unfinished.events) == 2000
        assert resumed.done < resumed.log.durable_size
        resumed.resume_unfinished()  # the connectors will not bring those events again
        assert not resumed.unfinished.events
        assert resumed.done == resumed.log.durable_size
        assert resumed.new_events == 2000
        assert resumed.resume_unfinished() == []
    finally:
        resumed.close()
    again = _open(target)
    try:
        assert again.done == again.log.durable_size and not again.unfinished.events
    finally:
        again.close()


@pytest.mark.parametrize("failure", ["crash", "database gone"])
def test_a_decision_logged_but_not_stored_is_logged_once(
    failure: str,
    target: Target,
    events: list[ChatEvent],
    reference: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The deter step logs a decision, then stores it. If the store fails in between (the
    process dies, or the database goes away and the batch is retried), the decision is
    redone with the same key: it must reuse its entry, not log a second one."""
    from sweetie.store import database as database_module
    from sweetie.store.decisions import DecisionRepository

    add = DecisionRepository.add
    failed = {"n": 0}

    def failing_once(self: DecisionRepository, decision: Any, idx: int | None) -> bool:
        if failed["n"] == 0:
            failed["n"] += 1
            if failure == "crash":
                raise Crash
            raise database_module.DatabaseUnavailable("the server went away (injected)")
        return add(self, decision, idx)

    pipeline = _open(target)
    with monkeypatch.context() as patch:
        patch.setattr(DecisionRepository, "add", failing_once)
        if failure == "crash":
            with pytest.raises(Crash):
                for _ in pipeline.process(events):
                    pass
            _abandon(pipeline)
            _run(target, events)
        else:
            try:
                for _ in pipeline.process(events):
                    pass
            finally:
                pipeline.close()
    assert failed["n"] == 1
    found = snapshot(target)
    for key in ("decisions", "kinds", "counts"):
        assert found[key] == reference[key], key
