"""Ingest API throughput and latency: POST /api/v1/events on one uvicorn worker.

Starts `sweetie serve`'s app (the whole pipeline behind it: evidence log, detection, the
steps) in a child process on a free port of 127.0.0.1 with a fresh data dir, then posts
synthetic traffic (gen_traffic.py) in batches of 1, 100 and 1,000 events, one request at a
time, and prints events/s and the p50/p99 latency per batch size.

    python benchmarks/bench_ingest.py [--events-per-size 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from gen_traffic import generate

SIZES = (1, 100, 1000)


def serve(data_dir: Path, port: int, token_file: Path) -> None:
    """The child: a reviewer account with an API token, then the server."""
    import uvicorn

    from sweetie.cases.users import UserService
    from sweetie.runtime.serve import build_server
    from sweetie.web import WebConfig

    served = build_server(data_dir, None, WebConfig(port=port))
    users = UserService(served.pipeline.database)
    user = users.add("bench", "reviewer", "bench-password-not-secret")
    token_file.write_text(users.create_token(user))
    try:
        uvicorn.run(served.app, host="127.0.0.1", port=port, log_level="warning", workers=1)
    finally:
        served.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events-per-size", type=int, default=20_000)
    parser.add_argument(
        "--max-requests", type=int, default=2_000, help="cap on requests per size (batches of 1)"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--serve", nargs=3, metavar=("DIR", "PORT", "TOKEN_FILE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.serve:
        serve(Path(args.serve[0]), int(args.serve[1]), Path(args.serve[2]))
        return

    workdir = Path(tempfile.mkdtemp(prefix="sweetie-bench-ingest-"))
    port = free_port()
    token_file = workdir / "token"
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(workdir / "data"), str(port), str(token_file)],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    results: dict[str, dict[str, float]] = {}
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        with httpx.Client(base_url=base, timeout=120) as client:
            while True:
                if child.poll() is not None:
                    raise SystemExit("the server exited early")
                try:
                    if token_file.exists() and client.get("/api/v1/openapi.json").is_success:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("the server did not start within 60 s")
                time.sleep(0.2)
            headers = {"Authorization": f"Bearer {token_file.read_text().strip()}"}
            total = args.events_per_size * len(SIZES)
            traffic = list(generate(total, rooms=500))
            offset = 0
            for size in SIZES:
                requests = min(args.events_per_size // size, args.max_requests)
                batches = [
                    traffic[offset + i * size : offset + (i + 1) * size] for i in range(requests)
                ]
                offset += args.events_per_size
                # warm-up on a few events of the next slice is not needed: the detector loaded
                # when the server started; the first request still pays for lazy imports.
                latencies: list[float] = []
                started = time.perf_counter()
                for batch in batches:
                    t0 = time.perf_counter()
                    r = client.post("/api/v1/events", json=batch, headers=headers)
                    latencies.append(time.perf_counter() - t0)
                    if r.status_code != 200:
                        raise SystemExit(f"HTTP {r.status_code}: {r.text[:300]}")
                elapsed = time.perf_counter() - started
                events = requests * size
                results[str(size)] = {
                    "requests": requests,
                    "events": events,
                    "events_per_s": round(events / elapsed, 1),
                    "p50_ms": round(statistics.median(latencies) * 1000, 2),
                    "p99_ms": round(percentile(latencies, 0.99) * 1000, 2),
                }
    finally:
        child.terminate()
        child.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)

    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{'batch':>6} {'requests':>9} {'events/s':>10} {'p50 ms':>9} {'p99 ms':>9}")
    for size, r in results.items():
        print(
            f"{size:>6} {r['requests']:>9} {r['events_per_s']:>10} {r['p50_ms']:>9} "
            f"{r['p99_ms']:>9}"
        )


if __name__ == "__main__":
    main()
