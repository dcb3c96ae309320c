"""`sweetie scan` throughput on SQLite and on PostgreSQL: durable, batched, whole pipeline.

python benchmarks/bench_scan.py [--events 100000] [--rooms 2000] [--backends sqlite,postgresql]

Synthetic traffic (benchmarks/gen_traffic.py) goes through `run_scan`, the code behind
`sweetie scan`: capture → evidence log (one commit per 2,000-event batch) → detection →
assessments → policy (warnings queued, not sent) → progress marker. Each backend starts
from an empty database and commits durably: SQLite in WAL mode with synchronous=FULL
(a commit survives a power cut), a throwaway PostgreSQL 15 on 127.0.0.1 with fsync on and
synchronous_commit on (tests/pgserver.py). Timed from the first event read to the last
commit; process start-up and migrations are not counted. A second run over the same file
(every event a replay: looked up, not logged again) is reported too.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from rich.console import Console

ROOT = Path(__file__).resolve().parents[1]


def _traffic(path: Path, events: int, rooms: int) -> None:
    spec = importlib.util.spec_from_file_location("gen_traffic", ROOT / "benchmarks/gen_traffic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with path.open("w") as out:
        for record in module.generate(events, rooms):
            out.write(json.dumps(record) + "\n")


def _scan(traffic: Path, data_dir: Path, url: str | None) -> dict[str, Any]:
    from sweetie.runtime.scan import run_scan

    result = run_scan(
        [traffic],
        fmt="chat-jsonl",
        data_dir=data_dir,
        database_url=url,
        skip_invalid=False,
        model_path=None,
        progress=False,
        console=Console(file=io.StringIO()),
    )
    return {
        "events": result.events,
        "new": result.new_events,
        "seconds": round(result.seconds, 2),
        "events_per_s": round(result.events / result.seconds),
        "log_size": result.log_size,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rooms", type=int, default=2_000)
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="sweetie-bench-scan-"))
    server = None
    try:
        traffic = workdir / "traffic.jsonl"
        _traffic(traffic, args.events, args.rooms)
        results: dict[str, Any] = {}
        for backend in args.backends.split(","):
            url = None
            if backend == "postgresql":
                sys.path.insert(0, str(ROOT / "tests"))
                from pgserver import PostgresServer

                server = PostgresServer(durable=True)
                server.start()
                url = server.create_database()
            elif backend != "sqlite":
                parser.error(f"unknown backend {backend!r}")
            data_dir = workdir / backend
            first = _scan(traffic, data_dir, url)
            again = _scan(traffic, data_dir, url)
            results[backend] = {"first_run": first, "replay": again}
            print(
                f"{backend:>10}: {first['events_per_s']:>7,} events/s new "
                f"({first['events']:,} in {first['seconds']} s, log {first['log_size']:,}), "
                f"{again['events_per_s']:>7,} events/s replayed",
                flush=True,
            )
        print(json.dumps(results, indent=2))
    finally:
        if server is not None:
            server.close()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
