"""Agenda session ids are never reused (AUTOINCREMENT)

Programme versions match sessions by id: a session deleted after a version was published
must not lend its id to a new one, or the errata would show a cancelled session and an added
one as a single session that changed. SQLite reuses the highest rowid unless the table is
AUTOINCREMENT, so the table is rebuilt with it.

Rebuilding drops the old table, and with foreign keys on that deletes the session speakers
(ON DELETE CASCADE); they are kept aside and put back.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rebuild(autoincrement: bool) -> None:
    op.execute("CREATE TEMPORARY TABLE _speakers_aside AS SELECT * FROM sessionspeaker")
    with op.batch_alter_table(
        "agendasession", recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
    ):
        pass
    op.execute("DELETE FROM sessionspeaker")
    op.execute("INSERT INTO sessionspeaker SELECT * FROM _speakers_aside")
    op.execute("DROP TABLE _speakers_aside")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # PostgreSQL's sequences never reuse an id
        _rebuild(True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(False)
