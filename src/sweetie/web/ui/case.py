"""One case: the conversation with its indicators marked, the subject's other conversations,
warnings sent, decisions so far, and the forms to decide (four eyes for a referral)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

from sweetie.cases.roles import Permission
from sweetie.cases.users import User
from sweetie.events import Decision, DecisionKind
from sweetie.web.api.cases import decide
from sweetie.web.auth import check_csrf, page_user, require_page
from sweetie.web.context import WebContext, context
from sweetie.web.highlight import segments
from sweetie.web.ui.render import render

router = APIRouter()


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(
    case_id: str,
    request: Request,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_page(Permission.READ_CASES))],
) -> HTMLResponse:
    view = ctx.cases.get(case_id, user)
    timeline = [
        (item, segments(item.event.text, item.assessments, item.highlights))
        for item in view.timeline
    ]
    kinds = [d.kind for d in view.decisions]
    proposed = _pending_proposal(view.decisions)
    return render(
        request,
        "case.html",
        case=view,
        timeline=timeline,
        proposal=proposed,
        proposed_by_me=proposed is not None and proposed.actor == f"user:{user.name}",
        referred=DecisionKind.APPROVE_REFERRAL in kinds,
    )


def _pending_proposal(decisions: Sequence[Decision]) -> Decision | None:
    """The latest referral proposal not yet approved or rejected."""
    pending = None
    for d in decisions:
        kind = d.kind
        if kind == DecisionKind.PROPOSE_REFERRAL:
            pending = d
        elif kind in (DecisionKind.APPROVE_REFERRAL, DecisionKind.REJECT_REFERRAL):
            pending = None
    return pending


@router.post("/cases/{case_id}/decisions")
def post_decision(
    case_id: str,
    request: Request,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(page_user)],
    csrf: Annotated[str, Form(max_length=200)],
    kind: Annotated[str, Form(max_length=40)],
    reason: Annotated[str, Form(max_length=4000)] = "",
) -> RedirectResponse:
    check_csrf(request, csrf)
    allowed = {k.value for k in DecisionKind} - {"warn_1", "warn_2", "escalate", "suppressed"}
    if kind not in allowed:
        from sweetie.web.errors import ApiError

        raise ApiError(422, f"kind {kind!r}: not a reviewer's decision", where="kind")
    decide(ctx, user, case_id, kind, reason)
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.get("/cases/{case_id}/bundle")
def download_bundle(
    case_id: str,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_page(Permission.EXPORT))],
) -> FileResponse:
    path = ctx.cases.referral_bundle(case_id, user)
    return FileResponse(path, media_type="application/zip", filename=path.name)
