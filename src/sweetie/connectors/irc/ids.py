"""Event ids for captured IRC messages: the server's IRCv3 `msgid` when it gives one, else
a ULID (time-ordered, monotonic within a process) under the network's name."""

from __future__ import annotations

import os
import threading
import time

__all__ = ["EventIds", "ulid_text"]

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Two characters (10 bits) per look-up: an id on every captured line, so it is kept cheap.
_PAIRS = tuple(a + b for a in _CROCKFORD for b in _CROCKFORD)
_SHIFTS = tuple(range(120, -1, -10))  # 13 pairs: 130 bits, the top two always zero
# Random bytes are drawn this many at a time: os.urandom is a system call that lets go of
# the GIL, and on the capture path (one id per captured line) getting it back meant waiting
# for the pipeline thread's time slice, once per millisecond of traffic.
_POOL_BYTES = 4096


def ulid_text(ms: int, rand: int) -> str:
    """The 26 characters of a ULID: 48 bits of milliseconds then 80 random bits, in
    Crockford base32 (10 + 16 characters)."""
    value = (ms << 80) | rand
    return "".join([_PAIRS[(value >> shift) & 1023] for shift in _SHIFTS])


class _RandomPool:
    """os.urandom, drawn in blocks; emptied in a forked child so two processes never share
    the same random bits."""

    def __init__(self) -> None:
        self._buffer = b""
        self._at = 0

    def take(self, n: int) -> bytes:
        if self._at + n > len(self._buffer):
            self._buffer = os.urandom(max(_POOL_BYTES, n))
            self._at = 0
        self._at += n
        return self._buffer[self._at - n : self._at]

    def clear(self) -> None:
        self._buffer = b""
        self._at = 0


_POOL = _RandomPool()
_POOL_LOCK = threading.Lock()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_POOL.clear)


class EventIds:
    """Monotonic ULIDs: 48 bits of milliseconds then 80 random bits, incremented (not
    redrawn) within one millisecond so ids sort in capture order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_ms = -1
        self._last_rand = 0

    def ulid(self) -> str:
        with self._lock:
            ms = time.time_ns() // 1_000_000
            if ms <= self._last_ms:
                ms = self._last_ms
                self._last_rand = (self._last_rand + 1) % (1 << 80)
            else:
                with _POOL_LOCK:
                    drawn = _POOL.take(10)
                self._last_rand = int.from_bytes(drawn, "big") >> 1
            self._last_ms = ms
            return ulid_text(ms, self._last_rand)

    def event_id(self, network: str, msgid: str | None) -> str:
        return f"{network}:{msgid}" if msgid else f"{network}:{self.ulid()}"
