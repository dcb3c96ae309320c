"""Who is asking, and may they: session cookies for pages, bearer tokens for the API, CSRF.

Pages: after login the browser holds an opaque session token (HttpOnly, SameSite=Strict,
Max-Age = the session's lifetime) that the users service checks and expires. Every form
carries a CSRF token bound to that session (an HMAC of the session token, which script on
another site can neither read nor compute); every POST checks it. The login form, which has
no session yet, uses a double-submit cookie instead.

API: `Authorization: Bearer <token>` with a token from the users service. No cookies, so no
CSRF on the API.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sweetie.cases.roles import Permission, can
from sweetie.cases.users import User
from sweetie.web.context import WebContext, context
from sweetie.web.errors import ApiError

__all__ = [
    "LOGIN_CSRF_COOKIE",
    "SESSION_COOKIE",
    "LoginRequired",
    "api_user",
    "check_csrf",
    "check_login_csrf",
    "csrf_token",
    "new_login_csrf",
    "page_user",
    "require_api",
    "require_page",
]

SESSION_COOKIE = "sweetie_session"
LOGIN_CSRF_COOKIE = "sweetie_login_csrf"

bearer = HTTPBearer(auto_error=False, description="An API token from `sweetie users token`.")


class LoginRequired(Exception):
    """A page asked for by someone not logged in: the app answers with a redirect to login."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def csrf_token(session_token: str) -> str:
    return hmac.new(session_token.encode(), b"sweetie-csrf", hashlib.sha256).hexdigest()


def new_login_csrf() -> str:
    return secrets.token_urlsafe(24)


def session_token(request: Request) -> str | None:
    return request.cookies.get(SESSION_COOKIE) or None


def current_user(request: Request, ctx: WebContext) -> User | None:
    token = session_token(request)
    return ctx.users.user_for_session(token) if token else None


def page_user(request: Request, ctx: Annotated[WebContext, Depends(context)]) -> User:
    user = current_user(request, ctx)
    if user is None:
        if request.method == "GET":
            raise LoginRequired(request.url.path)
        raise ApiError(401, "not logged in (or the session expired)")
    request.state.user = user
    return user


def require_page(permission: Permission) -> Callable[..., User]:
    def dependency(user: Annotated[User, Depends(page_user)]) -> User:
        if not can(user.role, permission):
            raise ApiError(403, f"role {user.role} may not {permission.value.replace('_', ' ')}")
        return user

    return dependency


def check_csrf(request: Request, token: str) -> None:
    """Raise unless `token` is the CSRF token of the session the request carries."""
    session = session_token(request)
    if not session or not hmac.compare_digest(csrf_token(session), token):
        raise ApiError(403, "the form's CSRF token does not match the session", code="csrf")


def check_login_csrf(request: Request, token: str) -> None:
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not cookie or not hmac.compare_digest(cookie, token):
        raise ApiError(403, "the login form's CSRF token does not match", code="csrf")


def api_user(
    ctx: Annotated[WebContext, Depends(context)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    user = ctx.users.user_for_token(credentials.credentials) if credentials else None
    if user is None:
        raise ApiError(401, "a valid bearer token is required")
    return user


def require_api(permission: Permission) -> Callable[..., User]:
    def dependency(user: Annotated[User, Depends(api_user)]) -> User:
        if not can(user.role, permission):
            raise ApiError(403, f"role {user.role} may not {permission.value.replace('_', ' ')}")
        return user

    return dependency


def login_redirect(next_path: str) -> str:
    return f"/login?next={quote(next_path, safe='/')}"
