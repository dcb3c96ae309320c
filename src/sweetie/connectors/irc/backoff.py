"""Reconnect delays: exponential, capped, with full jitter so that many presences dropped
by one server restart do not all come back in the same second."""

from __future__ import annotations

import random

__all__ = ["Backoff"]


class Backoff:
    def __init__(
        self,
        initial: float = 1.0,
        maximum: float = 60.0,
        factor: float = 2.0,
        rng: random.Random | None = None,
    ) -> None:
        if initial <= 0 or maximum < initial or factor < 1:
            raise ValueError("backoff: need 0 < initial <= maximum and factor >= 1")
        self.initial = initial
        self.maximum = maximum
        self.factor = factor
        self.attempts = 0
        self._rng = rng or random.Random()

    def next_delay(self) -> float:
        """The delay before the next attempt: uniform in [ceiling/2, ceiling], where the
        ceiling doubles with each failed attempt up to `maximum`."""
        ceiling = min(self.maximum, self.initial * self.factor**self.attempts)
        self.attempts += 1
        return self._rng.uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        """After a connection that worked: the next failure starts from `initial` again."""
        self.attempts = 0
