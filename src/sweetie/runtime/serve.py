"""`sweetie serve`: the reviewers' UI and the JSON API on one uvicorn worker.

The runtime builds the pipeline (with its steps) and hands the web app a callable that runs
an ingested batch through it: the web part never orders the data flow itself (DESIGN.md).
At start-up the detector's conversation state is rebuilt from the log (`resume.py`), so a
conversation ingested partly before a restart continues after it. The pipeline's case step
and the review UI share one case service, so every write to the log holds its one lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI
from rich.console import Console

from sweetie.cases.service import CaseService
from sweetie.cases.step import CaseStep
from sweetie.evidence import EvidenceConfig
from sweetie.runtime.config import RuntimeConfig
from sweetie.runtime.pipeline import Pipeline, open_pipeline
from sweetie.runtime.resume import rebuild_state
from sweetie.runtime.steps import StepSettings, build_steps
from sweetie.web import WebConfig, create_app

__all__ = ["Served", "build_server", "run_serve"]


@dataclass
class Served:
    app: FastAPI
    pipeline: Pipeline

    def close(self) -> None:
        self.pipeline.close()


def build_server(
    data_dir: Path,
    database_url: str | None,
    web: WebConfig,
    *,
    mode: str = "deterrence",
    sections: dict[str, Any] | None = None,
    evidence: EvidenceConfig | None = None,
) -> Served:
    pipeline = open_pipeline(data_dir, database_url, evidence=evidence)
    try:
        settings = StepSettings(mode=mode, data_dir=data_dir, sections=sections or {})
        pipeline.steps = build_steps(pipeline, settings)
        case_step = next((s for s in pipeline.steps if isinstance(s, CaseStep)), None)
        cases = CaseService(
            pipeline.database,
            pipeline.log,
            data_dir,
            routing=case_step.routing if case_step else None,
            identifiers=case_step.identifiers if case_step else None,
        )
        if case_step is not None:
            case_step.service = cases
        with cases.lock:
            rebuild_state(pipeline)
            pipeline.resume_unfinished()
        app = create_app(
            pipeline.database,
            pipeline.log,
            data_dir,
            web,
            ingest=pipeline.process_batch,
            cases=cases,
        )
    except BaseException:
        pipeline.close()
        raise
    return Served(app, pipeline)


def run_serve(
    data_dir: Path,
    database_url: str | None,
    *,
    host: str,
    port: int,
    console: Console,
    web: WebConfig | None = None,
    config: RuntimeConfig | None = None,
) -> None:
    """Serve on host:port; with `config` (a sweetie.toml), its mode and sections apply too."""
    settings = WebConfig(host=host, port=port) if web is None else web
    if config is None:
        served = build_server(data_dir, database_url, settings)
    else:
        served = build_server(
            config.data_dir,
            config.database_url,
            settings,
            mode=config.mode,
            sections=config.sections,
            evidence=config.evidence,
        )
    console.print(f"serving the review UI and API on http://{host}:{port}/  (Ctrl-C stops)")
    try:
        # One worker: the pipeline's detector state lives in this process.
        uvicorn.run(served.app, host=host, port=port, log_level="warning", workers=1)
    finally:
        served.close()
