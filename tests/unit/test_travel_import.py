"""Travel columns in registration lists: the headers ministries use, legs shared by a
delegation, the row errors (a time without a date, an unknown airport code), a re-import
that changes nothing, and export read back by import."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from delegations.services import travel
from delegations.services.event import open_event
from delegations.services.registrations.columns import field_for_header
from delegations.services.registrations.exporting import export_registrations
from delegations.services.registrations.importing import ImportOptions, import_file
from delegations.store import EventFile
from delegations.store.stored import stored_date


@pytest.fixture
def event(demo_path: Path, tmp_path: Path) -> Iterator[EventFile]:
    path = tmp_path / "event.sqlite3"
    shutil.copy(demo_path, path)
    event_file = open_event(path)
    yield event_file
    event_file.close()


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def _counts(event_file: EventFile) -> tuple[int, int]:
    with event_file.read() as connection:
        return (connection.execute("SELECT count(*) FROM travelleg").fetchone()[0],
                connection.execute("SELECT count(*) FROM delegateleg").fetchone()[0])  # fmt: skip


@pytest.mark.parametrize(
    ("header", "field"),
    [("Flight No.", "arrival_number"), ("ETA", "arrival_time"), ("航班号", "arrival_number"),
     ("抵达时间", "arrival_time"), ("Arrival time", "arrival_time"), ("ETD", "departure_time"),
     ("返程航班", "departure_number"), ("Return flight", "departure_number"),
     ("Arrival airport", "arrival_place"), ("航站楼", "arrival_terminal"),
     ("Arrival", "arrival"), ("Arrival date", "arrival")],
)  # fmt: skip
def test_travel_headers_as_ministries_write_them(header: str, field: str) -> None:
    assert field_for_header(header) == field


CHINESE_HEADERS = ["代表团", "姓", "名", "邮箱", "抵达日期", "航班号", "抵达时间", "抵达机场",
                   "航站楼", "出发地", "返程航班", "离开时间", "接机需求"]  # fmt: skip


def test_a_chinese_list_joins_the_delegation_on_its_flight(
    event: EventFile, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "名单.csv", [CHINESE_HEADERS, [
        "Viet Nam", "Trần", "Văn An", "an.tran@example.vn", "2025-07-24", "CZ 3415", "14:35",
        "kwe", "T2", "HAN via CAN", "CZ3416", "2025-07-28 14:15", "轮椅",
    ]])  # fmt: skip
    report = import_file(event, path)
    assert report.written and report.added == 1
    arrival = next(leg for leg in travel.list_legs(event, day="2025-07-24", direction="arrival")
                   if leg.number == "CZ3415")  # fmt: skip
    newcomer = next(p for p in arrival.travellers if p.name == "Trần Văn An")
    assert newcomer.needs == "wheelchair" and newcomer.delegation == "Viet Nam"
    assert len(arrival.travellers) > 1  # the demo's Viet Nam delegation is on it too
    departure = next(leg for leg in travel.list_legs(event, day="2025-07-28")
                     if any(p.name == "Trần Văn An" for p in leg.travellers))  # fmt: skip
    assert (departure.number, departure.time, departure.place) == (
        "CZ3416", dt.time(14, 15), "KWE",
    )  # fmt: skip
    before = _counts(event)
    again = import_file(event, path)
    assert again.written and _counts(event) == before  # nothing twice


def test_a_time_without_a_date_and_an_unknown_airport_are_row_errors(
    event: EventFile, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "list.csv", [
        ["Delegation", "Given name", "Family name", "Flight No.", "ETA", "Airport"],
        ["Thailand", "Somchai", "Dee", "TG612", "14:35", "BKK"],
        ["Thailand", "Malee", "Dee", "TG612", "2025-07-24 14:35", "QQQ"],
        ["Thailand", "Anong", "Dee", "TG612", "2025-07-24 14:35", "BKK"],
    ])  # fmt: skip
    before = _counts(event)
    report = import_file(event, path)
    assert not report.written and _counts(event) == before
    errors = [str(p) for p in report.problems if p.is_error]
    assert errors == [
        "list.csv, row 2, column ETA, “14:35”: a time without a date: give the arrival date too.",
        "list.csv, row 3, column Airport, “QQQ”: not an airport or station code we know; write "
        "its three-letter code, such as KWE.",
    ]
    report = import_file(event, path, ImportOptions(skip_invalid=True))
    assert report.added == 1
    legs = travel.list_legs(event, day="2025-07-24", direction="arrival")
    assert [p.name for leg in legs if leg.number == "TG612" for p in leg.travellers] == [
        "Anong Dee"
    ]


def test_an_excel_date_and_time_cell_gives_the_day(event: EventFile, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Delegation", "Given name", "Family name", "Arrival flight", "ETA"])
    book.active.append(["Lao PDR", "Noy", "Vong", "QV917", dt.datetime(2025, 7, 23, 21, 5)])
    book.save(tmp_path / "list.xlsx")
    report = import_file(event, tmp_path / "list.xlsx")
    assert report.written, [str(p) for p in report.problems]
    with event.read() as connection:
        arrival = connection.execute(
            "SELECT arrival FROM delegate WHERE given_name = 'Noy'"
        ).fetchone()[0]
    assert stored_date(arrival) == dt.date(2025, 7, 23)
    legs = travel.list_legs(event, day="2025-07-23")
    assert [(leg.number, leg.time, leg.mode.value) for leg in legs] == [
        ("QV917", dt.time(21, 5), "flight")
    ]


def test_export_writes_the_travel_and_import_reads_it_back(
    event: EventFile, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    export_registrations(event, out)
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    head = next(row for row in rows if row["Delegation"] == "Viet Nam"
                and row["Travel needs"] == "vip-lane")  # fmt: skip
    assert (head["Arrival flight/train"], head["Arrival time"], head["Arrival airport/station"],
            head["Arriving from"]) == ("CZ3415", "14:35", "KWE", "HAN via CAN")  # fmt: skip
    fresh = open_event(tmp_path / "fresh.sqlite3")
    report = import_file(fresh, out)
    assert report.written and report.added == len(rows)
    assert sorted((leg.number, leg.day, leg.time, len(leg.travellers))
                  for leg in travel.list_legs(fresh)) == sorted(
        (leg.number, leg.day, leg.time, len(leg.travellers)) for leg in travel.list_legs(event)
    )  # fmt: skip
