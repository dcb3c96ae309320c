"""Capture-to-warning latency of the live runtime through a real IRC server (ngircd).

python benchmarks/bench_irc_latency.py [--rates 1000 5000] [--seconds 10] [--senders 8]
                                       [--offenders-per-s 4] [--stages] [--keep]

`sweetie run` runs as its own process with one presence in #chat. Several sender clients
flood #chat with benign lines at the given aggregate rate (the room is -n, so they need not
be in it; the room's owner sets that up and leaves once the presence is in, so ngircd relays
each line to the presence alone). Meanwhile, offenders (fresh nicks, each a new subject) send
the presence one warn-level line privately, a few a second. Latency = when the offender's
client reads the warning (PRIVMSG from the presence) - just before it wrote the triggering
line, both on this process's monotonic clock.

The load generator is kept cheap, so that it takes little of the CPU the runtime and ngircd
share with it and its time stamps are not late: room lines are encoded once, each sender
writes its share of a 10 ms tick in one socket write, and nothing here parses the flood.
The CPU time the runtime, ngircd and this process used is printed per rate (as a share of
one core), with the load average: other work on the machine shows there.

The presence's flood control is set to twice the offenders' rate (at least 10 lines/s), with
as big a burst: the default (1/s, burst 4) would make the queue of warnings, not the
pipeline, the figure, and so would a rate equal to the offenders' (any hiccup would leave a
queue that never drains). Prints median, p99 and max per rate, and how many benign lines
were sent and captured.

--stages runs the runtime under a tracer (this script with --as-runtime: the runtime's own
code with time stamps added where an offender's line passes a stage boundary) and prints,
per rate, how long the lines spent between stages: sent → read off the socket → queued →
batch formed → worker starts → durable in the evidence log → each step done → worker done →
handed to the sender → written → read by the offender, and the server's confirmation after.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import itertools
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
# The tests' ngircd (penalties off, so the load generators may flood): one server setup.
sys.path.insert(0, str(Path(__file__).parent.parent / "tests" / "irc"))
from gen_traffic import ROOM_LINES
from ngircd_server import NGIRCD, Ngircd

PRESENCE = "mia_11"
OFFENDER = "off"  # offenders' nicks start with this (the tracer follows their lines)
TRIGGER = "how old are you? i'll pay 500 php for a private cam show"
TRACE_ENV = "SWEETIE_BENCH_TRACE"  # where the traced runtime writes its stamps at exit
TICK = 0.01


SWEETIE_CONF = """\
mode = "deterrence"
data_dir = "data"

[[networks]]
name = "bench"
host = "127.0.0.1"
port = {port}
rooms = ["#chat"]
flood_rate = {flood}
flood_burst = {burst}

[[presences]]
network = "bench"
nick = "{presence}"
realname = "mia"

[policy]
cooldown_seconds = 0

# The web UI is tested on its own (tests/runtime); here it would only hold a port.
[web]
enabled = false
"""


@dataclass
class Client:
    """A raw IRC client: registration, PING answers, and a hook for what arrives."""

    nick: str
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    received: dict[str, float] = field(default_factory=dict)  # source nick -> first PRIVMSG
    task: asyncio.Task[None] | None = None

    @classmethod
    async def connect(cls, port: int, nick: str) -> Client:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
        client = cls(nick, reader, writer)
        writer.write(f"NICK {nick}\r\nUSER {nick} 0 * :{nick}\r\n".encode())
        while True:
            line = (await reader.readline()).decode(errors="replace")
            if not line:
                raise RuntimeError(f"{nick}: connection closed during registration")
            if line.startswith("PING"):
                writer.write(("PONG" + line[4:]).encode())
            if f" 001 {nick} " in line:
                break
        client.task = asyncio.create_task(client._read())
        return client

    async def _read(self) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            while line := await self.reader.readline():
                now = time.monotonic()  # stamped as the line is read, before anything else
                if line.startswith(b"PING"):
                    self.writer.write(b"PONG" + line[4:])
                elif line.startswith(f":{PRESENCE}!".encode()) and b" PRIVMSG " in line:
                    self.received.setdefault(PRESENCE, now)
                elif b" JOIN " in line and line.startswith(b":"):
                    self.received.setdefault("join:" + line[1:].split(b"!", 1)[0].decode(), now)

    def send(self, line: str) -> None:
        self.writer.write(line.encode() + b"\r\n")

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            self.send("QUIT")
            await self.writer.drain()
            self.writer.close()
        if self.task:
            self.task.cancel()


async def wait_until(predicate: Callable[[], object], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.01)
    return False


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def one_rate(
    port: int, rate: int, seconds: float, senders: list[Client], offenders_per_s: float, tag: str
) -> tuple[dict[str, float], dict[str, float]]:
    """The figures at one rate, and when each offender sent its line."""
    offenders = [
        await Client.connect(port, f"{OFFENDER}{tag}{i}")
        for i in range(int(seconds * offenders_per_s))
    ]
    room_lines = itertools.cycle([f"PRIVMSG #chat :{line}\r\n".encode() for line in ROOM_LINES])
    sent_at: dict[str, float] = {}
    benign = 0
    per_tick = rate * TICK
    start = time.monotonic()
    next_offender = start + 0.5
    owed = 0.0
    offender_iter = iter(offenders)
    while (now := time.monotonic()) - start < seconds:
        owed += per_tick
        n = int(owed)
        owed -= n
        shares: list[list[bytes]] = [[] for _ in senders]
        for i in range(n):
            shares[(benign + i) % len(senders)].append(next(room_lines))
        for sender, share in zip(senders, shares, strict=True):
            if share:
                sender.writer.write(b"".join(share))
        benign += n
        if now >= next_offender:
            offender = next(offender_iter, None)
            if offender is not None:
                sent_at[offender.nick] = time.monotonic()
                offender.send(f"PRIVMSG {PRESENCE} :{TRIGGER}")
            next_offender += 1 / offenders_per_s
        await asyncio.gather(*(s.writer.drain() for s in senders))
        target = start + (benign / rate)
        await asyncio.sleep(max(0.0, target - time.monotonic()))
    elapsed = time.monotonic() - start
    warned = {o.nick: o for o in offenders if o.nick in sent_at}
    await wait_until(lambda: all(PRESENCE in o.received for o in warned.values()), 15)
    latencies = {
        nick: (o.received[PRESENCE] - sent_at[nick]) * 1000
        for nick, o in warned.items()
        if PRESENCE in o.received
    }
    received = {nick: o.received[PRESENCE] for nick, o in warned.items() if nick in latencies}
    for o in offenders:
        await o.close()
    result: dict[str, float] = {"rate": rate, "achieved": benign / elapsed, "elapsed": elapsed}
    result["warnings"] = len(latencies)
    if latencies:
        values = list(latencies.values())
        result.update(
            benign_sent=benign,
            offenders=len(warned),
            median_ms=statistics.median(values),
            p99_ms=percentile(values, 0.99),
            max_ms=max(values),
        )
    return result, {f"sent:{n}": t for n, t in sent_at.items()} | {
        f"received:{n}": t for n, t in received.items()
    }


async def run(args: argparse.Namespace, workdir: Path) -> list[dict[str, float]]:
    server = Ngircd(workdir)
    server.start()
    assert server.process is not None
    port = server.port
    runtime: subprocess.Popen[bytes] | None = None
    trace_file = workdir / "trace.json"
    client_times: dict[str, float] = {}
    rate_of: dict[str, int] = {}
    try:
        owner = await Client.connect(port, "roomowner")
        owner.send("JOIN #chat")
        owner.send("MODE #chat -n")  # senders may talk in the room without being in it
        await owner.writer.drain()
        config = workdir / "sweetie.toml"
        flood = max(10, round(2 * args.offenders_per_s))
        config.write_text(
            SWEETIE_CONF.format(port=port, presence=PRESENCE, flood=float(flood), burst=flood)
        )
        if args.stages:
            command = [sys.executable, __file__, "--as-runtime", str(config)]
        else:
            command = [sys.executable, "-m", "sweetie.runtime.cli", "run", "--config", str(config)]
        runtime = subprocess.Popen(
            command,
            cwd=workdir,
            stdout=subprocess.PIPE,
            stderr=(workdir / "run.log").open("wb"),
            env={**os.environ, TRACE_ENV: str(trace_file)},
        )
        if not await wait_until(lambda: f"join:{PRESENCE}" in owner.received, 60):
            raise RuntimeError("the presence did not join; see " + str(workdir / "run.log"))
        # The room lives on with the presence in it; this process need not read the flood.
        owner.send("PART #chat")
        await owner.writer.drain()
        senders = [await Client.connect(port, f"sender{i}") for i in range(args.senders)]
        results = []
        for n, rate in enumerate(args.rates):
            pids = {"runtime": runtime.pid, "ngircd": server.process.pid}
            cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
            own_before = sum(os.times()[:2])
            result, times = await one_rate(
                port, rate, args.seconds, senders, args.offenders_per_s, tag=f"r{n}x"
            )
            spent = {name: cpu_seconds(pid) - cpu_before[name] for name, pid in pids.items()}
            spent["load generator"] = sum(os.times()[:2]) - own_before
            client_times.update(times)
            rate_of.update({k.split(":", 1)[1]: rate for k in times if k.startswith("sent:")})
            results.append(result)
            print(
                f"{rate:>6} lines/s asked, {result['achieved']:,.0f} sent:"
                f" {int(result['warnings'])} warnings,"
                f" median {result.get('median_ms', float('nan')):.1f} ms,"
                f" p99 {result.get('p99_ms', float('nan')):.1f} ms,"
                f" max {result.get('max_ms', float('nan')):.1f} ms",
                flush=True,
            )
            shares = ", ".join(
                f"{name} {seconds / result['elapsed']:.0%}" for name, seconds in spent.items()
            )
            print(
                f"        CPU (share of one core): {shares}; load average {os.getloadavg()[0]:.1f}",
                flush=True,
            )
        for s in [*senders, owner]:
            await s.close()
        return results
    finally:
        if runtime is not None:
            runtime.send_signal(signal.SIGTERM)
            out, _ = runtime.communicate(timeout=60)
            print("runtime:", out.decode().strip())
            _report_log(workdir / "data" / "sweetie.db")
            if args.stages and trace_file.exists():
                _report_stages(json.loads(trace_file.read_text()), client_times, rate_of)
        server.stop()


def _report_log(db: Path) -> None:
    if not db.exists():
        return
    with sqlite3.connect(db) as conn:
        (captured,) = conn.execute("SELECT count(*) FROM captured_events").fetchone()
        inside = [
            ms
            for (ms,) in conn.execute(
                "SELECT (julianday(o.sent_at) - julianday(c.ts)) * 86400000"
                " FROM captured_events c JOIN warning_outbox o"
                " ON o.subject = 'bench/' || c.sender WHERE o.status = 'sent'"
            )
        ]
    print(f"captured events in the evidence log: {captured}")
    if inside:
        print(
            "inside the runtime (captured -> warning confirmed by the server):"
            f" median {statistics.median(inside):.1f} ms,"
            f" p99 {percentile(inside, 0.99):.1f} ms (all rates together)"
        )


# -- where the time goes (--stages) ----------------------------------------------------------

STAGES = [
    "sent",
    "read",
    "queued",
    "batched",
    "worker",
    "durable",
    "identify",
    "deter",
    "cases",
    "worker done",
    "handed",
    "writing",
    "written",
    "received",
]


def _report_stages(
    trace: dict[str, Any], client_times: dict[str, float], rate_of: dict[str, int]
) -> None:
    stamps: dict[str, dict[str, float]] = trace["lines"]
    batches: list[dict[str, Any]] = trace["batches"]
    sizes = [b["size"] for b in batches]
    for rate in sorted(set(rate_of.values())):
        rows = []
        for nick in (n for n, r in rate_of.items() if r == rate):
            seen = dict(stamps.get(nick, {}))
            if "batch" in seen:
                batch = batches[int(seen["batch"])]
                seen.update({k: v for k, v in batch.items() if k != "size"})
            seen["sent"] = client_times[f"sent:{nick}"]
            if f"received:{nick}" in client_times:
                seen["received"] = client_times[f"received:{nick}"]
            rows.append(seen)
        print(f"\nwhere the time goes at {rate} lines/s ({len(rows)} offenders' lines), ms:")
        print(f"  {'from':>12} -> {'to':<12} {'median':>7} {'p90':>7} {'p99':>7} {'max':>7}")
        for a, b in itertools.pairwise(STAGES):
            gaps = [(r[b] - r[a]) * 1000 for r in rows if a in r and b in r]
            if gaps:
                print(
                    f"  {a:>12} -> {b:<12} {statistics.median(gaps):7.1f}"
                    f" {percentile(gaps, 0.9):7.1f} {percentile(gaps, 0.99):7.1f}"
                    f" {max(gaps):7.1f}"
                )
        confirm = [(r["confirmed"] - r["written"]) * 1000 for r in rows if "confirmed" in r]
        if confirm:
            print(
                f"  {'written':>12} -> {'confirmed':<12} {statistics.median(confirm):7.1f}"
                f" {percentile(confirm, 0.9):7.1f} {percentile(confirm, 0.99):7.1f}"
                f" {max(confirm):7.1f}"
            )
    # What the worker did under load (not at start-up), and the collector's pauses.
    first_sent = min(client_times.values(), default=0.0)
    marks = ["worker", "durable", "identify", "deter", "cases", "worker done"]
    loaded = [b for b in batches if all(m in b for m in marks) and b["worker"] >= first_sent]
    if loaded:
        took = [(b["worker done"] - b["worker"]) * 1000 for b in loaded]
        print(
            f"\nbatches: {len(batches)}, events per batch median {statistics.median(sizes):.0f},"
            f" p99 {percentile(sizes, 0.99):.0f}, max {max(sizes)}; worker time per batch,"
            f" ms: median {statistics.median(took):.1f}, p99 {percentile(took, 0.99):.1f},"
            f" max {max(took):.1f}"
        )
        for slow in sorted(loaded, key=lambda x: x["worker"] - x["worker done"])[:3]:
            steps = ", ".join(
                f"{m} +{(slow[m] - slow[prev]) * 1000:.1f}" for prev, m in itertools.pairwise(marks)
            )
            print(f"  a slow batch of {slow['size']} events, ms: {steps}")
    for generation in (0, 1, 2):
        ms = [p[1] for p in trace["gc"] if p[2] == generation and p[0] >= first_sent]
        if ms:
            print(
                f"garbage collections of generation {generation} under load: {len(ms)},"
                f" median {statistics.median(ms):.1f} ms, max {max(ms):.1f} ms"
            )


def _run_traced(config: str) -> None:
    """`sweetie run --config CONFIG` with time stamps added at the stage boundaries of
    offenders' lines (benchmark only: the runtime's code is wrapped, not changed)."""
    import atexit

    import sweetie.connectors.irc.connection as connection
    from sweetie.runtime import cli
    from sweetie.runtime.pipeline import Pipeline
    from sweetie.runtime.run import LiveRuntime

    lines: dict[str, dict[str, float]] = {}
    batches: list[dict[str, float]] = []
    current = threading.local()

    def stamp(nick: str, stage: str, at: float | None = None) -> None:
        if nick.startswith(OFFENDER):
            lines.setdefault(nick, {}).setdefault(stage, time.monotonic() if at is None else at)

    parse = connection.parse_message  # type: ignore[attr-defined]

    def parse_message(line: str) -> Any:
        at = time.monotonic()
        message = parse(line)
        if message.command == "PRIVMSG" and message.source is not None:
            stamp(message.source.nick, "read", at)
        return message

    connection.parse_message = parse_message  # type: ignore[attr-defined]

    def wrap_async(cls: Any, name: str, before: Callable[..., None], after: Any = None) -> None:
        original = getattr(cls, name)

        async def wrapped(self: Any, *args: Any) -> Any:
            before(self, *args)
            result = await original(self, *args)
            if after is not None:
                after(self, result, *args)
            return result

        setattr(cls, name, wrapped)

    wrap_async(LiveRuntime, "_captured", lambda self, event: stamp(event.sender, "queued"))

    def formed(self: Any, batch: list[Any], first: Any) -> None:
        for event in batch:
            stamp(event.sender, "batched")
            if event.sender.startswith(OFFENDER):
                lines[event.sender]["batch"] = len(batches)
        batches.append({"size": len(batch)})

    wrap_async(LiveRuntime, "_gather", lambda self, first: None, formed)

    in_worker = LiveRuntime._process_in_worker

    def process_in_worker(self: Any, batch: list[Any]) -> Any:
        record = batches[-1]
        record["worker"] = time.monotonic()
        current.record = record
        try:
            return in_worker(self, batch)
        finally:
            record["worker done"] = time.monotonic()
            current.record = None

    LiveRuntime._process_in_worker = process_in_worker  # type: ignore[method-assign]

    def stamped_step(name: str, on_batch: Callable[..., Any]) -> Callable[..., Any]:
        def stamped(pipeline: Any, done: Any) -> Any:
            result = on_batch(pipeline, done)
            record = getattr(current, "record", None)
            if record is not None:
                record[name] = time.monotonic()
            return result

        return stamped

    process_batch = Pipeline.process_batch

    def traced_batch(self: Any, batch: list[Any]) -> Any:
        if not getattr(self, "_bench_traced", False):
            self._bench_traced = True
            flush = self.log.flush

            def first_flush() -> Any:
                result = flush()
                record = getattr(current, "record", None)
                if record is not None:
                    record.setdefault("durable", time.monotonic())
                return result

            self.log.flush = first_flush
            for step in self.steps:
                step.on_batch = stamped_step(step.name, step.on_batch)
        return process_batch(self, batch)

    Pipeline.process_batch = traced_batch  # type: ignore[method-assign]

    hand_out = LiveRuntime._hand_out

    def traced_hand_out(self: Any, pending: list[Any]) -> None:
        for _, warning in pending:
            stamp(warning.target, "handed")
        hand_out(self, pending)

    LiveRuntime._hand_out = traced_hand_out  # type: ignore[method-assign]

    def written(self: Any, confirmation: Any, warning: Any) -> None:
        stamp(warning.target, "written")
        confirmation.add_done_callback(lambda _: stamp(warning.target, "confirmed"))

    wrap_async(
        connection.IrcConnection,
        "write_warning",
        lambda self, warning: stamp(warning.target, "writing"),
        written,
    )

    pauses: list[tuple[float, float, int]] = []  # garbage collections: start, ms, generation
    collecting: list[float] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting.append(time.monotonic())
        elif collecting:
            started = collecting.pop()
            pauses.append((started, (time.monotonic() - started) * 1000, info["generation"]))

    gc.callbacks.append(on_gc)

    def dump() -> None:
        trace = {"lines": lines, "batches": batches, "gc": pauses}
        Path(os.environ[TRACE_ENV]).write_text(json.dumps(trace))

    atexit.register(dump)
    sys.argv = ["sweetie", "run", "--config", config]
    cli.main()


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--as-runtime":
        _run_traced(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--senders", type=int, default=8)
    parser.add_argument("--offenders-per-s", type=float, default=4.0)
    parser.add_argument("--stages", action="store_true", help="Also print where the time goes.")
    parser.add_argument("--keep", action="store_true", help="Keep the work folder.")
    args = parser.parse_args()
    if not Path(NGIRCD).exists():
        sys.exit("bench_irc_latency: ngircd is not installed (/usr/sbin/ngircd)")
    workdir = Path(tempfile.mkdtemp(prefix="sweetie-irc-bench-"))
    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} cores, load average {load:.1f} at the start")
    try:
        asyncio.run(run(args, workdir))
    finally:
        if args.keep:
            print("work folder:", workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
