"""Recompute the whole evidence log from the database and check it against its checkpoints.

Linear time: one pass over the entries in index order feeding a compact range, which yields
the root at every size a checkpoint was signed at. Every checkpoint root that matches also
proves the consistency of all earlier checkpoints with it, since they were all recomputed
from the same leaves. The stored subtree hashes that proofs are built from are recomputed in
the same pass and must match: they are never trusted.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sweetie.events import VerificationError
from sweetie.evidence import merkle
from sweetie.evidence.checkpoint import NoteVerifier, open_checkpoint
from sweetie.evidence.log import ERASURE, check_leaf, check_record
from sweetie.store import CheckpointRow, Database, EntryRow, EvidenceRepository


@dataclass(frozen=True, slots=True)
class VerifyReport:
    size: int
    root: bytes
    origin: str | None  # of the checkpoints; None when there is none
    checkpoints: int
    latest_checkpoint: int | None  # its size
    erased: tuple[int, ...]  # entries whose records were erased, verified by hash only


def _erasure_target(row: EntryRow) -> int | None:
    """The entry an intact erasure entry names, or None if it is not intact."""
    if row.body is None or hashlib.sha256(row.body).digest() != row.content_hash:
        return None
    try:
        record = json.loads(row.body)
    except ValueError:
        return None
    if not isinstance(record, dict) or set(record) != {"erased", "reason"}:
        return None
    target = record["erased"]
    if type(target) is not int or not 0 <= target < row.idx:
        return None
    if not isinstance(record["reason"], str):
        return None
    return target


def _check_entry(row: EntryRow, erased: set[int]) -> bytes:
    """The recomputed leaf hash of one entry; VerificationError naming it if it is wrong."""
    i = row.idx
    if len(row.content_hash) != merkle.HASH_SIZE:
        raise VerificationError(f"entry {i}: content hash is {len(row.content_hash)} bytes")
    if row.body is not None:
        check_record(i, row.content_hash, row.body)
    elif row.kind == ERASURE:
        raise VerificationError(f"entry {i}: the record of an erasure entry is missing")
    elif i not in erased:
        raise VerificationError(f"entry {i}: record is missing and no erasure entry names it")
    if row.kind == ERASURE and _erasure_target(row) is None:
        raise VerificationError(f"entry {i}: malformed erasure record")
    return check_leaf(i, row.kind, row.content_hash, row.recorded_at, row.leaf_hash, stored=True)


def _open_checkpoints(rows: list[CheckpointRow], verifier: NoteVerifier) -> str | None:
    origin: str | None = None
    for row in rows:
        try:
            signed = open_checkpoint(row.note, verifier)
        except VerificationError as exc:
            raise VerificationError(f"checkpoint at size {row.size}: {exc}") from None
        if signed.size != row.size or signed.root != row.root:
            raise VerificationError(
                f"checkpoint at size {row.size}: stored size or root differs from its signed note"
            )
        if origin is None:
            origin = signed.origin
        elif signed.origin != origin:
            raise VerificationError(
                f"checkpoint at size {row.size}: origin {signed.origin!r} is not {origin!r}"
            )
    return origin


def verify_log(database: Database, public_key: str | NoteVerifier) -> VerifyReport:
    """Recompute every leaf and the tree; raise VerificationError at the first failure."""
    verifier = NoteVerifier.from_text(public_key) if isinstance(public_key, str) else public_key
    with database.transaction() as conn:  # one snapshot of the log
        repo = EvidenceRepository(conn)
        checkpoints = repo.checkpoints()
        origin = _open_checkpoints(checkpoints, verifier)
        erased = {
            target
            for row in repo.with_kind(ERASURE)
            if (target := _erasure_target(row)) is not None
        }
        stored = repo.subtrees()

        def check_subtree(level: int, position: int, computed: bytes) -> None:
            found = stored.pop((level, position), None)
            if found is not None and found != computed:
                first = position << level
                raise VerificationError(
                    f"entry {first + (1 << level) - 1}: the stored hash of entries {first} to"
                    f" {first + (1 << level) - 1} does not match them (the proof cache was"
                    " altered)"
                )

        compact = merkle.CompactRange(sink=check_subtree)
        pending = iter(checkpoints)
        next_checkpoint = next(pending, None)
        checked_up_to = 0
        erased_seen: list[int] = []

        def check_checkpoints() -> None:
            nonlocal next_checkpoint, checked_up_to
            while next_checkpoint is not None and next_checkpoint.size == compact.size:
                if compact.root() != next_checkpoint.root:
                    raise VerificationError(
                        f"checkpoint at size {compact.size}: signed root does not match the"
                        f" root recomputed from the log (an entry from {checked_up_to} to"
                        f" {compact.size - 1} was changed and rehashed)"
                    )
                checked_up_to = compact.size
                next_checkpoint = next(pending, None)

        check_checkpoints()  # a checkpoint of the empty log
        for row in repo.scan(0):
            expected = compact.size
            if row.idx != expected:
                raise VerificationError(
                    f"entry {expected}: missing (the next stored entry is {row.idx})"
                )
            compact.append(_check_entry(row, erased))
            if row.body is None:
                erased_seen.append(row.idx)
            check_checkpoints()
        if next_checkpoint is not None:
            raise VerificationError(
                f"entry {compact.size}: missing (a signed checkpoint covers"
                f" {next_checkpoint.size} entries, the log holds {compact.size})"
            )
        if stored:  # hashes the pass never produced: of entries that are gone, or forged
            level, position = min(stored, key=lambda key: key[1] << key[0])
            first, last = position << level, ((position + 1) << level) - 1
            if last >= compact.size:
                raise VerificationError(
                    f"entry {compact.size}: missing (a stored subtree hash covers entries"
                    f" {first} to {last})"
                )
            raise VerificationError(
                f"entry {last}: a stored subtree hash of entries {first} to {last} is not one"
                " the log makes (the proof cache was altered)"
            )
    return VerifyReport(
        size=compact.size,
        root=compact.root(),
        origin=origin,
        checkpoints=len(checkpoints),
        latest_checkpoint=checkpoints[-1].size if checkpoints else None,
        erased=tuple(erased_seen),
    )
