"""Every route × every role (and anonymous) → the expected status.

The permission each route needs is written here, independently of the app, and the role's
holding of it comes from the one matrix in `sweetie.cases.roles`. Allowed: anything but
401/403 (and never a 5xx); denied: 403; anonymous: a redirect to the login page for pages,
401 for everything else.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from web_support import NETWORK, Env, assert_error_shape, make_env, offender_events, open_case

from sweetie.cases.roles import Permission, Role, can

P = Permission
CASE = "{case}"

# (method, path, permission, kind, body) — kind: "page" (session cookie) or "api" (bearer)
ROUTES: list[tuple[str, str, Permission | None, str, dict[str, Any] | None]] = [
    ("GET", "/queue", P.READ_CASES, "page", None),
    ("GET", f"/cases/{CASE}", P.READ_CASES, "page", None),
    ("GET", "/dashboard", P.READ_CASES, "page", None),
    ("GET", "/audit", P.READ_AUDIT, "page", None),
    ("GET", "/subjects", P.READ_AUDIT, "page", None),
    ("GET", f"/subjects/dossier.json?subject={NETWORK}/badguy", P.READ_AUDIT, "page", None),
    ("GET", "/users", P.MANAGE_USERS, "page", None),
    ("POST", "/users", P.MANAGE_USERS, "page", {"name": "x", "role": "nope", "password": "p"}),
    ("POST", f"/cases/{CASE}/decisions", P.DECIDE, "page", {"kind": "watch"}),
    (
        "POST",
        f"/cases/{CASE}/decisions",
        P.PROPOSE,
        "page",
        {"kind": "propose_referral", "reason": ""},
    ),
    (
        "POST",
        f"/cases/{CASE}/decisions",
        P.APPROVE_REFERRAL,
        "page",
        {"kind": "reject_referral", "reason": "matrix"},
    ),
    ("GET", f"/cases/{CASE}/bundle", P.EXPORT, "page", None),
    ("POST", "/api/v1/events", P.INGEST, "api", None),
    ("GET", f"/api/v1/subjects/{NETWORK}/badguy", P.READ_CASES, "api", None),
    ("GET", "/api/v1/cases", P.READ_CASES, "api", None),
    ("GET", f"/api/v1/cases/{CASE}", P.READ_CASES, "api", None),
    ("POST", f"/api/v1/cases/{CASE}/decisions", P.DECIDE, "api", {"kind": "watch"}),
    (
        "POST",
        f"/api/v1/cases/{CASE}/decisions",
        P.PROPOSE,
        "api",
        {"kind": "propose_referral", "reason": ""},
    ),
    (
        "POST",
        f"/api/v1/cases/{CASE}/decisions",
        P.APPROVE_REFERRAL,
        "api",
        {"kind": "reject_referral", "reason": "matrix"},
    ),
    ("GET", f"/api/v1/cases/{CASE}/export", P.EXPORT, "api", None),
]

ROLES: list[str | None] = [None, *[r.value for r in Role]]


@pytest.fixture(scope="module")
def matrix_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Env, str]]:
    env = make_env(tmp_path_factory.mktemp("matrix"))
    case_id = open_case(env, "mx")
    yield env, case_id
    env.client.close()
    env.pipeline.close()


def _id(route: tuple[Any, ...]) -> str:
    method, path, _perm, _, body = route
    extra = f"-{body['kind']}" if body and "kind" in body else ""
    return f"{method} {path.split('?')[0]}{extra}"


@pytest.mark.parametrize("role", ROLES, ids=[r or "anonymous" for r in ROLES])
@pytest.mark.parametrize("route", ROUTES, ids=[_id(r) for r in ROUTES])
def test_role_matrix(matrix_env: tuple[Env, str], route: tuple[Any, ...], role: str | None) -> None:
    env, case_id = matrix_env
    method, path, permission, kind, body = route
    path = path.replace(CASE, case_id)
    client = env.login_as(role if kind == "page" else None)
    headers = env.bearer(role) if kind == "api" else {}
    if method == "GET":
        r = client.get(path, headers=headers)
    elif kind == "page":
        form = {**(body or {}), "csrf": env.csrf(role) if role else "x"}
        r = client.post(path, data=form, headers=headers)
    elif path == "/api/v1/events":
        r = client.post(path, json=offender_events("mx", "matrixed")[:1], headers=headers)
    else:
        r = client.post(path, json=body, headers=headers)

    assert r.status_code < 500, r.text
    if role is None:
        if kind == "page" and method == "GET":
            assert r.status_code == 303 and r.headers["location"].startswith("/login")
        else:
            assert r.status_code == 401
            assert_error_shape(r.json())
    elif permission is not None and can(role, permission):
        assert r.status_code not in (401, 403) or _four_eyes(r), r.text
    else:
        assert r.status_code == 403, (role, r.status_code, r.text)
        assert_error_shape(r.json())


def _four_eyes(r: Any) -> bool:
    return r.status_code == 403 and "four eyes" in r.text
