"""Badges printed for walk-ins: the print reason WALK_IN

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite stores the reason as text with no constraint; PostgreSQL has an enum type.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TYPE printreason ADD VALUE IF NOT EXISTS 'WALK_IN'")


def downgrade() -> None:
    # PostgreSQL cannot drop an enum value; a walk-in's print stays readable as text.
    pass
