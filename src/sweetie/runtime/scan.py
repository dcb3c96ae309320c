"""`sweetie scan`: files through the whole pipeline, with a progress bar and a summary."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from sweetie.connectors import SkipReport, read_events
from sweetie.detect.model import DetectionModel
from sweetie.events import ChatEvent, InputError, Level
from sweetie.runtime.findings import Findings
from sweetie.runtime.pipeline import open_pipeline
from sweetie.runtime.steps import StepSettings, build_steps

__all__ = ["ScanResult", "run_scan"]


@dataclass
class ScanResult:
    findings: Findings
    events: int
    new_events: int
    seconds: float
    log_size: int
    skipped: SkipReport = field(default_factory=SkipReport)

    def summary_line(self) -> str:
        warn = len(self.findings.flagged(Level.WARN))
        watch = len(self.findings.flagged(Level.WATCH)) - warn
        rate = self.events / self.seconds if self.seconds else 0.0
        return (
            f"{self.events} events ({self.new_events} new) in {self.seconds:.1f} s "
            f"({rate:,.0f}/s): {warn} conversations at warn level, {watch} to watch, "
            f"{len(self.findings.flagged_subjects(Level.WARN))} subjects at warn level; "
            f"evidence log holds {self.log_size} entries{self.findings.policy_summary()}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "new_events": self.new_events,
            "evidence_log_size": self.log_size,
            "skipped": self.skipped.total,
            "decisions": self.findings.decision_counts(),
            "warnings_queued": len(self.findings.warnings),
            "conversations": [
                {
                    "conversation": c.conversation,
                    "level": c.level.value,
                    "score": round(c.score, 4),
                    "label": c.label.value,
                    "stage": c.stage.value,
                    "senders": sorted(c.senders),
                    "indicators": dict(sorted(c.indicators.items())),
                    "language": c.language,
                }
                for c in self.findings.flagged()
            ],
            "subjects": [
                {
                    "subject": s.subject,
                    "level": s.level.value,
                    "score": round(s.score, 4),
                    "conversations": sorted(s.conversations),
                    "cues": sorted(s.cues),
                }
                for s in self.findings.flagged_subjects()
            ],
        }


def _count_lines(path: Path) -> int:
    n = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            n += chunk.count(b"\n")
    return n


def run_scan(
    files: list[Path],
    *,
    fmt: str,
    data_dir: Path,
    database_url: str | None,
    skip_invalid: bool,
    model_path: Path | None,
    progress: bool,
    console: Console,
) -> ScanResult:
    for path in files:
        if not path.is_file():
            raise InputError("no such file", source=str(path))
    model = DetectionModel.load(model_path) if model_path else None
    skipped = SkipReport()
    events: Iterator[ChatEvent] = read_events(files, fmt, skip_invalid=skip_invalid, report=skipped)
    pipeline = open_pipeline(data_dir, database_url, model)
    try:
        # The steps after detection (identify, policy, cases): scan records what the policy
        # decides and queues warnings, but sends nothing.
        pipeline.steps = build_steps(pipeline, StepSettings(data_dir=data_dir))
    except BaseException:
        pipeline.close()
        raise
    findings = Findings()
    started = time.perf_counter()
    total = sum(_count_lines(p) for p in files) if fmt == "chat-jsonl" else None
    try:
        with Progress(
            TextColumn("scanning"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            disable=not progress,
            transient=True,
        ) as bar:
            task = bar.add_task("scan", total=total)
            for assessments in pipeline.process(events):
                findings.extend(assessments)
                bar.update(task, completed=pipeline.events)
            findings.events = pipeline.events
            findings.add_policy(pipeline.steps)
    finally:
        pipeline.close()
    return ScanResult(
        findings=findings,
        events=pipeline.events,
        new_events=pipeline.new_events,
        seconds=time.perf_counter() - started,
        log_size=pipeline.log.size,
        skipped=skipped,
    )
