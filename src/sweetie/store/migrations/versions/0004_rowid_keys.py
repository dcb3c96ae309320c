"""Records folded into their entries; on SQLite, rowid keys and captured events WITHOUT ROWID.

Revision ID: 0004
Revises: 0003

An append used to write three b-trees per entry on SQLite (entries, their primary-key index,
records) plus two for the captured event. Now: the body is a nullable column of the entry
(NULL once erased), the log index is an INTEGER PRIMARY KEY (the rowid itself), and captured
events live in their key's b-tree. PostgreSQL only gets the column moved.

SQLite cannot change a primary key in place, so there the tables are rebuilt: the old ones
are renamed aside (SQLite rewrites the foreign keys that point at them), new ones are created
under the real names, the rows are copied, and the old ones are dropped children first, so
no foreign key dangles while enforcement is on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_OLD = "_old_0004"
_ENTRY_COLUMNS = "idx, kind, content_hash, leaf_hash, recorded_at"
_EVENT_COLUMNS = "event_id, conversation, sender, ts, evidence_idx"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.add_column("evidence_entries", sa.Column("body", sa.LargeBinary(), nullable=True))
        op.execute(
            "UPDATE evidence_entries SET body ="
            " (SELECT r.body FROM evidence_records r WHERE r.idx = evidence_entries.idx)"
        )
        op.drop_table("evidence_records")
        return
    _set_aside(("evidence_entries", "evidence_records", "captured_events"))
    _create_entries(sa.Integer(), with_body=True)
    _create_captured_events(with_rowid=False)
    op.execute(
        f"INSERT INTO evidence_entries ({_ENTRY_COLUMNS}, body)"
        f" SELECT e.idx, e.kind, e.content_hash, e.leaf_hash, e.recorded_at, r.body"
        f" FROM evidence_entries{_OLD} e LEFT JOIN evidence_records{_OLD} r ON r.idx = e.idx"
        " ORDER BY e.idx"
    )
    _copy_captured_events()
    for table in ("captured_events", "evidence_records", "evidence_entries"):
        op.drop_table(f"{table}{_OLD}")
    _index_captured_events()


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        _create_records(sa.BigInteger())
        op.execute(
            "INSERT INTO evidence_records (idx, body)"
            " SELECT idx, body FROM evidence_entries WHERE body IS NOT NULL"
        )
        op.drop_column("evidence_entries", "body")
        return
    _set_aside(("evidence_entries", "captured_events"))
    _create_entries(sa.BigInteger(), with_body=False)
    _create_records(sa.BigInteger())
    _create_captured_events(with_rowid=True)
    op.execute(
        f"INSERT INTO evidence_entries ({_ENTRY_COLUMNS})"
        f" SELECT {_ENTRY_COLUMNS} FROM evidence_entries{_OLD} ORDER BY idx"
    )
    op.execute(
        "INSERT INTO evidence_records (idx, body)"
        f" SELECT idx, body FROM evidence_entries{_OLD} WHERE body IS NOT NULL ORDER BY idx"
    )
    _copy_captured_events()
    for table in ("captured_events", "evidence_entries"):
        op.drop_table(f"{table}{_OLD}")
    _index_captured_events()


def _set_aside(tables: tuple[str, ...]) -> None:
    op.drop_index("ix_captured_events_conversation", table_name="captured_events")
    for table in tables:
        op.execute(f"ALTER TABLE {table} RENAME TO {table}{_OLD}")


def _create_entries(index_type: sa.types.TypeEngine[int], *, with_body: bool) -> None:
    body = [sa.Column("body", sa.LargeBinary(), nullable=True)] if with_body else []
    op.create_table(
        "evidence_entries",
        sa.Column("idx", index_type, autoincrement=False, nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("leaf_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("recorded_at", sa.Text(), nullable=False),
        *body,
        sa.PrimaryKeyConstraint("idx", name="pk_evidence_entries"),
    )


def _create_records(index_type: sa.types.TypeEngine[int]) -> None:
    op.create_table(
        "evidence_records",
        sa.Column("idx", index_type, autoincrement=False, nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["idx"],
            ["evidence_entries.idx"],
            name="fk_evidence_records_idx_evidence_entries",
        ),
        sa.PrimaryKeyConstraint("idx", name="pk_evidence_records"),
    )


def _create_captured_events(*, with_rowid: bool) -> None:
    op.create_table(
        "captured_events",
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("conversation", sa.Text(), nullable=False),
        sa.Column("sender", sa.Text(), nullable=False),
        sa.Column("ts", sa.Text(), nullable=False),
        sa.Column("evidence_idx", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_idx"],
            ["evidence_entries.idx"],
            name="fk_captured_events_evidence_idx_evidence_entries",
        ),
        sa.PrimaryKeyConstraint("event_id", name="pk_captured_events"),
        sqlite_with_rowid=with_rowid,
    )


def _copy_captured_events() -> None:
    op.execute(
        f"INSERT INTO captured_events ({_EVENT_COLUMNS})"
        f" SELECT {_EVENT_COLUMNS} FROM captured_events{_OLD} ORDER BY event_id"
    )


def _index_captured_events() -> None:
    op.create_index(
        "ix_captured_events_conversation", "captured_events", ["conversation"], unique=False
    )
