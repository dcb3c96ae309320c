"""Evidence log throughput: batched durable appends, then a full verification.

python benchmarks/bench_evidence.py --entries 200000
"""

from __future__ import annotations

import argparse
import json
import shutil
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
    db = open_database(workdir)
    key = load_or_create_signing_key(workdir, ORIGIN)
    log = EvidenceLog(db, ORIGIN, key)
    started = time.perf_counter()
    for start in range(0, len(events), 2000):
        log.append_events(events[start : start + 2000])
        log.flush()
    log.checkpoint()
    append_seconds = time.perf_counter() - started
    started = time.perf_counter()
    report = verify_log(db, key.public_key_text())
    verify_seconds = time.perf_counter() - started
    db.close()
    shutil.rmtree(workdir, ignore_errors=True)
    print(
        json.dumps(
            {
                "entries": report.size,
                "append_events_per_s": round(args.entries / append_seconds),
                "verify_entries_per_s": round(report.size / verify_seconds),
                "verify_10m_minutes_estimate": round(
                    10_000_000 / (report.size / verify_seconds) / 60, 1
                ),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
