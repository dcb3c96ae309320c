"""Stored hashes of complete 256·2^k-leaf subtrees, so proofs read O(log n) rows.

Revision ID: 0003
Revises: 0002

An existing log gets its subtrees computed here, in one pass over its leaf hashes in index
order (the same RFC 9162 node hash the evidence part uses; the store does not import it).
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_STORED_LEVEL = 8
_CHUNK = 10_000


def upgrade() -> None:
    op.create_table(
        "evidence_subtrees",
        sa.Column("level", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("position", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.LargeBinary(32), nullable=False),
        sa.PrimaryKeyConstraint("level", "position", name="pk_evidence_subtrees"),
    )
    _backfill(op.get_bind())


def _backfill(conn: sa.Connection) -> None:
    entries = sa.table("evidence_entries", sa.column("idx"), sa.column("leaf_hash"))
    subtrees = sa.table(
        "evidence_subtrees", sa.column("level"), sa.column("position"), sa.column("hash")
    )
    stack: list[bytes] = []
    size = 0
    after = -1
    while True:
        rows = conn.execute(
            sa.select(entries.c.idx, entries.c.leaf_hash)
            .where(entries.c.idx > after)
            .order_by(entries.c.idx)
            .limit(_CHUNK)
        ).all()
        found: list[dict[str, object]] = []
        gap = False
        for idx, leaf in rows:
            if idx != size:
                gap = True  # leave the rest to be computed from leaves when proved
                break
            stack.append(bytes(leaf))
            n, level = size, 0
            size += 1
            while n & 1:
                right = stack.pop()
                stack[-1] = hashlib.sha256(b"\x01" + stack[-1] + right).digest()
                n >>= 1
                level += 1
                if level >= _STORED_LEVEL:
                    found.append(
                        {"level": level, "position": (size >> level) - 1, "hash": stack[-1]}
                    )
        if found:
            conn.execute(sa.insert(subtrees), found)
        if gap or len(rows) < _CHUNK:
            return
        after = int(rows[-1][0])


def downgrade() -> None:
    op.drop_table("evidence_subtrees")
