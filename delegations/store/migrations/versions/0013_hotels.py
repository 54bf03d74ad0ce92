"""Hotels and rooming: hotels, their room types and blocks, rooms and who stays in them

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hotel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_zh", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "hotelroomtype",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hotel_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("sleeps", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["hotel_id"], ["hotel.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("hotelroomtype") as batch_op:
        batch_op.create_index(batch_op.f("ix_hotelroomtype_hotel_id"), ["hotel_id"], unique=False)
    op.create_table(
        "roomblock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_type_id", sa.Integer(), nullable=False),
        sa.Column("check_in", sa.Date(), nullable=False),
        sa.Column("check_out", sa.Date(), nullable=False),
        sa.Column("rooms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["room_type_id"], ["hotelroomtype.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("roomblock") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_roomblock_room_type_id"), ["room_type_id"], unique=False
        )
    op.create_table(
        "hotelroom",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_type_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["room_type_id"], ["hotelroomtype.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("hotelroom") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hotelroom_room_type_id"), ["room_type_id"], unique=False
        )
    op.create_table(
        "roomstay",
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("check_in", sa.Date(), nullable=True),
        sa.Column("check_out", sa.Date(), nullable=True),
        sa.Column("requests", sa.String(), nullable=False),
        sa.Column("own_arrangements", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["delegate_id"], ["delegate.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["room_id"], ["hotelroom.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("delegate_id"),
    )
    with op.batch_alter_table("roomstay") as batch_op:
        batch_op.create_index(batch_op.f("ix_roomstay_room_id"), ["room_id"], unique=False)


def downgrade() -> None:
    op.drop_table("roomstay")
    op.drop_table("hotelroom")
    op.drop_table("roomblock")
    op.drop_table("hotelroomtype")
    op.drop_table("hotel")
