"""Transfers: the event's transfer settings, and what each printed manifest showed

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "transfersettingsrow",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("window", sa.Integer(), nullable=False),
        sa.Column("vehicles", sa.String(), nullable=False),
        sa.Column("flight_lead", sa.Integer(), nullable=False),
        sa.Column("train_lead", sa.Integer(), nullable=False),
        sa.Column("car_lead", sa.Integer(), nullable=False),
        sa.Column("meeting_points", sa.String(), nullable=False),
        sa.Column("greeters", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "printedmanifest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("seats", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("printedmanifest") as batch_op:
        batch_op.create_index(batch_op.f("ix_printedmanifest_day"), ["day"], unique=False)


def downgrade() -> None:
    op.drop_table("printedmanifest")
    op.drop_table("transfersettingsrow")
