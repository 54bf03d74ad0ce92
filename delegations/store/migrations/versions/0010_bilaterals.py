"""Bilateral meetings: bilateral rooms, requests with participants and wished windows

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bilateralroom",
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("room_id"),
    )
    op.create_table(
        "bilateralrequest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("counterpart_id", sa.Integer(), nullable=True),
        sa.Column("counterpart_name", sa.String(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("languages", sa.String(), nullable=False),
        sa.Column("interpretation", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["delegation_id"], ["delegation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["counterpart_id"], ["delegation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bilateralrequest") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bilateralrequest_delegation_id"), ["delegation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_bilateralrequest_counterpart_id"), ["counterpart_id"], unique=False
        )
    op.create_table(
        "bilateralparticipant",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["bilateralrequest.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["delegate_id"], ["delegate.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("request_id", "delegate_id"),
    )
    with op.batch_alter_table("bilateralparticipant") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bilateralparticipant_delegate_id"), ["delegate_id"], unique=False
        )
    op.create_table(
        "bilateralwindow",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["bilateralrequest.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bilateralwindow") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bilateralwindow_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("bilateralwindow")
    op.drop_table("bilateralparticipant")
    op.drop_table("bilateralrequest")
    op.drop_table("bilateralroom")
