"""Rendering a page: the templates, and what every page's layout needs."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from sweetie.cases.roles import Permission, can
from sweetie.web.auth import csrf_token, session_token
from sweetie.web.serialize import plain

__all__ = ["render", "templates"]

templates = Jinja2Templates(directory=str(Path(str(resources.files("sweetie.web") / "templates"))))
templates.env.filters["plain"] = plain
templates.env.globals["Permission"] = Permission

# Pages show case data: never cached by a shared proxy or the browser's back button.
NO_STORE = {"Cache-Control": "no-store"}


def render(request: Request, name: str, status: int = 200, **values: Any) -> HTMLResponse:
    user = getattr(request.state, "user", None)
    token = session_token(request)
    values.setdefault("user", user)
    values["csrf"] = csrf_token(token) if token else ""
    values["allowed"] = lambda p: user is not None and can(user.role, p)
    return templates.TemplateResponse(request, name, values, status_code=status, headers=NO_STORE)
