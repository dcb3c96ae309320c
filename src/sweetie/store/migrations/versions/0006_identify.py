"""Disclosed identifiers (encrypted, blind-indexed), subjects and their links (identify).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "identifiers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("conversation", sa.Text(), nullable=False),
        sa.Column("network", sa.Text(), nullable=False),
        sa.Column("nick", sa.Text(), nullable=False),
        sa.Column("account", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("blind_index", sa.LargeBinary(32), nullable=False),
        sa.Column("nonce", sa.LargeBinary(12), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("quoted", sa.Integer(), nullable=False),
        sa.Column("evidence_idx", sa.BigInteger(), nullable=True),
        sa.Column("ts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_identifiers"),
        sa.UniqueConstraint(
            "event_id", "kind", "span_start", "blind_index", name="uq_identifiers_event_id"
        ),
    )
    op.create_index("ix_identifiers_event_id", "identifiers", ["event_id"])
    op.create_index("ix_identifiers_conversation", "identifiers", ["conversation"])
    op.create_index("ix_identifiers_account", "identifiers", ["account"])
    op.create_index("ix_identifiers_kind_blind", "identifiers", ["kind", "blind_index"])
    op.create_table(
        "subject_accounts",
        sa.Column("account", sa.Text(), nullable=False),
        sa.Column("network", sa.Text(), nullable=False),
        sa.Column("nick", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("account", name="pk_subject_accounts"),
    )
    op.create_index("ix_subject_accounts_subject", "subject_accounts", ["subject"])


def downgrade() -> None:
    op.drop_table("subject_accounts")
    op.drop_table("identifiers")
