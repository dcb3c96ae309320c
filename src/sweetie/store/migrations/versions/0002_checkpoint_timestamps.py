"""RFC 3161 timestamp tokens beside the checkpoints they stamp.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkpoint_timestamps",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("tsa_url", sa.Text(), nullable=False),
        sa.Column("token", sa.LargeBinary(), nullable=False),
        sa.Column("gen_time", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["size"], ["checkpoints.size"], name="fk_checkpoint_timestamps_size_checkpoints"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_checkpoint_timestamps"),
    )
    op.create_index(
        "ix_checkpoint_timestamps_size", "checkpoint_timestamps", ["size"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_checkpoint_timestamps_size", table_name="checkpoint_timestamps")
    op.drop_table("checkpoint_timestamps")
