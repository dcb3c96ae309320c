"""Accounts into subjects: linked when they disclosed the same strong identifier.

Two accounts are one subject when each disclosed, as its own, the same e-mail address, phone
number, payment account or app handle (compared by blind index, never in clear). "As its
own": an identifier repeated in a conversation where another account said it first is a
quote ("is 0917... your number?"), and links nobody. Weak signals (the same nick on two
networks, the same first name, the same city, the same remittance number) are suggestions
for a human and never merge anything.

The subject id of a group is the account key (network/nick) of its member that disclosed a
linking identifier first, so an account that is linked to nobody keeps its detector key.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sweetie.events import (
    STRONG_KINDS,
    Account,
    IdentifierKind,
    LinkSuggestion,
    SubjectLink,
)
from sweetie.store.identities import IdentifierRecord

__all__ = ["IncrementalLinking", "Linking", "SharedGroup", "link_accounts", "suggestions"]

_STRONG = frozenset(k.value for k in STRONG_KINDS)
_SUGGEST = {
    IdentifierKind.NAME.value: "same first name",
    IdentifierKind.CITY.value: "same city",
    IdentifierKind.REMITTANCE.value: "same remittance number (a transfer has two parties)",
}


@dataclass
class Linking:
    subject_of: dict[str, str] = field(default_factory=dict)  # account key -> subject id
    accounts: dict[str, Account] = field(default_factory=dict)  # account key -> account
    # (subject, kind, blind index) -> the records of that shared identifier
    shared: dict[tuple[str, str, bytes], list[IdentifierRecord]] = field(default_factory=dict)

    def members(self, subject: str) -> list[Account]:
        return sorted(
            (self.accounts[a] for a, s in self.subject_of.items() if s == subject),
            key=lambda a: a.key,
        )

    def links(self, subject: str, mask: Callable[[IdentifierRecord], str]) -> list[SubjectLink]:
        """Why the subject's accounts are one: each shared identifier, and who said it where."""
        out: list[SubjectLink] = []
        for (s, kind, _), records in sorted(self.shared.items(), key=lambda kv: kv[1][0].id or 0):
            if s != subject:
                continue
            by_account: dict[str, list[str]] = defaultdict(list)
            for r in records:
                by_account[r.account].append(r.event_id)
            keys = list(by_account)
            first = keys[0]
            for other in keys[1:]:
                out.append(
                    SubjectLink(
                        subject=subject,
                        accounts=(self.accounts[first], self.accounts[other]),
                        kind=IdentifierKind(kind),
                        masked=mask(records[0]),
                        events=tuple(by_account[first] + by_account[other]),
                    )
                )
        return out


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, a: str) -> str:
        self.parent.setdefault(a, a)
        root = a
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[a] != root:
            self.parent[a], a = root, self.parent[a]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def link_accounts(records: Sequence[IdentifierRecord]) -> Linking:
    """Subjects from stored identifier records (in the order they were stored)."""
    linking = Linking()
    uf = _UnionFind()
    first_seen: dict[str, int] = {}
    groups: dict[tuple[str, bytes], list[IdentifierRecord]] = defaultdict(list)
    for order, r in enumerate(records):
        linking.accounts.setdefault(r.account, Account(r.network, r.nick))
        uf.find(r.account)
        first_seen.setdefault(r.account, order)
        if r.kind in _STRONG and not r.quoted:
            groups[(r.kind, r.blind_index)].append(r)
    for group in groups.values():
        for r in group[1:]:
            uf.union(group[0].account, r.account)
    # The subject id: the member seen first.
    root_name: dict[str, str] = {}
    for account in sorted(first_seen, key=first_seen.__getitem__):
        root_name.setdefault(uf.find(account), account)
    for account in first_seen:
        linking.subject_of[account] = root_name[uf.find(account)]
    for (kind, blind), group in groups.items():
        if len({r.account for r in group}) > 1:
            subject = linking.subject_of[group[0].account]
            linking.shared[(subject, kind, blind)] = group
    return linking


@dataclass(frozen=True, slots=True)
class SharedGroup:
    """One strong identifier that two accounts or more disclosed as their own."""

    subject: str
    kind: str
    blind_index: bytes
    accounts: list[str]  # sorted
    events: list[str]  # sorted


class IncrementalLinking:
    """What `link_accounts` computes, kept up to date as records are stored, so that a new
    identifier costs the accounts it touches rather than a pass over every stored one.

    Records must come in the order they are stored (their id order), each once: the first
    record of an account fixes its place in the "seen first" order that names subjects.
    """

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._first: dict[str, int] = {}  # account -> order of its first record
        self._name: dict[str, str] = {}  # root -> subject id (the member seen first)
        self._members: dict[str, list[str]] = {}  # root -> accounts
        # (kind, blind index) -> [(account, event id)] of strong records said as one's own;
        # the dict's order is the order each was first stored in.
        self._groups: dict[tuple[str, bytes], list[tuple[str, str]]] = {}
        self._group_order: dict[tuple[str, bytes], int] = {}
        self._account_groups: dict[str, set[tuple[str, bytes]]] = defaultdict(set)
        self.accounts: dict[str, Account] = {}
        self._order = 0

    @classmethod
    def from_records(cls, records: Iterable[IdentifierRecord]) -> IncrementalLinking:
        linking = cls()
        linking.add(records)
        return linking

    def _find(self, a: str) -> str:
        root = a
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[a] != root:
            self._parent[a], a = root, self._parent[a]
        return root

    def _union(self, a: str, b: str) -> str:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return ra
        if len(self._members[ra]) < len(self._members[rb]):
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._members[ra].extend(self._members.pop(rb))
        name_b = self._name.pop(rb)
        if self._first[name_b] < self._first[self._name[ra]]:
            self._name[ra] = name_b
        return ra

    def subject_of(self, account: str) -> str:
        return self._name[self._find(account)] if account in self._parent else account

    def add(self, records: Iterable[IdentifierRecord]) -> set[str]:
        """Take in newly stored records; the accounts whose subject may have changed (the
        members of every subject the records touched, new accounts included)."""
        touched: list[str] = []
        for r in records:
            account = r.account
            if account not in self._parent:
                self._parent[account] = account
                self._first[account] = self._order
                self._name[account] = account
                self._members[account] = [account]
                self.accounts[account] = Account(r.network, r.nick)
            self._order += 1
            touched.append(account)
            if r.kind in _STRONG and not r.quoted:
                key = (r.kind, r.blind_index)
                group = self._groups.get(key)
                if group is None:
                    group = self._groups[key] = []
                    self._group_order[key] = len(self._group_order)
                else:
                    self._union(group[0][0], account)
                group.append((account, r.event_id))
                self._account_groups[account].add(key)
        roots = {self._find(a) for a in touched}
        return {m for root in roots for m in self._members[root]}

    def subjects(self) -> dict[str, str]:
        """account -> subject id, for every account seen."""
        return {a: self._name[self._find(a)] for a in self._parent}

    def shared(self, accounts: Iterable[str]) -> list[SharedGroup]:
        """The shared identifiers that link any of `accounts`, in the order `link_accounts`
        lists them."""
        keys = {k for a in accounts for k in self._account_groups.get(a, ())}
        out: list[SharedGroup] = []
        for key in sorted(keys, key=self._group_order.__getitem__):
            group = self._groups[key]
            members = sorted({a for a, _ in group})
            if len(members) < 2:
                continue
            out.append(
                SharedGroup(
                    subject=self.subject_of(group[0][0]),
                    kind=key[0],
                    blind_index=key[1],
                    accounts=members,
                    events=sorted({e for _, e in group}),
                )
            )
        return out


def suggestions(
    linking: Linking, records: Iterable[IdentifierRecord], known: Iterable[Account] = ()
) -> list[LinkSuggestion]:
    """Weak signals between accounts of different subjects, for a human to weigh."""
    out: list[LinkSuggestion] = []
    seen: set[tuple[str, str, str]] = set()

    def add(a: Account, b: Account, reason: str) -> None:
        if linking.subject_of.get(a.key, a.key) == linking.subject_of.get(b.key, b.key):
            return
        x, y = sorted((a, b), key=lambda acc: acc.key)
        if (x.key, y.key, reason) not in seen:
            seen.add((x.key, y.key, reason))
            out.append(LinkSuggestion((x, y), reason))

    by_value: dict[tuple[str, bytes], dict[str, Account]] = defaultdict(dict)
    for r in records:
        if r.kind in _SUGGEST:
            by_value[(r.kind, r.blind_index)][r.account] = Account(r.network, r.nick)
    for (kind, _), accounts in by_value.items():
        members = list(accounts.values())
        for other in members[1:]:
            add(members[0], other, _SUGGEST[kind])
    by_nick: dict[str, dict[str, Account]] = defaultdict(dict)
    for account in list(linking.accounts.values()) + list(known):
        by_nick[account.nick.casefold()][account.key] = account
    for accounts in by_nick.values():
        members = list(accounts.values())
        for other in members[1:]:
            if other.network != members[0].network:
                add(members[0], other, "same nick on two networks")
    return out
