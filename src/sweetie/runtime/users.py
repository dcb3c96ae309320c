"""`sweetie users`: local accounts for the review UI and API.

A password comes from a hidden prompt (asked twice), from standard input with
--password-stdin, or is generated and printed once. There is never a default password.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

from sweetie.cases.roles import Role
from sweetie.cases.users import User, UserService, generate_password
from sweetie.events import ConfigError, InputError
from sweetie.store import open_database

__all__ = ["read_password", "run_users_add", "run_users_list", "run_users_token"]


def read_password(*, password_stdin: bool, generate: bool) -> tuple[str, bool]:
    """The new password, and whether it was generated (and so must be printed)."""
    if password_stdin and generate:
        raise ConfigError("--password-stdin and --generate-password: choose one")
    if password_stdin:
        line = sys.stdin.readline()
        password = line.removesuffix("\n").removesuffix("\r")
        if not password:
            raise InputError("no password on standard input", field="password")
        return password, False
    if generate or not sys.stdin.isatty():
        return generate_password(), True
    import typer

    password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return str(password), False


def run_users_add(
    name: str,
    role: str,
    data_dir: Path,
    database_url: str | None,
    *,
    password_stdin: bool,
    generate: bool,
    console: Console,
) -> User:
    try:
        Role(role)
    except ValueError:
        roles = ", ".join(r.value for r in Role)
        raise ConfigError(f"--role: unknown role {role!r} (one of {roles})") from None
    password, generated = read_password(password_stdin=password_stdin, generate=generate)
    with open_database(data_dir, database_url) as db:
        user = UserService(db).add(name, role, password)
    console.print(f"added user {user.name} ({user.role.value})", markup=False, highlight=False)
    if generated:
        console.print(
            f"password (shown once, store it now): {password}", markup=False, highlight=False
        )
    return user


def run_users_list(data_dir: Path, database_url: str | None, *, console: Console) -> list[User]:
    with open_database(data_dir, database_url) as db:
        found = UserService(db).list()
    for user in found:
        console.print(f"{user.name}\t{user.role.value}", markup=False, highlight=False)
    if not found:
        console.print("no users (add one with `sweetie users add NAME --role ROLE`)")
    return found


def run_users_token(
    name: str, data_dir: Path, database_url: str | None, *, console: Console
) -> str:
    with open_database(data_dir, database_url) as db:
        service = UserService(db)
        user = service.get(name)
        if user is None:
            raise InputError(f"no user {name!r}", field="NAME")
        token = service.create_token(user)
    console.print(
        f"API token for {user.name} ({user.role.value}), shown once: {token}",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    return token
