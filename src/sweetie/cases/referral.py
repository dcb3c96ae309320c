"""Where an approved referral goes, and the package written for it.

Routing is configuration (`[referrals]` in sweetie.toml), per jurisdiction (ISO 3166 alpha-2
country code, as the subject disclosed it or as the proposer set it):

    [referrals.US]
    name = "NCMEC CyberTipline"
    kind = "hotline"          # hotline | police
    country = "US"
    format = "ncmec"          # bundle | ncmec (a bundle plus a CyberTipline report XML)
    [referrals.default]       # when no jurisdiction matches (else a generic recipient)
    name = "National police unit"
    kind = "police"
    [referrals.reporter]      # who the CyberTipline report names as reporting person
    first_name = "..."
    last_name = "..."
    email = "..."

Nothing is ever submitted: the package is written under data_dir/referrals/<case_id>/ for a
person to send through the recipient's own channel.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sweetie.events import ConfigError

__all__ = [
    "DEFAULT_RECIPIENT",
    "Recipient",
    "Referral",
    "ReferralView",
    "Reporter",
    "Routing",
]

KINDS = ("hotline", "police")
FORMATS = ("bundle", "ncmec")
# The keys `[referrals]` accepts, declared once (docs/configuration.md documents each):
# a recipient's table ([referrals.<CC>] or [referrals.default]) and [referrals.reporter].
RECIPIENT_KEYS = ("name", "kind", "country", "format")
REPORTER_KEYS = ("first_name", "last_name", "email")


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    kind: str  # hotline | police
    country: str = ""  # ISO 3166 alpha-2, "" for the generic recipient
    format: str = "bundle"  # bundle | ncmec
    jurisdiction: str = "generic"  # the [referrals] key it was found under

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("name: must not be empty")
        if self.kind not in KINDS:
            raise ValueError(f"kind: {self.kind!r} is not one of {', '.join(KINDS)}")
        if self.format not in FORMATS:
            raise ValueError(f"format: {self.format!r} is not one of {', '.join(FORMATS)}")

    @property
    def wants_ncmec(self) -> bool:
        """US recipients get the CyberTipline report as well (and any that asks for it)."""
        return self.format == "ncmec" or self.country.upper() == "US"

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "format": self.format,
            "jurisdiction": self.jurisdiction,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Recipient:
        return cls(
            name=str(data["name"]),
            kind=str(data["kind"]),
            country=str(data.get("country", "")),
            format=str(data.get("format", "bundle")),
            jurisdiction=str(data.get("jurisdiction", "generic")),
        )


DEFAULT_RECIPIENT = Recipient(
    name="Generic recipient (no [referrals] entry for this jurisdiction)",
    kind="hotline",
)


@dataclass(frozen=True, slots=True)
class Reporter:
    """The reporting person a CyberTipline report names (the organisation's contact)."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class Routing:
    recipients: Mapping[str, Recipient]
    default: Recipient = DEFAULT_RECIPIENT
    reporter: Reporter = Reporter()

    @classmethod
    def from_config(cls, section: Mapping[str, Any] | None) -> Routing:
        """Read the `[referrals]` section; ConfigError naming the key on anything wrong."""
        recipients: dict[str, Recipient] = {}
        default = DEFAULT_RECIPIENT
        reporter = Reporter()
        for key, value in (section or {}).items():
            where = f"referrals.{key}"
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: must be a table")
            if key == "reporter":
                unknown = set(value) - set(REPORTER_KEYS)
                if unknown:
                    raise ConfigError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
                reporter = Reporter(**{k: str(v) for k, v in value.items()})
                continue
            unknown = set(value) - set(RECIPIENT_KEYS)
            if unknown:
                raise ConfigError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
            jurisdiction = "generic" if key == "default" else key.upper()
            country = str(value.get("country", "" if key == "default" else key.upper()))
            try:
                recipient = Recipient(
                    name=str(value.get("name", "")),
                    kind=str(value.get("kind", "hotline")),
                    country=country.upper(),
                    format=str(value.get("format", "bundle")),
                    jurisdiction=jurisdiction,
                )
            except ValueError as exc:
                raise ConfigError(f"{where}.{exc}") from None
            if key == "default":
                default = recipient
            else:
                recipients[jurisdiction] = recipient
        return cls(recipients, default, reporter)

    def recipient_for(self, jurisdiction: str) -> Recipient:
        return self.recipients.get(jurisdiction.upper(), self.default)


@dataclass(frozen=True, slots=True)
class Referral:
    """An approved (or rejected) referral: where it goes and the package written for it.

    A rejected referral has no package: `bundle_path` is None.
    """

    case_id: str
    recipient: Recipient
    bundle_path: Path | None
    ncmec_path: Path | None
    status: str = "approved"  # approved | rejected


@dataclass(frozen=True, slots=True)
class ReferralView:
    """A case's referral as the review UI shows it, at any stage."""

    case_id: str
    status: str  # proposed | approved | rejected
    jurisdiction: str
    recipient: Recipient
    proposed_by: str
    proposed_at: str
    reason: str
    decided_by: str | None
    decided_at: str | None
    bundle_path: Path | None
    ncmec_path: Path | None
