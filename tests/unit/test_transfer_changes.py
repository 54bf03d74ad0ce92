"""The event's saved transfer settings, and the changes since a manifest was last printed
(like the programme's errata): listed at the front of the next print, or alone."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_reading import pages_text

from delegations.domain.errors import UserError
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
    _leg(event_file, "10:05", "FD578", THAILAND)
    _leg(event_file, "10:40", "VN5402", VIET_NAM)
    yield event_file
    event_file.close()


def _leg(event_file: EventFile, time: str, number: str, people: tuple[int, ...]) -> None:
    from delegations.domain.models import DelegateLeg, TravelLeg

    with event_file.session() as session:
        leg = TravelLeg(direction="arrival", mode="flight", number=number, day=DAY,
                        time=dt.time.fromisoformat(time), place="KWE", terminal="T2")  # fmt: skip
        session.add(leg)
        session.flush()
        for person in people:
            session.add(DelegateLeg(delegate_id=person, leg_id=leg.id))


def _move(event_file: EventFile, number: str, time: str) -> None:
    with event_file.write_locked() as connection:
        connection.execute("UPDATE travelleg SET time = ? WHERE number = ?", (time, number))


def test_saved_settings_plan_the_day_and_the_command_line_overrides_them(
    event: EventFile,
) -> None:
    assert transfers.saved_settings_text(event) == transfers.SettingsText()
    text = transfers.SettingsText(window=15, vehicles="car=3, minibus=12", flight_lead=150,
                                  meeting_points="KWE T2 = Gate 3\n\n",
                                  greeters="KWE=Ms Wang Li")  # fmt: skip
    transfers.save_settings(event, text)
    saved = transfers.saved_settings_text(event)
    assert saved.vehicles == "car=3,minibus=12" and saved.meeting_points == "KWE T2 = Gate 3"
    day = transfers.day_transfers(event, DAY, direction="arrivals")
    pooled = [t for t in day.transfers if not t.own_car]
    # 10:05 and 10:40 are more than 15 minutes apart now: two runs, each the smallest that fits
    assert [(t.vehicle.kind, len(t.passengers)) for t in pooled] == [("minibus", 4), ("car", 3)]
    assert {t.meeting_point for t in pooled} == {"Gate 3"}
    assert {t.greeter for t in day.transfers} == {"Ms Wang Li"}
    # an option given on the command line wins over the saved value, the rest stays saved
    cli = transfers.transfer_settings(base=transfers.saved_settings(event), window=60,
                                      greeters=["KWE T2=Mr Li Wei"])  # fmt: skip
    assert cli.window == 60 and cli.lead["flight"] == 150
    assert cli.greeter("KWE", "T2") == "Mr Li Wei" and cli.greeter("KWE", "T1") == "Ms Wang Li"


def test_bad_settings_are_refused_whole_and_nothing_is_saved(event: EventFile) -> None:
    transfers.save_settings(event, transfers.SettingsText(window=30))
    for text, sentence in (
        (transfers.SettingsText(window=30, vehicles="car=3,bus"), "The vehicle “bus” is not"),
        (transfers.SettingsText(window=30, greeters="Ms Wang"),
         "The greeting officer “Ms Wang” is not PLACE=TEXT"),
        (transfers.SettingsText(window=30, flight_lead=800), "The lead for a flight must be"),
    ):  # fmt: skip
        with pytest.raises(UserError, match=sentence):
            transfers.save_settings(event, text)
    assert transfers.saved_settings_text(event) == transfers.SettingsText(window=30)


def test_the_next_print_lists_the_changes_since_the_last_one_first(
    event: EventFile, tmp_path: Path
) -> None:
    first = transfers.write_manifest(event, DAY, tmp_path / "1.pdf", direction="arrivals")
    assert first.changes == ()  # never printed before: nothing to compare with
    assert "Changes since the last print" not in pages_text(tmp_path / "1.pdf")[0]
    _move(event, "VN5402", "13:30")  # Viet Nam lands three hours later
    (block,) = transfers.manifest_changes(event, DAY, direction="arrivals")
    # Viet Nam's four, and the Thais' van that no longer waits for them
    assert block.heading.startswith("Arrivals: 8 changes since the print of ")
    assert {c.kind for c in block.changes} == {"changed"}
    moved = [c.seat.traveller_id for c in block.changes if "(was VN5402 10:40)" in c.sentence]
    assert sorted(moved) == list(VIET_NAM)
    second = transfers.write_manifest(event, DAY, tmp_path / "2.pdf", direction="arrivals")
    front, *rest = pages_text(tmp_path / "2.pdf")
    assert "Changes since the last print" in front and "Dr. Trần Thị Thu Hương (Viet Nam)" in front
    assert "on VN5402 13:30 (was VN5402 10:40)" in front
    assert any("A1 · Car" in page for page in rest)  # the manifest follows, whole
    assert len(second.changes[0].changes) == 8
    # printed again with nothing changed since: the changes are gone
    assert transfers.manifest_changes(event, DAY, direction="arrivals")[0].changes == ()


def test_changes_only_lists_added_and_removed_and_a_preview_is_not_a_print(
    event: EventFile, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="The manifest of 24 July 2025 was never printed"):
        transfers.write_manifest(event, DAY, tmp_path / "c.pdf", changes_only=True)
    transfers.write_manifest(event, DAY, tmp_path / "1.xlsx", direction="arrivals")
    with event.write_locked() as connection:
        connection.execute("DELETE FROM delegateleg WHERE delegate_id = 86")
    _leg(event, "18:00", "MU5741", (90,))
    transfers.write_manifest(event, DAY, tmp_path / "preview.pdf", direction="arrivals",
                             record=False)  # fmt: skip
    written = transfers.write_manifest(event, DAY, tmp_path / "c.pdf", direction="arrivals",
                                       changes_only=True)  # fmt: skip
    kinds = sorted(c.kind for c in written.changes[0].changes)
    assert kinds == ["added", "removed"]
    (page,) = pages_text(tmp_path / "c.pdf")
    assert "Added" in page and "Removed" in page and "MU5741" in page
    assert "Greeters' sign list" not in page and "2 changes" in page


def test_the_workbook_has_the_changes_sheet_first(event: EventFile, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    transfers.write_manifest(event, DAY, tmp_path / "1.xlsx", direction="arrivals")
    _move(event, "FD578", "09:00")
    transfers.write_manifest(event, DAY, tmp_path / "2.xlsx", direction="arrivals")
    book = load_workbook(tmp_path / "2.xlsx", read_only=True)
    assert book.sheetnames == ["Changes", "Manifest", "Signs"]
    rows = list(book["Changes"].iter_rows(values_only=True))
    book.close()
    assert rows[0][:3] == ("Direction", "Change", "Vehicle")
    thai = [row for row in rows[1:] if row[4] == "Thailand"]
    assert len(thai) == 6 and all("on FD578 09:00 (was FD578 10:05)" in row[5] for row in thai)
    assert {row[1] for row in rows[1:]} == {"changed"}


def test_a_move_between_two_coaches_of_one_run_is_a_change_renumbering_is_not() -> None:
    from delegations.domain.transfers import (
        Leg,
        Traveller,
        VehicleSize,
        changes_since,
        plan_transfers,
        printed_seats,
    )
    from delegations.domain.transfers import TransferSettings as Settings

    def party(count: int, delegation: str, order: int, first: int) -> tuple[Traveller, ...]:
        return tuple(Traveller(first + n, f"{delegation} {n}", delegation, order)
                     for n in range(count))  # fmt: skip

    def leg(id_: int, time: str, travellers: tuple[Traveller, ...]) -> Leg:
        return Leg(id_, transfers.Direction.ARRIVAL, DAY, dt.time.fromisoformat(time),
                   number=f"XX{id_}", place="KWE", terminal="T2", travellers=travellers)  # fmt: skip

    coaches = Settings(vehicles=(VehicleSize("coach", 10),))
    big, small = party(8, "Indonesia", 1, 100), party(6, "Malaysia", 2, 200)
    printed = printed_seats(plan_transfers([leg(1, "10:00", big + small)], coaches).transfers)
    # Indonesia shrinks to three: Malaysia now fills the first coach, Indonesia the second
    now = printed_seats(plan_transfers([leg(1, "10:00", big[:3] + small)], coaches).transfers)
    moved = [c.sentence for c in changes_since(printed, now) if c.kind == "changed"]
    assert moved and all("moved to another coach of the run (was A" in s for s in moved)
    # an earlier arrival renumbers both coaches: no change for anyone
    earlier = leg(2, "07:00", party(1, "Brunei", 3, 300))
    renumbered = printed_seats(plan_transfers([earlier, leg(1, "10:00", big + small)],
                                              coaches).transfers)  # fmt: skip
    assert [c.kind for c in changes_since(printed, renumbered)] == ["added"]


def test_a_print_made_by_the_printer_is_recorded_too(event: EventFile) -> None:
    transfers.record_print(event, DAY, direction="arrivals")
    (arrivals,) = transfers.manifest_changes(event, DAY, direction="arrivals")
    assert arrivals.printed_at is not None and arrivals.changes == ()
    (departures,) = transfers.manifest_changes(event, DAY, direction="departures")
    assert departures.printed_at is None  # only the direction printed is kept
    _move(event, "FD578", "12:00")
    plan = transfers.transfer_plan(event)
    given = transfers.manifest_changes(event, DAY, direction="arrivals", plan=plan)
    assert given == transfers.manifest_changes(event, DAY, direction="arrivals")
    assert len(given[0].changes) >= 6
