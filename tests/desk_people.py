"""A small event for the check-in desk tests: names that exercise folding and scripts.

Importable from any test: pytest puts this folder on `sys.path` for the root conftest.
"""

from __future__ import annotations

from pathlib import Path

from delegations.services import delegations as svc
from delegations.services.event import open_event, role_by_code
from delegations.store import EventFile

PEOPLE = [
    # delegation, country, honorific, given, family, native, order, role, organisation, notes
    ("Viet Nam", "VN", "H.E. Mr", "Văn Đức", "Nguyễn", "", "family_first", "hod",
     "Ministry of Education and Training", "Protocol: greet at the door"),
    ("Viet Nam", "VN", "Ms", "Thị Lan", "Trần", "", "family_first", "delegate",
     "Hanoi University", ""),
    ("Viet Nam", "VN", "Mr", "Minh", "Lê", "", "family_first", "delegate",
     "Duc Tri College", ""),
    ("China", "CN", "Prof.", "Minghua", "Li", "李明华", "family_first", "vip",
     "Guizhou University", ""),
    ("Thailand", "TH", "Dr.", "Somchai", "Jaidee", "สมชาย ใจดี", "given_first", "speaker",
     "Chulalongkorn University", ""),
    ("Thailand", "TH", "Ms", "Ducky", "Moreno", "", "given_first", "media", "Bangkok Post", ""),
]  # fmt: skip


def build(path: Path) -> tuple[EventFile, dict[str, int]]:
    event_file = open_event(path)
    ids: dict[str, int] = {}
    delegations: dict[str, int] = {}
    with event_file.session() as session:
        for (delegation, country, honorific, given, family, native, order, role, organisation,
             notes) in PEOPLE:  # fmt: skip
            if delegation not in delegations:
                delegations[delegation] = svc.add_delegation(
                    session,
                    svc.DelegationCreate(
                        country=country,
                        name=delegation,
                        protocol_order=len(delegations),
                    ),
                ).id  # fmt: skip
            delegate = svc.add_delegate(
                session,
                svc.DelegateCreate(
                    delegation_id=delegations[delegation],
                    role_id=role_by_code(session=session, code=role).id,
                    honorific=honorific,
                    given_name=given,
                    family_name=family,
                    native_name=native,
                    name_order=order,
                    organisation=organisation,
                    notes=notes,
                ),
            )  # fmt: skip
            ids[family] = delegate.id
        svc.change_delegation(
            session,
            delegations["Viet Nam"],
            svc.DelegationUpdate(
                head_id=ids["Nguyễn"],
            ),
        )
    return event_file, ids
