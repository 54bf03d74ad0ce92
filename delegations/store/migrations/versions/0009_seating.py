"""Seating: a room's seat layout, a session's seating plan, seat quotas and seat assignments

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "roomlayout",
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("parameters", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("room_id"),
    )
    op.create_table(
        "seatingplan",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("host_place", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["agendasession.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id"),
    )
    op.create_table(
        "seatquota",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("at_table", sa.Integer(), nullable=False),
        sa.Column("behind", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["seatingplan.session_id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["delegation_id"], ["delegation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "delegation_id"),
    )
    op.create_table(
        "seatassignment",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("seat", sa.String(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("at_table", sa.Boolean(), nullable=False),
        sa.Column("occupant_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["session_id"], ["seatingplan.session_id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["delegation_id"], ["delegation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["occupant_id"], ["delegate.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("session_id", "seat"),
    )
    with op.batch_alter_table("seatassignment") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seatassignment_delegation_id"), ["delegation_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("seatassignment")
    op.drop_table("seatquota")
    op.drop_table("seatingplan")
    op.drop_table("roomlayout")
