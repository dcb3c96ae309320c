"""Helpers of the PostgreSQL and durability tests: traffic, targets, the real CLI, snapshots.

A module of its own (not conftest) so test files import it by a name no other folder uses.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from sweetie.store import open_database

ROOT = Path(__file__).resolve().parents[2]
SWEETIE = [sys.executable, "-m", "sweetie.runtime.cli"]
# Rows whose number depends on when a run stopped, not on what it captured.
VOLATILE = {
    "alembic_version",
    "checkpoints",
    "checkpoint_timestamps",
    "evidence_frontier",
    "pipeline_progress",
}


@dataclass
class Target:
    """Where a run writes: a data dir (key, SQLite file) and maybe a PostgreSQL URL."""

    data_dir: Path
    database_url: str | None = None

    def args(self) -> list[str]:
        url = ["--database-url", self.database_url] if self.database_url else []
        return ["--data-dir", str(self.data_dir), *url]


def run_sweetie(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SWEETIE, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=_env()
    )


def start_sweetie(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*SWEETIE, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=_env(),
    )


def write_traffic(path: Path, events: int = 12_000, rooms: int = 300, seed: int = 7) -> Path:
    """Synthetic events (benchmarks/gen_traffic.py), a few conversations offending."""
    spec = importlib.util.spec_from_file_location("gen_traffic", ROOT / "benchmarks/gen_traffic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with path.open("w") as out:
        for record in module.generate(events, rooms, seed=seed):
            out.write(json.dumps(record) + "\n")
    return path


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["COLUMNS"] = "200"  # one summary line, whatever the terminal
    return env


def snapshot(target: Target) -> dict[str, Any]:
    """What a run leaves, in a form two runs can be compared by: row counts of every table
    (but those that depend on when it stopped), evidence entries by kind, and the exact
    assessments and decisions."""
    with open_database(target.data_dir, target.database_url) as db, db.transaction() as conn:
        tables = sorted(set(inspect(conn).get_table_names()) - VOLATILE)
        counts = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}
        kinds = {
            str(kind): int(n)
            for kind, n in conn.execute(
                text("SELECT kind, count(*) FROM evidence_entries GROUP BY kind")
            )
        }
        distinct_events = conn.execute(
            text("SELECT count(DISTINCT event_id) FROM captured_events")
        ).scalar()
        assessments = sorted(conn.execute(text("SELECT event_id, body FROM assessments")).all())
        decisions: list[tuple[str, str]] = []
        if "decisions" in tables:
            decisions = sorted(conn.execute(text("SELECT key, kind FROM decisions")).all())
    return {
        "counts": counts,
        "kinds": kinds,
        "distinct_events": distinct_events,
        "assessments": assessments,
        "decisions": decisions,
    }
