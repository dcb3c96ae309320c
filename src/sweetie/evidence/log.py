"""The tamper-evident evidence log: an append-only RFC 9162 Merkle tree in the database.

Each entry has a kind, a record (stored as RFC 8785 canonical JSON), the SHA-256 of that
record (the content hash) and the time it was recorded. The Merkle leaf is the canonical JSON
of {"content_hash": hex, "idx": n, "kind": kind, "recorded_at": time}: it commits to the
position and to the content hash but not to the body, so erasing a body (a court order, a
retention limit) leaves the log verifiable by hash, with an erasure entry saying so.

Appends are buffered and written in batches; an entry is durable once `flush` returns, and
callers flush before acting on what they appended (hard rule 4). Entries, records, captured
event rows, the subtree hashes completed by the batch, any due checkpoint (and whatever a
caller asked to have written with the next commit: `write_with_next_commit`) go in one
transaction, so a crash loses at most the unflushed buffer and never leaves a half-written
batch. One process writes a log.

The compact range (the frontier: the O(log n) hashes that let appends continue the tree) is a
cache, saved with a commit only every FRONTIER_EVERY entries and with each checkpoint: saving it
on every commit was a third of the cost of a small batch. Opening the log continues the saved
one over the leaves stored after it (at most about FRONTIER_EVERY), or rebuilds it from all
the leaves when it is missing or does not fit them.

Speed: the scan path appends over 100k entries a second on one core, so the buffer holds
rows as flat lists of column values, in the order the driver takes them (no tuple per row:
fewer allocations and fewer visits from the garbage collector), built a column at a time for
a batch of new events; each `append_events` call reads the clock once (its entries share one
`recorded_at`). Proofs read O(log n) rows: see `sweetie.evidence.proofs`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from binascii import hexlify
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from json.encoder import encode_basestring
from types import TracebackType
from typing import Any

from sqlalchemy.engine import Connection

from sweetie.events import ChatEvent, InputError, SweetieError, VerificationError
from sweetie.evidence import merkle
from sweetie.evidence.canonical import canonical_bytes, chat_event_bodies, chat_event_bytes
from sweetie.evidence.checkpoint import (
    SignedCheckpoint,
    SigningKey,
    checkpoint_body,
    sign_checkpoint,
)
from sweetie.evidence.config import EvidenceConfig
from sweetie.evidence.proofs import stored_hasher
from sweetie.store import (
    CapturedEventRepository,
    CheckpointRow,
    Database,
    EntryRow,
    EvidenceRepository,
    SubtreeTuple,
)
from sweetie.store.captured_events import CAPTURED_EVENT_WIDTH
from sweetie.store.evidence_repository import ENTRY_WIDTH

_logger = logging.getLogger(__name__)

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


# The checks of one entry that the log's verification, an export and a bundle's verification
# share, worded once: whoever reads the message should not have to learn two phrasings.


def check_record(idx: int, content_hash: bytes, body: bytes | None) -> None:
    """VerificationError naming entry `idx` if its record (when kept) is not what its
    content hash commits to."""
    if body is not None and _sha256(body).digest() != content_hash:
        raise VerificationError(f"entry {idx}: record does not match its content hash")


def check_leaf(
    idx: int, kind: str, content_hash: bytes, recorded_at: str, leaf: bytes, *, stored: bool
) -> bytes:
    """The leaf hash recomputed from the entry's fields; VerificationError naming the entry
    if `leaf` (as stored in the database, or as carried by a bundle) differs."""
    computed = entry_leaf_hash(idx, kind, content_hash, recorded_at)
    if computed != leaf:
        held = "stored leaf hash" if stored else "leaf hash"
        raise VerificationError(
            f"entry {idx}: {held} does not match the entry"
            " (its index, kind, time or content hash was changed)"
        )
    return computed


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
# Entries at most between two saves of the frontier: what opening the log reads to catch up.
FRONTIER_EVERY = 4096


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
        config: EvidenceConfig | None = None,
    ) -> None:
        """`config` (the [evidence] settings), when given, sets the checkpoint cadence in
        place of `checkpoint_every` and `checkpoint_interval`, and with a `tsa_url` has each
        checkpoint the log stores timestamped there (RFC 3161)."""
        checkpoint_body(origin, 0, merkle.EMPTY_ROOT)  # refuses a bad origin early
        if config is not None:
            checkpoint_every = config.checkpoint_every
            checkpoint_interval = config.checkpoint_interval_seconds
        if batch_size < 1 or checkpoint_every < 1 or checkpoint_interval <= 0:
            raise ValueError("batch_size, checkpoint_every and checkpoint_interval must be > 0")
        self._db = database
        self.origin = origin
        self._key = key
        self._batch_size = batch_size
        self._checkpoint_every = checkpoint_every
        self._checkpoint_interval = checkpoint_interval
        self._clock = clock
        self._config = config
        # sizes of stored checkpoints the authority did not timestamp (see `_stamp`)
        self.unstamped: list[int] = []
        # The buffer: rows of the tables a flush writes, entries and captured events as flat
        # lists of column values (ENTRY_WIDTH and CAPTURED_EVENT_WIDTH a row, in index order).
        # The lists are cleared in place after a commit, so a loop may hold them in locals.
        self._entries: list[Any] = []
        self._events: list[Any] = []
        self._subtrees: list[SubtreeTuple] = []
        # the end of a leaf's canonical JSON, for the last (kind, recorded_at) seen
        self._tail_key = ("", "")
        self._tail = b""
        # a write that goes in the next commit's transaction (`write_with_next_commit`)
        self._rider: Callable[[Connection], None] | None = None
        with database.transaction() as conn:
            repo = EvidenceRepository(conn)
            self._durable, self._frontier_size = self._load_compact_range(repo)
            latest = repo.latest_checkpoint()
        self._pending = self._durable.copy(self._subtree_completed)
        self._checkpoint_size = latest.size if latest is not None else -1
        self._checkpoint_time = time.monotonic()

    @staticmethod
    def _load_compact_range(repo: EvidenceRepository) -> tuple[merkle.CompactRange, int]:
        """The compact range of the stored leaves, and the size of the saved frontier (-1:
        none that could be used, so the next commit saves it)."""
        size = repo.size()
        saved = repo.frontier()
        if saved is not None and 0 <= saved[0] <= size:
            try:
                compact = merkle.CompactRange(saved[0], saved[1])
            except ValueError:
                pass  # a damaged cache: rebuild it from all the leaves below
            else:
                # Saved every FRONTIER_EVERY entries: continue it over the leaves stored
                # since. Fewer leaves than indexes (a gap) cannot continue it: rebuild.
                later = repo.leaf_hashes(saved[0], size)
                if len(later) == size - saved[0]:
                    compact.extend(later)
                    return compact, saved[0]
        compact = merkle.CompactRange()
        for row in repo.scan(0):
            compact.append(row.leaf_hash)
        return compact, -1

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
        if len(self._entries) >= self._batch_size * ENTRY_WIDTH:
            self.flush()
        return idx

    def append_many(self, items: Iterable[tuple[str, Mapping[str, Any]]]) -> list[int]:
        return [self.append(kind, record) for kind, record in items]

    def append_events(self, events: Iterable[ChatEvent]) -> list[int]:
        """Log captured chat events, idempotently: an event id already logged with the same
        content returns its existing index. The same id with different content is logged
        again (nothing captured is dropped), and lookups keep pointing at the first."""
        batch = events if type(events) is list else list(events)
        buffered = self._buffered_ids()
        ids = [e.id for e in batch if e.id not in buffered] if buffered else [e.id for e in batch]
        with self._db.transaction() as conn:
            known = CapturedEventRepository(conn).logged(ids)
        recorded_at = self._timestamp()
        if not known and len(ids) == len(batch) and len(set(ids)) == len(ids):
            return self._append_new_events(batch, recorded_at)
        # Seeded from the buffer and kept current here: a flush mid-batch clears the buffer.
        known.update(buffered)
        tail = self._leaf_tail(CHAT_EVENT, recorded_at)
        # `_add`, inlined: a call per event costs ~10%.
        limit = self._batch_size * ENTRY_WIDTH
        entries, rows = self._entries, self._events
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
            leaf = _sha256(_LEAF_HEAD % (hexlify(content_hash), new_idx, tail)).digest()
            pending.append(leaf)
            entries += (new_idx, CHAT_EVENT, content_hash, leaf, recorded_at, body)
            if idx < 0:
                rows += (event_id, event.conversation, event.sender, event.ts, new_idx)
                known[event_id] = (new_idx, content_hash)
            indexes.append(new_idx)
            if len(entries) >= limit:
                self.flush()
        return indexes

    def _append_new_events(self, batch: list[ChatEvent], recorded_at: str) -> list[int]:
        """`append_events` when every event is new (the scan path): the same entries, built a
        column at a time, in chunks that fill the buffer up to the batch size."""
        tail = self._leaf_tail(CHAT_EVENT, recorded_at)
        first = self._pending.size
        done = 0
        while done < len(batch):
            # at least one: after a failed flush the buffer may already be full
            room = max(1, self._batch_size - len(self._entries) // ENTRY_WIDTH)
            chunk = batch[done : done + room]
            n = len(chunk)
            start = self._pending.size
            idxs = range(start, start + n)
            bodies = chat_event_bodies(chunk)
            hashes = [_sha256(body).digest() for body in bodies]
            leaves = [
                _sha256(_LEAF_HEAD % (hexlify(h), i, tail)).digest()
                for h, i in zip(hashes, idxs, strict=True)
            ]
            self._pending.extend(leaves)
            # Columns into their slots of the flat rows: no tuple per row.
            entries: list[Any] = [CHAT_EVENT] * (n * ENTRY_WIDTH)
            entries[0::ENTRY_WIDTH] = idxs
            entries[2::ENTRY_WIDTH] = hashes
            entries[3::ENTRY_WIDTH] = leaves
            entries[4::ENTRY_WIDTH] = [recorded_at] * n
            entries[5::ENTRY_WIDTH] = bodies
            rows: list[Any] = [None] * (n * CAPTURED_EVENT_WIDTH)
            rows[0::CAPTURED_EVENT_WIDTH] = [e.id for e in chunk]
            rows[1::CAPTURED_EVENT_WIDTH] = [e.conversation for e in chunk]
            rows[2::CAPTURED_EVENT_WIDTH] = [e.sender for e in chunk]
            rows[3::CAPTURED_EVENT_WIDTH] = [e.ts for e in chunk]
            rows[4::CAPTURED_EVENT_WIDTH] = idxs
            self._entries += entries
            self._events += rows
            done += n
            if len(self._entries) >= self._batch_size * ENTRY_WIDTH:
                self.flush()
        return list(range(first, first + len(batch)))

    def append_event(self, event: ChatEvent) -> int:
        return self.append_events([event])[0]

    def _add(self, kind: str, body: bytes, content_hash: bytes, recorded_at: str) -> int:
        """Buffer one entry (no flush): the leaf is `entry_leaf_hash`, built from parts."""
        idx = self._pending.size
        tail = self._leaf_tail(kind, recorded_at)
        leaf = _sha256(_LEAF_HEAD % (hexlify(content_hash), idx, tail)).digest()
        self._pending.append(leaf)
        self._entries += (idx, kind, content_hash, leaf, recorded_at, body)
        return idx

    def _buffered_ids(self) -> dict[str, tuple[int, bytes]]:
        """Event id -> (log index, content hash) of the captured events still buffered.

        Derived when asked (rarely: the scan path flushes each batch before the next), so
        the fast path does not build it. Each id has one captured-event row at most.
        """
        rows, entries = self._events, self._entries
        if not rows:
            return {}
        first = entries[0]
        hashes = entries[2::ENTRY_WIDTH]
        ids = rows[0::CAPTURED_EVENT_WIDTH]
        idxs = rows[4::CAPTURED_EVENT_WIDTH]
        return {event_id: (i, hashes[i - first]) for event_id, i in zip(ids, idxs, strict=True)}

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
            repo.add_values(self._entries)
            CapturedEventRepository(conn).add_values(self._events)
            repo.add_subtrees(self._subtrees)
            size = self._pending.size
            frontier_due = (
                signed is not None
                or self._frontier_size < 0
                or size - self._frontier_size >= FRONTIER_EVERY
            )
            if frontier_due:
                repo.save_frontier(size, self._pending.hashes)
            if signed is not None:
                repo.add_checkpoint(
                    CheckpointRow(signed.size, signed.root, signed.note, self._timestamp())
                )
            rider = self._rider
            if rider is not None:
                rider(conn)
        self._durable = self._pending.copy()
        self._clear_buffer()
        if frontier_due:
            self._frontier_size = size
        if rider is not None and self._rider is rider:
            self._rider = None
        if signed is not None:
            self._checkpoint_size = signed.size
            self._checkpoint_time = time.monotonic()
            self._stamp(signed)
        return signed

    def write_with_next_commit(self, write: Callable[[Connection], None]) -> None:
        """Have `write` done in the transaction of the next commit of entries (in place of
        any earlier write still waiting), so that it is durable exactly when they are, for
        one commit less. It waits until something is flushed; `commit_waiting_write` does it
        at once in its own transaction. A commit that fails keeps it for the retry."""
        self._rider = write

    @property
    def write_waiting(self) -> bool:
        return self._rider is not None

    def commit_waiting_write(self) -> None:
        """The write waiting for the next commit (if any), done now in its own transaction."""
        rider = self._rider
        if rider is None:
            return
        with self._db.transaction() as conn:
            rider(conn)
        if self._rider is rider:
            self._rider = None

    def _stamp(self, signed: SignedCheckpoint) -> None:
        """Timestamp a stored checkpoint at the configured authority, if there is one.

        The entries are durable already, so an authority that is down or answers badly
        must not stop capture (hard rule 4 comes first): the failure is logged, the size
        kept in `unstamped`, and the next checkpoint is stamped as usual. A later stamped
        checkpoint still dates the earlier entries, since it is consistent with them.
        """
        config = self._config
        if config is None or config.tsa_url is None:
            return
        # imported here: timestamp builds on the bundle module, which builds on this one
        from sweetie.evidence.timestamp import stamp_checkpoint

        try:
            stamp_checkpoint(self._db, signed, config.tsa_url, timeout=config.tsa_timeout)
        except SweetieError as exc:
            self.unstamped.append(signed.size)
            _logger.warning("checkpoint at size %d not timestamped: %s", signed.size, exc)

    def _clear_buffer(self) -> None:
        self._entries.clear()
        self._events.clear()
        self._subtrees.clear()

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
