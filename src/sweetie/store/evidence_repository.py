"""Reads and batched writes of the evidence log tables, on one connection (one transaction)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from sweetie.store.models import (
    checkpoints,
    evidence_entries,
    evidence_frontier,
    evidence_subtrees,
)

_FRONTIER_ROW = 1

# The row shape of the batched writes: idx, kind, content_hash, leaf_hash, recorded_at, body.
EntryTuple = tuple[int, str, bytes, bytes, str, bytes | None]
ENTRY_WIDTH = 6
_ENTRY_COLUMNS = "evidence_entries (idx, kind, content_hash, leaf_hash, recorded_at, body)"
SubtreeTuple = tuple[int, int, bytes]  # level, position, hash


@dataclass(frozen=True, slots=True)
class EntryRow:
    """One log entry as stored; `body` is None once the record is erased (or lost)."""

    idx: int
    kind: str
    content_hash: bytes
    leaf_hash: bytes
    recorded_at: str
    body: bytes | None


@dataclass(frozen=True, slots=True)
class CheckpointRow:
    size: int
    root: bytes
    note: str
    created_at: str


# Rows per INSERT statement in the batched writes: a multi-row VALUES list costs SQLite about
# a fifth less than one statement execution per row, and keeps far below the bound-parameter
# limits (SQLite 32766, PostgreSQL 65535).
ROWS_PER_STATEMENT = 100


def insert_values(conn: Connection, table_columns: str, width: int, values: Sequence[Any]) -> None:
    """Insert rows given as one flat sequence, `width` values a row, in row order.

    Full groups of ROWS_PER_STATEMENT rows go in one executemany, the rest in one statement.
    Flat values spare the caller a tuple per row (and the garbage collector its visits).
    """
    if len(values) % width:
        raise ValueError(f"{len(values)} values do not make rows of {width}")
    rows = len(values) // width
    if not rows:
        return
    p = placeholder(conn)
    group = "(" + ", ".join([p] * width) + ")"
    step = ROWS_PER_STATEMENT * width
    full = len(values) - len(values) % step
    groups = [tuple(values[i : i + step]) for i in range(0, full, step)]
    statement = f"INSERT INTO {table_columns} VALUES " + ", ".join([group] * ROWS_PER_STATEMENT)
    rest = (len(values) - full) // width
    last = f"INSERT INTO {table_columns} VALUES " + ", ".join([group] * rest)
    if conn.dialect.name == "sqlite":
        # Straight to the driver, inside the same transaction: SQLAlchemy adds nothing to a
        # plain executemany but its per-call cost, which shows at 100k rows a second.
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            if groups:
                cursor.executemany(statement, groups)
            if rest:
                cursor.execute(last, tuple(values[full:]))
        finally:
            cursor.close()
        return
    if groups:
        conn.exec_driver_sql(statement, groups)
    if rest:
        conn.exec_driver_sql(last, tuple(values[full:]))


def placeholder(conn: Connection) -> str:
    """The driver's bound-parameter marker, for statements sent through exec_driver_sql."""
    style = conn.dialect.paramstyle
    if style == "qmark":
        return "?"
    if style in ("format", "pyformat"):
        return "%s"
    raise NotImplementedError(f"database driver with {style} parameters")


class EvidenceRepository:
    """The evidence tables. Callers own the transaction: `with db.transaction() as conn`."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add_entries(self, entries: Sequence[EntryRow]) -> None:
        """Insert entries with their records: one executemany statement at driver level.

        The scan path appends tens of thousands of entries a second; SQLAlchemy's per-row
        parameter processing would cost more than SQLite itself, so rows go to the driver as
        tuples, with the placeholder style of the dialect.
        """
        self.add_rows(
            [(e.idx, e.kind, e.content_hash, e.leaf_hash, e.recorded_at, e.body) for e in entries]
        )

    def add_rows(self, entries: Sequence[EntryTuple]) -> None:
        """`add_entries` on rows already shaped as tuples."""
        self.add_values([value for entry in entries for value in entry])

    def add_values(self, values: Sequence[Any]) -> None:
        """`add_entries` on one flat sequence, ENTRY_WIDTH values an entry in the order of
        EntryTuple: what the log buffers."""
        insert_values(self._conn, _ENTRY_COLUMNS, ENTRY_WIDTH, values)

    def add_subtrees(self, rows: Sequence[SubtreeTuple]) -> None:
        if rows:
            p = placeholder(self._conn)
            self._conn.exec_driver_sql(
                f"INSERT INTO evidence_subtrees (level, position, hash) VALUES ({p}, {p}, {p})",
                rows,
            )

    def subtree(self, level: int, position: int) -> bytes | None:
        """The stored hash of complete subtree `position` at `level`, if there is one."""
        # A proof asks for one row per level: plain SQL, for a fraction of the overhead.
        p = placeholder(self._conn)
        found = self._conn.exec_driver_sql(
            f"SELECT hash FROM evidence_subtrees WHERE level = {p} AND position = {p}",
            (level, position),
        ).scalar()
        return None if found is None else bytes(found)

    def subtrees(self) -> dict[tuple[int, int], bytes]:
        """Every stored subtree hash, by (level, position)."""
        s = evidence_subtrees.c
        rows = self._conn.execute(select(s.level, s.position, s.hash))
        return {(int(level), int(pos)): bytes(h) for level, pos, h in rows}

    def size(self) -> int:
        """One more than the highest index: the size the log claims (gaps are not counted)."""
        top = self._conn.execute(select(func.max(evidence_entries.c.idx))).scalar()
        return 0 if top is None else int(top) + 1

    def entry(self, idx: int) -> EntryRow | None:
        for row in self.scan(idx, idx + 1):
            return row
        return None

    def scan(self, start: int = 0, end: int | None = None, chunk: int = 5000) -> Iterator[EntryRow]:
        """Entries in index order with their records, fetched in chunks by key."""
        e = evidence_entries.c
        after = start - 1
        while True:
            query = (
                select(e.idx, e.kind, e.content_hash, e.leaf_hash, e.recorded_at, e.body)
                .where(e.idx > after)
                .order_by(e.idx)
                .limit(chunk)
            )
            if end is not None:
                query = query.where(e.idx < end)
            rows = self._conn.execute(query).all()
            for row in rows:
                yield EntryRow(
                    int(row[0]),
                    str(row[1]),
                    bytes(row[2]),
                    bytes(row[3]),
                    str(row[4]),
                    None if row[5] is None else bytes(row[5]),
                )
            if len(rows) < chunk:
                return
            after = int(rows[-1][0])

    def leaf_hashes(self, start: int, end: int) -> list[bytes]:
        e = evidence_entries.c
        rows = self._conn.execute(
            select(e.leaf_hash).where(e.idx >= start, e.idx < end).order_by(e.idx)
        ).scalars()
        return [bytes(h) for h in rows]

    def with_kind(self, kind: str) -> Iterator[EntryRow]:
        """Entries of one kind that still have their record (erasure entries, for one)."""
        return self.with_kinds((kind,))

    def with_kinds(self, kinds: Sequence[str]) -> Iterator[EntryRow]:
        """Entries of any of `kinds` that still have their record, in index order."""
        e = evidence_entries.c
        rows = self._conn.execute(
            select(e.idx, e.kind, e.content_hash, e.leaf_hash, e.recorded_at, e.body)
            .where(e.kind.in_(list(kinds)), e.body.is_not(None))
            .order_by(e.idx)
        )
        for row in rows:
            yield EntryRow(
                int(row[0]), str(row[1]), bytes(row[2]), bytes(row[3]), str(row[4]), bytes(row[5])
            )

    def delete_record(self, idx: int) -> bool:
        """Erase the body of entry `idx`; False if it has none (no such entry, or erased)."""
        e = evidence_entries.c
        result = self._conn.execute(
            update(evidence_entries).where(e.idx == idx, e.body.is_not(None)).values(body=None)
        )
        return bool(result.rowcount)

    def frontier(self) -> tuple[int, list[bytes]] | None:
        row = self._conn.execute(
            select(evidence_frontier.c.size, evidence_frontier.c.hashes).where(
                evidence_frontier.c.id == _FRONTIER_ROW
            )
        ).first()
        if row is None:
            return None
        blob = bytes(row[1])
        return int(row[0]), [blob[i : i + 32] for i in range(0, len(blob), 32)]

    def save_frontier(self, size: int, hashes: Sequence[bytes]) -> None:
        # Plain SQL: built with SQLAlchemy's expression language, this one-row write spent
        # more time being compiled than SQLite spends doing it (the live runtime commits
        # small batches, where that shows).
        blob = b"".join(hashes)
        p = placeholder(self._conn)
        updated = self._conn.exec_driver_sql(
            f"UPDATE evidence_frontier SET size = {p}, hashes = {p} WHERE id = {p}",
            (size, blob, _FRONTIER_ROW),
        )
        if not updated.rowcount:
            self._conn.exec_driver_sql(
                f"INSERT INTO evidence_frontier (id, size, hashes) VALUES ({p}, {p}, {p})",
                (_FRONTIER_ROW, size, blob),
            )

    def add_checkpoint(self, checkpoint: CheckpointRow) -> None:
        self._conn.execute(
            insert(checkpoints).values(
                size=checkpoint.size,
                root=checkpoint.root,
                note=checkpoint.note,
                created_at=checkpoint.created_at,
            )
        )

    def checkpoints(self) -> list[CheckpointRow]:
        c = checkpoints.c
        rows = self._conn.execute(select(c.size, c.root, c.note, c.created_at).order_by(c.size))
        return [CheckpointRow(int(s), bytes(r), str(n), str(t)) for s, r, n, t in rows]

    def latest_checkpoint(self) -> CheckpointRow | None:
        c = checkpoints.c
        row = self._conn.execute(
            select(c.size, c.root, c.note, c.created_at).order_by(c.size.desc()).limit(1)
        ).first()
        return None if row is None else CheckpointRow(int(row[0]), bytes(row[1]), row[2], row[3])
