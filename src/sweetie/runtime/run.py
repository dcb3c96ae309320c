"""`sweetie run --config sweetie.toml`: the live runtime in one process.

    connectors ──ChatEvent──▶ queue ──batch──▶ Pipeline.process_batch ──▶ outbox ──▶ connectors
    (asyncio)                          (one worker thread: log, detection, policy)   (warnings)

Connectors run on the event loop and put what they capture on a bounded queue. One batcher
takes whatever is queued (up to `batch_max` events; a batch waits for more only until its
oldest event has waited `batch_wait_ms` since it was captured, so what queued while the
pipeline was busy goes at once) and hands it to `Pipeline.process_batch`, which makes the
batch durable in the evidence log before detection and policy see it (hard rule 4). The
pipeline and the database are synchronous and have one owner: a single worker thread runs
every call on them, in order. The same worker call that processes a batch reads the outbox
when the batch queued a warning, so that warning goes out at once: each network's sender
sends it through the network's connector (with flood control) and marks it sent only after
the server has processed it (a PING answered after it). Warnings are written one after
another and confirmed each on its own, so a warning never waits for the server to answer the
one before. The outbox is also read every few seconds, for warnings an earlier run left
pending. On SQLite, the write-ahead log is copied back into the database file by a
connection of its own (`SqliteWalCheckpoints`), never inside one of the pipeline's commits.

The web UI and JSON API (`[web]`, on by default at 127.0.0.1:8000) are served by uvicorn on
the same event loop. The evidence log has one writer at a time: the pipeline worker, the API's
ingest and the review UI's case service (decisions, audit entries) all write under one lock,
`LiveRuntime.lock`. An ingested batch runs through the same pipeline (and detector state) as
captured traffic, holding that lock, so the two never interleave inside a batch.

At start-up the detector's conversation state is rebuilt from the log (`resume.py`), and what
a killed run left unfinished is processed, so a conversation continues across a restart.

SIGINT or SIGTERM stops it cleanly: the web server stops taking requests and finishes those
in hand, senders finish the warning in hand, the presences QUIT (what the server sends until
it closes the link is still captured), everything queued is processed, the log is
checkpointed and closed. Nothing captured is dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import signal
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Generator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import event

from sweetie.connectors.irc import IrcNetworkConnector, NotConnected, SendRefused
from sweetie.deter import DeterrenceStep, Outbox
from sweetie.events import Assessment, ChatEvent, ConfigError, Warning
from sweetie.runtime.config import RuntimeConfig, load_config
from sweetie.runtime.pipeline import Pipeline, open_pipeline
from sweetie.runtime.resume import rebuild_state
from sweetie.runtime.steps import StepSettings, build_steps
from sweetie.store import Database

if TYPE_CHECKING:
    import uvicorn
    from fastapi import FastAPI

__all__ = ["LiveRuntime", "RunStats", "run_live"]

T = TypeVar("T")
log = logging.getLogger("sweetie.run")

DEFAULT_CHECKPOINT_SECONDS = 60.0
OUTBOX_POLL_SECONDS = 5.0  # the outbox is read this often even without new batches
OUTBOX_PAGE = 100
RETRY_SECONDS = 1.0  # a warning whose network is down is tried again this often
WAL_CHECKPOINT_SECONDS = 1.0  # SQLite: the write-ahead log is copied back this often


@dataclass
class RunStats:
    captured: int = 0
    batches: int = 0
    warnings_sent: int = 0
    warnings_failed: int = 0
    ingested: int = 0  # events that came through the API's ingest

    def summary(self) -> str:
        return (
            f"captured {self.captured} events in {self.batches} batches"
            f" and {self.ingested} through the API; "
            f"sent {self.warnings_sent} warnings, {self.warnings_failed} failed"
        )


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")[:-6] + "Z"


def _checkpoint_seconds(config: RuntimeConfig) -> float:
    """[evidence] checkpoint_interval_seconds (checked when the config was read); the
    runtime's default when the section does not set it."""
    section = config.sections.get("evidence", {})
    if "checkpoint_interval_seconds" not in section:
        return DEFAULT_CHECKPOINT_SECONDS
    return float(config.evidence.checkpoint_interval_seconds)


def _embedded_server(config: uvicorn.Config) -> uvicorn.Server:
    """uvicorn's Server on the runtime's loop, without its own signal handling: the runtime
    handles SIGINT/SIGTERM and stops the server itself (uvicorn would re-raise the signal)."""
    import uvicorn

    class EmbeddedServer(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self) -> Generator[None, None, None]:
            yield

    return EmbeddedServer(config)


def _listen(source: Path, host: str, port: int) -> socket.socket:
    """The web server's socket, bound now: a busy port is one clear line at start-up."""
    try:
        return socket.create_server((host, port), backlog=128)
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise ConfigError(
            f"{source}: web.port: cannot listen on {host}:{port} ({reason})"
        ) from None


def _warm_up(pipeline: Pipeline) -> None:
    """Run the detector once on a throwaway state before connecting: its models load on
    first use (about a second), which the first offender would otherwise wait for. Nothing
    is logged or stored; the pipeline's own state is untouched."""
    probe = ChatEvent(
        id="warm-up",
        ts=_utc_now(),
        network="warm-up",
        room=None,
        sender="probe",
        to="presence",
        text="how old are you? can you do a private cam show",
    )
    pipeline.detector.step(pipeline.detector.new_state(), probe)


class SqliteWalCheckpoints:
    """SQLite's write-ahead log copied into the database file ("checkpointed", in SQLite's
    words: not the evidence log's signed checkpoints) by a connection of its own, off the
    pipeline's thread. Left to SQLite, the commit that takes the WAL past its size limit
    makes the copy: at 5,000 lines/s on the project's machine, a 100-170 ms commit every 8 s
    or so, with every warning behind it waiting (benchmarks/bench_irc_latency.py --stages).
    Here the runtime's own connections never checkpoint; this one does, every second and
    PASSIVE, so it never waits for the pipeline's writes nor holds them up. What the WAL
    holds is as durable as before: only where SQLite keeps it changes."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._using = threading.Lock()  # a checkpoint in hand finishes before close()

    @classmethod
    def take_over(cls, database: Database) -> SqliteWalCheckpoints | None:
        """Stop the database's connections checkpointing (None: not an SQLite file)."""
        url = database.engine.url
        if database.dialect != "sqlite" or url.database in (None, "", ":memory:"):
            return None

        def no_autocheckpoint(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute("PRAGMA wal_autocheckpoint=0")
            finally:
                cursor.close()

        event.listen(database.engine, "connect", no_autocheckpoint)
        database.engine.dispose()  # connections opened before this are opened again with it
        return cls(url.database)

    async def run(self) -> None:
        while True:
            await asyncio.sleep(WAL_CHECKPOINT_SECONDS)
            try:
                await asyncio.to_thread(self.checkpoint)
            except Exception as exc:  # the next one may succeed; the WAL only grows meanwhile
                log.warning("copying the SQLite WAL back failed: %s; tried again soon", exc)

    def checkpoint(self) -> tuple[int, int]:
        """One PASSIVE checkpoint: (frames in the WAL, frames copied back so far)."""
        with self._using:
            if self._conn is None:
                self._conn = sqlite3.connect(self._path, timeout=5.0, check_same_thread=False)
            _, frames, copied = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            return int(frames), int(copied)

    def close(self) -> None:
        with self._using:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class LiveRuntime:
    """The runtime's moving parts; `start()`, then `stop()` (or `run_until()`)."""

    def __init__(self, config: RuntimeConfig, *, freeze_heap: bool = False):
        self.config = config
        self._freeze_heap = freeze_heap  # see start(); `sweetie run`, its own process, sets it
        self.stats = RunStats()
        # One owner for the pipeline and the database: every call on them runs here, in order.
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sweetie-pipeline")
        self.pipeline: Pipeline | None = None
        self.outbox: Outbox | None = None  # set by start()
        self._deter: DeterrenceStep | None = None  # its tally says when a batch queued warnings
        self.connectors: dict[str, IrcNetworkConnector] = {}
        # Each event with when it was captured (time.monotonic), for the batcher's wait.
        # None closes the queue: the batcher processes everything before it, then ends.
        self._queue: asyncio.Queue[tuple[float, ChatEvent] | None] = asyncio.Queue(
            config.tuning.queue_max
        )
        self._closed = False
        # Warnings handed to each network's sender, and which outbox ids are in hand (handed
        # and not yet marked), so a warning read twice from the outbox goes out once.
        self._outgoing: dict[str, asyncio.Queue[tuple[int, Warning]]] = {}
        self._handed: set[int] = set()
        self._sending: set[int] = set()  # outbox ids being written or awaiting confirmation
        self._confirms: set[asyncio.Task[None]] = set()
        self._batcher: asyncio.Task[None] | None = None
        self._senders: list[asyncio.Task[None]] = []
        self._checkpointer: asyncio.Task[None] | None = None
        self._wal: SqliteWalCheckpoints | None = None
        self._wal_task: asyncio.Task[None] | None = None
        self._stopping = False
        self._checkpoint_seconds = _checkpoint_seconds(config)
        # The evidence log's one writer at a time: the worker's calls, the API's ingest and
        # the review UI's case service all hold it (see the module docstring).
        self.lock = threading.RLock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed_pipeline = False
        self.app: FastAPI | None = None
        self._web_socket: socket.socket | None = None
        self._web: uvicorn.Server | None = None
        self._web_task: asyncio.Task[None] | None = None

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        def locked() -> T:
            with self.lock:
                return fn(*args)

        return await asyncio.get_running_loop().run_in_executor(self._worker, locked)

    def _open(self) -> Pipeline:
        config = self.config
        pipeline = open_pipeline(config.data_dir, config.database_url, evidence=config.evidence)
        try:
            settings = StepSettings(
                mode=config.mode, data_dir=config.data_dir, sections=dict(config.sections)
            )
            pipeline.steps = build_steps(pipeline, settings)
            self.outbox = Outbox(pipeline.database, pipeline.log)
            self._deter = next((s for s in pipeline.steps if isinstance(s, DeterrenceStep)), None)
            # Conversations continue across a restart: the detector's state from the log,
            # then what a killed run logged but did not finish (acted on now, once).
            rebuild_state(pipeline)
            redone = pipeline.resume_unfinished()
            if redone:
                log.info("finished what the last run left: %d assessments", len(redone))
            if config.web.enabled:
                self.app = self._web_app(pipeline)
            _warm_up(pipeline)
        except BaseException:
            pipeline.close()
            raise
        return pipeline

    def _web_app(self, pipeline: Pipeline) -> FastAPI:
        """The review UI and API on this runtime's pipeline: one case service, on the
        runtime's lock, for the UI and the pipeline's case step alike."""
        from sweetie.cases.service import CaseService
        from sweetie.cases.step import CaseStep
        from sweetie.web import create_app

        case_step = next((s for s in pipeline.steps if isinstance(s, CaseStep)), None)
        service = CaseService(
            pipeline.database,
            pipeline.log,
            self.config.data_dir,
            routing=case_step.routing if case_step else None,
            identifiers=case_step.identifiers if case_step else None,
            lock=self.lock,
        )
        if case_step is not None:
            case_step.service = service
        return create_app(
            pipeline.database,
            pipeline.log,
            self.config.data_dir,
            self.config.web,
            ingest=self._ingest,
            cases=service,
        )

    def _ingest(self, events: list[ChatEvent]) -> list[Assessment]:
        """The API's ingest, on a web thread: through the same pipeline as captured traffic,
        holding the runtime's lock (the worker waits meanwhile); warnings it queued go out
        at once, like a batch's."""
        from sweetie.web.errors import ApiError

        with self.lock:
            if self._closed_pipeline or self.pipeline is None:
                raise ApiError(503, "the runtime is stopping", code="unavailable")
            found = self.pipeline.process_batch(events)
            pending = self._pending_in_worker()
            self.stats.ingested += len(events)
        if self._loop is not None and pending:
            self._loop.call_soon_threadsafe(self._hand_out, pending)
        return found

    async def _start_web(self) -> None:
        import uvicorn

        web = self.config.web
        assert self.app is not None
        self._web_socket = _listen(self.config.path, web.host, web.port)
        server_config = uvicorn.Config(
            self.app,
            log_config=None,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=5,
        )
        self._web = _embedded_server(server_config)
        self._web_task = asyncio.create_task(self._web.serve([self._web_socket]), name="web")
        log.info("serving the review UI and API on http://%s:%d/", web.host, web.port)

    async def _stop_web(self) -> None:
        if self._web is not None and self._web_task is not None:
            self._web.should_exit = True
            with contextlib.suppress(Exception):
                await self._web_task
        if self._web_socket is not None:
            self._web_socket.close()

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self.pipeline = await self._call(self._open)
        self._wal = await self._call(SqliteWalCheckpoints.take_over, self.pipeline.database)
        if self._wal is not None:
            self._wal_task = asyncio.create_task(self._wal.run(), name="wal-checkpoints")
        if self.app is not None:
            try:
                await self._start_web()
            except BaseException:
                await self._call(self._close_pipeline)
                self._worker.shutdown(wait=True)
                await self._stop_wal()
                raise
        for network in self.config.networks:
            name = network.settings.name
            self.connectors[name] = IrcNetworkConnector(
                network.settings, list(network.presences), self._captured
            )
            self._outgoing[name] = asyncio.Queue()
        for connector in self.connectors.values():
            connector.start()
        self._batcher = asyncio.create_task(self._batch_loop(), name="batcher")
        for name, connector in self.connectors.items():
            self._senders.append(
                asyncio.create_task(self._send_loop(connector), name=f"sender:{name}")
            )
        self._senders.append(asyncio.create_task(self._poll_outbox(), name="outbox"))
        self._checkpointer = asyncio.create_task(self._checkpoint_loop(), name="checkpoints")
        if self._freeze_heap:
            # What start-up built (rules, models, the state rebuilt from the log) lives as
            # long as the process; out of the collector's sight, a full collection scans only
            # what came after: 0.1 ms instead of 110 ms, which held the pipeline (and every
            # warning behind it) when one came, every few minutes at 5,000 lines/s.
            gc.collect()
            gc.freeze()
        log.info("running: %d networks, mode %s", len(self.connectors), self.config.mode)

    async def _captured(self, event: ChatEvent) -> None:
        # Bounded: when the pipeline falls behind, the readers wait (TCP pushes back on the
        # server) rather than anything being dropped.
        await self._queue.put((time.monotonic(), event))
        self.stats.captured += 1

    # -- batches -----------------------------------------------------------------------------

    async def _batch_loop(self) -> None:
        while not self._closed:
            first = await self._queue.get()
            if first is None:
                break
            # Not cancelled while it holds events off the queue: stop() closes the queue.
            await self._process(await self._gather(first))

    async def _gather(self, first: tuple[float, ChatEvent]) -> list[ChatEvent]:
        """Whatever is queued, up to batch_max. A batch waits for more only while more keeps
        coming and only until its oldest event has waited batch_wait_ms since it was
        captured: what queued while the pipeline was busy goes at once (one commit for all
        of it), and a lone event in a quiet room waits a moment for company."""
        tuning = self.config.tuning
        captured_at, event = first
        batch = [event]
        deadline = captured_at + tuning.batch_wait_ms / 1000
        while True:
            while len(batch) < tuning.batch_max and not self._queue.empty():
                item = self._queue.get_nowait()
                if item is None:
                    self._closed = True
                    return batch
                batch.append(item[1])
            if len(batch) >= tuning.batch_max or time.monotonic() >= deadline:
                return batch
            await asyncio.sleep(0.0005)
            if self._queue.empty():
                return batch  # nothing more came: do not sit on what we have

    async def _process(self, batch: list[ChatEvent]) -> None:
        # The outbox is read in the same worker call as the batch: a warning the batch
        # queued goes out now, not after the next batch (which the batcher submits at once).
        pending = await self._call(self._process_in_worker, batch)
        self.stats.batches += 1
        self._hand_out(pending)

    def _process_in_worker(self, batch: list[ChatEvent]) -> list[tuple[int, Warning]]:
        assert self.pipeline is not None
        queued = self._queued_so_far()
        self.pipeline.process_batch(batch)
        if queued is not None and self._queued_so_far() == queued:
            return []  # the batch queued no warning (the outbox is polled all the same)
        return self._pending_in_worker()

    def _queued_so_far(self) -> int | None:
        """How many warnings the deter step has queued in this process (None: no such
        step, so the outbox is read after every batch)."""
        return None if self._deter is None else len(self._deter.tally.warnings)

    def _close_pipeline(self) -> None:
        self._closed_pipeline = True
        if self.pipeline is not None:
            self.pipeline.close()

    def _pending_in_worker(self) -> list[tuple[int, Warning]]:
        return [] if self.outbox is None else self.outbox.pending(None, OUTBOX_PAGE)

    # -- warnings ----------------------------------------------------------------------------

    def _hand_out(self, pending: list[tuple[int, Warning]]) -> None:
        for outbox_id, warning in pending:
            if outbox_id in self._handed:
                continue
            queue = self._outgoing.get(warning.network)
            if queue is None:
                log.warning(
                    "warning %d is for network %r, which is not configured; it stays pending",
                    outbox_id,
                    warning.network,
                )
                continue
            self._handed.add(outbox_id)
            queue.put_nowait((outbox_id, warning))

    async def _poll_outbox(self) -> None:
        """Warnings left pending by an earlier run, or by a batch while a network was down."""
        while True:
            self._hand_out(await self._call(self._pending_in_worker))
            await asyncio.sleep(OUTBOX_POLL_SECONDS)

    async def _send_loop(self, connector: IrcNetworkConnector) -> None:
        """A network's warnings, written in the order they were handed out; each one's
        confirmation is awaited on its own, so the next is written without waiting for the
        server to answer the last."""
        queue = self._outgoing[connector.name]
        while not self._stopping:
            outbox_id, warning = await queue.get()
            if self._stopping:
                break  # stays pending: the next run sends it
            self._sending.add(outbox_id)
            confirmation: asyncio.Future[None] | None = None
            try:
                confirmation = await self._write(connector, outbox_id, warning)
            finally:
                if confirmation is None:
                    self._done_sending(outbox_id)
            if confirmation is not None:
                task = asyncio.create_task(
                    self._confirm(connector, outbox_id, warning, confirmation),
                    name=f"confirm:{outbox_id}",
                )
                self._confirms.add(task)
                task.add_done_callback(self._confirms.discard)

    def _done_sending(self, outbox_id: int) -> None:
        self._sending.discard(outbox_id)
        self._handed.discard(outbox_id)

    async def _write(
        self, connector: IrcNetworkConnector, outbox_id: int, w: Warning
    ) -> asyncio.Future[None] | None:
        """Write the warning, waiting while its network is down; its confirmation, or None
        when it was refused (and marked failed) or the runtime is stopping."""
        while not self._stopping:
            try:
                return await connector.write_warning(w)
            except NotConnected as exc:
                log.info("warning %d to %s waits: %s", outbox_id, w.target, exc)
                await asyncio.sleep(RETRY_SECONDS)
            except SendRefused as exc:
                await self._failed(outbox_id, w, exc)
                return None
        return None

    async def _confirm(
        self,
        connector: IrcNetworkConnector,
        outbox_id: int,
        w: Warning,
        confirmation: asyncio.Future[None],
    ) -> None:
        """Mark the warning sent once the server has processed it; written again when that
        was not confirmed (the link dropped, or no answer in time)."""
        assert self.outbox is not None
        try:
            while True:
                try:
                    await confirmation
                except NotConnected as exc:
                    log.info("warning %d to %s waits: %s", outbox_id, w.target, exc)
                    await asyncio.sleep(RETRY_SECONDS)
                    again = await self._write(connector, outbox_id, w)
                    if again is None:
                        return
                    confirmation = again
                    continue
                except SendRefused as exc:
                    await self._failed(outbox_id, w, exc)
                    return
                sent_at = _utc_now()
                self.stats.warnings_sent += 1
                log.info("warning %d sent to %s on %s", outbox_id, w.target, connector.name)
                await self._call(self.outbox.mark_sent, outbox_id, sent_at)
                return
        finally:
            self._done_sending(outbox_id)

    async def _failed(self, outbox_id: int, w: Warning, exc: SendRefused) -> None:
        assert self.outbox is not None
        log.warning("warning %d to %s failed: %s", outbox_id, w.target, exc)
        await self._call(self.outbox.mark_failed, outbox_id, str(exc))
        self.stats.warnings_failed += 1

    # -- checkpoints -------------------------------------------------------------------------

    async def _checkpoint_loop(self) -> None:
        while True:
            await asyncio.sleep(self._checkpoint_seconds)
            assert self.pipeline is not None
            await self._call(self.pipeline.log.checkpoint)

    # -- stopping ----------------------------------------------------------------------------

    async def stop(self) -> None:
        """Stop cleanly; see the module docstring. Safe to call twice."""
        if self._stopping:
            return
        self._stopping = True
        # The web server first: requests in hand finish (an ingest completes its batch),
        # no new one comes.
        await self._stop_web()
        # Senders finish the warnings in hand (bounded by the confirm timeout).
        grace = max((c.network.confirm_timeout for c in self.connectors.values()), default=1.0)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace + 1.0
        while self._sending and loop.time() < deadline:
            await asyncio.sleep(0.01)
        for task in (*self._senders, *self._confirms):
            task.cancel()
        await asyncio.gather(*(c.stop() for c in self.connectors.values()))
        # Nothing more is captured now: close the queue and let the batcher finish it.
        failed = self._batcher is not None and self._batcher.done()
        if not failed:
            await self._queue.put(None)
        if self._batcher is not None and not failed:
            await self._batcher
        if self._checkpointer is not None:
            self._checkpointer.cancel()
        await asyncio.gather(
            *(t for t in (self._checkpointer, *self._senders, *self._confirms) if t is not None),
            return_exceptions=True,
        )
        if self.pipeline is not None:
            await self._call(self._close_pipeline)
        self._worker.shutdown(wait=True)
        await self._stop_wal()
        log.info("stopped: %s", self.stats.summary())
        if failed and self._batcher is not None:
            left = self._queue.qsize()
            if left:
                log.error("the pipeline failed; %d captured events were not logged", left)
            self._batcher.result()  # the pipeline's error, as it was raised

    async def _stop_wal(self) -> None:
        if self._wal_task is not None:
            self._wal_task.cancel()
            await asyncio.gather(self._wal_task, return_exceptions=True)
        if self._wal is not None:
            await asyncio.to_thread(self._wal.close)

    async def run_until(self, stop: asyncio.Event) -> RunStats:
        """Run until `stop` is set, or until the pipeline fails (that error is raised after
        a clean stop: what is queued is kept in the queue's order, never half-processed)."""
        await self.start()
        assert self._batcher is not None
        waiter = asyncio.create_task(stop.wait())
        try:
            await asyncio.wait([waiter, self._batcher], return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiter.cancel()
            await self.stop()
        return self.stats


def _configure_logging() -> None:
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)


def run_live(config_path: Path) -> RunStats:
    """The `sweetie run` command: until SIGINT or SIGTERM."""
    config = load_config(config_path)
    _configure_logging()

    async def main() -> RunStats:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        started = time.monotonic()
        stats = await LiveRuntime(config, freeze_heap=True).run_until(stop)
        log.info("ran %.0f s", time.monotonic() - started)
        return stats

    return asyncio.run(main())
