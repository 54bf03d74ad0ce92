"""Travel: arrival and departure legs (flight, train, car) and the delegates on them

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "travelleg",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("mode", sa.String(), nullable=False),
        sa.Column("carrier", sa.String(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("terminal", sa.String(), nullable=False),
        sa.Column("other_end", sa.String(), nullable=False),
        sa.Column("via", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("travelleg") as batch_op:
        batch_op.create_index(batch_op.f("ix_travelleg_direction"), ["direction"], unique=False)
        batch_op.create_index(batch_op.f("ix_travelleg_day"), ["day"], unique=False)
    op.create_table(
        "delegateleg",
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("leg_id", sa.Integer(), nullable=False),
        sa.Column("needs", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["delegate_id"], ["delegate.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["leg_id"], ["travelleg.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("delegate_id", "leg_id"),
    )
    with op.batch_alter_table("delegateleg") as batch_op:
        batch_op.create_index(batch_op.f("ix_delegateleg_leg_id"), ["leg_id"], unique=False)


def downgrade() -> None:
    op.drop_table("delegateleg")
    op.drop_table("travelleg")
