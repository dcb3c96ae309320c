"""The data-subject view, for auditors: everything held about one subject, as a page and as
a JSON download (the answer to a subject access request)."""

from __future__ import annotations

import json
import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from sweetie.cases.roles import Permission
from sweetie.cases.users import User
from sweetie.events import InputError
from sweetie.web.auth import require_page
from sweetie.web.context import WebContext, context
from sweetie.web.errors import ApiError
from sweetie.web.serialize import plain
from sweetie.web.ui.render import render

router = APIRouter()

Subject = Annotated[str, Query(max_length=400, description="network/nick")]


def _dossier(ctx: WebContext, subject: str) -> dict[str, Any]:
    try:
        from sweetie.identify import load_identity_key
        from sweetie.identify.dossier import subject_dossier
    except ImportError:
        raise ApiError(503, "the identify part is not installed", code="unavailable") from None
    try:
        found = plain(subject_dossier(ctx.database, subject, load_identity_key(ctx.data_dir)))
    except InputError as exc:
        raise ApiError(404, exc.message, where="subject") from None
    if not isinstance(found, dict):
        raise ApiError(404, f"subject {subject}: nothing is held about it", where="subject")
    return found


@router.get("/subjects", response_class=HTMLResponse)
def subject_page(
    request: Request,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_page(Permission.READ_AUDIT))],
    subject: Subject = "",
) -> HTMLResponse:
    dossier = _dossier(ctx, subject) if subject else None
    pretty = json.dumps(dossier, indent=2, ensure_ascii=False) if dossier else ""
    return render(request, "subject.html", subject=subject, dossier=dossier, pretty=pretty)


@router.get("/subjects/dossier.json")
def subject_download(
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_page(Permission.READ_AUDIT))],
    subject: Subject,
) -> Response:
    dossier = _dossier(ctx, subject)
    name = re.sub(r"[^A-Za-z0-9._-]", "_", subject)[:100] or "subject"
    return Response(
        json.dumps(dossier, indent=2, ensure_ascii=False),
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="dossier-{name}.json"',
            "Cache-Control": "no-store",
        },
    )
