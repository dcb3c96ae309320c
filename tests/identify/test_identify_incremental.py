"""Linking record by record (the identify step) gives what linking all records at once does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sweetie.identify.linking import IncrementalLinking, link_accounts
from sweetie.store.identities import IdentifierRecord

_ACCOUNTS = [f"irc.{n}/u{i}" for n in "ab" for i in range(5)]
_KINDS = ["email", "phone", "handle", "payment", "city", "age", "remittance"]


@st.composite
def stored(draw: st.DrawFn) -> list[IdentifierRecord]:
    n = draw(st.integers(min_value=1, max_value=40))
    out = []
    for i in range(n):
        account = draw(st.sampled_from(_ACCOUNTS))
        network, _, nick = account.partition("/")
        out.append(
            IdentifierRecord(
                event_id=f"e{i}",
                conversation=draw(st.sampled_from(["c1", "c2"])),
                network=network,
                nick=nick,
                account=account,
                kind=draw(st.sampled_from(_KINDS)),
                blind_index=bytes([draw(st.integers(min_value=0, max_value=4))]) * 32,
                nonce=b"n" * 12,
                ciphertext=b"x",
                span_start=0,
                span_end=1,
                quoted=draw(st.booleans()),
                evidence_idx=i,
                ts="2026-03-01T20:00:00Z",
                id=i + 1,
            )
        )
    return out


@settings(max_examples=300)
@given(stored(), st.lists(st.integers(min_value=1, max_value=10), max_size=10))
def test_incremental_linking_matches_linking_everything(
    records: list[IdentifierRecord], chunks: list[int]
) -> None:
    incremental = IncrementalLinking()
    at = 0
    for size in [*chunks, len(records)]:
        incremental.add(records[at : at + size])
        at += size
        everything = link_accounts(records[:at])
        assert incremental.subjects() == everything.subject_of
        assert incremental.accounts == everything.accounts
        shared = incremental.shared(everything.accounts)
        assert [(g.subject, g.kind, g.blind_index) for g in shared] == list(everything.shared)
        for group in shared:
            records_of = everything.shared[(group.subject, group.kind, group.blind_index)]
            assert group.accounts == sorted({r.account for r in records_of})
            assert group.events == sorted({r.event_id for r in records_of})


def test_add_names_the_accounts_whose_subject_may_change() -> None:
    def record(i: int, account: str, kind: str, blind: int) -> IdentifierRecord:
        network, _, nick = account.partition("/")
        return IdentifierRecord(
            f"e{i}",
            "c",
            network,
            nick,
            account,
            kind,
            bytes([blind]) * 32,
            b"n" * 12,
            b"x",
            0,
            1,
            False,
            i,
            "2026-03-01T20:00:00Z",
            i,
        )

    linking = IncrementalLinking()
    assert linking.add([record(1, "a/x", "email", 1), record(2, "a/y", "email", 2)]) == {
        "a/x",
        "a/y",
    }
    assert linking.add([record(3, "a/z", "age", 3)]) == {"a/z"}
    # y joins x's subject: both of them may have changed, z is untouched.
    assert linking.add([record(4, "a/y", "email", 1)]) == {"a/x", "a/y"}
    assert linking.subject_of("a/y") == "a/x"
