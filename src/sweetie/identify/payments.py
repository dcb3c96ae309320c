"""Payment accounts (PayPal, GCash, banks, IBAN) and remittance control numbers.

A payment account names who receives money: a strong identifier. A remittance control
number (Western Union's 10-digit MTCN, Cebuana's, Palawan Express's, M Lhuillier's KPTN)
names one transfer, which has a sender and a receiver: kept, but it links nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from sweetie.identify.found import Found

__all__ = ["find_payments", "find_remittances", "wallet_accounts"]

# Wallets whose account is a phone number or an e-mail address said right after the name.
_WALLETS = {
    "gcash": "gcash",
    "g-cash": "gcash",
    "g cash": "gcash",
    "paymaya": "maya",
    "maya": "maya",
    "coins.ph": "coins.ph",
    "paypal": "paypal",
    "pay pal": "paypal",
    "venmo": "venmo",
    "cashapp": "cashapp",
    "cash app": "cashapp",
    "zelle": "zelle",
}
_WALLET = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in sorted(_WALLETS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_PAYPAL_ME = re.compile(r"\bpaypal\.me/(?P<name>[a-z0-9][\w.\-]{1,40})", re.IGNORECASE)
_CASHTAG = re.compile(r"(?<![\w$])\$(?P<name>[a-z][\w\-]{1,20})\b", re.IGNORECASE)
_BANKS = {
    "bdo": "bdo",
    "bpi": "bpi",
    "metrobank": "metrobank",
    "landbank": "landbank",
    "pnb": "pnb",
    "unionbank": "unionbank",
    "security bank": "securitybank",
    "rcbc": "rcbc",
    "chinabank": "chinabank",
    "eastwest": "eastwest",
    "bank": "bank",
    "banco": "bank",
    "rekening": "bank",
    "konto": "bank",
    "cuenta": "bank",
}
_BANK = re.compile(
    r"\b(?P<bank>"
    + "|".join(sorted((re.escape(b) for b in _BANKS), key=len, reverse=True))
    + r")\b[^\n\d]{0,30}?(?:acc(?:oun)?t?|a/c|no\.?|number|nummer|nr\.?|número|numero|#)"
    r"[^\n\d]{0,8}?(?P<num>\d[\d \-]{6,24}\d)\b",
    re.IGNORECASE,
)
_IBAN = re.compile(r"\b(?P<iban>[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
_REMIT_PROVIDERS = {
    "western union": "western_union",
    "westernunion": "western_union",
    "wu": "western_union",
    "mtcn": "western_union",
    "cebuana lhuillier": "cebuana",
    "cebuana": "cebuana",
    "palawan express": "palawan",
    "palawan": "palawan",
    "m lhuillier": "mlhuillier",
    "m. lhuillier": "mlhuillier",
    "mlhuillier": "mlhuillier",
    "ml": "mlhuillier",
    "kptn": "mlhuillier",
    "moneygram": "moneygram",
    "remitly": "remitly",
    "lbc": "lbc",
}
_PROVIDER = "|".join(
    sorted((re.escape(p).replace(r"\ ", r"\s?") for p in _REMIT_PROVIDERS), key=len, reverse=True)
)
# "MTCN 123-456-7890", "western union control no: 1234567890", "cebuana ref # AB1234567",
# "kptn 12345678901234", "palawan pin 123456789"
_REMITTANCE = re.compile(
    rf"\b(?P<provider>{_PROVIDER})\b[^\n]{{0,40}}?"
    r"(?:\b(?:control|ref(?:erence)?|tracking|transaction|mtcn|kptn|pin|code|kontrol)\b"
    r"\s*(?:no\.?|number|num|nr\.?|#|code)?\s*(?:is|ay|es|:|#|=)?\s*"
    r"|(?<=mtcn)\s*[:#]?\s*|(?<=kptn)\s*[:#]?\s*)"
    r"(?P<code>(?:\d[ \-]?){5,19}\d|[A-Z]{1,4}[ \-]?\d{5,20})\b",
    re.IGNORECASE,
)
# A text none of these match names no payment account, or no remittance (see
# sweetie.identify.prefilter); wallet accounts are phone numbers or e-mail addresses.
GATES = (_BANK, _IBAN, _PAYPAL_ME, _CASHTAG)
REMITTANCE_GATES = (_REMITTANCE,)


def _iban_valid(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    digits = "".join(str(int(c, 36)) for c in moved)
    return int(digits) % 97 == 1


def find_remittances(text: str) -> Iterator[Found]:
    for m in _REMITTANCE.finditer(text):
        provider = _REMIT_PROVIDERS[re.sub(r"\s+", " ", m.group("provider").lower())]
        code = re.sub(r"[ \-]", "", m.group("code")).upper()
        if sum(c.isdigit() for c in code) < 6:
            continue
        if provider == "western_union" and not (code.isdigit() and len(code) == 10):
            continue  # an MTCN is ten digits
        yield Found(
            "remittance",
            f"{provider}:{code}",
            m.start("code"),
            m.end("code"),
            detail={"provider": provider},
        )


def find_payments(text: str) -> Iterator[Found]:
    """Bank accounts, IBANs and wallet names that need no other identifier."""
    for m in _BANK.finditer(text):
        digits = re.sub(r"\D", "", m.group("num"))
        if not 8 <= len(digits) <= 20:
            continue
        bank = _BANKS[re.sub(r"\s+", " ", m.group("bank").lower())]
        yield Found(
            "payment",
            f"bank:{bank}:{digits}",
            m.start("num"),
            m.end("num"),
            detail={"provider": bank},
        )
    for m in _IBAN.finditer(text):
        iban = m.group("iban").replace(" ", "")
        if 15 <= len(iban) <= 34 and _iban_valid(iban):
            yield Found("payment", f"iban:{iban}", m.start(), m.end(), detail={"provider": "iban"})
    for m in _PAYPAL_ME.finditer(text):
        name = m.group("name").rstrip(".").lower()
        yield Found(
            "payment",
            f"paypal:{name}",
            m.start("name"),
            m.end("name"),
            detail={"provider": "paypal"},
        )
    if re.search(r"cash\s?app", text, re.IGNORECASE):
        for m in _CASHTAG.finditer(text):
            name = m.group("name").lower()
            yield Found(
                "payment", f"cashapp:${name}", m.start(), m.end(), detail={"provider": "cashapp"}
            )


def wallet_accounts(text: str, found: Iterable[Found]) -> Iterator[Found]:
    """A phone number or e-mail said just after a wallet's name is that wallet's account:
    "gcash 0917 123 4567", "send to my paypal john@x.com"."""
    wallets = [
        (m.end(), _WALLETS[re.sub(r"\s+", " ", m.group(1).lower())]) for m in _WALLET.finditer(text)
    ]
    if not wallets:
        return
    for f in found:
        if f.kind not in ("phone", "email"):
            continue
        near = [w for end, w in wallets if 0 <= f.start - end <= 30]
        if near:
            wallet = near[-1]
            yield Found(
                "payment",
                f"{wallet}:{f.value}",
                f.start,
                f.end,
                match=f"{wallet}:{f.match}",
                detail={"provider": wallet},
            )
