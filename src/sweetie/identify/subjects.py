"""The subjects listing: linked accounts, what links them (masked), risk and warnings."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from sweetie.events import Account, LinkSuggestion, SubjectLink
from sweetie.identify.crypto import IdentityKey
from sweetie.identify.linking import link_accounts, suggestions
from sweetie.identify.vault import IdentifierVault
from sweetie.store import Database
from sweetie.store.decisions import decisions
from sweetie.store.identities import IdentityRepository
from sweetie.store.models import assessments

__all__ = ["SubjectSummary", "list_subjects", "recompute_subjects"]

_WARNINGS = ("warn_1", "warn_2")


@dataclass
class SubjectSummary:
    subject: str
    accounts: list[Account]
    links: list[SubjectLink] = field(default_factory=list)
    suggestions: list[LinkSuggestion] = field(default_factory=list)
    identifiers: int = 0
    risk: float = 0.0
    warnings: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "accounts": [a.key for a in self.accounts],
            "links": [link.to_json() for link in self.links],
            "suggestions": [s.to_json() for s in self.suggestions],
            "identifiers": self.identifiers,
            "risk": round(self.risk, 4),
            "warnings": self.warnings,
        }


def _account(key: str) -> Account:
    network, _, nick = key.rpartition("/")
    return Account(network or "?", nick or key)


def list_subjects(database: Database, key: IdentityKey) -> list[SubjectSummary]:
    """Every subject that disclosed something or was assessed at watch level or above,
    riskiest first."""
    vault = IdentifierVault(key)
    with database.transaction() as conn:
        records = IdentityRepository(conn).all()
        subject_scores, assessed = _subject_scores(conn)
        warned: dict[str, int] = {
            subject: int(n)
            for subject, n in conn.execute(
                select(decisions.c.subject, func.count())
                .where(decisions.c.kind.in_(_WARNINGS))
                .group_by(decisions.c.subject)
            )
        }
    linking = link_accounts(records)
    members: dict[str, list[Account]] = defaultdict(list)
    for account_key, subject in linking.subject_of.items():
        members[subject].append(linking.accounts[account_key])
    for subject in sorted(assessed):
        if subject not in linking.subject_of and subject not in members:
            members[subject].append(_account(subject))
    counts: dict[str, int] = defaultdict(int)
    for r in records:
        counts[linking.subject_of[r.account]] += 1
    hints = suggestions(linking, records, [a for accs in members.values() for a in accs])
    out: list[SubjectSummary] = []
    for subject, accounts in members.items():
        keys = {a.key for a in accounts} | {subject}
        out.append(
            SubjectSummary(
                subject=subject,
                accounts=sorted(accounts, key=lambda a: a.key),
                links=linking.links(subject, vault.masked),
                suggestions=[h for h in hints if keys & {a.key for a in h.accounts}],
                identifiers=counts.get(subject, 0),
                risk=max((subject_scores.get(k, 0.0) for k in keys), default=0.0),
                warnings=sum(warned.get(k, 0) for k in keys),
            )
        )
    out.sort(key=lambda s: (-s.risk, s.subject))
    return out


def _subject_scores(conn: Connection) -> tuple[dict[str, float], set[str]]:
    """The highest subject_score each subject reached (it is in the assessment's body), and
    the subjects assessed at watch level or above."""
    best: dict[str, float] = {}
    flagged: set[str] = set()
    for subject, level, body in conn.execute(
        select(assessments.c.subject, assessments.c.level, assessments.c.body)
    ):
        score = float(json.loads(body)["subject_score"])
        if score > best.get(subject, 0.0):
            best[subject] = score
        if level != "none":
            flagged.add(subject)
    return best, flagged


def recompute_subjects(database: Database) -> dict[str, str]:
    """Subjects from the identifiers stored now (after some were erased): account -> subject."""
    with database.transaction() as conn:
        repo = IdentityRepository(conn)
        linking = link_accounts(repo.all())
        repo.save_subjects(
            {
                a: (acc.network, acc.nick, linking.subject_of[a])
                for a, acc in linking.accounts.items()
            }
        )
    return dict(linking.subject_of)
