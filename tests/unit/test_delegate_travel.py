"""services.delegate_travel: the Travel dialog's read and its one-call save (issue 17)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegations.domain.errors import UserError
from delegations.domain.travel import Direction
from delegations.services import delegate_travel as service
from delegations.services import travel
from delegations.services.event import open_event
from delegations.store import EventFile


@pytest.fixture
def event(demo_path: Path, tmp_path: Path) -> Iterator[EventFile]:
    path = tmp_path / "event.sqlite3"
    shutil.copy(demo_path, path)
    event_file = open_event(path)
    yield event_file
    event_file.close()


def _member_of(event_file: EventFile, delegation: str) -> int:
    """A member of the delegation who is not its head."""
    with event_file.read() as connection:
        return connection.execute(
            "SELECT p.id FROM delegate p JOIN delegation g ON g.id = p.delegation_id "
            "WHERE g.name = ? AND g.head_id != p.id ORDER BY p.id",
            (delegation,),
        ).fetchone()[0]


def test_the_read_gives_the_delegate_s_legs_and_the_delegation_s_others(event: EventFile) -> None:
    delegate = _member_of(event, "Viet Nam")
    read = service.read_delegate_travel(event, delegate)
    assert read.delegation == "Viet Nam"
    assert read.arrival is not None and read.departure is not None
    assert all(t.delegation == "Viet Nam" for t in read.arrival.travellers)
    assert delegate not in {m.id for m in read.members}
    assert len(read.members) >= 5
    for leg in read.others:
        assert delegate not in {t.id for t in leg.travellers}


def test_leaving_a_leg_removes_it_when_empty_and_keeps_the_delegate_s_other_legs(
    event: EventFile,
) -> None:
    delegate = _member_of(event, "Thailand")
    demo_leg = service.read_delegate_travel(event, delegate).departure
    assert demo_leg is not None and len(demo_leg.travellers) > 1
    own = travel.add_leg(event, travel.LegInput(
        "departure", dt.date(2025, 7, 29), [delegate], time="08:00", number="FD579", place="KWE",
    ))  # fmt: skip
    read = service.read_delegate_travel(event, delegate)
    assert read.departure == own  # the latest is shown
    assert read.leg_count(Direction.DEPARTURE) == 2
    service.save_delegate_travel(
        event, delegate, [service.LegChoice(Direction.DEPARTURE, None, previous=own.id)]
    )
    departures = {leg.id: leg for leg in travel.list_legs(event, direction="departure")}
    assert own.id not in departures  # left without anyone: removed
    assert delegate in {t.id for t in departures[demo_leg.id].travellers}  # kept
    # Leaving the shared leg keeps it for the others.
    service.save_delegate_travel(
        event, delegate, [service.LegChoice(Direction.DEPARTURE, None, previous=demo_leg.id)]
    )
    after = travel.get_leg(event, demo_leg.id)
    assert {t.id for t in after.travellers} == {t.id for t in demo_leg.travellers} - {delegate}
    assert service.read_delegate_travel(event, delegate).departure is None


def test_a_leg_without_the_delegate_is_refused_and_nothing_is_written(event: EventFile) -> None:
    delegate = _member_of(event, "Thailand")
    other = _member_of(event, "Viet Nam")
    before = travel.list_legs(event)
    leg = travel.LegInput("arrival", "2025-07-23", [other], number="TG614", place="KWE")
    with pytest.raises(UserError, match="must travel on the leg"):
        service.save_delegate_travel(event, delegate, [service.LegChoice(Direction.ARRIVAL, leg)])
    assert travel.list_legs(event) == before
