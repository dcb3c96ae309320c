"""Disclosed identifiers (encrypted, blind-indexed) and which subject each account belongs to.

The identify part writes here. No column holds an identifier in clear: `ciphertext` is
AES-GCM under the identity key and `blind_index` an HMAC under a second key (see
sweetie.identify.crypto), so the database alone reveals no e-mail address or phone number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    Index,
    Integer,
    LargeBinary,
    Table,
    Text,
    UniqueConstraint,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection, Row
from sqlalchemy.orm import Mapped, mapped_column

from sweetie.store.models import Base

__all__ = [
    "IdentifierRecord",
    "IdentityRepository",
    "identifiers",
    "subject_accounts",
]


class IdentifierRow(Base):
    __tablename__ = "identifiers"
    __table_args__ = (
        UniqueConstraint("event_id", "kind", "span_start", "blind_index"),
        Index("ix_identifiers_kind_blind", "kind", "blind_index"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(Text, index=True)
    conversation: Mapped[str] = mapped_column(Text, index=True)
    network: Mapped[str] = mapped_column(Text)
    nick: Mapped[str] = mapped_column(Text)
    account: Mapped[str] = mapped_column(Text, index=True)  # network/nick (casefolded)
    kind: Mapped[str] = mapped_column(Text)
    blind_index: Mapped[bytes] = mapped_column(LargeBinary(32))
    nonce: Mapped[bytes] = mapped_column(LargeBinary(12))
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    quoted: Mapped[int] = mapped_column(Integer)  # 1: repeated what another account said
    evidence_idx: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    ts: Mapped[str] = mapped_column(Text)  # the event's time


class SubjectAccountRow(Base):
    """Which subject an account belongs to now (recomputed from the identifiers)."""

    __tablename__ = "subject_accounts"
    account: Mapped[str] = mapped_column(Text, primary_key=True)
    network: Mapped[str] = mapped_column(Text)
    nick: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text, index=True)


identifiers = cast(Table, IdentifierRow.__table__)
subject_accounts = cast(Table, SubjectAccountRow.__table__)


@dataclass(frozen=True, slots=True)
class IdentifierRecord:
    event_id: str
    conversation: str
    network: str
    nick: str
    account: str
    kind: str
    blind_index: bytes
    nonce: bytes
    ciphertext: bytes
    span_start: int
    span_end: int
    quoted: bool
    evidence_idx: int | None
    ts: str
    id: int | None = None


_COLUMNS = (
    identifiers.c.event_id,
    identifiers.c.conversation,
    identifiers.c.network,
    identifiers.c.nick,
    identifiers.c.account,
    identifiers.c.kind,
    identifiers.c.blind_index,
    identifiers.c.nonce,
    identifiers.c.ciphertext,
    identifiers.c.span_start,
    identifiers.c.span_end,
    identifiers.c.quoted,
    identifiers.c.evidence_idx,
    identifiers.c.ts,
    identifiers.c.id,
)


def _record(row: Row[*tuple[Any, ...]]) -> IdentifierRecord:
    data = dict(row._mapping)
    data["quoted"] = bool(data["quoted"])
    return IdentifierRecord(**data)


class IdentityRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def events_with_identifiers(self, event_ids: Iterable[str]) -> set[str]:
        ids = list(event_ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            found.update(
                self._conn.execute(
                    select(identifiers.c.event_id).where(
                        identifiers.c.event_id.in_(ids[i : i + 500])
                    )
                ).scalars()
            )
        return found

    def add_many(self, records: Sequence[IdentifierRecord]) -> None:
        if not records:
            return
        self._conn.execute(
            insert(identifiers),
            [
                {
                    "event_id": r.event_id,
                    "conversation": r.conversation,
                    "network": r.network,
                    "nick": r.nick,
                    "account": r.account,
                    "kind": r.kind,
                    "blind_index": r.blind_index,
                    "nonce": r.nonce,
                    "ciphertext": r.ciphertext,
                    "span_start": r.span_start,
                    "span_end": r.span_end,
                    "quoted": int(r.quoted),
                    "evidence_idx": r.evidence_idx,
                    "ts": r.ts,
                }
                for r in records
            ],
        )

    def disclosers(self, conversation: str, kind: str, blind_index: bytes) -> set[str]:
        """Accounts that said this identifier in this conversation."""
        return set(
            self._conn.execute(
                select(identifiers.c.account).where(
                    identifiers.c.conversation == conversation,
                    identifiers.c.kind == kind,
                    identifiers.c.blind_index == blind_index,
                )
            ).scalars()
        )

    def all(self, kinds: Iterable[str] | None = None) -> list[IdentifierRecord]:
        query = select(*_COLUMNS).order_by(identifiers.c.id)
        if kinds is not None:
            query = query.where(identifiers.c.kind.in_(list(kinds)))
        return [_record(row) for row in self._conn.execute(query)]

    def by_accounts(self, accounts: Iterable[str]) -> list[IdentifierRecord]:
        query = (
            select(*_COLUMNS)
            .where(identifiers.c.account.in_(list(accounts)))
            .order_by(identifiers.c.id)
        )
        return [_record(row) for row in self._conn.execute(query)]

    def delete_events(self, event_ids: Iterable[str]) -> int:
        ids = list(event_ids)
        n = 0
        for i in range(0, len(ids), 500):
            n += self._conn.execute(
                delete(identifiers).where(identifiers.c.event_id.in_(ids[i : i + 500]))
            ).rowcount
        return n

    def count_events(self, event_ids: Iterable[str]) -> int:
        ids = list(event_ids)
        n = 0
        for i in range(0, len(ids), 500):
            n += len(
                self._conn.execute(
                    select(identifiers.c.id).where(identifiers.c.event_id.in_(ids[i : i + 500]))
                ).all()
            )
        return n

    # -- subjects ----------------------------------------------------------------------------

    def subjects(self) -> dict[str, tuple[str, str, str]]:
        """account -> (network, nick, subject)."""
        rows = self._conn.execute(
            select(
                subject_accounts.c.account,
                subject_accounts.c.network,
                subject_accounts.c.nick,
                subject_accounts.c.subject,
            )
        )
        return {a: (n, k, s) for a, n, k, s in rows}

    def save_subjects(self, mapping: dict[str, tuple[str, str, str]]) -> None:
        """Make the table hold exactly `mapping` (account -> (network, nick, subject))."""
        current = self.subjects()
        gone = [a for a in current if a not in mapping]
        if gone:
            self._conn.execute(delete(subject_accounts).where(subject_accounts.c.account.in_(gone)))
        for account, (network, nick, subject) in mapping.items():
            old = current.get(account)
            if old is None:
                self._conn.execute(
                    insert(subject_accounts).values(
                        account=account, network=network, nick=nick, subject=subject
                    )
                )
            elif old[2] != subject:
                self._conn.execute(
                    update(subject_accounts)
                    .where(subject_accounts.c.account == account)
                    .values(subject=subject)
                )
