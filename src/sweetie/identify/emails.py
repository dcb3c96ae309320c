"""E-mail addresses, plain or spelled out ("john dot doe at gmail")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sweetie.identify.deobfuscate import email_text
from sweetie.identify.found import Found

__all__ = ["find_emails", "normalise_email"]

# Providers people name without the rest of the domain ("at gmail").
_PROVIDER_DOMAINS = {
    "gmail": "gmail.com",
    "googlemail": "gmail.com",
    "yahoo": "yahoo.com",
    "ymail": "ymail.com",
    "hotmail": "hotmail.com",
    "outlook": "outlook.com",
    "icloud": "icloud.com",
    "protonmail": "protonmail.com",
    "proton": "proton.me",
    "gmx": "gmx.de",
    "yandex": "yandex.com",
}
_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<local>[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9_])?)@"
    r"(?P<domain>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}"
    rf"|(?:{'|'.join(_PROVIDER_DOMAINS)})\b)",
    re.IGNORECASE,
)
# Mailboxes where dots and +tags in the local part reach the same inbox.
_DOTLESS = frozenset({"gmail.com"})


def normalise_email(local: str, domain: str) -> tuple[str, str]:
    """(value to show, value to match) of an address."""
    local, domain = local.lower(), domain.lower().rstrip(".")
    domain = _PROVIDER_DOMAINS.get(domain, domain)
    value = f"{local}@{domain}"
    if domain in _DOTLESS:
        local = local.split("+", 1)[0].replace(".", "")
    return value, f"{local}@{domain}"


_HINT = re.compile(r"@|\b(?:at|arroba|apenstaartje|klammeraffe|sa)\b", re.IGNORECASE)
GATES = (_HINT,)  # see sweetie.identify.prefilter


def find_emails(text: str) -> Iterator[Found]:
    if _HINT.search(text) is None:
        return  # no @, spelled or not: the common case, and cheap
    rewritten = email_text(text)
    for m in _EMAIL.finditer(rewritten.text):
        value, match = normalise_email(m.group("local"), m.group("domain"))
        start, end = rewritten.span(m.start(), m.end())
        yield Found("email", value, start, end, match=match)
