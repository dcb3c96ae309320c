"""Fixtures for the identify tests: a key, sealed records, and chat lines to scan."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from identify_helpers import Line

from pgserver import fresh_postgres_url, postgres_server

__all__ = ["fresh_postgres_url", "postgres_server"]

from sweetie.events import ChatEvent
from sweetie.identify import IdentifierVault, IdentityKey, extract
from sweetie.store.identities import IdentifierRecord


@pytest.fixture
def vault() -> IdentifierVault:
    return IdentifierVault(IdentityKey(b"k" * 32))


@pytest.fixture
def records(vault: IdentifierVault) -> Callable[[list[Line]], list[IdentifierRecord]]:
    """Sealed records of what each line discloses (as the identify step would store them)."""

    def make(lines: list[Line]) -> list[IdentifierRecord]:
        out: list[IdentifierRecord] = []
        said: dict[tuple[str, str, bytes], str] = {}
        for n, (event_id, network, conversation, sender, to, text) in enumerate(lines):
            event = ChatEvent(
                event_id,
                f"2026-03-01T20:{n:02d}:00Z",
                network,
                None,
                sender,
                text,
                to,
                conversation,
            )
            for identifier in extract(event, language="en"):
                blind = vault.blind_index(identifier)
                first = said.setdefault(
                    (conversation, identifier.kind.value, blind), identifier.account.key
                )
                quoted = identifier.strong and first != identifier.account.key
                record = vault.seal(
                    identifier,
                    conversation=conversation,
                    ts=event.ts,
                    evidence_idx=n,
                    quoted=quoted,
                )
                out.append(_with_id(record, len(out) + 1))
        return out

    return make


def _with_id(record: IdentifierRecord, id_: int) -> IdentifierRecord:
    from dataclasses import replace

    return replace(record, id=id_)
