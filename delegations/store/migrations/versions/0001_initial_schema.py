"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24 06:18:36.010094
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "delegation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("institution", sa.String(), nullable=False),
        sa.Column("protocol_order", sa.Integer(), nullable=False),
        sa.Column("head_id", sa.Integer(), nullable=True),
        sa.Column("contact_name", sa.String(), nullable=False),
        sa.Column("contact_email", sa.String(), nullable=False),
        sa.Column("contact_phone", sa.String(), nullable=False),
        sa.Column("arrival", sa.Date(), nullable=True),
        sa.Column("departure", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["head_id"],
            ["delegate.id"],
            name="fk_delegation_head",
            ondelete="SET NULL",
            use_alter=True,
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delegation_country"), ["country"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_zh", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("venue", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("time_zone", sa.String(), nullable=False),
        sa.Column("languages", sa.String(), nullable=False),
        sa.Column("welcome_text", sa.String(), nullable=False),
        sa.Column("signing_secret", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("color", sa.String(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("floor", sa.String(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "delegate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column("honorific", sa.String(), nullable=False),
        sa.Column("given_name", sa.String(), nullable=False),
        sa.Column("family_name", sa.String(), nullable=False),
        sa.Column("native_name", sa.String(), nullable=False),
        sa.Column(
            "name_order", sa.Enum("GIVEN_FIRST", "FAMILY_FIRST", name="nameorder"), nullable=False
        ),
        sa.Column("position", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("dietary", sa.String(), nullable=False),
        sa.Column("access_needs", sa.String(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("arrival", sa.Date(), nullable=True),
        sa.Column("departure", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("badge_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["delegation_id"], ["delegation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["role_id"], ["role.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("delegate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delegate_delegation_id"), ["delegation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_delegate_email"), ["email"], unique=False)

    op.create_table(
        "badgeprint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("layout", sa.String(), nullable=False),
        sa.Column(
            "reason", sa.Enum("FIRST", "REPRINT", "LOST", name="printreason"), nullable=False
        ),
        sa.Column("badge_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["delegate_id"], ["delegate.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("badgeprint", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_badgeprint_delegate_id"), ["delegate_id"], unique=False
        )

    op.create_table(
        "checkin",
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("desk", sa.String(), nullable=False),
        sa.Column("action", sa.Enum("IN", "UNDO", name="checkinaction"), nullable=False),
        sa.ForeignKeyConstraint(["delegate_id"], ["delegate.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("uuid"),
    )
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkin_delegate_id"), ["delegate_id"], unique=False)

    op.create_table(
        "speaker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("honorific", sa.String(), nullable=False),
        sa.Column("given_name", sa.String(), nullable=False),
        sa.Column("family_name", sa.String(), nullable=False),
        sa.Column("native_name", sa.String(), nullable=False),
        sa.Column(
            "name_order", sa.Enum("GIVEN_FIRST", "FAMILY_FIRST", name="nameorder"), nullable=False
        ),
        sa.Column("position", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("bio", sa.String(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("delegate_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["delegate_id"], ["delegate.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "agendasession",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "OPENING",
                "PLENARY",
                "SEMINAR",
                "WORKSHOP",
                "SIGNING",
                "SITE_VISIT",
                "BILATERAL",
                "BREAK",
                name="sessionkind",
            ),
            nullable=False,
        ),
        sa.Column("title_en", sa.String(), nullable=False),
        sa.Column("title_zh", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("interpretation", sa.String(), nullable=False),
        sa.Column("expected_attendance", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["chair_id"], ["speaker.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("agendasession", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agendasession_day"), ["day"], unique=False)

    op.create_table(
        "sessionspeaker",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("KEYNOTE", "PANELLIST", "MODERATOR", "CHAIR", name="speakerrole"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["session_id"], ["agendasession.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["speaker_id"], ["speaker.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "speaker_id"),
    )


def downgrade() -> None:
    op.drop_table("sessionspeaker")
    with op.batch_alter_table("agendasession", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agendasession_day"))

    op.drop_table("agendasession")
    op.drop_table("speaker")
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_delegate_id"))

    op.drop_table("checkin")
    with op.batch_alter_table("badgeprint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_badgeprint_delegate_id"))

    op.drop_table("badgeprint")
    with op.batch_alter_table("delegate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegate_email"))
        batch_op.drop_index(batch_op.f("ix_delegate_delegation_id"))

    op.drop_table("delegate")
    op.drop_table("room")
    op.drop_table("role")
    op.drop_table("event")
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_country"))

    op.drop_table("delegation")
