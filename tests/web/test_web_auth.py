"""Login, session cookies, expiry, logout and CSRF."""

from __future__ import annotations

from datetime import timedelta

from web_support import PASSWORD, Env, assert_error_shape, login_form_csrf, open_case

from sweetie.web.auth import SESSION_COOKIE


def log_in(env: Env, name: str, password: str = PASSWORD, next_path: str = "/queue") -> str:
    env.client.cookies.clear()
    page = env.client.get("/login")
    assert page.status_code == 200
    token = login_form_csrf(page.text)
    r = env.client.post(
        "/login", data={"name": name, "password": password, "csrf": token, "next": next_path}
    )
    assert r.status_code == 303
    return r.headers["location"]


def test_login_sets_a_strict_httponly_expiring_cookie(shared_env: Env) -> None:
    env = shared_env
    assert log_in(env, "reviewer-1") == "/queue"
    cookie = next(h for h in env.client.cookies.jar if h.name == SESSION_COOKIE)
    assert cookie.value
    header = [v for k, v in env.client.get("/login").headers.items() if k == "set-cookie"]
    assert header  # the login page sets its own CSRF cookie
    page = env.client.get("/queue")
    assert page.status_code == 200 and "Review queue" in page.text


def test_login_cookie_attributes(shared_env: Env) -> None:
    env = shared_env
    env.client.cookies.clear()
    page = env.client.get("/login")
    token = login_form_csrf(page.text)
    r = env.client.post("/login", data={"name": "reviewer-1", "password": PASSWORD, "csrf": token})
    set_cookie = r.headers["set-cookie"].lower()
    assert f"{SESSION_COOKIE}=" in set_cookie
    assert "httponly" in set_cookie and "samesite=strict" in set_cookie
    assert "max-age=" in set_cookie and "path=/" in set_cookie


def test_wrong_password_and_open_redirect(shared_env: Env) -> None:
    env = shared_env
    assert log_in(env, "reviewer-1", "wrong-password-here").startswith("/login?failed")
    assert log_in(env, "reviewer-1", next_path="//evil.example/") == "/queue"
    assert log_in(env, "reviewer-1", next_path="https://evil.example/") == "/queue"


def test_login_without_the_csrf_cookie_is_refused(shared_env: Env) -> None:
    env = shared_env
    env.client.cookies.clear()
    r = env.client.post(
        "/login", data={"name": "reviewer-1", "password": PASSWORD, "csrf": "forged"}
    )
    assert r.status_code == 403
    assert_error_shape(r.json())
    assert r.json()["error"]["code"] == "csrf"


def test_post_with_a_wrong_or_missing_csrf_token_is_refused(env: Env) -> None:
    case_id = open_case(env, "csrf")
    client = env.login_as("reviewer")
    r = client.post(f"/cases/{case_id}/decisions", data={"kind": "watch", "csrf": "forged"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "csrf"
    r = client.post(f"/cases/{case_id}/decisions", data={"kind": "watch"})
    assert r.status_code == 422
    assert_error_shape(r.json())
    # another user's token is no good either: tokens are bound to the session
    r = client.post(
        f"/cases/{case_id}/decisions", data={"kind": "watch", "csrf": env.csrf("supervisor")}
    )
    assert r.status_code == 403
    r = client.post(
        f"/cases/{case_id}/decisions", data={"kind": "watch", "csrf": env.csrf("reviewer")}
    )
    assert r.status_code == 303
    r = client.post("/logout", data={"csrf": "forged"})
    assert r.status_code == 403


def test_session_expires(env: Env) -> None:
    token = env.users.create_session(env.accounts["reviewer"], 60)
    env.client.cookies.clear()
    env.client.cookies.set(SESSION_COOKIE, token)
    assert env.client.get("/queue").status_code == 200
    env.clock.now += timedelta(seconds=61)
    r = env.client.get("/queue")
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    r = env.client.post("/logout", data={"csrf": "x"})
    assert r.status_code == 401


def test_logout_ends_the_session(env: Env) -> None:
    token = env.users.create_session(env.accounts["reviewer"], 600)
    env.client.cookies.clear()
    env.client.cookies.set(SESSION_COOKIE, token)
    from sweetie.web.auth import csrf_token

    r = env.client.post("/logout", data={"csrf": csrf_token(token)})
    assert r.status_code == 303
    env.client.cookies.set(SESSION_COOKIE, token)
    assert env.client.get("/queue").status_code == 303
