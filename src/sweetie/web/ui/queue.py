"""The review queue: open cases, highest risk first, then oldest; filters."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from sweetie.cases.roles import Permission
from sweetie.cases.users import User
from sweetie.events import Stage
from sweetie.web.auth import require_page
from sweetie.web.context import WebContext, context
from sweetie.web.ui.render import render

router = APIRouter()


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/queue", status_code=303)


@router.get("/queue", response_class=HTMLResponse)
def queue_page(
    request: Request,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_page(Permission.READ_CASES))],
    language: Annotated[str, Query(max_length=20)] = "",
    network: Annotated[str, Query(max_length=200)] = "",
    stage: Annotated[str, Query(max_length=20)] = "",
    status: Annotated[str, Query(max_length=20)] = "open",
) -> HTMLResponse:
    cases = ctx.cases.queue(
        language=language or None,
        network=network or None,
        stage=stage or None,
        status=status or "open",
        limit=500,
    )
    return render(
        request,
        "queue.html",
        cases=cases,
        filters={"language": language, "network": network, "stage": stage, "status": status},
        stages=[s.value for s in Stage],
    )
