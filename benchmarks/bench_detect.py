"""Detection throughput and memory on synthetic traffic (see gen_traffic.py).

Measures the detector alone (events already parsed, no storage), on one core, and the
memory the detector's state holds per tracked conversation; then, with `--scan`, the
whole `sweetie scan` path (reading, evidence log, detection, storage).

    python benchmarks/bench_detect.py --events 300000
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen_traffic import generate

from sweetie.connectors import read_chat_jsonl
from sweetie.detect.detector import Detector


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300_000)
    parser.add_argument("--rooms", type=int, default=5_000)
    parser.add_argument("--scan", action="store_true", help="also time the whole scan path")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="sweetie-bench-"))
    traffic = workdir / "traffic.jsonl"
    with traffic.open("w", encoding="utf-8") as f:
        for event in generate(args.events, args.rooms):
            f.write(json.dumps(event) + "\n")
    events = list(read_chat_jsonl(traffic))

    detector = Detector()
    state = detector.new_state()
    assessments = 0
    gc.collect()
    started = time.perf_counter()
    for event in events:
        state, found = detector.step(state, event)
        assessments += len(found)
    seconds = time.perf_counter() - started
    conversations = len(state.conversations)

    # Memory held by the state: rebuild it under tracemalloc (which slows it, so apart).
    gc.collect()
    tracemalloc.start()
    state = detector.new_state()
    for event in events:
        state, _ = detector.step(state, event)
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    per_conversation = held / max(1, conversations)

    result = {
        "events": len(events),
        "conversations": conversations,
        "assessments": assessments,
        "detect_events_per_s": round(len(events) / seconds),
        "state_bytes": held,
        "state_peak_bytes": peak,
        "bytes_per_conversation": round(per_conversation),
        "million_conversations_gb": round(per_conversation * 1e6 / 2**30, 3),
        "python": sys.version.split()[0],
        "cpu_count": os.cpu_count(),
    }
    if args.scan:
        from rich.console import Console

        from sweetie.runtime.scan import run_scan

        started = time.perf_counter()
        run_scan(
            [traffic],
            fmt="chat-jsonl",
            data_dir=workdir / "data",
            database_url=None,
            skip_invalid=False,
            model_path=None,
            progress=False,
            console=Console(stderr=True),
        )
        result["scan_events_per_s"] = round(len(events) / (time.perf_counter() - started))
    shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
