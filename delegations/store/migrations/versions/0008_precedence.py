"""Order of precedence: the event's rule, the host and dialogue partners, and delegates' ranks

The event gets its precedence rule ("asean": member states in the alphabetical order of their
English names, ASEAN Charter Art. 31; "manual": the delegations' protocol_order as set by
hand), its host country and dialogue partners with their places ("first", "last", "chair").
An existing file keeps the order it has: its rule becomes "manual" until someone applies the
ASEAN rule (a new event starts with "asean"). The editable rank list is seeded with a default
list; each delegate may have a rank (none at first).

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The default rank list, highest first (English, Chinese); editable in the event afterwards.
DEFAULT_RANKS: tuple[tuple[str, str], ...] = (
    ("Minister", "部长"),
    ("Vice-Minister", "副部长"),
    ("Secretary of State", "国务秘书"),
    ("Ambassador", "大使"),
    ("Permanent Secretary", "常务秘书"),
    ("Deputy Permanent Secretary", "副常务秘书"),
    ("Secretary-General", "秘书长"),
    ("Director-General", "司长"),
    ("Deputy Director-General", "副司长"),
    ("University President", "大学校长"),
    ("Director", "处长"),
    ("University Vice-President", "大学副校长"),
    ("Deputy Director", "副处长"),
    ("Counsellor", "参赞"),
    ("First Secretary", "一等秘书"),
    ("Officer", "官员"),
)


def upgrade() -> None:
    with op.batch_alter_table("event") as batch_op:
        for name, default in (
            ("precedence_rule", "manual"),
            ("host_country", ""),
            ("host_place", "last"),
            ("partner_countries", ""),
            ("partner_place", "last"),
        ):
            batch_op.add_column(
                sa.Column(name, sa.String(), nullable=False, server_default=default)
            )
    rank = op.create_table(
        "rank",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_zh", sa.String(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.bulk_insert(
        rank,
        [
            {"name": name, "name_zh": name_zh, "sort_order": (index + 1) * 10}
            for index, (name, name_zh) in enumerate(DEFAULT_RANKS)
        ],
    )
    _add_delegate_rank()


def _add_delegate_rank() -> None:
    """delegate.rank_id -> rank.id. On SQLite a plain ADD COLUMN with its REFERENCES clause:
    a batch copy of `delegate` would drop the table its check-ins and prints cascade from."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE delegate ADD COLUMN rank_id INTEGER"
            " REFERENCES rank (id) ON DELETE SET NULL"
        )
        return
    op.add_column("delegate", sa.Column("rank_id", sa.Integer(), nullable=True))
    op.create_foreign_key(None, "delegate", "rank", ["rank_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("delegate") as batch_op:
        batch_op.drop_column("rank_id")
    op.drop_table("rank")
    with op.batch_alter_table("event") as batch_op:
        for name in (
            "partner_place",
            "partner_countries",
            "host_place",
            "host_country",
            "precedence_rule",
        ):
            batch_op.drop_column(name)
