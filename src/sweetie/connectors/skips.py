"""Counting what a reader skipped, so that skipping bad input is never silent."""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field

from sweetie.events import InputError


class SkipReason(enum.StrEnum):
    """Why a line (or PAN12 message) was skipped; the categories of a SkipReport."""

    BAD_JSON = "bad JSON"
    INVALID_UTF8 = "invalid UTF-8"
    MISSING_FIELD = "missing field"
    WRONG_TYPE = "wrong type"
    BAD_TIMESTAMP = "bad timestamp"
    BAD_VALUE = "bad value"
    TOO_LONG = "too long"


@dataclass
class SkipReport:
    """What readers skipped with `skip_invalid=True`: counts by reason and the first errors.

    One report may be shared by several reads (e.g. every file of a scan).
    """

    max_examples: int = 5
    counts: Counter[SkipReason] = field(default_factory=Counter)
    examples: list[InputError] = field(default_factory=list)

    def add(self, reason: SkipReason, error: InputError) -> None:
        self.counts[reason] += 1
        if len(self.examples) < self.max_examples:
            self.examples.append(error)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __bool__(self) -> bool:
        return self.total > 0

    def summary(self) -> str:
        """One line, e.g. `skipped 3 invalid lines: 2 bad JSON, 1 missing field (first: a:17)`."""
        total = self.total
        if total == 0:
            return "skipped no invalid lines"
        # Most common first; ties keep the order in which reasons were first seen.
        reasons = ", ".join(f"{n} {reason}" for reason, n in self.counts.most_common())
        text = f"skipped {total} invalid line{'' if total == 1 else 's'}: {reasons}"
        if self.examples:
            first = self.examples[0]
            where = first.source or "?"
            if first.line is not None:
                where = f"{where}:{first.line}"
            text += f" (first: {where})"
        return text
