"""Event ids for captured IRC messages: the server's IRCv3 `msgid` when it gives one, else
a ULID (time-ordered, monotonic within a process) under the network's name."""

from __future__ import annotations

import os
import threading
import time

__all__ = ["EventIds"]

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _encode(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        value, rem = divmod(value, 32)
        chars.append(_CROCKFORD[rem])
    return "".join(reversed(chars))


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
                self._last_rand = int.from_bytes(os.urandom(10), "big") >> 1
            self._last_ms = ms
            return _encode(ms, 10) + _encode(self._last_rand, 16)

    def event_id(self, network: str, msgid: str | None) -> str:
        return f"{network}:{msgid}" if msgid else f"{network}:{self.ulid()}"
