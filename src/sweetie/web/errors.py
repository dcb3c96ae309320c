"""One error shape for every 4xx and 5xx answer, pages and API alike:

    {"error": {"code": "not_found", "message": "case c-17: no such case", "where": null}}

`code` is stable (clients branch on it), `message` is one line for a person, `where` names
the field or line of the input at fault, when there is one.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from sweetie.events import InputError, SweetieError

__all__ = ["ERROR_RESPONSES", "ApiError", "ErrorBody", "error_body", "install_error_handlers"]

log = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "too_many_requests",
    500: "internal",
}


class ErrorDetail(BaseModel):
    code: str
    message: str
    where: str | None


class ErrorBody(BaseModel):
    """The one error shape (published in the OpenAPI document for every error status)."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": code.replace("_", " ")}
    for status, code in _CODES.items()
    if status not in (405, 415, 429)
}


class ApiError(Exception):
    """An error the web part raises on purpose, with its status and stable code."""

    def __init__(
        self, status: int, message: str, *, code: str | None = None, where: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = " ".join(message.split())
        self.where = where


def error_body(code: str, message: str, where: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "where": where}}


def _response(
    status: int, code: str, message: str, where: str | None = None, headers: Any = None
) -> JSONResponse:
    return JSONResponse(error_body(code, message, where), status_code=status, headers=headers)


def _status_of(exc: SweetieError) -> int:
    # The cases part's errors, by name: web sits below nothing, but a name check keeps the
    # mapping working whichever module defines them.
    name = type(exc).__name__
    if name == "PermissionDenied":
        return 403
    if name == "NotFound":
        return 404
    if name == "Conflict":
        return 409
    return 400


def _where(loc: Any) -> str | None:
    parts = [str(p) for p in loc if p not in ("body",)]
    return ".".join(parts) if parts else None


def install_error_handlers(app: FastAPI) -> None:
    async def api_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return _response(exc.status, exc.code, exc.message, exc.where, headers)

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code = _CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        return _response(exc.status_code, code, message, None, exc.headers)

    async def validation_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
        where = _where(first.get("loc", ()))
        message = str(first.get("msg", "invalid request"))
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more)"
        return _response(422, "invalid", message, where)

    async def sweetie_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, SweetieError)
        status = _status_of(exc)
        code = _CODES[status]
        if isinstance(exc, InputError):
            return _response(status, code, exc.message, exc.where or None)
        return _response(status, code, " ".join(str(exc).split()))

    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _response(500, "internal", "internal error; the server log has the details")

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(SweetieError, sweetie_error)
    app.add_exception_handler(Exception, unexpected)
