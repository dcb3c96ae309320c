"""Test helpers: a real ngircd, and plain IRC clients (jaraco `irc`) on their own threads.

ngircd runs in the foreground (`-n`) on 127.0.0.1 and a free port, with penalties off so
test clients may send fast. It can be restarted on the same port (the reconnect tests).
"""

from __future__ import annotations

import contextlib
import queue
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import irc.client

NGIRCD = "/usr/sbin/ngircd"

CONF = """\
[Global]
\tName = irc.sweetie.test
\tInfo = sweetie test server
\tAdminInfo1 = sweetie tests
\tAdminInfo2 = localhost
\tAdminEMail = tests@localhost
\tListen = 127.0.0.1
\tPorts = {port}
\tMotdPhrase = "test server"
[Limits]
\tMaxConnectionsIP = 0
\tMaxJoins = 0
\tMaxNickLength = 30
\tMaxPenaltyTime = 0
\tPingTimeout = 120
\tPongTimeout = 20
[Options]
\tDNS = no
\tIdent = no
\tPAM = no
{extra}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(predicate: Callable[[], object], timeout: float = 10.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out after {timeout} s waiting for {what or predicate}")


class Ngircd:
    """One ngircd process; `restart()` keeps the port."""

    def __init__(self, workdir: Path, extra: str = "", port: int | None = None) -> None:
        self.workdir = workdir
        self.port = port or free_port()
        self.conf = workdir / "ngircd.conf"
        self.conf.write_text(CONF.format(port=self.port, extra=extra))
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [NGIRCD, "-n", "-f", str(self.conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self._accepts, 10, "ngircd to listen")

    def _accepts(self) -> bool:
        assert self.process is not None
        if self.process.poll() is not None:
            raise RuntimeError(f"ngircd exited with {self.process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                return True
        except OSError:
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()


@dataclass(frozen=True)
class Received:
    kind: str  # privmsg, pubmsg, privnotice, pubnotice, join, ...
    source: str  # nick
    target: str
    text: str
    at: float  # time.monotonic() when it arrived


class Client:
    """A plain IRC client on its own thread: what a person in the room would use."""

    def __init__(self, port: int, nick: str) -> None:
        self.nick = nick
        self.reactor = irc.client.Reactor()
        self.inbox: queue.Queue[Received] = queue.Queue()
        self.welcomed = threading.Event()
        self._lock = threading.Lock()
        for kind in ("privmsg", "pubmsg", "privnotice", "pubnotice", "join", "welcome", "ctcp"):
            self.reactor.add_global_handler(kind, self._on)
        self.conn = self.reactor.server().connect("127.0.0.1", port, nick)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        if not self.welcomed.wait(10):
            raise AssertionError(f"{nick}: not registered")

    def _loop(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                self.reactor.process_once(0.0)
            time.sleep(0.005)

    def _on(self, conn: irc.client.ServerConnection, event: irc.client.Event) -> None:
        if event.type == "welcome":
            self.welcomed.set()
            return
        text = event.arguments[0] if event.arguments else ""
        source = event.source.nick if event.source else ""
        self.inbox.put(Received(event.type, source, event.target, text, time.monotonic()))

    def send(self, target: str, text: str) -> float:
        with self._lock:
            self.conn.privmsg(target, text)
            return time.monotonic()

    def notice(self, target: str, text: str) -> None:
        with self._lock:
            self.conn.notice(target, text)

    def action(self, target: str, text: str) -> None:
        with self._lock:
            self.conn.action(target, text)

    def ctcp(self, target: str, command: str, args: str = "") -> None:
        with self._lock:
            self.conn.ctcp(command, target, args)

    def join(self, room: str) -> None:
        with self._lock:
            self.conn.join(room)
        self.expect(lambda r: r.kind == "join" and r.source == self.nick, 10, f"join {room}")

    def expect(self, match: Callable[[Received], bool], timeout: float, what: str) -> Received:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{self.nick}: timed out waiting for {what}")
            try:
                item = self.inbox.get(timeout=left)
            except queue.Empty:
                continue
            if match(item):
                return item

    def private_from(self, nick: str, timeout: float = 10.0) -> Received:
        return self.expect(
            lambda r: r.kind == "privmsg" and r.source == nick, timeout, f"a message from {nick}"
        )

    def drain(self) -> list[Received]:
        items = []
        with contextlib.suppress(queue.Empty):
            while True:
                items.append(self.inbox.get_nowait())
        return items

    def close(self) -> None:
        with self._lock, contextlib.suppress(Exception):
            self.conn.quit()
            self.conn.close()
        self._stop.set()
        self._thread.join(2)
