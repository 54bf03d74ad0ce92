"""Desks on a venue server see each other's work: change marks and notifications (PostgreSQL)

On PostgreSQL the journal (`checkin`) and the delegates get a `changed_in` column: the
transaction that last wrote the row (`pg_current_xact_id()`, an xid8). A desk asks for the rows
changed in transactions at or after the oldest one still running when it last asked
(`pg_snapshot_xmin`), so a transaction that commits late is never skipped, whatever the order
of commits. Every write to either table also sends a notification on `delegations_desk`, which
wakes a desk waiting with LISTEN before its next poll is due.

Nothing on SQLite: a file has one writer at a time and its desks read the file itself.

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "delegations_desk"
_TABLES = ("checkin", "delegate")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE FUNCTION delegations_mark_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.changed_in := pg_current_xact_id();
            RETURN NEW;
        END $$
        """
    )
    op.execute(
        f"""
        CREATE FUNCTION delegations_notify_desks() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
            RETURN NULL;
        END $$
        """
    )
    for table in _TABLES:
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN changed_in xid8 NOT NULL DEFAULT pg_current_xact_id()"
        )
        op.execute(f"CREATE INDEX ix_{table}_changed_in ON {table} (changed_in)")
        op.execute(
            f"CREATE TRIGGER {table}_mark_changed BEFORE UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION delegations_mark_changed()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_notify_desks AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION delegations_notify_desks()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_desks ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_mark_changed ON {table}")
        op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS changed_in")
    op.execute("DROP FUNCTION IF EXISTS delegations_notify_desks()")
    op.execute("DROP FUNCTION IF EXISTS delegations_mark_changed()")
