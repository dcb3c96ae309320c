"""Local accounts, for admins: list, add, issue an API token (shown once)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse

from sweetie.cases.roles import Permission, Role
from sweetie.cases.users import MIN_PASSWORD, User
from sweetie.web.auth import check_csrf, require_page
from sweetie.web.context import WebContext, context
from sweetie.web.errors import ApiError
from sweetie.web.ui.render import render

router = APIRouter()

NAME_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,63}$"


@router.get("/users", response_class=HTMLResponse)
def users_page(
    request: Request,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_page(Permission.MANAGE_USERS))],
) -> HTMLResponse:
    return render(request, "users.html", users=ctx.users.list(), roles=[r.value for r in Role])


@router.post("/users", response_class=HTMLResponse)
def add_user(
    request: Request,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_page(Permission.MANAGE_USERS))],
    csrf: Annotated[str, Form(max_length=200)],
    name: Annotated[str, Form(pattern=NAME_PATTERN)],
    role: Annotated[str, Form(max_length=20)],
    password: Annotated[str, Form(max_length=1000)],
) -> HTMLResponse:
    check_csrf(request, csrf)
    if role not in {r.value for r in Role}:
        raise ApiError(422, f"role {role!r}: not a role", where="role")
    if len(password) < MIN_PASSWORD:
        raise ApiError(
            422, f"a password needs at least {MIN_PASSWORD} characters", where="password"
        )
    ctx.users.add(name, Role(role), password)
    return render(
        request, "users.html", users=ctx.users.list(), roles=[r.value for r in Role], added=name
    )


@router.post("/users/{name}/token", response_class=HTMLResponse)
def issue_token(
    name: str,
    request: Request,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(require_page(Permission.MANAGE_USERS))],
    csrf: Annotated[str, Form(max_length=200)],
) -> HTMLResponse:
    check_csrf(request, csrf)
    target = next((u for u in ctx.users.list() if u.name == name), None)
    if target is None:
        raise ApiError(404, f"user {name}: no such user")
    token = ctx.users.create_token(target)
    return render(
        request,
        "users.html",
        users=ctx.users.list(),
        roles=[r.value for r in Role],
        token_for=name,
        token=token,
    )
