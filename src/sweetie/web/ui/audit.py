"""The audit trail, for auditors: who did what, when."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from sweetie.cases.roles import Permission
from sweetie.cases.users import User
from sweetie.web.auth import require_page
from sweetie.web.context import WebContext, context
from sweetie.web.serialize import plain
from sweetie.web.ui.render import render

router = APIRouter()


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_page(Permission.READ_AUDIT))],
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> HTMLResponse:
    rows = [plain(r) for r in ctx.cases.audit_trail(user, limit)]
    columns: list[str] = []
    for row in rows:
        for key in row if isinstance(row, dict) else ():
            if key not in columns:
                columns.append(key)
    return render(request, "audit.html", rows=rows, columns=columns)
