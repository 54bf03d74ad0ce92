"""Desk processes that scan the same badges at once, for the concurrent-admission test and
benchmark: each process opens the event on the server itself, as a desk laptop does.

Importable from any test (pytest puts this folder on `sys.path`, and a 'spawn' child gets the
parent's `sys.path`); the workers are module-level so a spawned process can find them.
"""

from __future__ import annotations

import random
import time
from typing import Any

from delegations.domain.codes import make_code
from delegations.services import delegations as svc
from delegations.services.event import open_event, role_by_code

_GIVEN = ("Văn Đức", "Thị Lan", "Minh", "Somchai", "Minghua", "Sokha", "Aung", "Siti")
_FAMILY = ("Nguyễn", "Trần", "Lê", "Jaidee", "Li", "Chan", "Kyaw", "Rahman")


def build_delegates(target: str, delegations: int, members: int) -> dict[int, list[int]]:
    """`delegations` delegations of `members` each in the event at `target`; their ids."""
    event_file = open_event(target)
    ids: dict[int, list[int]] = {}
    with event_file.session() as session:
        role_id = role_by_code(session=session, code="delegate").id
        for number in range(delegations):
            delegation = svc.add_delegation(
                session,
                svc.DelegationCreate(
                    country="VN", name=f"Delegation {number}", protocol_order=number
                ),
            )
            ids[delegation.id] = [
                svc.add_delegate(
                    session,
                    svc.DelegateCreate(
                        delegation_id=delegation.id,
                        role_id=role_id,
                        given_name=_GIVEN[member % len(_GIVEN)],
                        family_name=f"{_FAMILY[number % len(_FAMILY)]} {member}",
                    ),
                ).id
                for member in range(members)
            ]
    event_file.close()
    return ids


def badge_codes(target: str, delegate_ids: list[int]) -> list[str]:
    event_file = open_event(target)
    with event_file.read() as connection:
        secret = connection.execute("SELECT signing_secret FROM event LIMIT 1").scalar_one()
    event_file.close()
    return [make_code(secret, delegate_id, 1) for delegate_id in delegate_ids]


def scan_all(
    target: str, desk: str, codes: list[str], delegation_ids: list[int], start: Any, seed: int
) -> dict[str, Any]:
    """One desk: scan every code (in its own order) and, between scans, admit whole
    delegations; what it admitted (ids), and each scan's time in seconds."""
    from delegations.services import checkin

    event_file = open_event(target)
    order = random.Random(seed).sample(codes, len(codes))
    wholes = random.Random(seed + 1).sample(delegation_ids, len(delegation_ids))
    admitted: list[int] = []
    times: list[float] = []
    start.wait()
    for number, code in enumerate(order):
        began = time.perf_counter()
        result = checkin.admit(event_file, code, desk=desk)
        times.append(time.perf_counter() - began)
        if result.outcome is checkin.Outcome.ADMITTED:
            admitted.append(result.delegate_id)
        if wholes and number % 7 == 3:
            admitted += checkin.admit_delegation(event_file, wholes.pop(), desk=desk).admitted
    event_file.close()
    return {"desk": desk, "admitted": admitted, "times": times}
