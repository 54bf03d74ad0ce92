"""Create, update, delete and list through the services, on a real event file."""

import datetime as dt
import io
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from pydantic import ValidationError
from sqlmodel import Session

from delegations.domain.errors import InvalidInput, NotFound
from delegations.domain.models import NameOrder, SpeakerRole
from delegations.services import agenda, agenda_undo, speakers
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


def test_a_delegate_use_case_returns_a_frozen_view_and_writes_only_what_is_set(
    event_file: EventFile,
) -> None:
    cambodia = svc.create_delegation(
        event_file, svc.DelegationCreate(name="Cambodia", country="KH")
    )
    created = svc.create_delegate(
        event_file,
        svc.DelegateCreate(
            delegation_id=cambodia.id,
            given_name=" Sophal ",
            family_name="Sok",
            email="s@moeys.gov.kh",
        ),
    )
    assert isinstance(created, svc.DelegateView) and created.given_name == "Sophal"
    with pytest.raises(ValidationError):
        created.given_name = "Dara"  # type: ignore[misc]  (a frozen read model)
    changed = svc.update_delegate(event_file, created.id, svc.DelegateUpdate(position="Director"))
    assert (changed.position, changed.given_name, changed.email) == (
        "Director", "Sophal", "s@moeys.gov.kh",
    )  # fmt: skip
    assert svc.get_delegate(event_file, created.id) == changed


def test_deleting_several_delegates_deletes_all_or_none(event_file: EventFile) -> None:
    cambodia = svc.create_delegation(
        event_file, svc.DelegationCreate(name="Cambodia", country="KH")
    )
    ids = [
        svc.create_delegate(
            event_file, svc.DelegateCreate(delegation_id=cambodia.id, given_name=name)
        ).id
        for name in ("Sophal", "Dara")
    ]
    with pytest.raises(NotFound):
        svc.delete_delegates(event_file, [*ids, 999])
    with event_file.read() as connection:
        assert len(svc.list_delegates(session=connection)) == 2
    svc.delete_delegates(event_file, ids)
    with event_file.read() as connection:
        assert svc.list_delegates(session=connection) == []


def test_a_refused_update_writes_nothing(event_file: EventFile) -> None:
    cambodia = svc.create_delegation(
        event_file, svc.DelegationCreate(name="Cambodia", country="KH")
    )
    with pytest.raises(InvalidInput) as refused:
        svc.update_delegation(
            event_file, cambodia.id, svc.DelegationUpdate(name="Kingdom", contact_email="x@")
        )
    assert refused.value.field == "Contact e-mail"
    assert svc.get_delegation(event_file, cambodia.id).name == "Cambodia"


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


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "navy").save(out, "PNG")
    return out.getvalue()


def test_saving_a_speaker_changes_only_what_the_update_sets(event_file: EventFile) -> None:
    created = speakers.save_speaker(
        event_file,
        speakers.SpeakerCreate(given_name="Romany", family_name="Oum", photo=_png(300, 200)),
    )
    assert Image.open(io.BytesIO(created.photo)).size == (200, 200)  # stored as a square

    moved = speakers.save_speaker(
        event_file, speakers.SpeakerUpdate(position="Rector"), speaker_id=created.id
    )
    assert (moved.given_name, moved.position, moved.photo) == ("Romany", "Rector", created.photo)
    without = speakers.save_speaker(
        event_file, speakers.SpeakerUpdate(photo=None), speaker_id=created.id
    )
    assert (without.position, without.photo) == ("Rector", None)
    assert speakers.load_speaker(event_file, created.id) == without
    with pytest.raises(ValidationError):
        without.position = "Dean"  # type: ignore[misc]  # a record is read-only


def test_taking_a_speaker_off_a_session_also_takes_them_out_of_the_chair(
    event_file: EventFile,
) -> None:
    with event_file.session() as session:
        sok = speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(given_name="Sophal")
        ).id
        liu = speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(given_name="Xiaoyan")
        ).id
        forum = agenda.create_session(
            session=session,
            session_in=agenda.SessionCreate(
                day=dt.date(2025, 7, 26), start_time=dt.time(9), end_time=dt.time(10),
                title_en="Forum", chair_id=sok,
            ),
        ).id  # fmt: skip
        agenda.set_session_speakers(
            session=session, session_id=forum,
            speakers=[(sok, SpeakerRole.MODERATOR), (liu, SpeakerRole.PANELLIST)],
        )  # fmt: skip

    agenda.unassign_speaker(event_file, forum, sok)

    [row] = agenda.load_sessions(event_file)
    assert (row.chair_name, row.speaker_names) == ("", ("Xiaoyan",))
    agenda.unassign_speaker(event_file, forum, liu)
    agenda.assign_speaker(event_file, forum, sok, SpeakerRole.KEYNOTE)
    [row] = agenda.load_sessions(event_file)
    assert row.speaker_names == ("Sophal",)


def test_a_deleted_session_comes_back_under_its_id_with_its_speakers(
    event_file: EventFile,
) -> None:
    with event_file.session() as session:
        sok = speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(given_name="Sophal")
        ).id
    state = agenda_undo.add_session(
        event_file,
        agenda.SessionCreate(
            day=dt.date(2025, 7, 26), start_time=dt.time(9), end_time=dt.time(10),
            title_en="Forum",
        ),
        [(sok, SpeakerRole.KEYNOTE)],
    )  # fmt: skip
    agenda.delete_sessions(event_file, [state.session_id])
    assert agenda.load_sessions(event_file) == []

    agenda_undo.restore_sessions(event_file, [state])

    assert agenda_undo.session_states(event_file, [state.session_id]) == [state]
    with pytest.raises(InvalidInput, match="exists already"):
        agenda_undo.restore_sessions(event_file, [state])
