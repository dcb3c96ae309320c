"""How the live runtime forms batches: what queued while the pipeline was busy goes at once;
a batch waits for company only while more keeps coming, and only until its oldest event has
waited batch_wait_ms since it was captured. (No network or pipeline needed: the batcher is
fed through its queue, as the connectors feed it.)"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from sweetie.events import ChatEvent
from sweetie.runtime.config import load_config
from sweetie.runtime.run import LiveRuntime

WAIT_MS = 300.0


def _runtime(tmp_path: Path) -> LiveRuntime:
    config = tmp_path / "sweetie.toml"
    config.write_text(
        f'data_dir = "data"\n[runtime]\nbatch_wait_ms = {WAIT_MS}\nbatch_max = 1000000\n'
    )
    return LiveRuntime(load_config(config, need_networks=False))


def _event(n: int) -> ChatEvent:
    return ChatEvent(
        id=f"local:{n}",
        ts="2026-11-23T12:00:00.000Z",
        network="local",
        room="#chat",
        sender="someone",
        to=None,
        text=f"hello {n}",
    )


def test_what_queued_while_the_pipeline_was_busy_goes_at_once(tmp_path: Path) -> None:
    runtime = _runtime(tmp_path)

    async def body() -> tuple[list[ChatEvent], float]:
        now = time.monotonic()
        for n in (1, 2):
            runtime._queue.put_nowait((now, _event(n)))
        started = time.monotonic()
        # captured a second ago: it has waited longer than batch_wait_ms already
        batch = await runtime._gather((now - 1.0, _event(0)))
        return batch, time.monotonic() - started

    batch, took = asyncio.run(body())
    assert [e.id for e in batch] == ["local:0", "local:1", "local:2"]
    assert took < WAIT_MS / 1000 / 3


def test_a_lone_event_waits_a_moment_not_the_whole_batch_wait(tmp_path: Path) -> None:
    runtime = _runtime(tmp_path)

    async def body() -> tuple[list[ChatEvent], float]:
        started = time.monotonic()
        batch = await runtime._gather((started, _event(0)))
        return batch, time.monotonic() - started

    batch, took = asyncio.run(body())
    assert [e.id for e in batch] == ["local:0"]
    assert took < WAIT_MS / 1000 / 3


def test_while_more_keeps_coming_a_batch_waits_until_its_oldest_has_waited(
    tmp_path: Path,
) -> None:
    runtime = _runtime(tmp_path)

    async def trickle(stop: asyncio.Event) -> int:
        n = 1
        while not stop.is_set():
            runtime._queue.put_nowait((time.monotonic(), _event(n)))
            n += 1
            await asyncio.sleep(0)  # one every turn of the loop: more always keeps coming
        return n

    async def body() -> tuple[list[ChatEvent], float]:
        stop = asyncio.Event()
        feeder = asyncio.create_task(trickle(stop))
        started = time.monotonic()
        batch = await runtime._gather((started, _event(0)))
        took = time.monotonic() - started
        stop.set()
        await feeder
        return batch, took

    batch, took = asyncio.run(body())
    assert len(batch) > 2 and [e.id for e in batch[:2]] == ["local:0", "local:1"]
    assert WAIT_MS / 1000 <= took < WAIT_MS / 1000 + 0.2
