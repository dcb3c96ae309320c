"""The web part's application: the reviewers' pages and the JSON API, on one FastAPI app.

`create_app` is a library call: the runtime (`sweetie serve`, `sweetie run`, the demo) opens
the database, the evidence log and the pipeline, and hands the app an `ingest` callable that
runs a batch through the pipeline. The web part never orders the data flow itself.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from sweetie.evidence import EvidenceLog
from sweetie.store import Database
from sweetie.web.auth import LoginRequired, login_redirect
from sweetie.web.config import WebConfig
from sweetie.web.context import Ingest, WebContext
from sweetie.web.errors import install_error_handlers
from sweetie.web.limits import BodyLimit, SecurityHeaders

if TYPE_CHECKING:
    from sweetie.cases.service import CaseService
    from sweetie.cases.users import UserService

__all__ = ["create_app"]

API_DESCRIPTION = """Screen chat traffic and work the review queue.

Authenticate with `Authorization: Bearer <token>` (an API token issued by an admin).
Every error answers with one shape: `{"error": {"code", "message", "where"}}`.
"""


def create_app(
    database: Database,
    log: EvidenceLog,
    data_dir: Path,
    settings: WebConfig | None = None,
    ingest: Ingest | None = None,
    *,
    cases: CaseService | None = None,
    users: UserService | None = None,
    webhook_transport: Any = None,
) -> FastAPI:
    """The app. `ingest` runs new events through the pipeline (None: the API refuses to
    ingest); `cases`/`users` default to services on `database`; `webhook_transport` is an
    httpx transport for tests."""
    from sweetie.cases.service import CaseService
    from sweetie.cases.users import UserService
    from sweetie.web import api, ui
    from sweetie.web.webhook import Webhook

    config = settings or WebConfig()
    webhook = (
        Webhook(config.webhook_url, timeout=config.webhook_timeout, transport=webhook_transport)
        if config.webhook_url
        else None
    )
    app = FastAPI(
        title="Sweetie API",
        version="1",
        description=API_DESCRIPTION,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # the hosted docs pages load scripts from a CDN: not here
        redoc_url=None,
    )
    case_service = cases or CaseService(database, log, data_dir)
    # The evidence log has one writer at a time: ingest (the pipeline) and the case service
    # (decisions, audit entries) write under the case service's lock. `sweetie run` hands
    # in a service built on the runtime's own lock, so its pipeline worker shares it too.
    lock = case_service.lock
    app.state.ctx = WebContext(
        database=database,
        log=log,
        data_dir=data_dir,
        config=config,
        cases=case_service,
        users=users or UserService(database),
        ingest=ingest,
        webhook=webhook,
        ingest_lock=lock,
    )
    install_error_handlers(app)

    async def to_login(request: Request, exc: Exception) -> RedirectResponse:
        assert isinstance(exc, LoginRequired)
        return RedirectResponse(login_redirect(exc.next_path), status_code=303)

    app.add_exception_handler(LoginRequired, to_login)
    app.include_router(api.router)
    app.include_router(ui.router)
    static = Path(str(resources.files("sweetie.web") / "static"))
    app.mount("/static", StaticFiles(directory=static), name="static")
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)
    return app
