"""Does a warning deter? Per message variant: how many subjects were warned, and how many
offended again (a later warn-level assessment of theirs) within 1, 7 and 30 days of their
first warning, with Wilson score 95% confidence intervals.

The computation is a pure function of the first warnings and the later assessments' times;
`deterrence_report(database)` reads those from the store. Times are the events' times.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from sweetie.deter.catalog import builtin_catalog
from sweetie.deter.ladder import parse_time
from sweetie.events import DecisionKind, Level
from sweetie.store import Database, DecisionRepository
from sweetie.store.deterrence import SENT, OutboxRepository
from sweetie.store.models import assessments, captured_events

__all__ = [
    "WINDOWS",
    "DeterrenceReport",
    "Rate",
    "VariantOutcome",
    "compute_report",
    "deterrence_report",
    "wilson_interval",
]

WINDOWS: tuple[tuple[str, int], ...] = (("1d", 1), ("7d", 7), ("30d", 30))
Z95 = 1.959963984540054  # the 97.5th percentile of the standard normal


def wilson_interval(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for k successes in n trials ((0, 1) when n is 0)."""
    if not 0 <= k <= n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z / denom * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass(frozen=True, slots=True)
class Rate:
    count: int
    of: int

    @property
    def rate(self) -> float:
        return self.count / self.of if self.of else 0.0

    def to_json(self) -> dict[str, Any]:
        lo, hi = wilson_interval(self.count, self.of)
        return {
            "count": self.count,
            "rate": round(self.rate, 6),
            "ci95": [round(lo, 6), round(hi, 6)],
        }


@dataclass(frozen=True, slots=True)
class VariantOutcome:
    variant: str
    warned: int
    sent: int  # of the first warnings, how many the connector reported sent
    reoffended: Mapping[str, Rate]  # window label -> rate

    def to_json(self) -> dict[str, Any]:
        return {
            "warned": self.warned,
            "sent": self.sent,
            "reoffended": {label: self.reoffended[label].to_json() for label, _ in WINDOWS},
        }


@dataclass(frozen=True, slots=True)
class DeterrenceReport:
    variants: Mapping[str, VariantOutcome]

    def to_json(self) -> dict[str, Any]:
        return {"variants": {name: v.to_json() for name, v in sorted(self.variants.items())}}


@dataclass(frozen=True, slots=True)
class FirstWarning:
    subject: str
    variant: str
    at: datetime
    sent: bool = False


def compute_report(
    first_warnings: Iterable[FirstWarning],
    warn_times: Mapping[str, Sequence[datetime]],
    variants: Iterable[str] = (),
) -> DeterrenceReport:
    """`warn_times`: per subject, the times of their warn-level assessments."""
    groups: dict[str, list[FirstWarning]] = {v: [] for v in variants}
    for w in first_warnings:
        groups.setdefault(w.variant, []).append(w)
    out: dict[str, VariantOutcome] = {}
    for variant, warned in groups.items():
        counts = dict.fromkeys((label for label, _ in WINDOWS), 0)
        for w in warned:
            later = [t - w.at for t in warn_times.get(w.subject, ()) if t > w.at]
            for label, days in WINDOWS:
                if any(gap <= timedelta(days=days) for gap in later):
                    counts[label] += 1
        n = len(warned)
        out[variant] = VariantOutcome(
            variant=variant,
            warned=n,
            sent=sum(1 for w in warned if w.sent),
            reoffended={label: Rate(counts[label], n) for label, _ in WINDOWS},
        )
    return DeterrenceReport(out)


def deterrence_report(database: Database) -> DeterrenceReport:
    with database.transaction() as conn:
        queued = OutboxRepository(conn).by_decision()
        first: dict[str, FirstWarning] = {}
        for d in DecisionRepository(conn).all():
            if d.kind is not DecisionKind.WARN_1 or d.subject in first:
                continue
            status, warning = queued.get(d.key, ("", None))
            if warning is None:
                continue  # a warning never queued was never meant to reach anyone
            first[d.subject] = FirstWarning(
                d.subject, warning.variant, parse_time(d.at), status == SENT
            )
        a, ce = assessments.c, captured_events.c
        rows = conn.execute(
            select(a.subject, ce.ts)
            .join_from(assessments, captured_events, a.event_id == ce.event_id)
            .where(a.level == Level.WARN.value)
        )
        times: dict[str, list[datetime]] = {}
        for subject, ts in rows:
            if subject in first:
                times.setdefault(subject, []).append(parse_time(ts))
    return compute_report(first.values(), times, builtin_catalog().variants)
