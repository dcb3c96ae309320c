"""Evidence log throughput: batched durable appends, proofs, then a full verification.

python benchmarks/bench_evidence.py --entries 200000 [--batch 2000] [--proofs 1000] [--runs 5]

Two logs of --entries each: chat events through `append_events` (two rows an entry: the entry
with its record, and the captured event) and plain records through `append` (one row). Each batch is
flushed (committed) before the next, as the scan path does. Then --proofs inclusion proofs
of random entries against the full chat log, and a verification of it.

The chat-event appends run --runs times, each into a fresh log: the best and the median rate
are reported, by the clock (`append_events_per_s`: what the goal of 100k/s is about) and by the
process's own CPU time (`..._cpu_per_s`: steadier when other processes share the cores).
`sqlite_synchronous` says what "durable" means for those commits on SQLite.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sweetie.events import ChatEvent
from sweetie.evidence import EvidenceLog, load_or_create_signing_key, verify_log
from sweetie.store import open_database

ORIGIN = "sweetie.local/bench"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--batch", type=int, default=2000, help="entries per durable commit")
    parser.add_argument("--proofs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=1, help="chat-event append runs")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="sweetie-evidence-"))
    events = [
        ChatEvent(
            id=f"e{i:09d}",
            ts="2026-03-01T20:14:05Z",
            network="irc.bench",
            room="#room",
            sender=f"user{i % 5000}",
            text="hello everyone, how is the weather where you are?",
        )
        for i in range(args.entries)
    ]
    records = [
        {"n": i, "text": "a plain record of the same order of size"} for i in range(args.entries)
    ]
    key = load_or_create_signing_key(workdir, ORIGIN)
    results: dict[str, float | str] = {"entries": args.entries, "batch": args.batch}
    try:
        with open_database(workdir / "records") as db:
            log = EvidenceLog(db, ORIGIN, key, batch_size=args.batch)
            started = time.perf_counter()
            for record in records:
                log.append("note", record)
            log.checkpoint()
            results["append_records_per_s"] = round(args.entries / (time.perf_counter() - started))
        wall: list[float] = []
        cpu: list[float] = []
        for run in range(max(args.runs, 1)):
            if run:
                db.close()
            db = open_database(workdir / f"events{run}")
            log = EvidenceLog(db, ORIGIN, key, batch_size=args.batch)
            started, started_cpu = time.perf_counter(), time.process_time()
            for start in range(0, len(events), args.batch):
                log.append_events(events[start : start + args.batch])
                log.flush()
            log.checkpoint()
            wall.append(args.entries / (time.perf_counter() - started))
            cpu.append(args.entries / (time.process_time() - started_cpu))
        if db.dialect == "sqlite":
            # what a "durable commit" means here: FULL syncs the WAL at each commit (safe
            # against power loss), NORMAL at checkpoints (safe against a process crash)
            with db.transaction() as conn:
                level = conn.exec_driver_sql("PRAGMA synchronous").scalar()
            results["sqlite_synchronous"] = ["OFF", "NORMAL", "FULL", "EXTRA"][int(level or 0)]
        results["append_events_per_s"] = round(max(wall))
        results["append_events_median_per_s"] = round(statistics.median(wall))
        results["append_events_cpu_per_s"] = round(max(cpu))
        results["append_events_cpu_median_per_s"] = round(statistics.median(cpu))
        picks = random.Random(1).choices(range(args.entries), k=args.proofs)
        started = time.perf_counter()
        for idx in picks:
            log.inclusion_proof(idx)
        proof_seconds = time.perf_counter() - started
        results["inclusion_proof_ms"] = round(1000 * proof_seconds / max(args.proofs, 1), 3)
        started = time.perf_counter()
        report = verify_log(db, key.public_key_text())
        verify_seconds = time.perf_counter() - started
        db.close()
        results["verify_entries_per_s"] = round(report.size / verify_seconds)
        results["verify_10m_minutes_estimate"] = round(
            10_000_000 / (report.size / verify_seconds) / 60, 1
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
