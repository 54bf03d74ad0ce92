"""An event with a delegation whose members write their names in several scripts, for the
badge hand-over tests (unit, gui, end2end). Importable from any test folder."""

from __future__ import annotations

from pathlib import Path

MEMBERS = [
    # honorific, given, family, native, order, role, email
    ("Ms.", "Sreymom", "Chea", "ជា ស្រីមុំ", "family_first", "delegate", "sreymom.chea@moeys.gov.kh"),
    ("H.E.", "Romany", "Oum", "អ៊ុំ រមនី", "family_first", "hod", "oum.romany@moeys.gov.kh"),
    ("Dr.", "Somchai", "Jaidee", "สมชาย ใจดี", "given_first", "speaker", "somchai@chula.ac.th"),
    ("Prof.", "Minghua", "Li", "李明华", "family_first", "vip", "li.minghua@bnu.edu.cn"),
    ("U", "Aung Kyaw", "Min", "အောင်ကျော်မင်း", "given_first", "observer", ""),
    ("Mr.", "Somphone", "Keomany", "ສົມພອນ ແກ້ວມະນີ", "given_first", "delegate", ""),
]  # fmt: skip
LIAISON_EMAIL = "sreymom.chea@moeys.gov.kh"
LATIN_NAMES = ["Chea Sreymom", "Oum Romany", "Somchai Jaidee", "Li Minghua", "Aung Kyaw Min",
               "Somphone Keomany"]  # fmt: skip


def build_handover_event(path: Path) -> dict[str, int]:
    """Create the event at `path`: the delegation "Cambodia" with the members above (its
    contact is the liaison officer) and "Thailand" with one member. Returns ids by family
    name, plus "Cambodia", "Thailand" and "Outsider" (the Thai member)."""
    from delegations.services import delegations as service
    from delegations.services.event import get_event, open_event, role_by_code

    event_file = open_event(path)
    with event_file.session() as session:
        event = get_event(session=session)
        event.name = "China–ASEAN Education Cooperation Week 2025"
        event.name_zh = "中国—东盟教育交流周"
        event.time_zone = "Asia/Shanghai"
        event.details_confirmed = True
        ids = {
            "Cambodia": service.add_delegation(session, service.DelegationCreate(
                country="KH", name="Cambodia", contact_email=LIAISON_EMAIL)).id,
            "Thailand": service.add_delegation(session, service.DelegationCreate(
                country="TH", name="Thailand", protocol_order=1)).id,
        }  # fmt: skip
        for honorific, given, family, native, order, role, email in MEMBERS:
            ids[family] = service.add_delegate(session, service.DelegateCreate(
                delegation_id=ids["Cambodia"], role_id=role_by_code(session=session, code=role).id,
                honorific=honorific, given_name=given, family_name=family, native_name=native,
                name_order=order, email=email)).id  # fmt: skip
        ids["Outsider"] = service.add_delegate(session, service.DelegateCreate(
            delegation_id=ids["Thailand"], given_name="Malee", family_name="Srisuk",
            email="malee@moe.go.th")).id  # fmt: skip
    event_file.close()
    return ids
