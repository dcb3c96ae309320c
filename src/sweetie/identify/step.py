"""The identification step of the pipeline: after detection, per durable batch.

For each new event: the identifiers its sender disclosed are sealed and stored (with the
event, its span and its evidence index); when a strong identifier joins two accounts, the
link is written to the evidence log (kinds and blind index only, never the value) before
the subjects change, and the detector's state for the joined accounts is merged so that
detection aggregates per subject from then on. Replayed events (new=False) were identified
by the run that first saw them: the subjects are loaded from the store instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from sweetie.detect.detector import DetectorState, subject_key
from sweetie.detect.state import SubjectState
from sweetie.events import STRONG_KINDS, ChatEvent, Identifier, IdentifierKind
from sweetie.identify.crypto import IdentityKey
from sweetie.identify.extract import extract, may_disclose
from sweetie.identify.linking import IncrementalLinking
from sweetie.identify.vault import IdentifierVault
from sweetie.store import Database
from sweetie.store.identities import (
    IdentifierRecord,
    IdentityRepository,
    identifiers,
    subject_accounts,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any

    from sweetie.events import Assessment

__all__ = ["SUBJECT_LINK", "IdentifyStep"]

SUBJECT_LINK = "subject_link"
_STRONG = frozenset(k.value for k in STRONG_KINDS)
_PLACE_KINDS = (IdentifierKind.COUNTRY, IdentifierKind.CITY)


class _Processed(Protocol):
    @property
    def event(self) -> ChatEvent: ...
    @property
    def index(self) -> int: ...
    @property
    def new(self) -> bool: ...
    @property
    def assessments(self) -> tuple[Assessment, ...]: ...


class _Log(Protocol):
    def append(self, kind: str, record: Mapping[str, Any]) -> int: ...
    def flush(self) -> None: ...


class _Detector(Protocol):
    aggregate: Callable[[Iterable[float]], float]


class _Pipeline(Protocol):
    @property
    def log(self) -> _Log: ...
    @property
    def detector(self) -> _Detector: ...
    @property
    def state(self) -> DetectorState: ...


class IdentifyStep:
    name = "identify"

    def __init__(self, database: Database, key: IdentityKey) -> None:
        self.database = database
        self.vault = IdentifierVault(key)
        self.identifiers = 0  # stored by this run
        self.links = 0  # new links made by this run
        self._regions: dict[str, str] = {}  # account -> last stated country
        with database.transaction() as conn:
            stored = IdentityRepository(conn).subjects()
            upto = _stored_upto(conn)
        self._subjects: dict[str, str] = {a: s for a, (_, _, s) in stored.items()}
        # Built from the store at the first link this run makes, then kept up to date.
        self._linking: IncrementalLinking | None = None
        # The highest evidence index any stored identifier came from: an event past it has
        # stored nothing yet, so only an event at or below it (redone after a crash) needs
        # looking up. None when an attempt failed: the store is read again.
        self._upto: int | None = upto
        # True after a failed attempt: `_subjects` may lag the table (a commit whose end was
        # lost), so it is read again before anything is added.
        self._resync = False

    # -- the resolver the detector reads -----------------------------------------------------

    def subject_of(self, network: str, nick: str) -> str:
        key = subject_key(network, nick)
        return self._subjects.get(key, key)

    def _stored_subject(self, account: str) -> str:
        return self._subjects.get(account, account)

    @property
    def subjects(self) -> dict[str, str]:
        return dict(self._subjects)

    # -- the step ----------------------------------------------------------------------------

    def on_batch(self, pipeline: _Pipeline, batch: Sequence[_Processed]) -> None:
        # Only lines that can hold an identifier go further (the others find nothing).
        candidates = [p for p in batch if p.new and may_disclose(p.event.text)]
        if not candidates:
            return
        try:
            self._on_candidates(pipeline, candidates)
        except BaseException:
            # Whatever this attempt did to the linking in memory may not be stored: a retry
            # (or the next batch) builds it again from the store.
            self._linking = None
            self._upto = None
            self._resync = True
            raise

    def _on_candidates(self, pipeline: _Pipeline, candidates: list[_Processed]) -> None:
        # What each line discloses (no database needed), then the store for those that did.
        disclosed = [(p, found) for p in candidates if (found := self._extract(p))]
        if not disclosed:
            return
        with self.database.transaction() as conn:
            repo = IdentityRepository(conn)
            if self._resync:
                self._subjects = {a: s for a, (_, _, s) in repo.subjects().items()}
            if self._upto is None:
                self._upto = _stored_upto(conn)
            upto = self._upto
            redone = [p.event.id for p, _ in disclosed if p.index <= upto]
            done = repo.events_with_identifiers(redone) if redone else set()
            records: list[IdentifierRecord] = []
            # (conversation, kind, blind index) -> accounts that said it, in this batch
            said: dict[tuple[str, str, bytes], set[str]] = {}
            for p, found in disclosed:
                if p.event.id in done:
                    continue
                records.extend(self._seal(p, found, repo, said))
            if not records and not done:
                return
            repo.add_many(records)
            self.identifiers += len(records)
            linking = self._linking
            if done or (
                linking is None and any(r.kind in _STRONG and not r.quoted for r in records)
            ):
                # Events stored by an attempt that failed after (a retry, a restart): their
                # links may not have been made yet. Or the first link of this run. Either
                # way, from everything stored (this batch's records included).
                linking = IncrementalLinking.from_records(repo.all())
                affected = set(linking.accounts)
            elif linking is not None:
                affected = linking.add(records)
            else:
                affected = {r.account for r in records}
            subject_of = linking.subject_of if linking is not None else self._stored_subject
            changed = {
                a: subject_of(a) for a in affected if self._subjects.get(a, a) != subject_of(a)
            }
            accounts = {r.account: (r.network, r.nick) for r in records}
            if linking is not None:
                accounts.update(
                    {a: (linking.accounts[a].network, linking.accounts[a].nick) for a in affected}
                )
            fresh = {a: nn for a, nn in accounts.items() if a not in self._subjects}
            if not changed:
                # Accounts seen disclosing anything are subjects (of one account until linked).
                _save_subjects(conn, fresh, {}, subject_of)
        self._linking = linking
        self._resync = False
        self._upto = max([upto, *(r.evidence_idx for r in records if r.evidence_idx is not None)])
        if not changed:
            self._subjects.update({a: subject_of(a) for a in fresh})
            return
        self._apply(pipeline, linking, changed, fresh)

    def _extract(self, p: _Processed) -> list[Identifier]:
        event = p.event
        account = subject_key(event.network, event.sender)
        language = next((a.language for a in p.assessments if a.sender == event.sender), "")
        found = extract(event, language=language, stated_region=self._regions.get(account))
        places = [i for i in found if i.kind in _PLACE_KINDS]
        if places:
            region = places[-1].detail.get("country") or places[-1].value
            if region != self._regions.get(account):
                self._regions[account] = region
                # The country said in this very message reads its phone numbers.
                found = extract(event, language=language, stated_region=region)
        return found

    def _seal(
        self,
        p: _Processed,
        found: list[Identifier],
        repo: IdentityRepository,
        said: dict[tuple[str, str, bytes], set[str]],
    ) -> list[IdentifierRecord]:
        event = p.event
        account = subject_key(event.network, event.sender)
        out: list[IdentifierRecord] = []
        for identifier in found:
            blind = self.vault.blind_index(identifier)
            quoted = False
            if identifier.strong:
                slot = (event.conversation, identifier.kind.value, blind)
                before = said.setdefault(slot, set()) | repo.disclosers(*slot)
                quoted = bool(before - {account})
                said[slot].add(account)
            out.append(
                self.vault.seal(
                    identifier,
                    conversation=event.conversation,
                    ts=event.ts,
                    evidence_idx=p.index,
                    quoted=quoted,
                )
            )
        return out

    def _apply(
        self,
        pipeline: _Pipeline,
        linking: IncrementalLinking | None,
        changed: dict[str, str],
        fresh: dict[str, tuple[str, str]],
    ) -> None:
        assert linking is not None  # only links change subjects
        # The decision first, in the evidence log (hard rule 4); no identifier in clear.
        for group in linking.shared(changed):
            pipeline.log.append(
                SUBJECT_LINK,
                {
                    "subject": group.subject,
                    "accounts": group.accounts,
                    "kind": group.kind,
                    "blind_index": group.blind_index.hex(),
                    "events": group.events,
                },
            )
            self.links += 1
        pipeline.log.flush()
        with self.database.transaction() as conn:
            _save_subjects(conn, fresh, changed, linking.subject_of)
        old = {a: self._subjects.get(a, a) for a in changed}
        self._subjects.update({a: linking.subject_of(a) for a in fresh})
        self._subjects.update(changed)
        _merge_state(pipeline, old, self._subjects, changed)


def _save_subjects(
    conn: Connection,
    fresh: dict[str, tuple[str, str]],
    changed: dict[str, str],
    subject_of: Callable[[str], str],
) -> None:
    """Rows for accounts new to the table, and the new subject of those that changed."""
    if fresh:
        rows = [
            {"account": a, "network": network, "nick": nick, "subject": subject_of(a)}
            for a, (network, nick) in fresh.items()
        ]
        conn.execute(insert(subject_accounts), rows)
    for account, subject in changed.items():
        if account in fresh:
            continue
        conn.execute(
            update(subject_accounts)
            .where(subject_accounts.c.account == account)
            .values(subject=subject)
        )


def _stored_upto(conn: Connection) -> int:
    found = conn.execute(select(func.max(identifiers.c.evidence_idx))).scalar()
    return -1 if found is None else int(found)


def _merge_state(
    pipeline: _Pipeline, old: dict[str, str], new: dict[str, str], changed: dict[str, str]
) -> None:
    """Fold the detector's per-account state into the subject's, so scores aggregate."""
    subjects = pipeline.state.subjects
    in_use = set(new.values())
    for account, subject in changed.items():
        target = subjects.get(subject)
        for key in {account, old.get(account, account)} - {subject}:
            if key in in_use:
                continue  # still another subject's state
            source = subjects.pop(key, None)
            if source is None:
                continue
            if target is None:
                target = subjects[subject] = SubjectState()
            for conversation, score in source.conversation_scores.items():
                target.conversation_scores[conversation] = max(
                    score, target.conversation_scores.get(conversation, 0.0)
                )
        if target is not None:
            target.score = pipeline.detector.aggregate(target.conversation_scores.values())
