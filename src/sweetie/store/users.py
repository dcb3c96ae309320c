"""Stored users, their sessions and API tokens. Secrets are never stored, only hashes.

Passwords: an argon2id hash (the service hashes; this module only stores the string).
Sessions and API tokens: random tokens handed out once; only their SHA-256 is kept, so a
copy of the database does not let anyone log in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, Text, delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

from sweetie.store.models import Base

__all__ = ["UserRecord", "UserRepository", "api_tokens", "sessions", "users"]


class UserTable(Base):
    __tablename__ = "users"
    name: Mapped[str] = mapped_column(Text, primary_key=True)
    role: Mapped[str] = mapped_column(Text)
    password_hash: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(Text)


class SessionTable(Base):
    __tablename__ = "sessions"
    token_hash: Mapped[str] = mapped_column(Text, primary_key=True)
    user_name: Mapped[str] = mapped_column(Text, index=True)
    created_at: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[str] = mapped_column(Text, index=True)


class ApiTokenTable(Base):
    __tablename__ = "api_tokens"
    token_hash: Mapped[str] = mapped_column(Text, primary_key=True)
    user_name: Mapped[str] = mapped_column(Text, index=True)
    created_at: Mapped[str] = mapped_column(Text)


users = cast(Table, UserTable.__table__)
sessions = cast(Table, SessionTable.__table__)
api_tokens = cast(Table, ApiTokenTable.__table__)


@dataclass(frozen=True, slots=True)
class UserRecord:
    name: str
    role: str
    password_hash: str
    created_at: str


class UserRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, record: UserRecord) -> None:
        self._conn.execute(
            insert(users).values(
                name=record.name,
                role=record.role,
                password_hash=record.password_hash,
                created_at=record.created_at,
            )
        )

    def get(self, name: str) -> UserRecord | None:
        c = users.c
        found = self._conn.execute(
            select(c.name, c.role, c.password_hash, c.created_at).where(c.name == name)
        ).first()
        return None if found is None else UserRecord(*found)

    def all(self) -> list[UserRecord]:
        c = users.c
        rows = self._conn.execute(
            select(c.name, c.role, c.password_hash, c.created_at).order_by(c.name)
        )
        return [UserRecord(*r) for r in rows]

    def set_password_hash(self, name: str, password_hash: str) -> None:
        self._conn.execute(
            update(users).where(users.c.name == name).values(password_hash=password_hash)
        )

    # -- sessions ------------------------------------------------------------------------------

    def add_session(
        self, token_hash: str, user_name: str, created_at: str, expires_at: str
    ) -> None:
        self._conn.execute(
            insert(sessions).values(
                token_hash=token_hash,
                user_name=user_name,
                created_at=created_at,
                expires_at=expires_at,
            )
        )

    def session(self, token_hash: str) -> tuple[str, str] | None:
        """(user name, expires_at) of a session."""
        found = self._conn.execute(
            select(sessions.c.user_name, sessions.c.expires_at).where(
                sessions.c.token_hash == token_hash
            )
        ).first()
        return None if found is None else (str(found[0]), str(found[1]))

    def delete_session(self, token_hash: str) -> None:
        self._conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash))

    def delete_sessions_expired(self, now: str) -> None:
        self._conn.execute(delete(sessions).where(sessions.c.expires_at <= now))

    # -- API tokens ----------------------------------------------------------------------------

    def add_token(self, token_hash: str, user_name: str, created_at: str) -> None:
        self._conn.execute(
            insert(api_tokens).values(
                token_hash=token_hash, user_name=user_name, created_at=created_at
            )
        )

    def token_user(self, token_hash: str) -> str | None:
        found = self._conn.execute(
            select(api_tokens.c.user_name).where(api_tokens.c.token_hash == token_hash)
        ).scalar()
        return None if found is None else str(found)
