"""Two desks never both admit one badge on a PostgreSQL server: several desk processes scan
the same badges at the same moment, and each delegate is admitted exactly once."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

import pytest
from admission_desks import badge_codes, build_delegates, scan_all

from delegations.services.event import open_event

DESKS = 4


@pytest.mark.postgres
def test_desk_processes_scanning_the_same_badges_admit_each_delegate_once(
    postgres_url: str,
) -> None:
    members = build_delegates(postgres_url, delegations=6, members=10)
    everyone = [id_ for ids in members.values() for id_ in ids]
    codes = badge_codes(postgres_url, everyone)
    context = multiprocessing.get_context("spawn")
    start = context.Manager().Barrier(DESKS)
    with ProcessPoolExecutor(DESKS, mp_context=context) as pool:
        desks = [
            pool.submit(scan_all, postgres_url, f"Desk {n}", codes, list(members), start, n)
            for n in range(DESKS)
        ]
        results = [desk.result(timeout=300) for desk in desks]

    admissions = Counter(id_ for result in results for id_ in result["admitted"])
    assert admissions == Counter(everyone)  # every delegate once: no one twice, no one missed
    assert all(result["admitted"] for result in results)  # every desk admitted someone
    event_file = open_event(postgres_url)
    with event_file.read() as connection:
        entries = Counter(
            delegate_id
            for (delegate_id,) in connection.execute(
                "SELECT delegate_id FROM checkin WHERE action = 'IN'"
            )
        )
    event_file.close()
    assert entries == Counter(everyone)  # one IN entry each in the journal
