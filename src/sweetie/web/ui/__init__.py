"""The reviewers' pages: server-rendered, one router per feature."""

from fastapi import APIRouter

from sweetie.web.ui import audit, case, dashboard, login, queue, subjects, users

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
for module in (login, queue, case, dashboard, audit, subjects, users):
    router.include_router(module.router)
