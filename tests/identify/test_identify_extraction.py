"""Extraction tables per language, with the tricky cases: obfuscation, quoting, look-alikes.

Each row: a chat line, its language, and exactly the (kind, value) pairs it discloses. The
span of each identifier must cover the text it came from.
"""

from __future__ import annotations

import pytest

from sweetie.events import ChatEvent, IdentifierKind
from sweetie.identify import extract, find_all

Row = tuple[str, str, set[tuple[str, str]]]

ENGLISH: list[Row] = [
    ("mail me at John.Doe@Gmail.com ok", "en", {("email", "john.doe@gmail.com")}),
    ("john dot doe at gmail", "en", {("email", "john.doe@gmail.com")}),
    ("x (at) yahoo (dot) com", "en", {("email", "x@yahoo.com")}),
    ("john @ gmail . com", "en", {("email", "john@gmail.com")}),
    ("text me 0917 123 4567", "en", {("phone", "+639171234567")}),
    (
        "my number is nine one seven, one two three, four five six seven",
        "en",
        {("phone", "+639171234567")},
    ),
    ("call 0044 7911 123456", "en", {("phone", "+447911123456")}),
    ("add me on telegram john_doe77", "en", {("handle", "telegram:john_doe77")}),
    ("my kik is sweetguy_44", "en", {("handle", "kik:sweetguy_44")}),
    ("snap me mark1980", "en", {("handle", "snapchat:mark1980")}),
    ("message me on telegram @rick_77", "en", {("handle", "telegram:rick_77")}),
    ("t.me/darkroom99", "en", {("handle", "telegram:darkroom99")}),
    (
        "i'll send it by western union, MTCN 123-456-7890",
        "en",
        {("remittance", "western_union:1234567890")},
    ),
    ("paypal.me/johnd", "en", {("payment", "paypal:johnd")}),
    ("IBAN NL91 ABNA 0417 1643 00", "en", {("payment", "iban:NL91ABNA0417164300")}),
    (
        "hi im 34 m from the uk",
        "en",
        {("age", "34"), ("gender", "m"), ("country", "GB")},
    ),
    ("34/m/london", "en", {("age", "34"), ("gender", "m"), ("city", "london|GB")}),
    ("i'm 11", "en", {("age", "11")}),
    ("12 yo girl here", "en", {("age", "12")}),
    # Someone else's age is not a disclosure about the speaker.
    ("any 12 13 yo girls here?", "en", set()),
    ("my daughter is 10", "en", set()),
    ("my name is John", "en", {("name", "john")}),
    # Look-alikes that disclose nothing.
    ("look at me", "en", set()),
    ("my line is busy", "en", set()),
    ("do you have kik?", "en", set()),
    ("i have kik too", "en", set()),
    ("add me on telegram", "en", set()),  # not "tele" + handle "gram"
    ("anyone from manila here?", "en", set()),  # asks about others
    ("im 5 min away", "en", set()),
    ("i am 6 feet", "en", set()),
    ("i will send 500", "en", set()),
    ("see you at 10:30 on 2024-05-01", "en", set()),
    ("i love manila", "en", set()),
    ("the signal is bad here", "en", set()),
]
DUTCH: list[Row] = [
    ("jan punt jansen apenstaartje hotmail punt nl", "nl", {("email", "jan.jansen@hotmail.nl")}),
    ("bel me 06-12345678", "nl", {("phone", "+31612345678")}),
    ("nul zes een twee drie vier vijf zes zeven acht", "nl", {("phone", "+31612345678")}),
    ("voeg me toe op kik: janneke_nl", "nl", {("handle", "kik:janneke_nl")}),
    ("ik ben 45 jaar en ik kom uit Utrecht", "nl", {("age", "45"), ("city", "utrecht|NL")}),
    ("ik heet Pieter", "nl", {("name", "pieter")}),
]
GERMAN: list[Row] = [
    ("max [at] web [punkt] de", "de", {("email", "max@web.de")}),
    ("meine handynummer 0151 23456789", "de", {("phone", "+4915123456789")}),
    ("adde mich auf snap: hans_de", "de", {("handle", "snapchat:hans_de")}),
    ("ich bin 50, ich komme aus Deutschland", "de", {("age", "50"), ("country", "DE")}),
    ("ich heiße Klaus", "de", {("name", "klaus")}),
    ("51 jahre, aus mainz", "de", {("age", "51"), ("city", "mainz|DE")}),
]
TAGALOG: list[Row] = [
    ("juan sa gmail tuldok com", "tl", {("email", "juan@gmail.com")}),
    (
        "siyam isa pito isa dalawa tatlo apat lima anim pito",
        "tl",
        {("phone", "+639171234567")},
    ),
    (
        "send gcash 09171234567 po",
        "tl",
        {("phone", "+639171234567"), ("payment", "gcash:+639171234567")},
    ),
    ("i-add mo ako sa telegram: juanito22", "tl", {("handle", "telegram:juanito22")}),
    ("my telegram ko ay boyet_88", "tl", {("handle", "telegram:boyet_88")}),
    ("taga Cebu ako, 12 na ako", "tl", {("age", "12"), ("city", "cebu|PH")}),
    ("lalaki ako", "tl", {("gender", "m")}),
    ("andito pamangkin ko, 9 yrs old", "tl", set()),
    ("ako si Maria", "tl", {("name", "maria")}),
    ("padala sa cebuana ref # AB1234567", "tl", {("remittance", "cebuana:AB1234567")}),
    ("kptn 12345678901234", "tl", {("remittance", "mlhuillier:12345678901234")}),
    # "sa" is Tagalog "at" only before a provider, and "usa lima" is a place, not digits.
    ("punta ka sa mall", "tl", set()),
    ("ml lang po 500", "tl", set()),
]
CEBUANO: list[Row] = [
    ("gikan ko sa Davao", "ceb", {("city", "davao|PH")}),
    ("siyam usa pito usa duha tulo upat lima unom pito", "ceb", {("phone", "+639171234567")}),
    ("akong ngalan kay Nonoy", "ceb", {("name", "nonoy")}),
    ("bdo account 0012 3456 7890", "ceb", {("payment", "bank:bdo:001234567890")}),
    ("palawan express pin 123456789", "ceb", {("remittance", "palawan:123456789")}),
    ("usa lima", "ceb", set()),
]
SPANISH: list[Row] = [
    ("correo: maria arroba gmail punto com", "es", {("email", "maria@gmail.com")}),
    ("mi número es 612 345 678", "es", {("phone", "+34612345678")}),
    ("seis uno dos tres cuatro cinco seis siete ocho", "es", {("phone", "+34612345678")}),
    ("agrégame en kik: pepe_mx", "es", {("handle", "kik:pepe_mx")}),
    ("tengo 40 años, soy de Madrid", "es", {("age", "40"), ("city", "madrid|ES")}),
    ("me llamo Carlos", "es", {("name", "carlos")}),
]

TABLE = ENGLISH + DUTCH + GERMAN + TAGALOG + CEBUANO + SPANISH


@pytest.mark.parametrize(("text", "language", "expected"), TABLE, ids=[r[0][:40] for r in TABLE])
def test_extraction_table(text: str, language: str, expected: set[tuple[str, str]]) -> None:
    found = find_all(text, language=language)
    assert {(f.kind, f.value) for f in found} == expected
    for f in found:
        covered = text[f.start : f.end]
        assert covered.strip() == covered and covered, (f, covered)


def test_spans_point_into_the_original_text() -> None:
    text = "ok so: john dot doe at gmail, or nine one seven one two three four five six seven"
    found = {f.kind: f for f in find_all(text, language="en")}
    assert text[found["email"].start : found["email"].end] == "john dot doe at gmail"
    phone = found["phone"]
    assert text[phone.start : phone.end] == "nine one seven one two three four five six seven"


def test_gmail_dots_and_tags_match_the_same_mailbox() -> None:
    a = find_all("j.o.h.n+chat@gmail.com")[0]
    b = find_all("john@gmail.com")[0]
    assert a.value != b.value and a.match == b.match == "john@gmail.com"


def test_a_stated_country_reads_national_numbers() -> None:
    # "020 7946 0018" is a London number; in a Dutch message it would be Amsterdam.
    [uk] = [f for f in find_all("020 7946 0018", stated_region="GB") if f.kind == "phone"]
    assert uk.value == "+442079460018"
    assert uk.detail == {"region": "GB", "region_source": "stated country"}


def test_an_mtcn_is_not_a_phone_number() -> None:
    found = find_all("wu mtcn 2125551234 ok na", language="en")
    assert [(f.kind, f.value) for f in found] == [("remittance", "western_union:2125551234")]


def test_extract_ties_identifiers_to_the_event() -> None:
    event = ChatEvent(
        "e9", "2026-03-01T20:00:00Z", "irc.a", None, "rick77", "add me on kik: rick_77", "mia"
    )
    [identifier] = extract(event)
    assert identifier.kind is IdentifierKind.HANDLE
    assert (identifier.event_id, identifier.account.key) == ("e9", "irc.a/rick77")
    assert event.text[identifier.start : identifier.end] == "rick_77"
