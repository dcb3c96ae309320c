"""Logging in and out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from sweetie.cases.users import User
from sweetie.web.auth import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    check_csrf,
    check_login_csrf,
    new_login_csrf,
    page_user,
    session_token,
)
from sweetie.web.context import WebContext, context
from sweetie.web.ui.render import render

router = APIRouter()


def _safe_next(next_path: str) -> str:
    # Only a path on this site: never "//evil.example" or "https://…" (an open redirect).
    if next_path.startswith("/") and not next_path.startswith("//") and "\\" not in next_path:
        return next_path
    return "/queue"


@router.get("/login", response_class=HTMLResponse)
def login_page(
    request: Request,
    ctx: Annotated[WebContext, Depends(context)],
    next: str = "/queue",
    failed: int = 0,
) -> HTMLResponse:
    token = new_login_csrf()
    response = render(
        request,
        "login.html",
        user=None,
        login_csrf=token,
        next=_safe_next(next),
        failed=bool(failed),
    )
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=3600,
        httponly=True,
        samesite="strict",
        secure=ctx.config.cookie_secure,
        path="/login",
    )
    return response


@router.post("/login")
def login(
    request: Request,
    ctx: Annotated[WebContext, Depends(context)],
    name: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    csrf: Annotated[str, Form(max_length=200)],
    next: Annotated[str, Form(max_length=2000)] = "/queue",
) -> RedirectResponse:
    check_login_csrf(request, csrf)
    user = ctx.users.authenticate(name, password)
    if user is None:
        return RedirectResponse("/login?failed=1", status_code=303)
    token = ctx.users.create_session(user, ctx.config.session_ttl)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=ctx.config.session_ttl,
        httponly=True,
        samesite="strict",
        secure=ctx.config.cookie_secure,
        path="/",
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(
    request: Request,
    ctx: Annotated[WebContext, Depends(context)],
    user: Annotated[User, Depends(page_user)],
    csrf: Annotated[str, Form(max_length=200)],
) -> RedirectResponse:
    check_csrf(request, csrf)
    token = session_token(request)
    if token:
        ctx.users.end_session(token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
