"""Phone numbers, parsed and normalised to E.164 with `phonenumbers`.

A number written with its country code needs nothing else. A national number ("0917 123
4567") is read in the region the sender gave (a stated country earlier on), then in the regions
of the language they write in, then, when the words around it say it is a number ("text me",
"whatsapp", "cp"), in the regions the traffic mostly comes from. Each found number says which
region it was read in and why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import PhoneNumberFormat

from sweetie.identify.deobfuscate import DIGIT_WORDS, phone_text
from sweetie.identify.found import Found

__all__ = ["LANGUAGE_REGIONS", "find_phones", "region_of"]

LANGUAGE_REGIONS: dict[str, tuple[str, ...]] = {
    "tl": ("PH",),
    "ceb": ("PH",),
    "nl": ("NL", "BE"),
    "de": ("DE", "AT", "CH"),
    "es": ("ES", "MX"),
    "en": ("US", "GB", "AU", "PH"),
}
_FALLBACK = ("PH", "US", "GB", "AU", "CA", "NL", "DE", "ES")
_PHONE_CUE = re.compile(
    r"\b(?:phone|number|num|no\.?|cp|cell|mobile|call|text|sms|whats\s?app|wa|viber|telegram"
    r"|signal|tel|nummer|handy|telefoon|mobiel|número|numero|celular|móvil|movil|tawag"
    r"|tawagan|text\s?mo|i-?text)\b",
    re.IGNORECASE,
)


def region_of(e164: str) -> str | None:
    """The ISO alpha-2 region of an E.164 number, or None when it has none (e.g. +800)."""
    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return None
    return region if region and region != "001" else None


_DIGIT = re.compile(r"\d")
_SPELLED = re.compile(rf"\b(?:{DIGIT_WORDS})\b(?:\W+\b(?:{DIGIT_WORDS})\b){{2}}", re.IGNORECASE)
_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d\s().\-/]{5,22}\d(?![\w])")
_DATE = re.compile(r"\b(?:19|20)\d\d[-/.]\d\d?[-/.]\d\d?\b|\b\d\d?[-/.]\d\d?[-/.](?:19|20)\d\d\b")
_MOBILE = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
GATES = (_DIGIT, _SPELLED)  # see sweetie.identify.prefilter


def _parse(raw: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def find_phones(
    text: str, *, stated_region: str | None = None, language: str = ""
) -> Iterator[Found]:
    if _DIGIT.search(text) is None and _SPELLED.search(text) is None:
        return  # no digit, written or spelled: the common case, and cheap
    rewritten = phone_text(text)
    # Tiers of regions to read a national number in, most telling first.
    tiers: list[tuple[tuple[str, ...], str]] = []
    if stated_region:
        tiers.append(((stated_region,), "stated country"))
    tiers.append((LANGUAGE_REGIONS.get(language, ()), "language"))
    if _PHONE_CUE.search(text):
        tiers.append((_FALLBACK, "common region"))
    for m in _CANDIDATE.finditer(rewritten.text):
        raw = m.group(0).strip()
        before = rewritten.text[max(0, m.start() - 1) : m.start()]
        if before in (":", ".", ",", "/", "-") or _DATE.search(raw):
            continue  # a time, a date or a sum, not a number to call
        digits = sum(c.isdigit() for c in raw)
        if not 7 <= digits <= 15:
            continue
        found: tuple[phonenumbers.PhoneNumber, str, str] | None = None
        if raw.startswith(("+", "00")):
            number = _parse("+" + raw.lstrip("+")[2 if raw.startswith("00") else 0 :], "ZZ")
            if number is not None:
                found = (number, "", "international prefix")
        else:
            for regions, why in tiers:
                valid = [(n, r) for r in regions if (n := _parse(raw, r)) is not None]
                if valid:
                    # Valid in several regions: a mobile number is the likelier disclosure.
                    valid.sort(key=lambda nr: phonenumbers.number_type(nr[0]) not in _MOBILE)
                    found = (valid[0][0], valid[0][1], why)
                    break
        if found is None:
            continue
        number, region, why = found
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        start, end = rewritten.span(m.start(), m.end())
        yield Found(
            "phone",
            e164,
            start,
            end,
            detail={"region": region_of(e164) or region, "region_source": why},
        )
