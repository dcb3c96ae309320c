"""How scores combine from messages to conversations and from conversations to subjects.

Swappable: a deployment that wants a subject seen in many weak conversations to rise
chooses noisy-or; the default, max, never lets volume alone raise a score.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Aggregator = Callable[[Iterable[float]], float]


def maximum(scores: Iterable[float]) -> float:
    return max(scores, default=0.0)


def noisy_or(scores: Iterable[float]) -> float:
    """The probability that at least one of independent events with these probabilities holds."""
    miss = 1.0
    for s in scores:
        miss *= 1.0 - s
    return 1.0 - miss


AGGREGATORS: dict[str, Aggregator] = {"max": maximum, "noisy_or": noisy_or}
