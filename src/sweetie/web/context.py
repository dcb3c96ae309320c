"""What every route needs, built once per app: the services it sits on and the settings."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import Request

from sweetie.events import ChatEvent
from sweetie.evidence import EvidenceLog
from sweetie.store import Database
from sweetie.web.config import WebConfig

if TYPE_CHECKING:
    from sweetie.cases.service import CaseService
    from sweetie.cases.users import UserService
    from sweetie.web.webhook import Webhook

__all__ = ["Ingest", "WebContext", "context"]

# Runs a batch of new events through the pipeline (capture → evidence → detection → steps).
# Injected by the runtime, so that the web part stays a library and the runtime alone orders
# the data flow (DESIGN.md). What it returns is ignored: results are read back from the store.
Ingest = Callable[[list[ChatEvent]], Sequence[Any]]


@dataclass
class WebContext:
    database: Database
    log: EvidenceLog
    data_dir: Path
    config: WebConfig
    cases: CaseService
    users: UserService
    ingest: Ingest | None
    webhook: Webhook | None
    # The pipeline's detector state and the evidence log's buffer are one object each:
    # batches go through one at a time, and never while the case service writes the log.
    ingest_lock: AbstractContextManager[Any] = field(default_factory=threading.RLock)


def context(request: Request) -> WebContext:
    ctx = request.app.state.ctx
    assert isinstance(ctx, WebContext)
    return ctx
