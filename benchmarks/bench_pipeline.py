"""The whole pipeline per batch: `Pipeline.process_batch` with every step of `build_steps`.

python benchmarks/bench_pipeline.py [--sizes 1 10 100 500] [--events 20000] [--preload 20000]
                                    [--profile SIZE]

For each batch size: a fresh data dir (SQLite, as `sweetie run` and `sweetie serve` use by
default), the pipeline opened as the runtime opens it, the steps wired by `build_steps`
(identify → deter → cases), then `--preload` events of synthetic traffic
(benchmarks/gen_traffic.py) fed untimed in batches of 500 so the stores hold something,
then the next events timed in batches of the given size. Prints events/s, the per-batch
p50/p99 in ms, and where the time went: each step (timed through a proxy around it, the
pipeline itself untouched) and the rest of `process_batch` (evidence log, detection,
assessments, progress marker). `--profile SIZE` runs that size under cProfile and prints the
functions with the most cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import io
import json
import pstats
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _generate(events: int, rooms: int) -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location("gen_traffic", ROOT / "benchmarks/gen_traffic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.generate(events, rooms))


class TimedStep:
    """A step as the pipeline sees it, adding up the time its `on_batch` takes."""

    def __init__(self, step: Any) -> None:
        self.step = step
        self.name = step.name
        self.seconds = 0.0
        self.last = 0.0  # the latest call's

    def on_batch(self, pipeline: Any, batch: Sequence[Any]) -> None:
        start = time.perf_counter()
        try:
            self.step.on_batch(pipeline, batch)
        finally:
            self.last = time.perf_counter() - start
            self.seconds += self.last


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run_size(
    size: int, records: list[dict[str, Any]], preload: int, workdir: Path, profile: bool
) -> dict[str, Any]:
    from sweetie.events import ChatEvent
    from sweetie.runtime.pipeline import open_pipeline
    from sweetie.runtime.steps import StepSettings, build_steps

    data_dir = workdir / f"size-{size}"
    pipeline = open_pipeline(data_dir)
    try:
        steps = [TimedStep(s) for s in build_steps(pipeline, StepSettings(data_dir=data_dir))]
        pipeline.steps = list(steps)  # type: ignore[arg-type]
        events = [ChatEvent(**r) for r in records]
        warm, timed = events[:preload], events[preload:]
        for i in range(0, len(warm), 500):
            pipeline.process_batch(warm[i : i + 500])
        for s in steps:
            s.seconds = 0.0
        latencies: list[float] = []
        in_steps_per_batch: list[float] = []
        profiler = cProfile.Profile() if profile else None
        if profiler is not None:
            profiler.enable()
        start = time.perf_counter()
        for i in range(0, len(timed), size):
            t0 = time.perf_counter()
            for s in steps:
                s.last = 0.0
            pipeline.process_batch(timed[i : i + size])
            latencies.append(time.perf_counter() - t0)
            in_steps_per_batch.append(sum(s.last for s in steps))
        total = time.perf_counter() - start
        if profiler is not None:
            profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
            stats.print_stats(45)
            stats.print_callees("_on_candidates|on_batch")
            print(out.getvalue())
        in_steps = sum(s.seconds for s in steps)
        return {
            "batch": size,
            "events": len(timed),
            "events_per_s": round(len(timed) / total),
            "p50_ms": round(percentile(latencies, 0.50) * 1000, 2),
            "p99_ms": round(percentile(latencies, 0.99) * 1000, 2),
            "steps_p99_ms": round(percentile(in_steps_per_batch, 0.99) * 1000, 2),
            "us_per_event": {
                "pipeline": round((total - in_steps) / len(timed) * 1e6, 1),
                **{s.name: round(s.seconds / len(timed) * 1e6, 1) for s in steps},
            },
        }
    finally:
        pipeline.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 500])
    parser.add_argument("--events", type=int, default=20_000, help="timed, per batch size")
    parser.add_argument(
        "--small-events", type=int, default=3_000, help="timed events for batches under 100"
    )
    parser.add_argument("--preload", type=int, default=20_000)
    parser.add_argument("--rooms", type=int, default=2_000)
    parser.add_argument("--profile", type=int, default=None, metavar="SIZE")
    args = parser.parse_args()
    sizes = [args.profile] if args.profile is not None else args.sizes
    records = _generate(args.preload + args.events, args.rooms)
    workdir = Path(tempfile.mkdtemp(prefix="sweetie-bench-pipeline-"))
    results = []
    try:
        for size in sizes:
            n = args.events if size >= 100 else min(args.events, args.small_events)
            result = run_size(
                size,
                records[: args.preload + n],
                args.preload,
                workdir,
                args.profile is not None,
            )
            results.append(result)
            steps = "  ".join(f"{k} {v}" for k, v in result["us_per_event"].items())
            print(
                f"batch {size:>4}: {result['events_per_s']:>7,} events/s  "
                f"p50 {result['p50_ms']:>7.2f} ms  p99 {result['p99_ms']:>7.2f} ms "
                f"(steps {result['steps_p99_ms']:>6.2f})  "
                f"µs/event: {steps}",
                flush=True,
            )
        print(json.dumps(results, indent=2))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
