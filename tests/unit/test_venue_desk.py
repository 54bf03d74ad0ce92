"""Desks on a real PostgreSQL server: they see each other within a second, and a desk whose
server stops answering goes on admitting on its own copy and sends it all when it is back.

The server "going away" is a TCP relay in front of the real server that drops every
connection and refuses new ones (what a pulled network cable or a stopped server looks like to
the desk), then accepts again.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tcp_relay import Relay

from delegations.domain.codes import make_code
from delegations.services import venue_desk
from delegations.services.checkin import Outcome, Refusal
from delegations.services.delegation_models import DelegateCreate
from delegations.services.delegations import create_delegate
from delegations.services.demo import write_demo
from delegations.services.desk import DeskIndex
from delegations.services.event import open_event
from delegations.services.venue_desk import OFFLINE, ONLINE, VenueDesk
from delegations.store import open_event_file
from delegations.store.copying import copy_event
from delegations.store.server import EventServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(postgres_url: str, tmp_path: Path) -> Iterator[EventServer]:
    """The demo event on its own database of the test server."""
    demo = open_event(tmp_path / "demo.sqlite3")
    write_demo(demo)
    event_server = open_event_file(postgres_url)
    assert isinstance(event_server, EventServer)
    copy_event(demo.engine, event_server.engine)
    demo.close()
    yield event_server
    event_server.close()


def desk_on(server: EventServer, name: str, folder: Path) -> VenueDesk:
    """A desk with its own local copy (as on its own laptop), started as the window starts it."""
    desk = VenueDesk(server, name, local_copy=folder / f"{name}.sqlite3")
    desk.refresh_local_copy()
    return desk


def codes(server: EventServer) -> dict[int, str]:
    with server.read() as connection:
        secret = connection.execute("SELECT signing_secret FROM event").scalar_one()
        rows = connection.execute("SELECT id, badge_version FROM delegate ORDER BY id").all()
    return {id_: make_code(secret, id_, version) for id_, version in rows}


def server_journal(server: EventServer) -> list[tuple[str, int, str, str]]:
    with server.read() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                "SELECT uuid, delegate_id, desk, CAST(action AS TEXT) FROM checkin"
            )
        ]


def test_another_desk_sees_an_admission_within_a_second(
    server: EventServer, tmp_path: Path
) -> None:
    north, south = desk_on(server, "North", tmp_path), desk_on(server, "South", tmp_path)
    badge = codes(server)
    delegate_id = next(iter(badge))
    south.poll()
    seen = threading.Event()
    waited: list[float] = []

    def watch() -> None:
        started = time.perf_counter()
        while time.perf_counter() - started < 3 and not seen.is_set():
            south.wait_for_change(0.5)
            if any(entry.delegate_id == delegate_id for entry in south.poll().entries):
                waited.append(time.perf_counter())
                seen.set()

    watcher = threading.Thread(target=watch)
    watcher.start()
    time.sleep(0.3)  # the watcher is listening
    admitted_at = time.perf_counter()
    assert north.admit(badge[delegate_id]).outcome == Outcome.ADMITTED
    watcher.join()
    assert seen.is_set(), "South never saw North's admission"
    assert waited[0] - admitted_at < 1.0
    # South's own copy has it (it could go on alone now), and the server refuses it twice.
    assert DeskIndex.load(south.local).status(delegate_id).checked_in
    again = south.admit(badge[delegate_id])
    assert again.outcome == Outcome.ALREADY_IN and again.desk == "North"
    assert north.status == south.status == ONLINE
    north.close()
    south.close()


def test_replaced_badge_and_walk_in_reach_the_other_desk(
    server: EventServer, tmp_path: Path
) -> None:
    south = desk_on(server, "South", tmp_path)
    old = codes(server)
    delegate_id = next(iter(old))
    with server.write_locked() as connection:  # the office reprints a lost badge
        connection.execute(
            "UPDATE delegate SET badge_version = badge_version + 1 WHERE id = ?", (delegate_id,)
        )
        delegation_id = connection.execute(
            "SELECT delegation_id FROM delegate WHERE id = ?", (delegate_id,)
        ).scalar_one()
    new_id = create_delegate(
        server, DelegateCreate(delegation_id=delegation_id, given_name="Walk", family_name="In")
    ).id
    found = south.poll()
    assert set(found.delegates) == {delegate_id, new_id}
    # Even offline, South now refuses the old badge and admits the walk-in's.
    south.server.close()
    south.server = EventServer(
        south.server.url.set(port=1), created=False, local_copy=south.local.path
    )
    refused = south.admit(old[delegate_id])
    assert south.status == OFFLINE
    assert refused.outcome == Outcome.REFUSED and refused.refusal == Refusal.REPLACED
    walk_in = south.admit(codes(server)[new_id])
    assert walk_in.outcome == Outcome.ADMITTED and walk_in.name.startswith("Walk")
    south.close()


def test_server_gone_while_admitting_then_back_nothing_lost_nothing_twice(
    server: EventServer, tmp_path: Path
) -> None:
    relay = Relay((server.url.host or "127.0.0.1", server.url.port or 5432))
    through_relay = open_event_file(server.url.set(port=relay.port).render_as_string(False))
    assert isinstance(through_relay, EventServer)
    north = desk_on(through_relay, "North", tmp_path)
    south = desk_on(server, "South", tmp_path)
    badge = codes(server)
    ids = list(badge)
    online, offline = ids[:5], ids[5:25]
    for delegate_id in online:
        assert north.admit(badge[delegate_id]).outcome == Outcome.ADMITTED
    relay.cut()
    answers = []
    for delegate_id in offline:
        started = time.perf_counter()
        assert north.admit(badge[delegate_id]).outcome == Outcome.ADMITTED
        answers.append(time.perf_counter() - started)
    assert north.status == OFFLINE and north.unsent == len(offline)
    assert north.poll().status == OFFLINE
    # Meanwhile South, on the server, admits two of the same people.
    for delegate_id in offline[:2]:
        assert south.admit(badge[delegate_id]).outcome == Outcome.ADMITTED
    relay.restore()
    back = north.poll()
    assert back.status == ONLINE == north.status
    assert back.reconnected is not None and back.reconnected.sent == len(offline)
    assert {d.delegate_id for d in back.reconnected.double_admissions} == set(offline[:2])
    assert all(d.desks == ("South", "North") or set(d.desks) == {"North", "South"}
               for d in back.reconnected.double_admissions)  # fmt: skip
    journal = server_journal(server)
    north_entries = [row for row in journal if row[2] == "North"]
    assert len(north_entries) == len(online) + len(offline)  # 0 lost
    assert len({row[0] for row in journal}) == len(journal)  # 0 applied twice
    assert {row[1] for row in north_entries} == set(online + offline)
    # Sending again (a restart) sends nothing more.
    assert north.refresh_local_copy() is not None
    assert len(server_journal(server)) == len(journal)
    assert max(answers[1:]) < 0.5, answers  # after the first, no waiting for the server
    north.close()
    south.close()
    through_relay.close()
    relay.cut()


def test_the_desk_starts_offline_when_the_server_does_not_answer(
    server: EventServer, tmp_path: Path
) -> None:
    south = desk_on(server, "South", tmp_path)
    south.close()
    gone = EventServer(server.url.set(port=1), created=False, local_copy=server.path)
    again = VenueDesk(gone, "South", local_copy=tmp_path / "South.sqlite3")
    started = time.perf_counter()
    assert again.refresh_local_copy() is None
    assert again.status == OFFLINE
    assert time.perf_counter() - started < venue_desk.ANSWER_SECONDS + 1
    assert again.admit(next(iter(codes(server).values()))).outcome == Outcome.ADMITTED
    assert again.unsent == 1
    again.close()


def test_journal_entries_come_with_their_time(server: EventServer, tmp_path: Path) -> None:
    north, south = desk_on(server, "North", tmp_path), desk_on(server, "South", tmp_path)
    south.poll()
    moment = dt.datetime(2025, 7, 24, 8, 30, 1, 123456, tzinfo=dt.UTC)
    delegate_id, code = next(iter(codes(server).items()))
    north.admit(code, now=moment)
    (entry,) = south.poll().entries
    assert (entry.delegate_id, entry.desk, entry.action, entry.at) == (
        delegate_id, "North", "IN", moment,
    )  # fmt: skip
    assert DeskIndex.load(south.local).status(delegate_id).at == moment
    north.close()
    south.close()


def test_a_waiting_desk_is_woken_by_another_desks_admission(
    server: EventServer, tmp_path: Path
) -> None:
    north, south = desk_on(server, "North", tmp_path), desk_on(server, "South", tmp_path)
    south.wait_for_change(0.1)  # listening from now on
    assert not south.wait_for_change(0.3)  # nothing written: it waits the whole time
    code = next(iter(codes(server).values()))
    admitting = threading.Timer(0.3, lambda: north.admit(code))
    admitting.start()
    started = time.perf_counter()
    assert south.wait_for_change(10)
    assert time.perf_counter() - started < 2  # woken, not timed out
    admitting.join()
    north.close()
    south.close()


def test_a_scan_never_waits_for_a_server_that_hangs(server: EventServer, tmp_path: Path) -> None:
    relay = Relay((server.url.host or "127.0.0.1", server.url.port or 5432))
    through_relay = open_event_file(server.url.set(port=relay.port).render_as_string(False))
    assert isinstance(through_relay, EventServer)
    north = desk_on(through_relay, "North", tmp_path)
    badge = list(codes(server).values())
    relay.hang()
    started = time.perf_counter()
    assert north.admit(badge[0]).outcome == Outcome.ADMITTED
    assert north.status == OFFLINE
    # The one scan that finds the server gone waits its answer time, and not much more.
    assert time.perf_counter() - started < venue_desk.ANSWER_SECONDS + 1.5
    trying = threading.Thread(target=north.poll)  # trying the server: it hangs for a second
    trying.start()
    time.sleep(0.2)
    started = time.perf_counter()
    assert north.admit(badge[1]).outcome == Outcome.ADMITTED
    assert time.perf_counter() - started < 0.5  # not behind the attempt
    trying.join()
    relay.restore()
    back = north.poll()
    assert back.reconnected is not None and back.reconnected.sent == 2
    north.close()
    through_relay.close()
    relay.cut()
