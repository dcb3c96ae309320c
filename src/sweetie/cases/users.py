"""Local accounts for the review UI and API: argon2id passwords, sessions, API tokens.

Nothing secret is stored: passwords as argon2id hashes (argon2-cffi's defaults, rehashed when
those change), session and API tokens as SHA-256 of 256 random bits (a token is no password:
it cannot be guessed, so a fast hash is enough). Tokens are shown once, when made.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from sweetie.cases.errors import Conflict
from sweetie.cases.roles import Role
from sweetie.events import InputError
from sweetie.store import Database, UserRepository
from sweetie.store.users import UserRecord

__all__ = ["MIN_PASSWORD", "SESSION_TTL", "User", "UserService", "generate_password"]

MIN_PASSWORD = 12
SESSION_TTL = 8 * 3600
_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: Role

    @property
    def actor(self) -> str:
        """How decisions and audit entries name this user."""
        return f"user:{self.name}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def generate_password() -> str:
    """A random password (about 120 bits), for `sweetie users add` without one."""
    return secrets.token_urlsafe(15)


class UserService:
    def __init__(
        self,
        database: Database,
        *,
        clock: Callable[[], datetime] = _utc_now,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._db = database
        self._clock = clock
        self._hasher = hasher or PasswordHasher()  # argon2id, argon2-cffi's (RFC 9106) defaults
        self._dummy: str | None = None

    def _dummy_hash(self) -> str:
        # Verified against when the user does not exist, so a wrong name costs as much time
        # as a wrong password and the answer's timing does not tell which names exist.
        if self._dummy is None:
            self._dummy = self._hasher.hash(secrets.token_hex(16))
        return self._dummy

    def add(self, name: str, role: Role | str, password: str) -> User:
        if not _NAME.fullmatch(name):
            raise InputError(
                "a user name is 1-64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit",
                field="name",
            )
        try:
            role = Role(role)
        except ValueError:
            roles = ", ".join(r.value for r in Role)
            raise InputError(f"unknown role {role!r} (one of {roles})", field="role") from None
        if len(password) < MIN_PASSWORD:
            raise InputError(f"at least {MIN_PASSWORD} characters", field="password")
        record = UserRecord(name, role.value, self._hasher.hash(password), _iso(self._clock()))
        with self._db.transaction() as conn:
            repo = UserRepository(conn)
            if repo.get(name) is not None:
                raise Conflict(f"user {name!r} exists already")
            repo.add(record)
        return User(name, role)

    def get(self, name: str) -> User | None:
        with self._db.transaction() as conn:
            record = UserRepository(conn).get(name)
        return None if record is None else User(record.name, Role(record.role))

    def list(self) -> list[User]:
        with self._db.transaction() as conn:
            return [User(r.name, Role(r.role)) for r in UserRepository(conn).all()]

    def authenticate(self, name: str, password: str) -> User | None:
        with self._db.transaction() as conn:
            record = UserRepository(conn).get(name)
        if record is None:
            with contextlib.suppress(VerificationError):
                self._hasher.verify(self._dummy_hash(), password)
            return None
        try:
            self._hasher.verify(record.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(record.password_hash):
            with self._db.transaction() as conn:
                UserRepository(conn).set_password_hash(name, self._hasher.hash(password))
        return User(record.name, Role(record.role))

    # -- sessions ------------------------------------------------------------------------------

    def create_session(self, user: User, ttl_seconds: int = SESSION_TTL) -> str:
        if ttl_seconds <= 0:
            raise ValueError("ttl_seconds must be > 0")
        token = secrets.token_urlsafe(32)
        now = self._clock()
        with self._db.transaction() as conn:
            repo = UserRepository(conn)
            repo.delete_sessions_expired(_iso(now))  # housekeeping, on the way
            repo.add_session(
                _token_hash(token),
                user.name,
                _iso(now),
                _iso(now + timedelta(seconds=ttl_seconds)),
            )
        return token

    def user_for_session(self, token: str) -> User | None:
        if not token:
            return None
        with self._db.transaction() as conn:
            repo = UserRepository(conn)
            found = repo.session(_token_hash(token))
            if found is None:
                return None
            name, expires_at = found
            if expires_at <= _iso(self._clock()):
                repo.delete_session(_token_hash(token))
                return None
            record = repo.get(name)
        return None if record is None else User(record.name, Role(record.role))

    def end_session(self, token: str) -> None:
        with self._db.transaction() as conn:
            UserRepository(conn).delete_session(_token_hash(token))

    # -- API tokens ----------------------------------------------------------------------------

    def create_token(self, user: User) -> str:
        token = "swt_" + secrets.token_urlsafe(32)
        with self._db.transaction() as conn:
            repo = UserRepository(conn)
            if repo.get(user.name) is None:
                raise InputError(f"no user {user.name!r}", field="name")
            repo.add_token(_token_hash(token), user.name, _iso(self._clock()))
        return token

    def user_for_token(self, token: str) -> User | None:
        if not token:
            return None
        with self._db.transaction() as conn:
            repo = UserRepository(conn)
            name = repo.token_user(_token_hash(token))
            record = None if name is None else repo.get(name)
        return None if record is None else User(record.name, Role(record.role))
