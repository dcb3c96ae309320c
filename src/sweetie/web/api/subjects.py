"""GET /api/v1/subjects/{subject}: where one subject stands (level, warnings, decisions, case)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from sweetie.cases.roles import Permission
from sweetie.cases.users import User
from sweetie.events import DecisionKind, Level
from sweetie.store import AssessmentRepository, DecisionRepository
from sweetie.web.auth import require_api
from sweetie.web.context import WebContext, context
from sweetie.web.errors import ApiError

router = APIRouter(tags=["subjects"])

_LEVELS = [Level.NONE.value, Level.WATCH.value, Level.WARN.value]
_WARNINGS = {DecisionKind.WARN_1, DecisionKind.WARN_2}


class SubjectStatus(BaseModel):
    subject: str
    level: str
    score: float
    assessments: int
    warnings: int
    decisions: list[dict[str, Any]]
    case: str | None


@router.get("/subjects/{subject:path}", response_model=SubjectStatus)
def subject_status(
    subject: str,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_api(Permission.READ_CASES))],
) -> SubjectStatus:
    """A subject is `network/nick` (lower case), as in assessments."""
    with ctx.database.transaction() as conn:
        found = AssessmentRepository(conn).by_subject(subject)
        decided = DecisionRepository(conn).by_subject(subject)
    if not found and not decided:
        raise ApiError(404, f"subject {subject}: nothing is held about it", where="subject")
    level = max((a.get("level", "none") for a in found), key=_LEVELS.index, default="none")
    score = max((float(a.get("subject_score", 0.0)) for a in found), default=0.0)
    cases = [d.case_id for d in decided if d.case_id]
    return SubjectStatus(
        subject=subject,
        level=level,
        score=round(score, 6),
        assessments=len(found),
        warnings=sum(1 for d in decided if d.kind in _WARNINGS),
        decisions=[d.to_json() for d in decided],
        case=cases[-1] if cases else None,
    )
