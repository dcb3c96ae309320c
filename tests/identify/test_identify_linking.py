"""Linking accounts into subjects: strong identifiers link, weak signals only suggest."""

from __future__ import annotations

from collections.abc import Callable

from sweetie.identify import IdentifierVault, link_accounts, suggestions
from sweetie.store.identities import IdentifierRecord

Make = Callable[[list[tuple[str, str, str, str, str, str]]], list[IdentifierRecord]]


def test_a_shared_handle_links_two_accounts_and_says_why(
    records: Make, vault: IdentifierVault
) -> None:
    stored = records(
        [
            ("e1", "irc.a", "c1", "rick77", "mia", "add me on telegram rick_uk77"),
            ("e2", "irc.b", "c2", "bigdaddy", "lia", "telegram: Rick_UK77"),
            ("e3", "irc.b", "c3", "other", "ana", "add me on telegram someone_else"),
        ]
    )
    linking = link_accounts(stored)
    assert (
        linking.subject_of["irc.b/bigdaddy"] == linking.subject_of["irc.a/rick77"] == "irc.a/rick77"
    )
    assert linking.subject_of["irc.b/other"] == "irc.b/other"
    [link] = linking.links("irc.a/rick77", vault.masked)
    assert link.to_json() == {
        "subject": "irc.a/rick77",
        "accounts": ["irc.a/rick77", "irc.b/bigdaddy"],
        "kind": "handle",
        "identifier": "telegram:r***7",
        "events": ["e1", "e2"],
    }


def test_email_phone_and_payment_links_chain_three_accounts(records: Make) -> None:
    stored = records(
        [
            ("e1", "irc.a", "c1", "a1", "x", "mail me: john dot doe at gmail"),
            (
                "e2",
                "irc.b",
                "c2",
                "b1",
                "y",
                "johndoe@gmail.com is my mail, text me +63 917 123 4567",
            ),
            ("e3", "irc.c", "c3", "c1", "z", "send gcash 0917 123 4567 po"),
        ]
    )
    linking = link_accounts(stored)
    assert {linking.subject_of[a] for a in ("irc.a/a1", "irc.b/b1", "irc.c/c1")} == {"irc.a/a1"}


def test_a_shared_first_name_or_city_never_merges_two_people(records: Make) -> None:
    stored = records(
        [
            ("e1", "irc.a", "c1", "john_uk", "x", "my name is John, im 45 from london"),
            ("e2", "irc.a", "c2", "johnny", "y", "my name is John, i live in london"),
        ]
    )
    linking = link_accounts(stored)
    assert linking.subject_of["irc.a/john_uk"] != linking.subject_of["irc.a/johnny"]
    reasons = {s.reason for s in suggestions(linking, stored)}
    assert reasons == {"same first name", "same city"}


def test_repeating_someone_elses_number_is_a_quote_and_links_nobody(records: Make) -> None:
    stored = records(
        [
            ("e1", "irc.a", "c1", "seller", "buyer", "text me 0917 123 4567"),
            ("e2", "irc.a", "c1", "buyer", "seller", "ok i will text 0917 123 4567 later"),
        ]
    )
    assert [r.quoted for r in stored if r.kind == "phone"] == [False, True]
    linking = link_accounts(stored)
    assert linking.subject_of["irc.a/seller"] != linking.subject_of["irc.a/buyer"]


def test_a_remittance_number_has_two_parties_and_links_nobody(records: Make) -> None:
    stored = records(
        [
            ("e1", "irc.a", "c1", "payer", "x", "sent by western union, MTCN 1234567890"),
            ("e2", "irc.a", "c2", "payee", "y", "got it, mtcn 1234567890"),
        ]
    )
    linking = link_accounts(stored)
    assert linking.subject_of["irc.a/payer"] != linking.subject_of["irc.a/payee"]
    [hint] = suggestions(linking, stored)
    assert hint.reason.startswith("same remittance number")


def test_the_same_nick_on_two_networks_is_a_suggestion(records: Make) -> None:
    stored = records(
        [
            ("e1", "irc.a", "c1", "Rick77", "x", "im 45"),
            ("e2", "irc.b", "c2", "rick77", "y", "im 46"),
        ]
    )
    linking = link_accounts(stored)
    assert linking.subject_of["irc.a/rick77"] != linking.subject_of["irc.b/rick77"]
    assert [s.reason for s in suggestions(linking, stored)] == ["same nick on two networks"]
