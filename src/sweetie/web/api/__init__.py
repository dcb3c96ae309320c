"""The JSON API under /api/v1 (OpenAPI at /api/v1/openapi.json), bearer tokens."""

from fastapi import APIRouter

from sweetie.web.api import cases, events, subjects
from sweetie.web.errors import ERROR_RESPONSES

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES)
router.include_router(events.router)
router.include_router(subjects.router)
router.include_router(cases.router)
