"""Identity types: what people disclose about themselves, their accounts, and subjects.

An `Identifier` is one thing a sender disclosed in one event (an e-mail address, a phone
number, a handle on another app, a payment account, a stated age or country), with its span
in the original text. Identifiers are only ever taken from captured chat text (hard rule 3).
An `Account` is one nick on one network; a `Subject` is one or more accounts linked by a
strong identifier they share, each link explained by a `SubjectLink`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class IdentifierKind(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    HANDLE = "handle"  # an account on another app: "telegram:john_doe77"
    PAYMENT = "payment"  # "paypal:x@y.com", "gcash:+639171234567", "bank:bdo:001234567890"
    REMITTANCE = "remittance"  # a transfer's control number: "western_union:1234567890"
    AGE = "age"
    GENDER = "gender"  # "m" | "f"
    COUNTRY = "country"  # ISO 3166 alpha-2
    CITY = "city"  # "manila|PH"
    NAME = "name"  # a stated first name


# Shared by two accounts, these make them one subject. A remittance number is not among
# them: a transfer has two parties (sender and receiver), who are different people.
STRONG_KINDS = frozenset(
    {IdentifierKind.EMAIL, IdentifierKind.PHONE, IdentifierKind.HANDLE, IdentifierKind.PAYMENT}
)
# Shared by two accounts, these are shown as suggestions and never merged.
WEAK_KINDS = frozenset({IdentifierKind.NAME, IdentifierKind.CITY, IdentifierKind.REMITTANCE})


@dataclass(frozen=True, slots=True)
class Account:
    network: str
    nick: str

    def __post_init__(self) -> None:
        if not self.network or not self.nick:
            raise ValueError("account: network and nick must not be empty")

    @property
    def key(self) -> str:
        """The detector's subject key for this account alone (`subject_key`)."""
        return f"{self.network}/{self.nick.casefold()}"


@dataclass(frozen=True, slots=True)
class Identifier:
    """One identifier disclosed in one event.

    `value` is the normalised form shown to an auditor ("+639171234567"); `match` is the
    form two disclosures must share to be the same identifier (for Gmail, dots and "+tags"
    of the local part do not count). `quoted`: someone else in the same conversation said it
    first, so it is not this sender's own disclosure and links nothing.
    """

    kind: IdentifierKind
    value: str
    event_id: str
    network: str
    nick: str
    start: int
    end: int
    match: str = ""
    detail: dict[str, str] = field(default_factory=dict)
    quoted: bool = False

    def __post_init__(self) -> None:
        if not self.value:
            raise ValueError(f"{self.kind}: empty value")
        if not 0 <= self.start < self.end:
            raise ValueError(f"span: bad span {self.start}..{self.end}")
        if not self.match:
            object.__setattr__(self, "match", self.value)

    @property
    def account(self) -> Account:
        return Account(self.network, self.nick)

    @property
    def strong(self) -> bool:
        return self.kind in STRONG_KINDS

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "value": self.value,
            "event_id": self.event_id,
            "network": self.network,
            "nick": self.nick,
            "start": self.start,
            "end": self.end,
            "detail": dict(self.detail),
            "quoted": self.quoted,
        }


@dataclass(frozen=True, slots=True)
class SubjectLink:
    """Why two accounts are one subject: the identifier they share, and where each said it."""

    subject: str
    accounts: tuple[Account, Account]
    kind: IdentifierKind
    masked: str  # the shared identifier, masked ("j***@gmail.com")
    events: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "accounts": [a.key for a in self.accounts],
            "kind": self.kind.value,
            "identifier": self.masked,
            "events": list(self.events),
        }


@dataclass(frozen=True, slots=True)
class LinkSuggestion:
    """A weak signal two accounts may be one person: shown to a human, never merged."""

    accounts: tuple[Account, Account]
    reason: str  # "same nick on two networks", "same first name", "same city"

    def to_json(self) -> dict[str, Any]:
        return {"accounts": [a.key for a in self.accounts], "reason": self.reason}
