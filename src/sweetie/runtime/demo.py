"""`sweetie demo`: the bundled sample traffic through the whole pipeline, in a fresh data dir."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

from rich.console import Console

from sweetie.runtime.console import print_findings
from sweetie.runtime.scan import run_scan

__all__ = ["run_demo"]


def sample_traffic() -> Path:
    return Path(str(resources.files("sweetie") / "data" / "demo_traffic.jsonl"))


def run_demo(data_dir: Path, *, serve: bool, console: Console) -> Path:
    # A fresh folder each run, so the demo never mixes with (or overwrites) real data.
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    fresh = data_dir / f"demo-{stamp}"
    traffic = sample_traffic()
    console.print(f"replaying the sample traffic {traffic.name} into {fresh} …")
    result = run_scan(
        [traffic],
        fmt="chat-jsonl",
        data_dir=fresh,
        database_url=None,
        skip_invalid=False,
        model_path=None,
        progress=True,
        console=console,
    )
    print_findings(console, result.findings)
    console.print(result.summary_line())
    console.print(f"verify the evidence with: sweetie verify --data-dir {fresh}")
    if serve:
        console.print(
            "The reviewers' web UI is not part of this version yet; nothing to serve. "
            "(Use --no-serve to skip this note.)"
        )
    return fresh
