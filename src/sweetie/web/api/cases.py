"""The review queue over the API, under the same permissions as the pages."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import FileResponse
from pydantic import BaseModel, ConfigDict, Field

from sweetie.cases.roles import Permission, can
from sweetie.cases.users import User
from sweetie.events import DecisionKind
from sweetie.web.auth import api_user, require_api
from sweetie.web.context import WebContext, context
from sweetie.web.errors import ApiError
from sweetie.web.serialize import plain

router = APIRouter(tags=["cases"])


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["dismiss", "watch", "propose_referral", "approve_referral", "reject_referral"]
    reason: str = Field(default="", max_length=4000)


class DecisionOut(BaseModel):
    kind: str
    decision: dict[str, Any] | None = None
    referral: dict[str, Any] | None = None


@router.get("/cases", response_model=list[dict[str, Any]])
def list_cases(
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_api(Permission.READ_CASES))],
    language: Annotated[str | None, Query(max_length=20)] = None,
    network: Annotated[str | None, Query(max_length=200)] = None,
    stage: Annotated[str | None, Query(max_length=20)] = None,
    status: Annotated[str, Query(max_length=20)] = "open",
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[dict[str, Any]]:
    """Open cases, highest risk first, then oldest."""
    found = ctx.cases.queue(
        language=language or None,
        network=network or None,
        stage=stage or None,
        status=status,
        limit=limit,
    )
    return [plain(c) for c in found]


@router.get("/cases/{case_id}", response_model=dict[str, Any])
def get_case(
    case_id: str,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_api(Permission.READ_CASES))],
) -> dict[str, Any]:
    result = plain(ctx.cases.get(case_id, user))
    assert isinstance(result, dict)
    return result


@router.post("/cases/{case_id}/decisions", response_model=DecisionOut)
def post_decision(
    case_id: str,
    body: DecisionIn,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(api_user)],
) -> DecisionOut:
    """dismiss (reason required), watch, propose_referral: `decide`; approve_referral and
    reject_referral: the second person of the four eyes (a supervisor, not the proposer)."""
    return decide(ctx, user, case_id, body.kind, body.reason)


@router.get(
    "/cases/{case_id}/export",
    response_class=FileResponse,
    responses={200: {"content": {"application/zip": {}}}},
)
def export_case(
    case_id: str,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_api(Permission.EXPORT))],
) -> FileResponse:
    """The referral bundle of an approved case (zip)."""
    path = ctx.cases.referral_bundle(case_id, user)
    return FileResponse(path, media_type="application/zip", filename=path.name)


def decide(ctx: WebContext, user: User, case_id: str, kind: str, reason: str) -> DecisionOut:
    """One decision from a page or the API: the same permission checks for both."""
    if kind in ("approve_referral", "reject_referral"):
        if not can(user.role, Permission.APPROVE_REFERRAL):
            raise ApiError(403, f"role {user.role} may not approve or reject referrals")
        referral = ctx.cases.approve_referral(
            case_id, user, approve=kind == "approve_referral", reason=reason
        )
        return DecisionOut(kind=kind, referral=plain(referral) if referral else None)
    needed = Permission.PROPOSE if kind == "propose_referral" else Permission.DECIDE
    if not can(user.role, needed):
        raise ApiError(403, f"role {user.role} may not {needed.value} on cases")
    if kind == "dismiss" and not reason.strip():
        raise ApiError(422, "a dismissal needs a reason", where="reason")
    decision = ctx.cases.decide(case_id, user, DecisionKind(kind), reason)
    return DecisionOut(kind=kind, decision=plain(decision))
