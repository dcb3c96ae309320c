"""POST /api/v1/events: a batch of chat events in, their assessments and decisions out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Body, Depends

from sweetie.cases.roles import Permission
from sweetie.cases.users import User
from sweetie.web.auth import require_api
from sweetie.web.context import WebContext, context
from sweetie.web.errors import ApiError
from sweetie.web.ingest import EventIn, IngestResponse, ingest_batch

router = APIRouter(tags=["events"])


@router.post("/events", response_model=IngestResponse)
def post_events(
    batch: Annotated[list[EventIn], Body(description="Chat JSONL objects, at most max_batch")],
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_api(Permission.INGEST))],
    background: BackgroundTasks,
) -> IngestResponse:
    """Capture, assess and decide on a batch of events. Idempotent by event id."""
    if not batch:
        raise ApiError(422, "the batch is empty", where="body")
    answer, escalations = ingest_batch(ctx, batch)
    if escalations and ctx.webhook is not None:
        background.add_task(ctx.webhook.send, escalations)
    return answer
