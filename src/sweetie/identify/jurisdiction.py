"""Which country's law a subject is under, from what the subject disclosed.

In order: the country they stated (the latest), the country of a city they named, the
region of a phone number they gave. None when they disclosed nothing that says. Used by
the deterrence step to pick the warning's jurisdiction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from sweetie.detect.detector import subject_key
from sweetie.identify.crypto import IdentityKey
from sweetie.identify.phones import region_of
from sweetie.identify.vault import IdentifierVault
from sweetie.store import Database
from sweetie.store.identities import IdentifierRecord, IdentityRepository, identifiers
from sweetie.store.identities import subject_accounts as subject_rows

__all__ = ["Jurisdictions", "jurisdiction_of", "subject_accounts"]

_ORDER = ("country", "city", "phone")


def subject_accounts(conn: Connection, subject: str) -> list[str]:
    """The account keys of a subject id, or of the subject an account key belongs to."""
    rows = subject_rows.c
    found = conn.execute(select(rows.subject).where(rows.account == subject)).scalar()
    if found is not None:
        subject = str(found)
    query = select(rows.account).where(rows.subject == subject)
    members = [str(a) for a in conn.execute(query).scalars()]
    return members or [subject]


class Jurisdictions:
    """`jurisdictions(subject) -> ISO 3166 alpha-2 | None`.

    Remembers each subject's answer until its accounts, or the identifiers of the kinds that
    decide it, change (checked by two indexed look-ups, not by reading them all again)."""

    def __init__(self, database: Database, key: IdentityKey) -> None:
        self.database = database
        self.vault = IdentifierVault(key)
        self._known: dict[str, tuple[tuple[Any, ...], str | None]] = {}

    def __call__(self, subject: str) -> str | None:
        with self.database.transaction() as conn:
            accounts = subject_accounts(conn, subject)
            ids = identifiers.c
            deciding = (ids.account.in_(accounts), ids.kind.in_(_ORDER))
            newest, count = conn.execute(
                select(func.max(ids.id), func.count(ids.id)).where(*deciding)
            ).one()
            version = (tuple(sorted(accounts)), newest, count)
            known = self._known.get(subject)
            if known is not None and known[0] == version:
                return known[1]
            records = [
                r for r in IdentityRepository(conn).by_accounts(accounts) if r.kind in _ORDER
            ]
        found = self.of_records(records)
        self._known[subject] = (version, found)
        return found

    def of_records(self, records: list[IdentifierRecord]) -> str | None:
        # Latest first within a kind: people move, and say so.
        for kind in _ORDER:
            for record in sorted(
                (r for r in records if r.kind == kind),
                key=lambda r: (r.ts, r.id or 0),
                reverse=True,
            ):
                data = self.vault.open(record)
                if kind == "country":
                    return str(data["value"])
                if kind == "city":
                    return str(data["detail"].get("country") or data["value"].split("|")[-1])
                region = region_of(str(data["value"]))
                if region is not None:
                    return region
        return None

    def of_account(self, network: str, nick: str) -> str | None:
        return self(subject_key(network, nick))


def jurisdiction_of(database: Database, key: IdentityKey) -> Callable[[str], str | None]:
    return Jurisdictions(database, key)
