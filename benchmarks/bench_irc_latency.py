"""Capture-to-warning latency of the live runtime through a real IRC server (ngircd).

python benchmarks/bench_irc_latency.py [--rates 1000 5000] [--seconds 10] [--senders 8]
                                       [--offenders-per-s 4]

`sweetie run` runs as its own process with one presence in #chat. Several sender clients
flood #chat with benign lines at the given aggregate rate (the room is -n, so they need not
be in it and ngircd relays each line only to the presence and the room's owner). Meanwhile,
offenders (fresh nicks, each a new subject) send the presence one warn-level line privately,
a few a second. Latency = when the offender's client receives the warning (PRIVMSG from the
presence) - when it sent the triggering line, both on this process's monotonic clock.

The presence's flood control is set to 10 lines/s with a burst of 10 here (the default, 1/s
burst 4, would make the queue of warnings, not the pipeline, the figure). Prints median,
p99 and max per rate, and how many benign lines were sent and captured.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
# The tests' ngircd (penalties off, so the load generators may flood): one server setup.
sys.path.insert(0, str(Path(__file__).parent.parent / "tests" / "irc"))
from gen_traffic import ROOM_LINES
from ngircd_server import NGIRCD, Ngircd

PRESENCE = "mia_11"
TRIGGER = "how old are you? i'll pay 500 php for a private cam show"


SWEETIE_CONF = """\
mode = "deterrence"
data_dir = "data"

[[networks]]
name = "bench"
host = "127.0.0.1"
port = {port}
rooms = ["#chat"]
flood_rate = 10.0
flood_burst = 10

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
                now = time.monotonic()
                text = line.decode(errors="replace")
                if text.startswith("PING"):
                    self.writer.write(("PONG" + text[4:]).encode())
                elif text.startswith(f":{PRESENCE}!") and " PRIVMSG " in text:
                    self.received.setdefault(PRESENCE, now)
                elif " JOIN " in text and text.startswith(":"):
                    self.received.setdefault("join:" + text[1:].split("!", 1)[0], now)

    def send(self, line: str) -> None:
        self.writer.write(line.encode() + b"\r\n")

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            self.send("QUIT")
            await self.writer.drain()
            self.writer.close()
        if self.task:
            self.task.cancel()


async def wait_until(predicate: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        await asyncio.sleep(0.01)
    return False


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


async def one_rate(
    port: int, rate: int, seconds: float, senders: list[Client], offenders_per_s: float, tag: str
) -> dict[str, float]:
    offenders = [
        await Client.connect(port, f"off{tag}{i}") for i in range(int(seconds * offenders_per_s))
    ]
    lines = itertools.cycle(ROOM_LINES)
    sent_at: dict[str, float] = {}
    benign = 0
    tick = 0.01
    per_tick = rate * tick
    start = time.monotonic()
    next_offender = start + 0.5
    owed = 0.0
    offender_iter = iter(offenders)
    while (now := time.monotonic()) - start < seconds:
        owed += per_tick
        n = int(owed)
        owed -= n
        for i in range(n):
            senders[(benign + i) % len(senders)].send(f"PRIVMSG #chat :{next(lines)}")
        benign += n
        if now >= next_offender:
            offender = next(offender_iter, None)
            if offender is not None:
                offender.send(f"PRIVMSG {PRESENCE} :{TRIGGER}")
                sent_at[offender.nick] = time.monotonic()
            next_offender += 1 / offenders_per_s
        await asyncio.gather(*(s.writer.drain() for s in senders))
        target = start + (benign / rate)
        await asyncio.sleep(max(0.0, target - time.monotonic()))
    elapsed = time.monotonic() - start
    warned = {o.nick: o for o in offenders if o.nick in sent_at}
    await wait_until(lambda: all(PRESENCE in o.received for o in warned.values()), 15)
    latencies = [
        (o.received[PRESENCE] - sent_at[nick]) * 1000
        for nick, o in warned.items()
        if PRESENCE in o.received
    ]
    for o in offenders:
        await o.close()
    if not latencies:
        return {"rate": rate, "achieved": benign / elapsed, "warnings": 0.0}
    return {
        "rate": rate,
        "achieved": benign / elapsed,
        "benign_sent": benign,
        "offenders": len(warned),
        "warnings": len(latencies),
        "median_ms": statistics.median(latencies),
        "p99_ms": percentile(latencies, 0.99),
        "max_ms": max(latencies),
    }


async def run(args: argparse.Namespace, workdir: Path) -> list[dict[str, float]]:
    server = Ngircd(workdir)
    server.start()
    port = server.port
    runtime: subprocess.Popen[bytes] | None = None
    try:
        owner = await Client.connect(port, "roomowner")
        owner.send("JOIN #chat")
        owner.send("MODE #chat -n")  # senders may talk in the room without being in it
        await owner.writer.drain()
        config = workdir / "sweetie.toml"
        config.write_text(SWEETIE_CONF.format(port=port, presence=PRESENCE))
        runtime = subprocess.Popen(
            [sys.executable, "-m", "sweetie.runtime.cli", "run", "--config", str(config)],
            cwd=workdir,
            stdout=subprocess.PIPE,
            stderr=(workdir / "run.log").open("wb"),
        )
        if not await wait_until(lambda: f"join:{PRESENCE}" in owner.received, 60):
            raise RuntimeError("the presence did not join; see " + str(workdir / "run.log"))
        senders = [await Client.connect(port, f"sender{i}") for i in range(args.senders)]
        results = []
        for n, rate in enumerate(args.rates):
            result = await one_rate(
                port, rate, args.seconds, senders, args.offenders_per_s, tag=f"r{n}x"
            )
            results.append(result)
            print(
                f"{rate:>6} lines/s asked, {result['achieved']:,.0f} sent:"
                f" {int(result['warnings'])} warnings,"
                f" median {result.get('median_ms', float('nan')):.1f} ms,"
                f" p99 {result.get('p99_ms', float('nan')):.1f} ms,"
                f" max {result.get('max_ms', float('nan')):.1f} ms",
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
            db = workdir / "data" / "sweetie.db"
            if db.exists():
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
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--senders", type=int, default=8)
    parser.add_argument("--offenders-per-s", type=float, default=4.0)
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
