"""All the identifiers one event discloses, each with its span in the original text.

Order matters where patterns overlap: remittance and bank numbers are read first, so a
10-digit MTCN is not also taken for a phone number; a wallet's phone number is both a phone
number and a payment account.
"""

from __future__ import annotations

from collections.abc import Callable

from sweetie.detect.language import guess_language
from sweetie.events import ChatEvent, Identifier, IdentifierKind
from sweetie.identify import demographics, emails, handles, payments, phones
from sweetie.identify.demographics import find_demographics
from sweetie.identify.emails import find_emails
from sweetie.identify.found import Found
from sweetie.identify.handles import find_handles
from sweetie.identify.payments import find_payments, find_remittances, wallet_accounts
from sweetie.identify.phones import find_phones
from sweetie.identify.prefilter import trigger

__all__ = ["extract", "find_all", "may_disclose"]

# Every finder's gates in one RE2 pass: most chat lines match none and skip the finders,
# the others run only the finders whose gates they match.
_TRIGGER = trigger(
    {
        "remittances": payments.REMITTANCE_GATES,
        "payments": payments.GATES,
        "emails": emails.GATES,
        "phones": phones.GATES,
        "handles": handles.GATES,
        "demographics": demographics.GATES,
    }
)


def may_disclose(text: str) -> bool:
    """False when `text` cannot hold anything `find_all` finds (a cheap test)."""
    return bool(_TRIGGER.which(text))


def find_all(text: str, *, language: str = "", stated_region: str | None = None) -> list[Found]:
    """What one text discloses, in order of position."""
    return _find_all(text, lambda: language, stated_region)


def _find_all(text: str, language: Callable[[], str], stated_region: str | None) -> list[Found]:
    run = _TRIGGER.which(text)
    if not run:
        return []
    money = list(find_remittances(text)) if "remittances" in run else []
    if "payments" in run:
        money += find_payments(text)
    emails = list(find_emails(text)) if "emails" in run else []
    phones = [
        p
        for p in (
            find_phones(text, stated_region=stated_region, language=language())
            if "phones" in run
            else ()
        )
        if not any(p.overlaps(m.start, m.end) for m in money)
        and not any(p.overlaps(e.start, e.end) for e in emails)
    ]
    found = money + emails + phones
    if emails or phones:
        found += wallet_accounts(text, emails + phones)
    if "handles" in run:
        found += find_handles(text)
    numbers = money + phones
    if "demographics" in run:
        found += [
            d
            for d in find_demographics(text)
            if not any(d.overlaps(n.start, n.end) for n in numbers)
        ]
    unique: dict[tuple[str, str, int], Found] = {}
    for f in found:
        unique.setdefault((f.kind, f.value, f.start), f)
    return sorted(unique.values(), key=lambda f: (f.start, f.kind))


def extract(
    event: ChatEvent, *, language: str = "", stated_region: str | None = None
) -> list[Identifier]:
    """The identifiers `event` discloses about its sender."""

    def language_of() -> str:
        return language or guess_language(event.text.lower())

    return [
        Identifier(
            kind=IdentifierKind(f.kind),
            value=f.value,
            event_id=event.id,
            network=event.network,
            nick=event.sender,
            start=f.start,
            end=f.end,
            match=f.match or f.value,
            detail=dict(f.detail),
        )
        for f in _find_all(event.text, language_of, stated_region)
    ]
