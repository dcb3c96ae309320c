"""Everything held about one subject, for the auditor (a data-subject view), exportable.

Accounts, the identifiers they disclosed (decrypted: the auditor holds the key), the events
those came from (or that they were erased), the links and suggestions, the assessments and the
decisions. What is not here is not held.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import or_, select

from sweetie.events import InputError
from sweetie.identify.crypto import IdentityKey
from sweetie.identify.jurisdiction import Jurisdictions, subject_accounts
from sweetie.identify.linking import link_accounts, suggestions
from sweetie.identify.vault import IdentifierVault
from sweetie.store import AssessmentRepository, Database, DecisionRepository, EvidenceRepository
from sweetie.store.identities import IdentityRepository
from sweetie.store.models import assessments, captured_events

__all__ = ["subject_dossier", "subject_identifiers"]


def subject_dossier(database: Database, subject: str, key: IdentityKey) -> dict[str, Any]:
    vault = IdentifierVault(key)
    with database.transaction() as conn:
        repo = IdentityRepository(conn)
        accounts = subject_accounts(conn, subject)
        all_records = repo.all()
        linking = link_accounts(all_records)
        subject_id = linking.subject_of.get(accounts[0], accounts[0])
        keys = sorted(set(accounts) | {subject_id})
        records = [r for r in all_records if r.account in keys]
        known = conn.execute(
            select(assessments.c.id).where(assessments.c.subject.in_(keys)).limit(1)
        ).first()
        if not records and known is None:
            raise InputError(f"no subject {subject!r} (see `sweetie subjects`)", field="subject")
        evidence = EvidenceRepository(conn)
        identifiers = []
        for r in records:
            data = vault.open(r)
            identifiers.append(
                {
                    "kind": r.kind,
                    "value": data["value"],
                    "detail": data["detail"],
                    "account": r.account,
                    "event_id": r.event_id,
                    "conversation": r.conversation,
                    "span": [r.span_start, r.span_end],
                    "quoted": r.quoted,
                    "evidence_idx": r.evidence_idx,
                    "ts": r.ts,
                }
            )
        # The events the identifiers came from, and every event the accounts sent.
        senders = [a.rpartition("/")[2] for a in keys]
        rows = conn.execute(
            select(captured_events.c.event_id, captured_events.c.evidence_idx)
            .where(
                or_(
                    captured_events.c.event_id.in_([r.event_id for r in records]),
                    captured_events.c.sender.in_(senders),
                )
            )
            .order_by(captured_events.c.evidence_idx)
        ).all()
        events = []
        for event_id, idx in rows:
            entry = evidence.entry(idx)
            body = json.loads(entry.body) if entry is not None and entry.body is not None else None
            if (
                body is not None
                and f"{body['network']}/{body['sender'].casefold()}" not in keys
                and event_id not in {r.event_id for r in records}
            ):
                continue  # the same nick on another network: another account
            events.append(
                {
                    "event_id": event_id,
                    "evidence_idx": idx,
                    "erased": body is None,
                    "event": body,
                }
            )
        found_assessments: list[dict[str, Any]] = []
        assessment_repo = AssessmentRepository(conn)
        decision_repo = DecisionRepository(conn)
        found_decisions: list[dict[str, Any]] = []
        for k in keys:
            found_assessments += assessment_repo.by_subject(k)
            found_decisions += [d.to_json() for d in decision_repo.by_subject(k)]
    members = linking.members(subject_id) or []
    return {
        "subject": subject_id,
        "accounts": [a.key for a in members] or keys,
        "jurisdiction": Jurisdictions(database, key).of_records(records),
        "links": [link.to_json() for link in linking.links(subject_id, vault.masked)],
        "suggestions": [
            s.to_json()
            for s in suggestions(linking, all_records)
            if set(keys) & {a.key for a in s.accounts}
        ],
        "identifiers": identifiers,
        "events": events,
        "assessments": found_assessments,
        "decisions": found_decisions,
    }


def subject_identifiers(
    database: Database, key: IdentityKey
) -> Callable[[str], list[tuple[str, str]]]:
    """`(subject) -> [(kind, value), ...]`: what the subject disclosed as its own, latest
    first, in clear (for a referral the four eyes approved; the cases part's
    IdentifierSource)."""
    vault = IdentifierVault(key)

    def identifiers(subject: str) -> list[tuple[str, str]]:
        with database.transaction() as conn:
            repo = IdentityRepository(conn)
            records = repo.by_accounts(subject_accounts(conn, subject))
        out: list[tuple[str, str]] = []
        for r in sorted(records, key=lambda r: (r.ts, r.id or 0), reverse=True):
            if r.quoted:
                continue
            pair = (r.kind, vault.value(r))
            if pair not in out:
                out.append(pair)
        return out

    return identifiers
