"""Badge hand-overs to a delegation's liaison officer: which badges (and versions) were issued

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "badgehandover",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("collected_by_id", sa.Integer(), nullable=True),
        sa.Column("collected_by_name", sa.String(), nullable=False),
        sa.Column("handed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("desk", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["delegation_id"], ["delegation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["collected_by_id"], ["delegate.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("badgehandover") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_badgehandover_delegation_id"), ["delegation_id"], unique=False
        )
    op.create_table(
        "handedbadge",
        sa.Column("handover_id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("badge_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["handover_id"], ["badgehandover.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["delegate_id"], ["delegate.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("handover_id", "delegate_id"),
    )
    with op.batch_alter_table("handedbadge") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_handedbadge_delegate_id"), ["delegate_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("handedbadge")
    op.drop_table("badgehandover")
