"""Flood control: a token bucket that keeps what we send below the server's limits.

Servers drop or throttle a client that sends faster than about one line a second after a
short burst, so every line we choose to send (warnings) waits for a token here.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

__all__ = ["TokenBucket"]


class TokenBucket:
    """`rate` tokens a second, up to `burst` saved; `acquire` waits for one token."""

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if rate <= 0:
            raise ValueError(f"flood rate: {rate} must be > 0")
        if burst < 1:
            raise ValueError(f"flood burst: {burst} must be >= 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._tokens = float(burst)
        self._stamp = clock()
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(float(self.burst), self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    def try_take(self) -> float:
        """Take a token if one is there (returns 0.0), else how long until one will be."""
        self._refill()
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return 0.0
        return (1.0 - self._tokens) / self.rate

    async def acquire(self) -> None:
        # The lock keeps the order of waiters: a warning queued first is sent first.
        async with self._lock:
            while (wait := self.try_take()) > 0:
                await asyncio.sleep(wait)
