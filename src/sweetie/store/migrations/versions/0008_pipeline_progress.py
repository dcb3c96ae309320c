"""The runtime's crash-resume marker: how far it has acted on each evidence log.

Revision ID: 0008
Revises: 0007

No row is written here: the runtime adds its origin's row when it first opens the log (a log
that already has entries counts as fully acted on, as it was before this marker existed).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pipeline_progress",
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("log_size", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("origin", name="pk_pipeline_progress"),
    )


def downgrade() -> None:
    op.drop_table("pipeline_progress")
