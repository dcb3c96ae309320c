"""Users: argon2id hashes (never the password), sessions that expire, API tokens, the CLI."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cases_helpers import PASSWORD, Env, sweetie
from sqlalchemy import select
from typer.testing import CliRunner

from sweetie.cases.errors import Conflict
from sweetie.cases.roles import Role
from sweetie.cases.users import UserService
from sweetie.events import InputError, SweetieError
from sweetie.runtime.cli import app
from sweetie.store import open_database
from sweetie.store.database import DATABASE_FILE
from sweetie.store.users import api_tokens, sessions, users


def test_passwords_are_argon2id_hashes_and_nowhere_in_plaintext(env: Env) -> None:
    env.users.add("newbie", Role.ANALYST, "a long enough secret 42")
    with env.db.transaction() as conn:
        hashes = dict(conn.execute(select(users.c.name, users.c.password_hash)).all())
    assert set(hashes) >= {"newbie", "rita", "sam"}
    assert all(h.startswith("$argon2id$") for h in hashes.values())
    env.db.close()  # everything written out: no plaintext in the file, the WAL or anywhere
    for path in env.data_dir.iterdir():
        if path.is_file():
            data = path.read_bytes()
            assert b"a long enough secret 42" not in data, path
            assert PASSWORD.encode() not in data, path


def test_authenticate(env: Env) -> None:
    assert env.users.authenticate("rita", PASSWORD) == env.user("rita")
    assert env.users.authenticate("rita", PASSWORD + "x") is None
    assert env.users.authenticate("nobody", PASSWORD) is None
    assert env.user("rita").actor == "user:rita"


def test_duplicate_weak_and_bad_names_are_refused(env: Env) -> None:
    with pytest.raises(Conflict, match="exists already"):
        env.users.add("rita", Role.REVIEWER, PASSWORD)
    with pytest.raises(InputError, match="password: at least 12 characters"):
        env.users.add("shorty", Role.REVIEWER, "elevenchars")
    with pytest.raises(InputError, match="name:"):
        env.users.add("Bad Name", Role.REVIEWER, PASSWORD)
    with pytest.raises(InputError, match="role: unknown role 'root'"):
        env.users.add("rooty", "root", PASSWORD)
    assert [u.name for u in env.users.list()] == sorted(
        ["adam", "ana", "otto", "rita", "rolf", "sam", "sue"]
    )


def test_sessions_expire_and_end(env: Env) -> None:
    now = [datetime(2026, 3, 1, 12, 0, tzinfo=UTC)]
    service = UserService(env.db, clock=lambda: now[0])
    rita = env.user("rita")
    token = service.create_session(rita, ttl_seconds=3600)
    assert service.user_for_session(token) == rita
    assert service.user_for_session(token + "x") is None
    assert service.user_for_session("") is None
    with env.db.transaction() as conn:
        stored = conn.execute(select(sessions.c.token_hash, sessions.c.expires_at)).all()
    assert [(h, e) for h, e in stored] == [
        (stored[0][0], "2026-03-01T13:00:00Z")
    ] and token not in stored[0][0]
    now[0] += timedelta(seconds=3599)
    assert service.user_for_session(token) == rita
    now[0] += timedelta(seconds=1)
    assert service.user_for_session(token) is None  # expired, and deleted
    with env.db.transaction() as conn:
        assert conn.execute(select(sessions.c.token_hash)).all() == []
    other = service.create_session(rita)
    service.end_session(other)
    assert service.user_for_session(other) is None


def test_api_tokens_store_only_a_hash(env: Env) -> None:
    sam = env.user("sam")
    token = env.users.create_token(sam)
    assert token.startswith("swt_") and len(token) > 40
    assert env.users.user_for_token(token) == sam
    assert env.users.user_for_token(token[:-1]) is None
    with env.db.transaction() as conn:
        stored = conn.execute(select(api_tokens.c.token_hash, api_tokens.c.user_name)).all()
    assert len(stored) == 1 and stored[0][1] == "sam" and token not in stored[0][0]


def test_cli_add_list_and_token(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    runner = CliRunner()
    added = runner.invoke(
        app,
        ["users", "add", "rev1", "--role", "reviewer", "--password-stdin", "--data-dir", data],
        input="a fine long password\n",
    )
    assert added.exit_code == 0, added.output
    assert added.stdout.strip() == "added user rev1 (reviewer)"
    # Without a terminal and without --password-stdin: generated, printed once.
    generated = runner.invoke(
        app, ["users", "add", "sup1", "--role", "supervisor", "--data-dir", data]
    )
    assert generated.exit_code == 0, generated.output
    password = re.search(r"password \(shown once, store it now\): (\S+)", generated.stdout)
    assert password is not None and len(password.group(1)) >= 12
    with open_database(Path(data)) as db:
        service = UserService(db)
        assert service.authenticate("rev1", "a fine long password") is not None
        assert service.authenticate("sup1", password.group(1)) is not None
    listed = runner.invoke(app, ["users", "list", "--data-dir", data])
    assert listed.stdout.split() == ["rev1", "reviewer", "sup1", "supervisor"]
    minted = runner.invoke(app, ["users", "token", "rev1", "--data-dir", data])
    token = minted.stdout.strip().rsplit(" ", 1)[-1]
    with open_database(Path(data)) as db:
        assert UserService(db).user_for_token(token) is not None
    assert token.encode() not in (Path(data) / DATABASE_FILE).read_bytes()


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (["--role", "root"], None, "--role: unknown role 'root'"),
        (["--role", "analyst", "--password-stdin"], "short\n", "password: at least 12"),
        (["--role", "analyst", "--password-stdin"], "", "password: no password on standard"),
    ],
)
def test_cli_refuses_bad_roles_and_passwords(
    tmp_path: Path, args: list[str], stdin: str | None, expected: str
) -> None:
    result = CliRunner().invoke(
        app, ["users", "add", "x1", *args, "--data-dir", str(tmp_path)], input=stdin
    )
    assert isinstance(result.exception, SweetieError)
    assert result.exception.exit_code == 2 and expected in str(result.exception)


def test_cli_error_is_one_line_exit_2(tmp_path: Path) -> None:
    result = sweetie("users", "add", "x1", "--role", "root", "--data-dir", tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "sweetie: error: --role: unknown role 'root' (one of analyst, reviewer, supervisor,"
        " auditor, admin)"
    ]
