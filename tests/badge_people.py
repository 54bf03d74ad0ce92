"""An event with delegates whose names use every script the badges must print.

Importable from any test: pytest puts this folder on `sys.path` for the root conftest.
"""

from __future__ import annotations

from pathlib import Path

PEOPLE = [
    # country, delegation, role, honorific, given, family, native, order, position
    ("KH", "Cambodia", "hod", "H.E.", "Chanthy", "Sok", "សុខ ចាន់ធី", "family_first",
     "Secretary of State, Ministry of Education, Youth and Sport"),
    ("TH", "Thailand", "speaker", "Dr.", "Somchai", "Jaidee", "สมชาย ใจดี", "given_first",
     "Vice-Rector, Chulalongkorn University"),
    ("LA", "Lao PDR", "delegate", "Mr.", "Somphone", "Keomany", "ສົມພອນ ແກ້ວມະນີ", "given_first",
     "Director General"),
    ("MM", "Myanmar", "observer", "U", "Aung Kyaw", "Min", "အောင်ကျော်မင်း", "given_first",
     "Rector, Yangon University of Education"),
    ("CN", "China", "vip", "Prof.", "Minghua", "Li", "李明华", "family_first",
     "Dean, School of International Education"),
    ("VN", "Viet Nam", "delegate", "Mr.", "Văn Đức", "Nguyễn", "", "family_first",
     "Deputy Director, International Cooperation Department"),
]  # fmt: skip
LATIN_NAMES = ["Sok Chanthy", "Somchai Jaidee", "Li Minghua", "Nguyễn Văn Đức"]


def build_badge_event(path: Path) -> dict[str, int]:
    """Create the event file at `path`; returns delegate ids by family name."""
    from delegations.services import delegations as service
    from delegations.services.event import open_event, role_by_code

    event_file = open_event(path)
    ids: dict[str, int] = {}
    with event_file.session() as session:
        from delegations.services.event import get_event

        event = get_event(session=session)
        event.name = "China–ASEAN Education Cooperation Week 2025"
        event.name_zh = "中国—东盟教育交流周"
        event.details_confirmed = True
        delegations: dict[str, int] = {}
        for order, (country, delegation, role, honorific, given, family, native, name_order,
                    position) in enumerate(PEOPLE):  # fmt: skip
            if country not in delegations:
                created = service.add_delegation(
                    session,
                    service.DelegationCreate(
                        country=country,
                        name=delegation,
                        protocol_order=order,
                    ),
                )
                delegations[country] = created.id
            delegate = service.add_delegate(
                session,
                service.DelegateCreate(
                    delegation_id=delegations[country],
                    role_id=role_by_code(session=session, code=role).id,
                    honorific=honorific,
                    given_name=given,
                    family_name=family,
                    native_name=native,
                    name_order=name_order,
                    position=position,
                ),
            )
            ids[family] = delegate.id
    event_file.close()
    return ids
