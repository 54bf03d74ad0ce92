"""The venue server's roles: a desk's login admits and adds walk-ins, and nothing more.

Against the real PostgreSQL server of the test run ($DELEGATIONS_TEST_POSTGRES). Group roles
are cluster-wide: each test makes its own, with names of its own, and drops them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from delegations.domain.codes import make_code
from delegations.domain.errors import UserError
from delegations.services import agenda, checkin, delegations, server, walk_in
from delegations.services.delegation_models import DelegateCreate
from delegations.services.event import EventFile, open_event

pytestmark = pytest.mark.postgres

PASSWORD = "Tr0ub4dor&3 desk"


@dataclass
class Venue:
    admin_url: str  # the test database, as its owner
    desk_role: str
    organiser_role: str

    def login_url(self, name: str, password: str) -> str:
        from sqlalchemy.engine import make_url

        url = make_url(self.admin_url).set(username=name, password=password)
        return url.render_as_string(hide_password=False)


def drop_roles(admin_url: str, names: list[str]) -> None:
    """Take the roles' privileges in the test database away, then the roles themselves."""
    with psycopg.connect(admin_url, autocommit=True) as connection:
        for name in names:
            if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
                connection.execute(f'DROP OWNED BY "{name}"')
                connection.execute(f'DROP ROLE "{name}"')


@pytest.fixture
def venue(postgres_url: str, demo_path: Path, tmp_path: Path) -> Iterator[Venue]:
    """The demo event pushed to an empty database, with this test's own group roles made."""
    prefix = f"t{os.getpid()}_{tmp_path.name[-12:].replace('-', '_').lower()}"
    made = Venue(postgres_url, f"{prefix}_desk", f"{prefix}_org")
    source = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_path, source)
    event_file = open_event(source)
    try:
        server.push_event(event_file, postgres_url)
    finally:
        event_file.close()
    server.init_server(postgres_url, desk_role=made.desk_role, organiser_role=made.organiser_role)
    logins = [f"{prefix}_desk1", f"{prefix}_boss"]
    try:
        yield made
    finally:
        drop_roles(postgres_url, [*logins, made.desk_role, made.organiser_role])


def add(venue: Venue, name: str, kind: str) -> str:
    """A login of `kind` with the test password; its address."""
    server.add_login(
        venue.admin_url,
        name,
        kind,
        PASSWORD,
        desk_role=venue.desk_role,
        organiser_role=venue.organiser_role,
    )
    return venue.login_url(name, PASSWORD)


@pytest.fixture
def desk(venue: Venue) -> Iterator[EventFile]:
    event_file = open_event(add(venue, venue.desk_role.replace("_desk", "_desk1"), "desk"))
    server.explain_refusals(event_file)
    try:
        yield event_file
    finally:
        event_file.close()


def count(event_file: EventFile, sql: str, params: tuple = ()) -> int:
    with event_file.read() as connection:
        return connection.execute(sql, params).scalar()


def first_member(event_file: EventFile) -> tuple[int, int, int]:
    """(delegate id, badge version, delegation id) of the first delegate."""
    with event_file.read() as connection:
        row = connection.execute(
            "SELECT id, badge_version, delegation_id FROM delegate ORDER BY id LIMIT 1"
        ).fetchone()
    return row[0], row[1], row[2]


def test_a_desk_login_admits_a_badge(desk: EventFile) -> None:
    delegate_id, version, _delegation = first_member(desk)
    with desk.read() as connection:
        secret = connection.execute("SELECT signing_secret FROM event").scalar()

    result = checkin.admit(desk, make_code(secret, delegate_id, version), desk="Desk 1")

    assert result.outcome.value == "admitted", result.message
    assert count(desk, "SELECT count(*) FROM checkin WHERE delegate_id = ?", (delegate_id,)) == 1


def test_a_desk_login_adds_a_walk_in_with_a_badge_and_admits_them(
    desk: EventFile, tmp_path: Path
) -> None:
    _id, _version, delegation_id = first_member(desk)
    badges: list[int] = []
    person = DelegateCreate(delegation_id=delegation_id, given_name="Walk", family_name="In")

    done = walk_in.walk_in(desk, person, lambda pdf: badges.append(pdf.stat().st_size), desk="D1")

    assert done.admission.outcome.value == "admitted"
    assert badges and badges[0] > 1000  # a real PDF went to the printer
    assert (
        count(desk, "SELECT count(*) FROM badgeprint WHERE delegate_id = ?", (done.delegate_id,))
        == 1
    )


def test_a_walk_in_whose_badge_does_not_print_is_taken_away_again(desk: EventFile) -> None:
    _id, _version, delegation_id = first_member(desk)
    before = count(desk, "SELECT count(*) FROM delegate")

    def printer_off(_pdf: Path) -> None:
        raise UserError("The printer is off.")

    person = DelegateCreate(delegation_id=delegation_id, given_name="No", family_name="Paper")
    with pytest.raises(UserError, match="printer is off"):
        walk_in.walk_in(desk, person, printer_off, desk="D1")

    assert count(desk, "SELECT count(*) FROM delegate") == before


def test_a_walk_in_head_of_delegation_becomes_its_head(desk: EventFile) -> None:
    _id, _version, delegation_id = first_member(desk)
    hod = count(desk, "SELECT id FROM role WHERE code = 'hod'")
    person = DelegateCreate(
        delegation_id=delegation_id, role_id=hod, given_name="New", family_name="Head"
    )

    done = walk_in.walk_in(desk, person, lambda _pdf: None, desk="D1")

    head = count(desk, "SELECT head_id FROM delegation WHERE id = ?", (delegation_id,))
    assert head == done.delegate_id


def test_a_desk_login_may_not_change_the_agenda(desk: EventFile) -> None:
    sessions = count(desk, "SELECT count(*) FROM agendasession")
    first = count(desk, "SELECT min(id) FROM agendasession")

    with pytest.raises(server.ServerRefused) as refused:
        agenda.delete_sessions(desk, [first])

    assert "may not change the agenda" in str(refused.value)
    assert "desk1" in str(refused.value)
    assert count(desk, "SELECT count(*) FROM agendasession") == sessions


def test_a_desk_login_may_not_delete_a_delegation(desk: EventFile) -> None:
    _id, _version, delegation_id = first_member(desk)
    head = count(desk, "SELECT head_id FROM delegation WHERE id = ?", (delegation_id,))

    with pytest.raises(server.ServerRefused, match="may not change delegations"):
        delegations.delete_delegation(desk, delegation_id)

    assert count(desk, "SELECT count(*) FROM delegation WHERE id = ?", (delegation_id,)) == 1
    assert count(desk, "SELECT head_id FROM delegation WHERE id = ?", (delegation_id,)) == head


def test_an_organiser_login_may_change_the_agenda(venue: Venue) -> None:
    organiser = open_event(add(venue, venue.desk_role.replace("_desk", "_boss"), "organiser"))
    try:
        first = count(organiser, "SELECT min(id) FROM agendasession")
        agenda.delete_sessions(organiser, [first])
        assert count(organiser, "SELECT count(*) FROM agendasession WHERE id = ?", (first,)) == 0
    finally:
        organiser.close()


def test_the_server_keeps_only_a_hash_of_a_login_password(venue: Venue) -> None:
    name = venue.desk_role.replace("_desk", "_desk1")
    add(venue, name, "desk")
    with psycopg.connect(venue.admin_url) as connection:
        stored = connection.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (name,)
        ).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$")
    assert PASSWORD not in stored


def test_init_again_converges_and_a_second_login_call_changes_the_password(venue: Venue) -> None:
    name = venue.desk_role.replace("_desk", "_desk1")
    assert server.add_login(
        venue.admin_url, name, "desk", "one", desk_role=venue.desk_role,
        organiser_role=venue.organiser_role,
    )  # fmt: skip
    again = server.init_server(
        venue.admin_url, desk_role=venue.desk_role, organiser_role=venue.organiser_role
    )
    assert again.created == ()
    assert not server.add_login(
        venue.admin_url, name, "desk", "two", desk_role=venue.desk_role,
        organiser_role=venue.organiser_role,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "kind", "password", "says"),
    [
        ("Desk 1", "desk", "x", "is not a role name"),
        ("pg_desk", "desk", "x", "is not a role name"),
        ("desk1", "cashier", "x", "is not a kind of login"),
        ("desk1", "desk", "", "is empty"),
    ],
)
def test_a_bad_login_is_refused_in_one_sentence(
    postgres_url: str, name: str, kind: str, password: str, says: str
) -> None:
    with pytest.raises(UserError, match=says):
        server.add_login(postgres_url, name, kind, password)


def test_a_login_before_init_says_to_run_init(postgres_url: str) -> None:
    with pytest.raises(UserError, match="server init"):
        server.add_login(postgres_url, "desk1", "desk", "pw", desk_role="no_such_group_role")


def test_init_by_a_login_that_does_not_own_the_tables_is_refused(venue: Venue) -> None:
    # Its GRANTs would only warn and do nothing: it must not say the roles are ready.
    desk_url = add(venue, venue.desk_role.replace("_desk", "_desk1"), "desk")
    with pytest.raises(UserError, match="does not own the event's tables"):
        server.init_server(desk_url, desk_role=venue.desk_role, organiser_role=venue.organiser_role)
