"""The day's expected arrivals against the desks' admissions, on the demo event."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegations.domain.errors import UserError
from delegations.services import arrivals, checkin, travel
from delegations.services.event import open_event
from delegations.store import EventFile

FIRST_DAY = dt.date(2025, 7, 24)


@pytest.fixture
def event(demo_path: Path, tmp_path: Path) -> Iterator[EventFile]:
    path = tmp_path / "event.sqlite3"
    shutil.copy(demo_path, path)
    event_file = open_event(path)
    yield event_file
    event_file.close()


def test_the_days_arrivals_are_the_travellers_of_its_arrival_legs(event: EventFile) -> None:
    today = arrivals.arrivals_on(event, FIRST_DAY)
    legs = travel.list_legs(event, day=FIRST_DAY, direction="arrival")
    assert len(today.expected) == sum(len(leg.travellers) for leg in legs) > 0
    assert today.admitted == () and today.not_yet == today.expected
    # In the legs' time order: China's train lands first (11:48 at Guiyang North).
    first = today.expected[0]
    assert (first.delegation, first.by) == ("China", "11:48  G2961  KQW")
    times = [person.leg.time for person in today.expected]
    assert times == sorted(times)


def test_an_admission_moves_a_traveller_from_not_yet_to_admitted_and_undo_back(
    event: EventFile,
) -> None:
    person = arrivals.arrivals_on(event, FIRST_DAY).not_yet[-1]
    checkin.admit_by_id(event, person.delegate_id, desk="Hotel lobby")
    today = arrivals.arrivals_on(event, FIRST_DAY)
    assert [p.delegate_id for p in today.admitted] == [person.delegate_id]
    assert person.delegate_id not in {p.delegate_id for p in today.not_yet}
    assert len(today.not_yet) == len(today.expected) - 1
    checkin.undo_admission(event, person.delegate_id, desk="Hotel lobby")
    assert arrivals.arrivals_on(event, FIRST_DAY).admitted == ()


def test_someone_admitted_who_is_not_expected_today_is_not_listed(event: EventFile) -> None:
    expected = {p.delegate_id for p in arrivals.arrivals_on(event, FIRST_DAY).expected}
    later = arrivals.arrivals_on(event, FIRST_DAY + dt.timedelta(days=1)).expected[0]
    assert later.delegate_id not in expected
    checkin.admit_by_id(event, later.delegate_id)
    today = arrivals.arrivals_on(event, FIRST_DAY)
    assert today.admitted == () and later.delegate_id not in {p.delegate_id for p in today.expected}


def test_a_day_without_arrivals_and_a_bad_day(event: EventFile) -> None:
    assert arrivals.arrivals_on(event, "2025-08-01").expected == ()
    with pytest.raises(UserError, match="“25/07” is not a date"):
        arrivals.arrivals_on(event, "25/07")
