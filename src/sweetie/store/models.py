"""The tables. Alembic migrations under `migrations/` create them; this mirrors the head."""

from __future__ import annotations

from typing import cast

from sqlalchemy import (
    BigInteger,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# A log index. On SQLite the primary key is declared INTEGER so that it aliases the rowid:
# one b-tree instead of a table plus a primary-key index, a large part of an append's cost.
# (SQLite's INTEGER is 64-bit; BigInteger would render BIGINT, which is not an alias.)
LogIndex = Integer().with_variant(BigInteger(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class EvidenceEntry(Base):
    """One leaf of the evidence log and its record.

    The leaf commits to content_hash, not to the body: the body (canonical JSON) is set to
    NULL on erasure and the entry stays. One row per entry, so an append writes one b-tree.
    """

    __tablename__ = "evidence_entries"
    idx: Mapped[int] = mapped_column(LogIndex, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    leaf_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    recorded_at: Mapped[str] = mapped_column(Text)
    body: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class Checkpoint(Base):
    """A signed tree head (C2SP signed note) at one log size."""

    __tablename__ = "checkpoints"
    size: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    root: Mapped[bytes] = mapped_column(LargeBinary(32))
    note: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(Text)


class CheckpointTimestamp(Base):
    """An RFC 3161 timestamp token (DER TimeStampResp) over one checkpoint's signed note."""

    __tablename__ = "checkpoint_timestamps"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    size: Mapped[int] = mapped_column(BigInteger, ForeignKey("checkpoints.size"), index=True)
    tsa_url: Mapped[str] = mapped_column(Text)
    token: Mapped[bytes] = mapped_column(LargeBinary)
    gen_time: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(Text)


class EvidenceFrontier(Base):
    """The compact range of the durable log, so opening a log does not reread every leaf.

    Written in the same transaction as the entries; a cache, never trusted by verification.
    """

    __tablename__ = "evidence_frontier"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    size: Mapped[int] = mapped_column(BigInteger)
    hashes: Mapped[bytes] = mapped_column(LargeBinary)


class EvidenceSubtree(Base):
    """The hash of a complete, aligned subtree of 256·2^k leaves, stored as it completes.

    Written in the same transaction as its last entry, so inclusion and consistency proofs
    read O(log n) rows. A cache: verification recomputes every subtree from the leaves.
    """

    __tablename__ = "evidence_subtrees"
    level: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    position: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class CapturedEvent(Base):
    """Where each captured chat event sits in the log: lookups and idempotent ingest."""

    __tablename__ = "captured_events"
    # Keyed by the event id: on SQLite the rows live in the key's b-tree, without a rowid.
    __table_args__ = ({"sqlite_with_rowid": False},)
    event_id: Mapped[str] = mapped_column(Text, primary_key=True)
    conversation: Mapped[str] = mapped_column(Text, index=True)
    sender: Mapped[str] = mapped_column(Text)
    ts: Mapped[str] = mapped_column(Text)
    evidence_idx: Mapped[int] = mapped_column(BigInteger, ForeignKey("evidence_entries.idx"))


class AssessmentRow(Base):
    """One assessment, its canonical JSON and where it sits in the log."""

    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(Text, index=True)
    conversation: Mapped[str] = mapped_column(Text, index=True)
    sender: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text, index=True)
    score: Mapped[float] = mapped_column(Float)
    level: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(Text)
    model_version: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    evidence_idx: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


evidence_entries = cast(Table, EvidenceEntry.__table__)
checkpoints = cast(Table, Checkpoint.__table__)
checkpoint_timestamps = cast(Table, CheckpointTimestamp.__table__)
evidence_frontier = cast(Table, EvidenceFrontier.__table__)
evidence_subtrees = cast(Table, EvidenceSubtree.__table__)
captured_events = cast(Table, CapturedEvent.__table__)
assessments = cast(Table, AssessmentRow.__table__)
