"""Transfers over an event file (the demo, its travel replaced by a few known legs): the day's
vehicles, the manifest PDF and workbook as the greeters and the hotel read them, the hotel
from the rooming list, and bad input refused in one sentence with nothing written."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_reading import page_count, pages_text

from delegations.domain.errors import UserError
from delegations.domain.transfers import Direction
from delegations.services import transfers
from delegations.services.event import open_event
from delegations.store import EventFile

DAY = dt.date(2025, 7, 24)
THAILAND = (69, 70, 71, 72, 73, 74)  # 69 head of delegation, 71 VIP (demo roles)
VIET_NAM = (85, 86, 88, 89)  # 85 head of delegation


@pytest.fixture
def event(demo_path: Path, tmp_path: Path) -> Iterator[EventFile]:
    path = tmp_path / "event.sqlite3"
    shutil.copy(demo_path, path)
    event_file = open_event(path)
    with event_file.write_locked() as connection:
        connection.execute("DELETE FROM delegateleg")
        connection.execute("DELETE FROM travelleg")
        connection.execute("DELETE FROM roomstay")  # whatever the demo roomed
    _leg(event_file, "arrival", DAY, "10:05", "FD578", "BKK", "T2", THAILAND,
         needs={72: "wheelchair"})  # fmt: skip
    _leg(event_file, "arrival", DAY, "10:40", "VN5402", "HAN", "T2", VIET_NAM)
    _leg(event_file, "arrival", DAY, None, "MU5678", "KMG", "T2", (90,))
    _leg(event_file, "departure", DAY + dt.timedelta(days=4), "15:30", "FD579", "BKK", "T2",
         THAILAND)  # fmt: skip
    yield event_file
    event_file.close()


def _leg(event_file: EventFile, direction: str, day: dt.date, time: str | None, number: str,
         other_end: str, terminal: str, people: tuple[int, ...],
         needs: dict[int, str] | None = None) -> None:  # fmt: skip
    from delegations.domain.models import DelegateLeg, TravelLeg

    with event_file.session() as session:
        leg = TravelLeg(direction=direction, mode="flight", number=number, day=day,
                        time=None if time is None else dt.time.fromisoformat(time),
                        place="KWE", terminal=terminal, other_end=other_end)  # fmt: skip
        session.add(leg)
        session.flush()
        for person in people:
            session.add(DelegateLeg(delegate_id=person, leg_id=leg.id,
                                    needs=(needs or {}).get(person, "")))  # fmt: skip


def _room(event_file: EventFile, hotel: str, people: tuple[int, ...]) -> None:
    from delegations.domain.models import Hotel, HotelRoom, HotelRoomType, RoomStay

    with event_file.session() as session:
        place = Hotel(name=hotel)
        session.add(place)
        session.flush()
        kind = HotelRoomType(hotel_id=place.id, name="Deluxe King")
        session.add(kind)
        session.flush()
        for person in people:
            room = HotelRoom(room_type_id=kind.id)
            session.add(room)
            session.flush()
            session.add(RoomStay(delegate_id=person, room_id=room.id))


def test_the_days_arrivals_in_vehicles_with_heads_and_vips_alone(event: EventFile) -> None:
    day = transfers.day_transfers(event, "2025-07-24", direction="arrivals")
    own = [t for t in day.transfers if t.own_car]
    assert sorted(p.traveller.id for t in own for p in t.passengers) == [69, 71, 85]
    (pooled,) = [t for t in day.transfers if not t.own_car]
    # 10:05 and 10:40 are in one hour's window: Thailand's four and Viet Nam's three in a van
    assert pooled.vehicle.kind == "van" and len(pooled.passengers) == 7
    assert pooled.at == dt.datetime(2025, 7, 24, 11, 25)  # 10:40 + 45 minutes in the hall
    assert pooled.needs == ("wheelchair",)
    assert day.unplanned == ("MU5678 on 2025-07-24 has no time.",)
    assert transfers.day_transfers(event, DAY, direction="departures").transfers == ()


def test_departures_are_picked_up_at_the_hotel_ahead_of_the_flight(event: EventFile) -> None:
    _room(event, "Sheraton Guiyang", THAILAND[:3])
    settings = transfers.transfer_settings(lead=150)
    day = transfers.day_transfers(event, "2025-07-28", direction="departures", settings=settings)
    by_hotel = {}
    for run in day.transfers:
        by_hotel.setdefault(run.hotel, []).extend(p.traveller.id for p in run.passengers)
    assert sorted(by_hotel) == ["", "Sheraton Guiyang"]  # the unroomed share a blank pick-up
    assert sorted(by_hotel["Sheraton Guiyang"]) == [69, 70, 71]
    assert {run.at for run in day.transfers} == {dt.datetime(2025, 7, 28, 13, 0)}


def test_the_manifest_pdf_shows_each_vehicle_and_the_greeters_signs(
    event: EventFile, tmp_path: Path
) -> None:
    _room(event, "Sheraton Guiyang", VIET_NAM)
    settings = transfers.transfer_settings(greeters=["KWE T2=Ms Wang Li"])
    out = tmp_path / "arrivals.pdf"
    written = transfers.write_manifest(event, DAY, out, direction="arrivals", settings=settings)
    assert (written.vehicles, written.passengers) == (4, 10)
    assert written.pages == page_count(out) == 2  # the vehicles, then the sign list
    manifest, signs = pages_text(out)
    assert "Arrivals — Thursday 24 July 2025" in manifest
    assert "A4 · Van, 7 seats · leaves 11:25" in manifest
    assert "Needs: wheelchair" in manifest and "Greeter: Ms Wang Li" in manifest
    assert "FD578 BKK" in manifest and "VN5402 HAN" in manifest
    # The Thai name beneath: its final marks are shaped glyphs that the text layer maps to a
    # private-use character, which one depends on what the process drew in Thai before.
    assert re.search("Dr. Kittisak Srisawat\nกิตติศักดิ[\ue000-\uf8ff] ศรีสวัสดิ[\ue000-\uf8ff]", manifest)
    assert "Sheraton Guiyang" in manifest
    assert "Greeters' sign list" in signs and "Ms Wang Li" in signs
    assert "Thailand" in signs and "泰国" in signs and "越南" in signs


def test_the_manifest_workbook_has_a_row_per_passenger_and_the_signs(
    event: EventFile, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    _room(event, "Sheraton Guiyang", VIET_NAM)
    out = tmp_path / "arrivals.xlsx"
    written = transfers.write_manifest(event, DAY, out)
    assert written.pages == 0 and written.passengers == 10
    book = load_workbook(out, read_only=True)
    rows = list(book["Manifest"].iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Vehicle", "Kind", "Seats", "Run time") and header[-1] == "Done"
    people = {row[header.index("Name")]: row for row in rows[1:]}
    assert len(people) == 10
    head = people["Dr. Trần Thị Thu Hương"]
    assert head[header.index("Kind")] == "car" and head[header.index("Head or VIP")] == "yes"
    assert head[header.index("Hotel (pick-up or drop-off)")] == "Sheraton Guiyang"
    assert head[header.index("Flight or train")] == "VN5402"
    signs = list(book["Signs"].iter_rows(values_only=True))
    assert [(s[4], s[6]) for s in signs[1:]] == [("Thailand", 6), ("Viet Nam", 4)]


@pytest.mark.parametrize(
    ("call", "sentence"),
    [
        (lambda e, d: transfers.write_manifest(e, "24/07/2025", d / "m.pdf"),
         "The day “24/07/2025” is not a date; write it as 2025-07-24."),
        (lambda e, d: transfers.write_manifest(e, DAY, d / "m.pdf", direction="arrival-hall"),
         "The direction “arrival-hall” is neither arrivals nor departures."),
        (lambda e, d: transfers.write_manifest(e, DAY, d / "m.docx"),
         "Write the manifest to a .pdf or .xlsx file, not “m.docx”."),
        (lambda e, d: transfers.write_manifest(e, DAY, d / "gone" / "m.pdf"),
         "the folder"),
        (lambda e, d: transfers.transfer_settings(vehicles="car=3,bus"),
         "The vehicle “bus” is not NAME=SEATS with at least one seat (e.g. car=3,van=7,coach=40)."),
        (lambda e, d: transfers.transfer_settings(greeters=["Ms Wang"]),
         "The greeting officer “Ms Wang” is not PLACE=TEXT (e.g. KWE T2=Ms Wang Li)."),
        (lambda e, d: transfers.transfer_settings(window=900),
         "The transfer window must be 0 to 720 minutes, not 900."),
    ],
)  # fmt: skip
def test_bad_input_is_one_sentence_and_writes_nothing(
    event: EventFile, tmp_path: Path, call, sentence: str
) -> None:
    with pytest.raises(UserError) as refused:
        call(event, tmp_path)
    assert sentence in str(refused.value)
    assert "\n" not in str(refused.value)
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("event.sqlite3")]


def test_a_day_without_transfers_prints_a_page_saying_so(event: EventFile, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    written = transfers.write_manifest(event, "2025-07-26", out, direction=Direction.ARRIVAL)
    assert (written.pages, written.vehicles) == (1, 0)
    assert "No transfer on this day." in pages_text(out)[0]
