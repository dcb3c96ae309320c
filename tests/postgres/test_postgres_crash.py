"""Durability: `sweetie scan` killed with SIGKILL at random moments, then run again to the
end, leaves exactly what one uninterrupted run leaves; the same on PostgreSQL, and with the
PostgreSQL server restarted under a running scan (the runtime waits and reconnects).

"Exactly what one run leaves": every event once (captured rows, chat-event entries), the
same assessments once each, the same decisions (so the same warnings) and outbox rows, the
same number of rows in every table, and `sweetie verify` passes.
"""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from pg_support import Target, run_sweetie, snapshot, start_sweetie

from pgserver import PostgresServer

KILLS = 5


@pytest.fixture(scope="module")
def reference(traffic: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One uninterrupted scan (SQLite): what every interrupted run must end up with."""
    target = Target(tmp_path_factory.mktemp("reference") / "data")
    started = time.monotonic()
    done = run_sweetie("scan", str(traffic), *target.args())
    assert done.returncode == 0, done.stderr
    result = snapshot(target)
    result["seconds"] = time.monotonic() - started
    return result


def _assert_same(found: dict[str, Any], reference: dict[str, Any], events: int) -> None:
    assert found["distinct_events"] == events
    assert found["kinds"]["chat_event"] == events
    assert found["counts"]["captured_events"] == events
    assert found["assessments"] == reference["assessments"]  # each exactly once
    assert found["decisions"] == reference["decisions"]  # warnings: each exactly once
    assert found["counts"].get("warning_outbox") == reference["counts"].get("warning_outbox")
    assert found["kinds"] == reference["kinds"]  # no evidence entry twice
    assert found["counts"] == reference["counts"]  # outbox, cases, ...: nothing twice


def _verify(target: Target) -> None:
    verified = run_sweetie("verify", *target.args())
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_sigkill_at_random_moments_loses_and_repeats_nothing(
    traffic: Path, target: Target, reference: dict[str, Any]
) -> None:
    rng = random.Random(f"{target.database_url is None}-kills")
    events = sum(1 for _ in traffic.open())
    assert reference["assessments"], "the traffic must produce assessments to check"
    warnings = [kind for _, kind in reference["decisions"] if kind in ("warn_1", "warn_2")]
    assert warnings, "the traffic must produce warnings to check"
    killed_while_writing = 0
    for _ in range(KILLS):
        process = start_sweetie("scan", str(traffic), *target.args())
        # Anywhere from start-up to the end of a full run: some kills land before the log
        # is open, most while batches are being written.
        time.sleep(rng.uniform(0.45, 1.0) * reference["seconds"])
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed_while_writing += 1
        process.communicate()
    assert killed_while_writing >= KILLS // 2, "too few kills landed: slow the schedule down"
    finished = run_sweetie("scan", str(traffic), *target.args())
    assert finished.returncode == 0, finished.stderr
    _verify(target)
    _assert_same(snapshot(target), reference, events)


def test_postgres_restart_mid_run_waits_and_reconnects(
    traffic: Path,
    postgres_server: PostgresServer,
    fresh_postgres_url: str,
    tmp_path: Path,
    reference: dict[str, Any],
) -> None:
    target = Target(tmp_path / "data", fresh_postgres_url)
    process = start_sweetie("scan", str(traffic), *target.args())
    try:
        # Wait until it is writing, then take the server away for a while.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _has_events(target):
            time.sleep(0.2)
        assert process.poll() is None, "the scan ended before the server went away"
        postgres_server.restart(down_for=2.0)
        _, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert "unreachable" in stderr and "retrying" in stderr  # it said what it waited for
    _verify(target)
    _assert_same(snapshot(target), reference, sum(1 for _ in traffic.open()))


def _has_events(target: Target) -> bool:
    import psycopg

    assert target.database_url is not None
    url = target.database_url.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(url) as conn:
            row = conn.execute("SELECT count(*) FROM captured_events").fetchone()
            return bool(row and row[0] > 0)
    except psycopg.Error:
        return False  # not migrated yet
