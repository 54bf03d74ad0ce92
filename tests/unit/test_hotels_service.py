"""Hotels and rooming on the demo event: the demo's rooming, putting people in rooms, sharing,
the warnings a change brings, refusals that leave the file unchanged, and the rooming list as
PDF and .xlsx."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest
from pdf_reading import page_sizes, pages_text, render_pages

from delegations.domain.errors import UserError
from delegations.domain.hotels import Problem
from delegations.services import hotels
from delegations.services.event import open_event
from delegations.store import EventFile

KEMPINSKI = "Kempinski Hotel Guiyang"
SHERATON = "Sheraton Guiyang Hotel"
JULY = dt.date(2025, 7, 1)


def day(n: int) -> dt.date:
    return JULY.replace(day=n)


@pytest.fixture
def event_file(demo_path: Path, tmp_path: Path) -> EventFile:
    path = tmp_path / "event.sqlite3"
    shutil.copy(demo_path, path)
    return open_event(path)


def _stay(rooming: hotels.Rooming, name: str) -> tuple[hotels.HotelView, hotels.RoomView]:
    for hotel in rooming.hotels:
        for room in hotel.rooms:
            if any(guest.name.endswith(name) for guest in room.guests):
                return hotel, room
    raise AssertionError(f"{name} has no room")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_demo_rooms_everyone_within_its_blocks(event_file: EventFile) -> None:
    rooming = hotels.read_rooming(event_file)
    assert rooming.warnings == ()
    assert [(h.name, len(h.rooms), h.guests) for h in rooming.hotels] == [
        (KEMPINSKI, 74, 74), (SHERATON, 23, 26)
    ]  # fmt: skip
    hotel, room = _stay(rooming, "Oum Romany")  # Cambodia's head of delegation
    assert (hotel.name, room.room_type, len(room.guests)) == (KEMPINSKI, "Executive Suite", 1)
    # Guizhou's own people go home; a room is shared by two with the same dates.
    assert not any(g.name.endswith("Yang Xuemei") for h in rooming.hotels for r in h.rooms
                   for g in r.guests)  # fmt: skip
    shared = [r for r in rooming.hotel("sheraton").rooms if len(r.guests) == 2]
    assert shared and all(len({(g.check_in, g.check_out) for g in r.guests}) == 1 for r in shared)


def test_a_third_guest_in_a_twin_is_warned_over_capacity(event_file: EventFile) -> None:
    twin = next(r for r in hotels.read_rooming(event_file).hotel(SHERATON).rooms
                if len(r.guests) == 2)  # fmt: skip
    saved = hotels.assign_room(event_file, hotels.StayInput(
        "Oum Romany", share_with=twin.guests[0].delegate_id, check_in=day(25), check_out=day(26),
    ))  # fmt: skip
    assert saved.room_id == twin.id
    assert saved.warnings == (
        f"Room {twin.number} (Deluxe Twin) at {SHERATON} has 3 guests on the night of 25 July; "
        "it sleeps 2.",
    )
    rooming = hotels.read_rooming(event_file)
    # Her suite, left empty, is gone from the list.
    assert len(rooming.hotel(KEMPINSKI).rooms) == 73
    assert [w.problem for w in rooming.warnings] == [Problem.OVER_CAPACITY]


def test_a_person_taken_out_of_their_room_has_none_unless_they_need_none(
    event_file: EventFile,
) -> None:
    hotels.vacate(event_file, "Oum Romany")
    [warning] = hotels.read_rooming(event_file).warnings
    assert warning.problem is Problem.NO_ROOM
    assert warning.sentence == "H.E. Oum Romany (Cambodia) has no room for 4 nights from 24 July."
    from delegations.services import travel

    [problem] = travel.check_travel(event_file)  # hotels add "no room" to `travel check`
    assert (problem.kind, problem.sentence) == ("no-room", warning.sentence)
    hotels.vacate(event_file, "Oum Romany", own_arrangements=True)
    assert hotels.read_rooming(event_file).warnings == ()


def test_an_early_arrival_goes_beyond_the_block(event_file: EventFile) -> None:
    hotels.assign_room(event_file, hotels.StayInput(
        "Oum Romany", KEMPINSKI, "executive", room="2888", check_in=day(23),
        requests="Late check-in",
    ))  # fmt: skip
    rooming = hotels.read_rooming(event_file)
    assert [w.sentence for w in rooming.warnings] == [
        f"{KEMPINSKI}, Executive Suite: 1 room is taken on the night of 23 July "
        "(H.E. Oum Romany) but no block holds any."
    ]
    _hotel, room = _stay(rooming, "Oum Romany")
    [guest] = room.guests
    assert (room.number, guest.check_in, guest.check_out, guest.nights) == ("2888", day(23),
                                                                             day(28), 5)  # fmt: skip
    assert guest.requests == "Late check-in" and not guest.dates_from_travel
    assert guest.arrives == "" and guest.leaves == "14:05 CZ3418"  # she lands on the 24th
    hotels.add_block(event_file, KEMPINSKI, "Executive Suite", day(23), day(24), 2)
    assert hotels.read_rooming(event_file).warnings == ()


def test_placing_a_delegation_shares_rooms_among_people_with_the_same_dates(
    event_file: EventFile,
) -> None:
    hotels.add_hotel(event_file, hotels.HotelInput("Guiyang Park Hotel", "贵阳柏顿酒店"))
    hotels.set_room_type(event_file, "park", "Twin", 2)
    hotels.add_block(event_file, "park", "twin", day(24), day(28), 4)
    for delegate_id in _members(event_file, "VN"):
        hotels.vacate(event_file, delegate_id)
    guests, rooms = hotels.place_delegation(event_file, "Viet Nam", "park", "twin", per_room=2)
    park = hotels.read_rooming(event_file).hotel("Guiyang Park Hotel")
    assert park.guests == guests == len(_members(event_file, "VN"))
    assert len(park.rooms) == rooms < guests
    for room in park.rooms:
        assert len({(g.check_in, g.check_out) for g in room.guests}) == 1
    taken = max(line.taken for line in park.nights)
    blocked = [w for w in hotels.read_rooming(event_file).warnings if w.hotel == park.name]
    assert bool(blocked) == (taken > 4)


def _members(event_file: EventFile, country: str) -> list[int]:
    with event_file.read() as connection:
        return [id_ for (id_,) in connection.execute(
            "SELECT d.id FROM delegate d JOIN delegation g ON g.id = d.delegation_id "
            "WHERE g.country = ?", (country,))]  # fmt: skip


@pytest.mark.parametrize(
    ("given", "sentence"),
    [
        (
            hotels.StayInput("Nobody Here", KEMPINSKI, "Deluxe King"),
            "Guest: “Nobody Here” is not one of the event's delegates",
        ),
        (
            hotels.StayInput("Oum Romany", "Hilton", "Deluxe King"),
            f"There is no hotel “Hilton” (there are: {KEMPINSKI}, {SHERATON}).",
        ),
        (
            hotels.StayInput("Oum Romany", KEMPINSKI, "Penthouse"),
            "There is no room type at this hotel “Penthouse” (there are: Deluxe King, Executive",
        ),
        (
            hotels.StayInput("Oum Romany", KEMPINSKI, "Deluxe King", check_in=day(28)),
            "Check-out: the stay checks out on 28 July 2025, which is not after its check-in",
        ),
        (
            hotels.StayInput("Oum Romany", share_with="Yang Xuemei"),
            "Share with: “Yang Xuemei” has no room to share yet",
        ),
        (
            hotels.StayInput("Oum Romany", SHERATON, "Deluxe Twin", share_with="Kim Bunthoeun"),
            "Share with: give a person to share with, or a hotel and room type, not both",
        ),
        (
            hotels.StayInput("Oum Romany", KEMPINSKI, "Deluxe King", room="2801"),
            "Room type: room 2801 is a room of type Executive Suite, not “Deluxe King”.",
        ),
    ],
)
def test_bad_input_is_one_sentence_and_the_file_is_unchanged(
    event_file: EventFile, given: hotels.StayInput, sentence: str
) -> None:
    before = _digest(event_file.path)
    with pytest.raises(UserError) as refused:
        hotels.assign_room(event_file, given)
    assert str(refused.value).startswith(sentence)
    assert _digest(event_file.path) == before


def test_blocks_and_room_types_refuse_bad_numbers(event_file: EventFile) -> None:
    with pytest.raises(UserError, match="sleeps 1 to 12 people, not 0"):
        hotels.set_room_type(event_file, KEMPINSKI, "Broom cupboard", 0)
    with pytest.raises(UserError, match="one room or more, not 0"):
        hotels.add_block(event_file, KEMPINSKI, "Deluxe King", day(24), day(28), 0)
    with pytest.raises(UserError, match="already a hotel “Kempinski Hotel Guiyang”"):
        hotels.add_hotel(event_file, hotels.HotelInput("kempinski hotel guiyang"))


def test_rooming_list_pdf_is_a4_landscape_with_every_guest_and_the_nights(
    event_file: EventFile, tmp_path: Path
) -> None:
    out = hotels.write_rooming(event_file, "sheraton", tmp_path / "sheraton.pdf")
    sizes = {(round(width), round(height)) for width, height in page_sizes(out)}
    assert sizes == {(842, 595)}
    text = "\n".join(pages_text(out))
    view = hotels.read_rooming(event_file).hotel(SHERATON)
    for room in view.rooms:
        assert room.number in text
        for guest in room.guests:
            assert guest.name in text
    assert "Rooming list" in text and "入住名单" in text and "23 / 24" in text
    assert "24 Jul 16:20 CZ3417" in text  # Cambodia's flight, on the check-in day
    image = next(render_pages(out, dpi=40))
    assert image.getextrema()[0] < 100  # something is drawn


def test_rooming_list_xlsx_has_a_line_per_guest_with_dates(
    event_file: EventFile, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = hotels.write_rooming(event_file, KEMPINSKI, tmp_path / "kempinski.xlsx")
    workbook = load_workbook(out)
    sheet = workbook["Rooming list"]
    assert [c.value for c in sheet[3]] == list(hotels.XLSX_HEADERS)
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert len(rows) == 74
    head = next(row for row in rows if row[2] == "H.E. Oum Romany")
    assert head[1] == "Executive Suite" and head[4] == "Cambodia" and head[11] == 4
    assert head[7].date() == day(24) and head[9].date() == day(28)
    # The hotel sees when the guest lands and leaves (the demo's flights via Guangzhou).
    assert head[8] == "16:20 CZ3417" and head[10] == "14:05 CZ3418"
    nights = [[c.value for c in row] for row in workbook["Nights"].iter_rows(min_row=2)]
    assert [n[1:] for n in nights[:2]] == [["Deluxe King", 65, 51], ["Executive Suite", 12, 12]]


def test_the_rooming_list_is_refused_for_another_format_or_a_missing_folder(
    event_file: EventFile, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="written as .pdf or .xlsx"):
        hotels.write_rooming(event_file, KEMPINSKI, tmp_path / "list.docx")
    with pytest.raises(UserError, match="does not exist"):
        hotels.write_rooming(event_file, KEMPINSKI, tmp_path / "gone" / "list.pdf")


def test_numbering_a_shared_room_keeps_its_guests_together(event_file: EventFile) -> None:
    twin = next(r for r in hotels.read_rooming(event_file).hotel(SHERATON).rooms
                if len(r.guests) == 2)  # fmt: skip
    assert hotels.number_room(event_file, twin.guests[1].delegate_id, " 1508 ") == twin.id
    _hotel, room = _stay(hotels.read_rooming(event_file), twin.guests[0].name)
    assert (room.id, room.number, room.guests) == (twin.id, "1508", twin.guests)
    other = next(r for r in hotels.read_rooming(event_file).hotel(SHERATON).rooms
                 if r.id != twin.id)  # fmt: skip
    before = _digest(event_file.path)
    with pytest.raises(UserError, match="room 1508 at Sheraton Guiyang Hotel is someone else's"):
        hotels.number_room(event_file, other.guests[0].delegate_id, "1508")
    with pytest.raises(UserError, match="“Yang Xuemei” has no room to number yet"):
        hotels.number_room(event_file, "Yang Xuemei", "1509")
    assert _digest(event_file.path) == before


def test_removing_a_hotel_leaves_its_guests_with_no_room(event_file: EventFile) -> None:
    assert hotels.remove_hotel(event_file, "sheraton") == 26
    rooming = hotels.read_rooming(event_file)
    assert [h.name for h in rooming.hotels] == [KEMPINSKI]
    assert len(rooming.warnings) == 26
    assert {w.problem for w in rooming.warnings} == {Problem.NO_ROOM}


def test_placing_more_people_in_a_room_than_it_sleeps_is_refused(event_file: EventFile) -> None:
    before = _digest(event_file.path)
    with pytest.raises(UserError, match="Per room: a Deluxe Twin room sleeps 2, not 3."):
        hotels.place_delegation(event_file, "Viet Nam", SHERATON, "Deluxe Twin", per_room=3)
    assert _digest(event_file.path) == before
    hotels.add_hotel(event_file, hotels.HotelInput("Sheraton Grand Guiyang"))
    with pytest.raises(UserError, match="“Sheraton” could be Sheraton Grand Guiyang or "
                       "Sheraton Guiyang Hotel; give more of the name."):  # fmt: skip
        hotels.place_delegation(event_file, "Viet Nam", "Sheraton", "Deluxe Twin")
    # Everyone of Viet Nam has a room already: no one to place.
    assert hotels.place_delegation(event_file, "Viet Nam", SHERATON, "Deluxe Twin") == (0, 0)


def test_a_flight_landing_before_six_asks_for_the_night_before(event_file: EventFile) -> None:
    from delegations.services import travel

    legs = travel.list_legs(event_file, direction="arrival")
    leg = next(leg for leg in legs if leg.number == "MU5741" and leg.day == day(26))
    travel.edit_leg(event_file, leg.id, travel.LegInput(
        "arrival", leg.day, [t.id for t in leg.travellers], "01:35", leg.number,
        carrier=leg.carrier, place=leg.place, other_end=leg.other_end, via=leg.via,
    ))  # fmt: skip
    sentences = [w.sentence for w in hotels.read_rooming(event_file).warnings
                 if w.problem is Problem.SMALL_HOURS]  # fmt: skip
    assert sentences and all("lands at 01:35 on 26 July: book the night of 25 July" in s
                             for s in sentences)  # fmt: skip
    assert any(s.startswith("Mr. Nattapong Thongdee (Thailand)") for s in sentences)


def test_the_rooming_list_follows_the_order_of_precedence(event_file: EventFile) -> None:
    from delegations.services.member_order import delegates_in_precedence

    kempinski = hotels.read_rooming(event_file).hotel(KEMPINSKI)  # one guest to a room
    listed = [room.guests[0].delegate_id for room in kempinski.rooms]
    with event_file.read() as connection:
        everyone = delegates_in_precedence(connection)
    assert listed == [id_ for id_ in everyone if id_ in set(listed)]
    assert kempinski.rooms[0].room_type == "Executive Suite"  # Brunei's head, first in order


def _returned(event_file: EventFile, tmp_path: Path, numbers: dict[int, object]) -> Path:
    """The Sheraton's list as the hotel sends it back: Room filled in on the rows given."""
    from openpyxl import load_workbook

    path = hotels.write_rooming(event_file, SHERATON, tmp_path / "sheraton.xlsx")
    workbook = load_workbook(path)
    sheet = workbook["Rooming list"]
    for row, number in numbers.items():
        sheet.cell(row, 1).value = number
    workbook.save(path)
    return path


def test_room_numbers_come_back_from_the_hotels_filled_in_list(
    event_file: EventFile, tmp_path: Path
) -> None:
    view = hotels.read_rooming(event_file).hotel(SHERATON)
    rows = [(room.id, guest) for room in view.rooms for guest in room.guests]
    # Every row numbered 1501…, the room-mates' rows alike; the cell typed as a number.
    numbers, given = {}, {}
    for row, (room_id, _guest) in enumerate(rows, start=4):
        given.setdefault(room_id, 1501 + len(given))
        numbers[row] = given[room_id]
    path = _returned(event_file, tmp_path, numbers)
    assert hotels.read_room_numbers(event_file, "sheraton", path) == len(view.rooms)
    assert hotels.read_room_numbers(event_file, "sheraton", path) == 0  # read twice: no change
    after = hotels.read_rooming(event_file).hotel(SHERATON)
    assert {room.id: room.number for room in after.rooms} == {
        room_id: str(number) for room_id, number in given.items()
    }


@pytest.mark.parametrize(("change", "sentence"), [
    ("mates", "room-mates are given 1501 (row {first}) and 1502; one room has one number."),
    ("twice", "room 1501 is given to two rooms (rows 4 and 5); give each room its own number."),
    ("ref", "the guest with Ref “99999” does not stay at Sheraton Guiyang Hotel"),
])  # fmt: skip
def test_a_returned_list_that_does_not_add_up_is_refused_whole(
    event_file: EventFile, tmp_path: Path, change: str, sentence: str
) -> None:
    view = hotels.read_rooming(event_file).hotel(SHERATON)
    rows = [(room.id, guest) for room in view.rooms for guest in room.guests]
    first = next(row for row, (room_id, _g) in enumerate(rows, start=4)
                 if sum(1 for r, _ in rows if r == room_id) == 2)  # fmt: skip
    numbers = {4: 1501, 5: 1501} if change == "twice" else {first: 1501, first + 1: 1502}
    path = _returned(event_file, tmp_path, numbers)
    if change == "ref":
        from openpyxl import load_workbook

        workbook = load_workbook(path)
        workbook["Rooming list"].cell(first, len(hotels.XLSX_HEADERS)).value = 99999
        workbook.save(path)
    before = _digest(event_file.path)
    with pytest.raises(UserError) as refused:
        hotels.read_room_numbers(event_file, SHERATON, path)
    assert sentence.format(first=first) in str(refused.value)
    assert _digest(event_file.path) == before


def test_a_file_that_is_not_a_rooming_list_is_refused(
    event_file: EventFile, tmp_path: Path
) -> None:
    path = tmp_path / "guests.csv"
    path.write_text("Name,Room\nAn,1203\n", encoding="utf-8")
    with pytest.raises(UserError, match="guests.csv is not a rooming list with its Room and Ref"):
        hotels.read_room_numbers(event_file, SHERATON, path)
