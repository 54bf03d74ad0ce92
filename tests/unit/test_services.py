"""Create, update, delete and list through the services, on a real event file."""

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from sqlmodel import Session

from delegations.domain.errors import InvalidInput, NotFound
from delegations.domain.models import NameOrder, SpeakerRole
from delegations.services import agenda, speakers
from delegations.services import delegations as svc
from delegations.services.event import get_event, open_event, role_by_code
from delegations.store import EventFile


@pytest.fixture
def event_file(event_path: Path) -> EventFile:
    event_file = open_event(event_path)
    with event_file.session() as session:
        event = get_event(session=session)
        event.start_date, event.end_date = dt.date(2025, 7, 24), dt.date(2025, 7, 28)
    return event_file


def _cambodia(session: Session) -> int:
    return svc.add_delegation(session, svc.DelegationCreate(name="Cambodia", country="KH")).id


def test_delegate_is_written_with_clean_nfc_text(event_file: EventFile) -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn Đức")
    with event_file.session() as session:
        vietnam = svc.add_delegation(
            session,
            svc.DelegationCreate(
                name="Viet Nam",
                country="VN",
            ),
        ).id
        svc.add_delegate(
            session,
            svc.DelegateCreate(
                delegation_id=vietnam,
                given_name="  Văn Đức ",
                family_name="Nguyễn",
                native_name=decomposed,
                name_order=NameOrder.FAMILY_FIRST,
                role_id=role_by_code(session=session, code="delegate").id,
            ),
        )  # fmt: skip
    with event_file.session() as session:
        [row] = svc.list_delegates(session=session)
    assert row.name == "Nguyễn Văn Đức"
    assert row.native_name == unicodedata.normalize("NFC", decomposed)
    assert row.role_name == "Delegate"
    assert "duc" in row.search_key


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"given_name": "", "family_name": "", "native_name": ""}, "Name"),
        ({"given_name": "Sok", "email": "sok.gmail.com"}, "Email"),
        ({"given_name": "Sok", "email": "sok@ministry"}, "Email"),
        (
            {
                "given_name": "Sok",
                "arrival": dt.date(2025, 7, 26),
                "departure": dt.date(2025, 7, 24),
            },
            "Departure",
        ),
        ({"given_name": "Sok", "delegation_id": 999}, "Delegation"),
    ],
)
def test_invalid_delegate_is_refused_naming_the_field(
    event_file: EventFile, fields: dict, field: str
) -> None:
    with event_file.session() as session:
        fields = {"delegation_id": _cambodia(session), **fields}
    with pytest.raises(InvalidInput) as refused, event_file.session() as session:
        svc.add_delegate(session, svc.DelegateCreate(**fields))
    assert refused.value.field == field
    with event_file.session() as session:
        assert svc.list_delegates(session=session) == []


def test_head_of_delegation_must_be_a_member(event_file: EventFile) -> None:
    with event_file.session() as session:
        cambodia = _cambodia(session)
        laos = svc.add_delegation(session, svc.DelegationCreate(name="Lao PDR", country="LA")).id
        lao_member = svc.add_delegate(
            session,
            svc.DelegateCreate(
                delegation_id=laos,
                given_name="Bounmy",
            ),
        ).id
    with pytest.raises(InvalidInput) as refused, event_file.session() as session:
        svc.change_delegation(session, cambodia, svc.DelegationUpdate(head_id=lao_member))
    assert refused.value.field == "Head"


def test_head_who_moves_delegation_stops_being_head(event_file: EventFile) -> None:
    with event_file.session() as session:
        cambodia = _cambodia(session)
        laos = svc.add_delegation(session, svc.DelegationCreate(name="Lao PDR", country="LA")).id
        head = svc.add_delegate(
            session,
            svc.DelegateCreate(
                delegation_id=cambodia,
                given_name="Romany",
                family_name="Oum",
            ),
        ).id
        svc.change_delegation(session, cambodia, svc.DelegationUpdate(head_id=head))
    with event_file.session() as session:
        assert svc.list_delegations(session=session)[0].head_name == "Romany Oum"
        svc.change_delegate(session, head, svc.DelegateUpdate(delegation_id=laos))
    with event_file.session() as session:
        rows = {row.name: row for row in svc.list_delegations(session=session)}
    assert rows["Cambodia"].head_id is None
    assert rows["Lao PDR"].member_count == 1


def test_deleting_a_delegation_deletes_its_members(event_file: EventFile) -> None:
    with event_file.session() as session:
        cambodia = _cambodia(session)
        head = svc.add_delegate(
            session,
            svc.DelegateCreate(
                delegation_id=cambodia,
                given_name="Sok",
            ),
        ).id
        svc.change_delegation(session, cambodia, svc.DelegationUpdate(head_id=head))
    svc.delete_delegation(event_file, cambodia)
    with event_file.session() as session:
        assert svc.list_delegations(session=session) == []
        assert svc.list_delegates(session=session) == []


def test_unknown_country_code_is_refused(event_file: EventFile) -> None:
    with pytest.raises(InvalidInput) as refused, event_file.session() as session:
        svc.add_delegation(session, svc.DelegationCreate(name="Atlantis", country="Atlantis"))
    assert refused.value.field == "Country"


def test_editing_a_deleted_delegate_says_so(event_file: EventFile) -> None:
    with pytest.raises(NotFound, match="no longer exists"), event_file.session() as session:
        svc.change_delegate(session, 42, svc.DelegateUpdate(given_name="X"))


def test_session_must_end_after_it_starts_and_fall_within_the_event(
    event_file: EventFile,
) -> None:
    day = dt.date(2025, 7, 26)
    with pytest.raises(InvalidInput) as refused, event_file.session() as session:
        agenda.create_session(
            session=session,
            session_in=agenda.SessionCreate(
                day=day, start_time=dt.time(10), end_time=dt.time(9, 30), title_en="X"
            ),
        )
    assert refused.value.field == "End"
    with pytest.raises(InvalidInput) as refused, event_file.session() as session:
        agenda.create_session(
            session=session, session_in=agenda.SessionCreate(
                day=dt.date(2025, 8, 1), start_time=dt.time(9),
                end_time=dt.time(10), title_en="X",
            ),
        )  # fmt: skip
    assert refused.value.field == "Day"


def test_session_with_room_and_ordered_speakers(event_file: EventFile) -> None:
    with event_file.session() as session:
        room = agenda.create_room(
            session=session, room_in=agenda.RoomCreate(name="Hall A", capacity=400, floor="1")
        ).id
        bai = speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(
                given_name="Zhen", family_name="Bai",
                name_order=NameOrder.FAMILY_FIRST, position="Deputy Director",
            ),
        ).id  # fmt: skip
        oum = speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(
                given_name="Romany", family_name="Oum",
                name_order=NameOrder.FAMILY_FIRST, country="KH",
            ),
        ).id  # fmt: skip
        seminar = agenda.create_session(
            session=session, session_in=agenda.SessionCreate(
                day=dt.date(2025, 7, 26), start_time=dt.time(9),
                end_time=dt.time(11, 30), title_en="Digital Intelligence Innovation", room_id=room,
                chair_id=bai,
            ),
        ).id  # fmt: skip
        agenda.set_session_speakers(
            session=session, session_id=seminar,
            speakers=[(oum, SpeakerRole.KEYNOTE), (bai, SpeakerRole.PANELLIST)],
        )  # fmt: skip
    with event_file.session() as session:
        [row] = agenda.list_sessions(session=session)
        counts = {row.name: row.session_count for row in speakers.list_speakers(session=session)}
    assert row.room_name == "Hall A"
    assert row.chair_name == "Bai Zhen"
    assert row.speaker_names == ("Oum Romany", "Bai Zhen")
    assert counts == {"Bai Zhen": 1, "Oum Romany": 1}


def test_room_names_are_unique(event_file: EventFile) -> None:
    with event_file.session() as session:
        agenda.create_room(session=session, room_in=agenda.RoomCreate(name="Hall A"))
    with pytest.raises(InvalidInput) as refused, event_file.session() as session:
        agenda.create_room(session=session, room_in=agenda.RoomCreate(name="Hall A"))
    assert refused.value.field == "Name"


def test_speaker_needs_a_name(event_file: EventFile) -> None:
    with pytest.raises(InvalidInput) as refused, event_file.session() as session:
        speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(position="Minister")
        )
    assert refused.value.field == "Name"
