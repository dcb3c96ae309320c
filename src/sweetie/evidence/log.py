"""The tamper-evident evidence log: an append-only RFC 9162 Merkle tree in the database.

Each entry has a kind, a record (stored as RFC 8785 canonical JSON), the SHA-256 of that
record (the content hash) and the time it was recorded. The Merkle leaf is the canonical JSON
of {"content_hash": hex, "idx": n, "kind": kind, "recorded_at": time}: it commits to the
position and to the content hash but not to the body, so erasing a body (a court order, a
retention limit) leaves the log verifiable by hash, with an erasure entry saying so.

Appends are buffered and written in batches; an entry is durable once `flush` returns, and
callers flush before acting on what they appended (hard rule 4). Entries, records, captured
event rows, the subtree hashes completed by the batch, the compact range and any due checkpoint
go in one transaction, so a crash loses at most the unflushed buffer and never leaves a
half-written batch. One process writes a log.

Speed: the scan path appends ~100k entries a second, so the buffer holds rows as the tuples
the driver takes, and each `append_events` call reads the clock once (its entries share one
`recorded_at`). Proofs read O(log n) rows: see `sweetie.evidence.proofs`.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from itertools import repeat
from json.encoder import encode_basestring
from types import TracebackType
from typing import Any

from sweetie.events import ChatEvent, InputError
from sweetie.evidence import merkle
from sweetie.evidence.canonical import canonical_bytes, chat_event_bytes
from sweetie.evidence.checkpoint import (
    SignedCheckpoint,
    SigningKey,
    checkpoint_body,
    sign_checkpoint,
)
from sweetie.evidence.proofs import stored_hasher
from sweetie.store import (
    CapturedEventRepository,
    CapturedEventTuple,
    CheckpointRow,
    Database,
    EntryRow,
    EntryTuple,
    EvidenceRepository,
    SubtreeTuple,
)

CHAT_EVENT = "chat_event"
ERASURE = "erasure"
_KIND = re.compile(r"[a-z][a-z0-9_.-]{0,63}")


def leaf_entry(idx: int, kind: str, content_hash: bytes, recorded_at: str) -> bytes:
    """The bytes a leaf hashes: RFC 8785 canonical JSON (keys already in sorted order)."""
    kind_json = encode_basestring(kind)
    time_json = encode_basestring(recorded_at)
    return (
        f'{{"content_hash":"{content_hash.hex()}","idx":{idx},'
        f'"kind":{kind_json},"recorded_at":{time_json}}}'
    ).encode()


def entry_leaf_hash(idx: int, kind: str, content_hash: bytes, recorded_at: str) -> bytes:
    return merkle.leaf_hash(leaf_entry(idx, kind, content_hash, recorded_at))


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _format_time(moment: datetime) -> str:
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return moment.isoformat(timespec="microseconds")[:-6] + "Z"  # "+00:00" -> "Z"


_sha256 = hashlib.sha256
# A leaf's bytes up to the index: the 0x00 leaf prefix, then `leaf_entry` written out.
_LEAF_HEAD = b'\x00{"content_hash":"%s","idx":%d%s'
_NOT_LOGGED = (-1, b"")


class EvidenceLog:
    """Append, flush, checkpoint and erase; see the module docstring for the guarantees."""

    def __init__(
        self,
        database: Database,
        origin: str,
        key: SigningKey,
        *,
        batch_size: int = 2000,
        checkpoint_every: int = 10_000,
        checkpoint_interval: float = 300.0,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        checkpoint_body(origin, 0, merkle.EMPTY_ROOT)  # refuses a bad origin early
        if batch_size < 1 or checkpoint_every < 1 or checkpoint_interval <= 0:
            raise ValueError("batch_size, checkpoint_every and checkpoint_interval must be > 0")
        self._db = database
        self.origin = origin
        self._key = key
        self._batch_size = batch_size
        self._checkpoint_every = checkpoint_every
        self._checkpoint_interval = checkpoint_interval
        self._clock = clock
        # The buffer: rows of the three tables a flush writes, shaped for the driver. The
        # lists are cleared in place after a commit, so a loop may hold them in locals.
        self._entries: list[EntryTuple] = []
        self._events: list[CapturedEventTuple] = []
        self._subtrees: list[SubtreeTuple] = []
        # event id -> (log index, content hash), for events still in the buffer
        self._buffered_ids: dict[str, tuple[int, bytes]] = {}
        # the end of a leaf's canonical JSON, for the last (kind, recorded_at) seen
        self._tail_key = ("", "")
        self._tail = b""
        with database.transaction() as conn:
            repo = EvidenceRepository(conn)
            self._durable = self._load_compact_range(repo)
            latest = repo.latest_checkpoint()
        self._pending = self._durable.copy(self._subtree_completed)
        self._checkpoint_size = latest.size if latest is not None else -1
        self._checkpoint_time = time.monotonic()

    @staticmethod
    def _load_compact_range(repo: EvidenceRepository) -> merkle.CompactRange:
        size = repo.size()
        saved = repo.frontier()
        if saved is not None and saved[0] == size:
            try:
                return merkle.CompactRange(size, saved[1])
            except ValueError:
                pass  # a damaged cache: rebuild it from the leaves below
        compact = merkle.CompactRange()
        for row in repo.scan(0):
            compact.append(row.leaf_hash)
        return compact

    # -- appending ---------------------------------------------------------------------------

    @property
    def size(self) -> int:
        """Entries appended so far, including those not yet flushed."""
        return self._pending.size

    @property
    def durable_size(self) -> int:
        return self._durable.size

    def root(self) -> bytes:
        """The Merkle root over every appended entry, flushed or not."""
        return self._pending.root()

    def append(self, kind: str, record: Mapping[str, Any]) -> int:
        """Buffer one entry; returns its index. Durable after the next `flush`."""
        if not _KIND.fullmatch(kind) or kind == ERASURE:
            raise ValueError(f"evidence kind {kind!r}: not a valid kind")
        body = canonical_bytes(record)
        idx = self._add(kind, body, _sha256(body).digest(), self._timestamp())
        if len(self._entries) >= self._batch_size:
            self.flush()
        return idx

    def append_many(self, items: Iterable[tuple[str, Mapping[str, Any]]]) -> list[int]:
        return [self.append(kind, record) for kind, record in items]

    def append_events(self, events: Iterable[ChatEvent]) -> list[int]:
        """Log captured chat events, idempotently: an event id already logged with the same
        content returns its existing index. The same id with different content is logged
        again (nothing captured is dropped), and lookups keep pointing at the first."""
        batch = events if type(events) is list else list(events)
        buffered = self._buffered_ids
        ids = [e.id for e in batch if e.id not in buffered]
        with self._db.transaction() as conn:
            known = CapturedEventRepository(conn).logged(ids)
        recorded_at = self._timestamp()
        if not known and len(ids) == len(batch) and len(set(ids)) == len(ids):
            return self._append_new_events(batch, recorded_at)
        # Seeded from the buffer and kept current here: a flush mid-batch clears the buffer.
        known.update(buffered)
        tail = self._leaf_tail(CHAT_EVENT, recorded_at)
        # `_add`, inlined: this loop is the scan path, and a call per event costs ~10%.
        batch_size = self._batch_size
        entries, rows, ids_in_buffer = self._entries, self._events, self._buffered_ids
        pending = self._pending
        indexes: list[int] = []
        for event in batch:
            event_id = event.id
            body = chat_event_bytes(event)
            content_hash = _sha256(body).digest()
            idx, seen_hash = known.get(event_id, _NOT_LOGGED)
            if idx >= 0 and seen_hash == content_hash:
                indexes.append(idx)
                continue
            new_idx = pending.size
            leaf = _sha256(_LEAF_HEAD % (content_hash.hex().encode(), new_idx, tail)).digest()
            pending.append(leaf)
            entries.append((new_idx, CHAT_EVENT, content_hash, leaf, recorded_at, body))
            if idx < 0:
                rows.append((event_id, event.conversation, event.sender, event.ts, new_idx))
                ids_in_buffer[event_id] = known[event_id] = (new_idx, content_hash)
            indexes.append(new_idx)
            if len(entries) >= batch_size:
                self.flush()
        return indexes

    def _append_new_events(self, batch: list[ChatEvent], recorded_at: str) -> list[int]:
        """`append_events` when every event is new (the scan path): the same entries, built a
        list at a time, in chunks that fill the buffer up to the batch size."""
        tail = self._leaf_tail(CHAT_EVENT, recorded_at)
        first = self._pending.size
        done = 0
        while done < len(batch):
            # at least one: after a failed flush the buffer may already be full
            room = max(1, self._batch_size - len(self._entries))
            chunk = batch[done : done + room]
            start = self._pending.size
            idxs = range(start, start + len(chunk))
            bodies = [chat_event_bytes(e) for e in chunk]
            hashes = [_sha256(body).digest() for body in bodies]
            leaves = [
                _sha256(_LEAF_HEAD % (h.hex().encode(), i, tail)).digest()
                for h, i in zip(hashes, idxs, strict=True)
            ]
            self._pending.extend(leaves)
            self._entries.extend(
                zip(idxs, repeat(CHAT_EVENT), hashes, leaves, repeat(recorded_at), bodies)
            )
            self._events.extend(
                (e.id, e.conversation, e.sender, e.ts, i) for e, i in zip(chunk, idxs, strict=True)
            )
            self._buffered_ids.update(
                zip([e.id for e in chunk], zip(idxs, hashes, strict=True), strict=True)
            )
            done += len(chunk)
            if len(self._entries) >= self._batch_size:
                self.flush()
        return list(range(first, first + len(batch)))

    def append_event(self, event: ChatEvent) -> int:
        return self.append_events([event])[0]

    def _add(self, kind: str, body: bytes, content_hash: bytes, recorded_at: str) -> int:
        """Buffer one entry (no flush): the leaf is `entry_leaf_hash`, built from parts."""
        idx = self._pending.size
        tail = self._leaf_tail(kind, recorded_at)
        leaf = _sha256(_LEAF_HEAD % (content_hash.hex().encode(), idx, tail)).digest()
        self._pending.append(leaf)
        self._entries.append((idx, kind, content_hash, leaf, recorded_at, body))
        return idx

    def _leaf_tail(self, kind: str, recorded_at: str) -> bytes:
        """The end of a leaf's canonical JSON, after the index; cached for the last pair."""
        if self._tail_key != (kind, recorded_at):
            self._tail_key = (kind, recorded_at)
            self._tail = (
                f',"kind":{encode_basestring(kind)},"recorded_at":{encode_basestring(recorded_at)}}}'
            ).encode()
        return self._tail

    def _subtree_completed(self, level: int, position: int, subtree: bytes) -> None:
        self._subtrees.append((level, position, subtree))

    # -- making it durable -------------------------------------------------------------------

    def _checkpoint_due(self) -> bool:
        size = self._pending.size
        if size <= self._checkpoint_size:
            return False
        since = size - max(self._checkpoint_size, 0)
        waited = time.monotonic() - self._checkpoint_time
        return since >= self._checkpoint_every or waited >= self._checkpoint_interval

    def flush(self) -> None:
        """Commit the buffer (and a checkpoint, if one is due) in one transaction.

        On failure the buffer is kept, so a later flush retries it; nothing is dropped.
        """
        if not self._entries:
            return
        self._commit(with_checkpoint=self._checkpoint_due())

    def _commit(
        self, *, with_checkpoint: bool, erase: int | None = None
    ) -> SignedCheckpoint | None:
        signed = None
        if with_checkpoint:
            signed = sign_checkpoint(self._key, self.origin, self._pending.size, self.root())
        with self._db.transaction() as conn:
            repo = EvidenceRepository(conn)
            if erase is not None and not repo.delete_record(erase):
                raise InputError(f"entry {erase} has no record to erase", field="idx")
            repo.add_rows(self._entries)
            CapturedEventRepository(conn).add_rows(self._events)
            repo.add_subtrees(self._subtrees)
            repo.save_frontier(self._pending.size, self._pending.hashes)
            if signed is not None:
                repo.add_checkpoint(
                    CheckpointRow(signed.size, signed.root, signed.note, self._timestamp())
                )
        self._durable = self._pending.copy()
        self._clear_buffer()
        if signed is not None:
            self._checkpoint_size = signed.size
            self._checkpoint_time = time.monotonic()
        return signed

    def _clear_buffer(self) -> None:
        self._entries.clear()
        self._events.clear()
        self._subtrees.clear()
        self._buffered_ids.clear()

    def _timestamp(self) -> str:
        return _format_time(self._clock())

    def checkpoint(self) -> SignedCheckpoint:
        """Flush, then sign and store a tree head at the current size (if not already)."""
        if self._entries or self._pending.size > self._checkpoint_size:
            signed = self._commit(with_checkpoint=True)
            assert signed is not None
            return signed
        return sign_checkpoint(self._key, self.origin, self._durable.size, self._durable.root())

    def erase(self, idx: int, reason: str) -> int:
        """Delete the record of entry `idx` and log an erasure entry naming it and why.

        Returns the index of the erasure entry. The deletion and the erasure entry commit
        together. Captured-event index rows are kept (they make ingest idempotent).
        """
        self.flush()
        if not 0 <= idx < self._durable.size:
            raise InputError(f"no entry {idx} in a log of {self._durable.size}", field="idx")
        with self._db.transaction() as conn:
            row = EvidenceRepository(conn).entry(idx)
        if row is None or row.body is None:
            raise InputError(f"entry {idx} has no record to erase", field="idx")
        if row.kind == ERASURE:
            raise InputError(f"entry {idx} is an erasure entry and stays", field="idx")
        body = canonical_bytes({"erased": idx, "reason": reason})
        before = self._pending.copy(self._subtree_completed)
        erasure_idx = self._add(ERASURE, body, _sha256(body).digest(), self._timestamp())
        try:
            self._commit(with_checkpoint=self._checkpoint_due(), erase=idx)
        except BaseException:
            # The buffer was empty (flushed above): drop the erasure entry, not retry it.
            self._pending = before
            self._clear_buffer()
            raise
        return erasure_idx

    def close(self) -> None:
        self.flush()

    def __enter__(self) -> EvidenceLog:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Flush even when the block failed: what was captured must not be lost.
        self.flush()

    # -- reading -----------------------------------------------------------------------------

    def entry(self, idx: int) -> EntryRow | None:
        self.flush()
        with self._db.transaction() as conn:
            return EvidenceRepository(conn).entry(idx)

    def record(self, idx: int) -> dict[str, Any] | None:
        """The record of entry `idx`, or None if there is no such entry or it was erased."""
        row = self.entry(idx)
        if row is None or row.body is None:
            return None
        value: dict[str, Any] = json.loads(row.body)
        return value

    def _durable_size(self, size: int | None) -> int:
        self.flush()
        if size is None:
            return self._durable.size
        if not 0 <= size <= self._durable.size:
            raise ValueError(f"size {size}: the log has {self._durable.size} entries")
        return size

    def root_at(self, size: int) -> bytes:
        """The root of the first `size` entries, from O(log n) stored rows."""
        size = self._durable_size(size)
        if size == 0:
            return merkle.EMPTY_ROOT
        with self._db.transaction() as conn:
            return stored_hasher(EvidenceRepository(conn), size).subtree(0, size)

    def inclusion_proof(self, idx: int, size: int | None = None) -> list[bytes]:
        """Proof that entry `idx` is in the tree of `size` entries (default: all flushed)."""
        size = self._durable_size(size)
        with self._db.transaction() as conn:
            hasher = stored_hasher(EvidenceRepository(conn), size)
            return merkle.inclusion_proof(idx, size, hasher)

    def consistency_proof(self, size1: int, size2: int | None = None) -> list[bytes]:
        size2 = self._durable_size(size2)
        with self._db.transaction() as conn:
            hasher = stored_hasher(EvidenceRepository(conn), size2)
            return merkle.consistency_proof(size1, size2, hasher)
