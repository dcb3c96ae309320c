"""The pages render what a reviewer needs: queue, case with marked indicators, dashboard
charts, audit trail, users admin; and every error answers in the one JSON shape."""

from __future__ import annotations

import re

import pytest
from web_support import NETWORK, Env, assert_error_shape, open_case


def test_queue_case_and_highlights(env: Env) -> None:
    case_id = open_case(env, "pg")
    client = env.login_as("reviewer")
    queue = client.get("/queue")
    assert queue.status_code == 200 and case_id in queue.text
    assert queue.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in queue.headers["content-security-policy"]
    page = client.get(f"/cases/{case_id}")
    assert page.status_code == 200
    marks = re.findall(r'<mark class="cat-([a-z0-9_-]+)" title="([^"]+)">([^<]+)</mark>', page.text)
    assert marks, "no indicator is marked in the conversation"
    categories = {m[0] for m in marks}
    assert len(categories) >= 2
    assert all(":" in m[1] for m in marks)  # "category: rule id"
    assert 'name="csrf"' in page.text
    assert all(
        f'value="{env.csrf("reviewer")}"' in f
        for f in re.findall(r"<form[^>]*method=\"post\".*?</form>", page.text, re.S)
    )
    filtered = client.get("/queue", params={"language": "xx"})
    assert case_id not in filtered.text


def test_text_is_escaped(env: Env) -> None:
    from sweetie.web.highlight import segments

    parts = segments(
        "<b>i'm 11</b>", [{"indicators": [{"start": 3, "end": 9, "category": "age", "rule": "r"}]}]
    )
    assert [p.text for p in parts] == ["<b>", "i'm 11", "</b>"]


def test_dashboard_draws_svg_charts(env: Env) -> None:
    open_case(env, "dash")
    page = env.login_as("reviewer").get("/dashboard")
    assert page.status_code == 200
    assert page.text.count("<svg") >= 3
    assert "Events and flags per day" in page.text and "<polyline" in page.text
    assert "<script" not in page.text


def test_audit_trail_and_users_admin(env: Env) -> None:
    case_id = open_case(env, "aud")
    env.login_as("reviewer").get(f"/cases/{case_id}")
    audit = env.login_as("auditor").get("/audit")
    assert audit.status_code == 200 and "read_case" in audit.text
    client = env.login_as("admin")
    r = client.post(
        "/users",
        data={
            "name": "newbie",
            "role": "analyst",
            "password": "a-long-enough-secret",
            "csrf": env.csrf("admin"),
        },
    )
    assert r.status_code == 200 and "newbie" in r.text
    r = client.post(
        "/users",
        data={"name": "shorty", "role": "analyst", "password": "short", "csrf": env.csrf("admin")},
    )
    assert r.status_code == 422 and r.json()["error"]["where"] == "password"
    r = client.post("/users/newbie/token", data={"csrf": env.csrf("admin")})
    token = re.search(r'<code id="token">([^<]+)</code>', r.text)
    assert token
    api = env.client.get("/api/v1/cases", headers={"Authorization": f"Bearer {token.group(1)}"})
    assert api.status_code == 200


def test_subject_view(env: Env) -> None:
    open_case(env, "ds")
    client = env.login_as("auditor")
    r = client.get("/subjects", params={"subject": f"{NETWORK}/badguy"})
    if r.status_code == 503:
        pytest.skip("the identify part's dossier is not in this build")
    assert r.status_code == 200
    d = client.get("/subjects/dossier.json", params={"subject": f"{NETWORK}/badguy"})
    assert d.status_code == 200 and d.headers["content-type"].startswith("application/json")
    assert "attachment" in d.headers["content-disposition"]


@pytest.mark.parametrize(
    ("method", "path", "role", "status"),
    [
        ("GET", "/no/such/page", "reviewer", 404),
        ("DELETE", "/queue", "reviewer", 405),
        ("GET", "/cases/C-nothing", "reviewer", 404),
        ("GET", "/audit?limit=0", "auditor", 422),
        ("GET", "/api/v1/cases?limit=-1", None, 401),
        ("GET", "/queue", "auditor", 403),
    ],
)
def test_every_error_has_the_one_shape(
    shared_env: Env, method: str, path: str, role: str | None, status: int
) -> None:
    client = shared_env.login_as(role)
    r = client.request(method, path)
    assert r.status_code == status
    assert_error_shape(r.json())
