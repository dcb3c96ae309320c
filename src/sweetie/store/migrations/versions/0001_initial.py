"""The first schema: evidence log, checkpoints, captured events, assessments.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_entries",
        sa.Column("idx", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("leaf_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("recorded_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("idx", name="pk_evidence_entries"),
    )
    op.create_table(
        "evidence_records",
        sa.Column("idx", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["idx"],
            ["evidence_entries.idx"],
            name="fk_evidence_records_idx_evidence_entries",
        ),
        sa.PrimaryKeyConstraint("idx", name="pk_evidence_records"),
    )
    op.create_table(
        "checkpoints",
        sa.Column("size", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("root", sa.LargeBinary(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("size", name="pk_checkpoints"),
    )
    op.create_table(
        "evidence_frontier",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("hashes", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_evidence_frontier"),
    )
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
    )
    op.create_index(
        "ix_captured_events_conversation", "captured_events", ["conversation"], unique=False
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("conversation", sa.Text(), nullable=False),
        sa.Column("sender", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("level", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("stage", sa.Text(), nullable=False),
        sa.Column("model_version", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("evidence_idx", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_assessments"),
    )
    op.create_index("ix_assessments_event_id", "assessments", ["event_id"], unique=False)
    op.create_index("ix_assessments_conversation", "assessments", ["conversation"], unique=False)
    op.create_index("ix_assessments_subject", "assessments", ["subject"], unique=False)


def downgrade() -> None:
    op.drop_table("assessments")
    op.drop_table("captured_events")
    op.drop_table("evidence_frontier")
    op.drop_table("checkpoints")
    op.drop_table("evidence_records")
    op.drop_table("evidence_entries")
