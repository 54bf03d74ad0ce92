"""Agreement signings: signing ceremonies, agreements, their parties and witnesses

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "signingceremony",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_en", sa.String(), nullable=False),
        sa.Column("title_zh", sa.String(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_en", sa.String(), nullable=False),
        sa.Column("title_zh", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("ceremony_id", sa.Integer(), nullable=True),
        sa.Column("running_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["ceremony_id"], ["signingceremony.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("agreement") as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_ceremony_id"), ["ceremony_id"], unique=False)
    op.create_table(
        "agreementparty",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("signatory_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["signatory_id"], ["delegate.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("agreement_id", "position"),
    )
    with op.batch_alter_table("agreementparty") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreementparty_signatory_id"), ["signatory_id"], unique=False
        )
    op.create_table(
        "agreementwitness",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["delegate_id"], ["delegate.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("agreement_id", "delegate_id"),
    )
    with op.batch_alter_table("agreementwitness") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreementwitness_delegate_id"), ["delegate_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("agreementwitness")
    op.drop_table("agreementparty")
    op.drop_table("agreement")
    op.drop_table("signingceremony")
