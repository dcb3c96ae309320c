"""Helpers for the web tests: a real pipeline and database in a temp dir, the app on it,
one user of each role, and a case opened from an offender's conversation."""

from __future__ import annotations

import functools
import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from sweetie.cases.roles import Role
from sweetie.cases.users import User, UserService
from sweetie.detect.detector import Detector
from sweetie.events import ChatEvent, Decision, DecisionKind
from sweetie.evidence import EvidenceLog, load_or_create_signing_key
from sweetie.runtime.pipeline import ORIGIN, Pipeline, open_pipeline
from sweetie.runtime.steps import StepSettings, build_steps
from sweetie.store import DecisionRepository, open_database
from sweetie.web import WebConfig, create_app
from sweetie.web.auth import SESSION_COOKIE, csrf_token

PASSWORD = "correct-horse-battery"
NETWORK = "irc.test"

# Context cues only (hard rule 5).
OFFENDER_LINES = [
    ("badguy", "mia_11", "hi how old are you?"),
    ("mia_11", "badguy", "i'm 11"),
    ("badguy", "mia_11", "can you do a private cam show?"),
    ("badguy", "mia_11", "i'll send gcash 500"),
    ("badguy", "mia_11", "don't tell your mom"),
    ("badguy", "mia_11", "add me on telegram"),
]


def offender_events(
    prefix: str = "w", offender: str = "badguy", start: int = 0
) -> list[dict[str, Any]]:
    base = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
    out = []
    for i, (sender, to, text) in enumerate(OFFENDER_LINES):
        sender = offender if sender == "badguy" else sender
        to = offender if to == "badguy" else to
        out.append(
            {
                "id": f"{prefix}{start + i:04d}",
                "ts": (base + timedelta(minutes=start + i)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "network": NETWORK,
                "room": None,
                "conversation": f"conv-{prefix}-{offender}",
                "sender": sender,
                "to": to,
                "text": text,
            }
        )
    return out


class Clock:
    """The users service's clock, moved by the tests (session expiry)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Env:
    app: FastAPI
    client: TestClient
    pipeline: Pipeline
    users: UserService
    clock: Clock
    data_dir: Path
    accounts: dict[str, User] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, str] = field(default_factory=dict)

    def login_as(self, role: str | None) -> TestClient:
        """The client with `role`'s session cookie (None: anonymous)."""
        self.client.cookies.clear()
        if role is not None:
            self.client.cookies.set(SESSION_COOKIE, self.sessions[role])
        return self.client

    def csrf(self, role: str) -> str:
        return csrf_token(self.sessions[role])

    def bearer(self, role: str | None) -> dict[str, str]:
        return {} if role is None else {"Authorization": f"Bearer {self.tokens[role]}"}

    def ingest(self, events: list[dict[str, Any]]) -> None:
        self.pipeline.process_batch([ChatEvent(**e) for e in events])


@dataclass
class Accounts:
    """One user of each role (and a second supervisor), with a token and a session each."""

    users: dict[str, User] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, str] = field(default_factory=dict)


_TEMPLATE: tuple[Path, Accounts] | None = None


def _template(root: Path) -> tuple[Path, Accounts]:
    """A migrated database with the accounts in it, made once per test session and copied
    for each test (migrations and argon2 hashing are most of an app's set-up time)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        where = root / "web-template"
        pipeline = open_pipeline(where, None)
        users = UserService(pipeline.database)
        accounts = Accounts()
        names = [(f"{r.value}-1", r.value, r) for r in Role]
        names.append(("supervisor-2", "supervisor-2", Role.SUPERVISOR))
        for name, key, role in names:
            user = users.add(name, role, PASSWORD)
            accounts.users[key] = user
            accounts.tokens[key] = users.create_token(user)
            accounts.sessions[key] = users.create_session(user, 24 * 3600)
        pipeline.close()
        _TEMPLATE = (where, accounts)
    return _TEMPLATE


def make_env(tmp: Path, config: WebConfig | None = None, **app_args: Any) -> Env:
    template, accounts = _template(tmp.parent)
    shutil.copytree(template, tmp, dirs_exist_ok=True)
    pipeline = _pipeline(tmp)
    pipeline.steps = build_steps(pipeline, StepSettings(mode="deterrence", data_dir=tmp))
    clock = Clock()
    users = UserService(pipeline.database, clock=clock)
    app = create_app(
        pipeline.database,
        pipeline.log,
        tmp,
        config or WebConfig(),
        ingest=pipeline.process_batch,
        users=users,
        **app_args,
    )
    client = TestClient(app, base_url="http://testserver", follow_redirects=False)
    env = Env(app, client, pipeline, users, clock, tmp)
    env.accounts = dict(accounts.users)
    env.tokens = dict(accounts.tokens)
    env.sessions = dict(accounts.sessions)
    return env


@functools.cache
def _detector() -> Detector:
    return Detector()  # stateless (state lives in DetectorState); its rule packs load slowly


def _pipeline(data_dir: Path) -> Pipeline:
    """`open_pipeline`, sharing one loaded detector between the tests."""
    database = open_database(data_dir, None)
    log = EvidenceLog(database, ORIGIN, load_or_create_signing_key(data_dir, ORIGIN))
    detector = _detector()
    return Pipeline(database, log, detector, detector.new_state())


def open_case(env: Env, prefix: str = "w", offender: str = "badguy") -> str:
    """Run an offender's conversation through the pipeline (its steps open the case) and
    return the case id."""
    events = offender_events(prefix, offender)
    env.ingest(events)
    service = env.app.state.ctx.cases
    subject = f"{NETWORK}/{offender}"
    found = [c for c in service.queue(status=None, limit=1000) if c.subject == subject]
    if not found:
        # Escalating is the deter step's job; where this build does not wire it into the
        # pipeline yet, stand in for it with the escalation the policy would decide.
        last = events[-1]
        decision = Decision(
            key=f"test-escalate-{last['id']}",
            kind=DecisionKind.ESCALATE,
            subject=subject,
            actor="policy",
            at=last["ts"],
            event_id=last["id"],
            conversation=last["conversation"],
            indicators=("test",),
        )
        with env.pipeline.database.transaction() as conn:
            DecisionRepository(conn).add(decision, None)
        service.open_or_join(decision)
        found = [c for c in service.queue(status=None, limit=1000) if c.subject == subject]
    assert found, f"no case opened for {subject}"
    return str(found[0].id)


def login_form_csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no csrf field in the login form"
    return found.group(1)


def assert_error_shape(body: Any) -> None:
    """The one error shape, exactly."""
    assert isinstance(body, dict) and set(body) == {"error"}, body
    err = body["error"]
    assert set(err) == {"code", "message", "where"}, err
    assert isinstance(err["code"], str) and err["code"]
    assert isinstance(err["message"], str) and err["message"] and "\n" not in err["message"]
    assert err["where"] is None or isinstance(err["where"], str)
