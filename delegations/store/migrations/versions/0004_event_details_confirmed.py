"""Whether the event's name and dates were ever set by someone

A new event file is named after the file ("ev" for ev.sqlite3) and lasts one day, today,
until someone sets its name in File ▸ Event settings… or with `delegations event set`; badge
and booklet preflight warn while `details_confirmed` is false.

Existing files: an event whose name differs from the name a new file would have been given
(its file stem, underscores as spaces) was named by someone, so it is confirmed; an event
still called after its file is not. Without a file (a server database) the event counts as
named.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _file_stem(connection: sa.Connection) -> str | None:
    """The stem of the SQLite file being upgraded, as a new event's name is made from it."""
    if connection.dialect.name != "sqlite":
        return None
    for _seq, name, file in connection.exec_driver_sql("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file).stem.replace("_", " ")
    return None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch_op:
        batch_op.add_column(
            sa.Column("details_confirmed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    connection = op.get_bind()
    stem = _file_stem(connection)
    if stem is None:
        connection.execute(sa.text("UPDATE event SET details_confirmed = :yes"), {"yes": True})
    else:
        connection.execute(
            sa.text(
                "UPDATE event SET details_confirmed = :yes"
                " WHERE name <> :stem AND name <> 'New event'"
            ),
            {"yes": True, "stem": stem},
        )


def downgrade() -> None:
    with op.batch_alter_table("event") as batch_op:
        batch_op.drop_column("details_confirmed")
