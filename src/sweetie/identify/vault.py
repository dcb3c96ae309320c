"""Identifiers to stored records and back: sealing, opening and masking.

A record keeps the identifier's value and details only encrypted, and its blind index for
matching. Opening a record (for the auditor's dossier, or to mask it for a listing) needs
the identity key.
"""

from __future__ import annotations

import json
from typing import Any

from sweetie.events import Identifier
from sweetie.identify.crypto import IdentityKey
from sweetie.store.identities import IdentifierRecord

__all__ = ["IdentifierVault", "mask"]


def _mask_plain(text: str, keep_start: int = 1, keep_end: int = 0) -> str:
    if len(text) <= keep_start + keep_end:
        return text[:1] + "***"
    return text[:keep_start] + "***" + (text[-keep_end:] if keep_end else "")


def mask(kind: str, value: str) -> str:
    """A value shown in a listing: enough to tell two apart, not enough to use."""
    if ":" in value and kind in ("handle", "payment", "remittance"):
        scheme, rest = value.split(":", 1)
        inner = "email" if "@" in rest else "phone" if rest.startswith("+") else ""
        return f"{scheme}:{mask(inner, rest)}"
    if kind == "email" or "@" in value:
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    if kind == "phone" or value.startswith("+"):
        return _mask_plain(value, 4, 2)
    if kind in ("age", "gender", "country"):
        return value
    if kind == "city":
        return value.split("|")[0]
    return _mask_plain(value, 1, 1 if len(value) > 5 else 0)


class IdentifierVault:
    def __init__(self, key: IdentityKey) -> None:
        self.key = key

    def blind_index(self, identifier: Identifier) -> bytes:
        return self.key.blind_index(identifier.kind.value, identifier.match)

    def seal(
        self,
        identifier: Identifier,
        *,
        conversation: str,
        ts: str,
        evidence_idx: int | None,
        quoted: bool,
    ) -> IdentifierRecord:
        payload = json.dumps(
            {"value": identifier.value, "match": identifier.match, "detail": identifier.detail},
            sort_keys=True,
        ).encode()
        nonce, ciphertext = self.key.encrypt(identifier.kind.value, payload)
        return IdentifierRecord(
            event_id=identifier.event_id,
            conversation=conversation,
            network=identifier.network,
            nick=identifier.nick,
            account=identifier.account.key,
            kind=identifier.kind.value,
            blind_index=self.blind_index(identifier),
            nonce=nonce,
            ciphertext=ciphertext,
            span_start=identifier.start,
            span_end=identifier.end,
            quoted=quoted,
            evidence_idx=evidence_idx,
            ts=ts,
        )

    def open(self, record: IdentifierRecord) -> dict[str, Any]:
        """{"value", "match", "detail"} of a stored record."""
        data: dict[str, Any] = json.loads(
            self.key.decrypt(record.kind, record.nonce, record.ciphertext)
        )
        return data

    def value(self, record: IdentifierRecord) -> str:
        return str(self.open(record)["value"])

    def masked(self, record: IdentifierRecord) -> str:
        return mask(record.kind, self.value(record))
