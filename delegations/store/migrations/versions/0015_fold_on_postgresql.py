"""PostgreSQL: the SQL function fold(text), as `domain.names.fold` folds; the head's key

SQLite is taught the Python function on each connection (`services.member_order.member_order`);
a server cannot call into the desk's Python, so it gets a SQL function that folds alike: NFD,
the letters `domain.names._EXTRA_FOLDS` maps (đ → d …), the combining marks of Latin letters
dropped (Thai, Khmer, Lao and Myanmar vowel signs kept), lower case, and ß as casefold()
writes it (ss). PostgreSQL's lower() is otherwise not quite Python's casefold() (a few rare
letters outside the event's languages), which would only move such a name among its
neighbours.

Also the delegation's head key (`fk_delegation_head`, ON DELETE SET NULL): 0001 declares it
with `use_alter`, which SQLite's CREATE TABLE writes inline but Alembic's create_table leaves
out on PostgreSQL, so deleting a head left the delegation pointing at nobody.

On SQLite this revision does nothing.

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# domain.names: _EXTRA_FOLDS, _LATIN and _DIACRITICS, as PostgreSQL's regular expressions
# spell them (\uXXXX; the NUL character cannot be in a PostgreSQL text value).
_FOLD_FROM, _FOLD_TO = "đĐøØłŁı", "ddoolli"
_LATIN = (
    r"\u0001-\u007f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1d00-\u1dbf\u1e00-\u1eff"
    r"\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f\uff21-\uff3a\uff41-\uff5a"
)
_DIACRITICS = r"\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

FOLD_FUNCTION = f"""
CREATE OR REPLACE FUNCTION fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT coalesce(replace(lower(regexp_replace(
    translate(normalize(value, NFD), '{_FOLD_FROM}', '{_FOLD_TO}'),
    '(?<=[{_LATIN}])[{_DIACRITICS}]+', '', 'g')), 'ß', 'ss'), '')
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FOLD_FUNCTION)
    op.execute(
        "UPDATE delegation SET head_id = NULL WHERE head_id NOT IN (SELECT id FROM delegate)"
    )
    op.create_foreign_key(
        "fk_delegation_head", "delegation", "delegate", ["head_id"], ["id"], ondelete="SET NULL"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_constraint("fk_delegation_head", "delegation", type_="foreignkey")
    op.execute("DROP FUNCTION IF EXISTS fold(text)")
