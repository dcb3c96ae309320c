"""What the dashboard shows: events and flags over time, flags by language and network,
warnings and repeat offending per message variant. Counted in the database where it can be."""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from sweetie.store import Database
from sweetie.store.models import assessments, captured_events

__all__ = ["DashboardData", "dashboard_data"]

log = logging.getLogger(__name__)

DAYS = 30  # the days shown, up to the newest captured day
FLAG_ROWS = 50_000  # flags read for the per-language count; enough for a dashboard


@dataclass
class DashboardData:
    days: list[str] = field(default_factory=list)
    events_per_day: list[int] = field(default_factory=list)
    flags_per_day: list[int] = field(default_factory=list)
    flags_by_language: list[tuple[str, int]] = field(default_factory=list)
    flags_by_network: list[tuple[str, int]] = field(default_factory=list)
    warned_by_variant: list[tuple[str, float]] = field(default_factory=list)
    reoffended_by_variant: list[tuple[str, float]] = field(default_factory=list)
    deterrence: dict[str, Any] | None = None
    total_events: int = 0
    total_flags: int = 0


def dashboard_data(database: Database) -> DashboardData:
    data = DashboardData()
    ce, a = captured_events.c, assessments.c
    day = func.substr(ce.ts, 1, 10)
    with database.transaction() as conn:
        events = dict(
            (str(d), int(n))
            for d, n in conn.execute(select(day, func.count()).group_by(day).order_by(day))
        )
        flag_day = func.substr(ce.ts, 1, 10)
        flags = dict(
            (str(d), int(n))
            for d, n in conn.execute(
                select(flag_day, func.count())
                .select_from(assessments.join(captured_events, ce.event_id == a.event_id))
                .where(a.level == "warn")
                .group_by(flag_day)
            )
        )
        rows = conn.execute(
            select(a.subject, a.body).where(a.level == "warn").limit(FLAG_ROWS)
        ).all()
    data.days = sorted(events)[-DAYS:]
    data.events_per_day = [events.get(d, 0) for d in data.days]
    data.flags_per_day = [flags.get(d, 0) for d in data.days]
    data.total_events = sum(events.values())
    data.total_flags = sum(flags.values())
    languages: Counter[str] = Counter()
    networks: Counter[str] = Counter()
    for subject, body in rows:
        languages[json.loads(body).get("language") or "unknown"] += 1
        networks[str(subject).split("/", 1)[0]] += 1
    data.flags_by_language = languages.most_common(12)
    data.flags_by_network = networks.most_common(12)
    data.deterrence = _deterrence(database)
    if data.deterrence:
        variants = data.deterrence.get("variants", {})
        for name, v in sorted(variants.items()):
            data.warned_by_variant.append((name, float(v.get("warned", 0))))
            rate = v.get("reoffended", {}).get("30d", {}).get("rate")
            data.reoffended_by_variant.append((name, float(rate or 0.0)))
    return data


def _deterrence(database: Database) -> dict[str, Any] | None:
    try:
        from sweetie.deter.report import deterrence_report
    except ImportError:  # the deter part may not be installed in this build
        return None
    report = deterrence_report(database).to_json()
    return report if isinstance(report, dict) else None
