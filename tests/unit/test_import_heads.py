"""Import keeps the delegation's head and the role Head of Delegation one fact, as the forms do."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from delegations.services.event import open_event
from delegations.services.registrations.importing import import_file
from delegations.services.registrations.report import ImportReport
from delegations.store import EventFile

HEADER = "Delegation,Country,Given name,Family name,Email,Role"


@pytest.fixture
def event_file(event_path: Path) -> Iterator[EventFile]:
    event_file = open_event(event_path)
    yield event_file
    event_file.close()


def _import(event_file: EventFile, tmp_path: Path, lines: Sequence[str], name: str) -> ImportReport:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *lines]), encoding="utf-8")
    report = import_file(event_file, path)
    assert report.written and not report.errors, report.problems
    return report


def _heads_and_roles(event_file: EventFile) -> tuple[dict[str, str], dict[str, str]]:
    """({delegation: head's e-mail}, {e-mail: role code})."""
    with event_file.read() as connection:
        heads = dict(
            connection.execute(
                "SELECT g.name, coalesce(h.email, '') FROM delegation g"
                " LEFT JOIN delegate h ON h.id = g.head_id"
            ).fetchall()
        )
        roles = dict(
            connection.execute(
                "SELECT d.email, coalesce(r.code, '') FROM delegate d"
                " LEFT JOIN role r ON r.id = d.role_id"
            ).fetchall()
        )
    return heads, roles


def test_an_imported_head_of_delegation_is_the_head(event_file: EventFile, tmp_path: Path) -> None:
    _import(event_file, tmp_path, [
        "Cambodia,KH,Chanthy,Sok,sok@moeys.gov.kh,Delegate",
        "Cambodia,KH,Romany,Oum,oum@moeys.gov.kh,Head of Delegation",
        "Lao PDR,LA,Somphone,Keomany,somphone@moes.gov.la,Delegate",
    ], "first.csv")  # fmt: skip
    heads, roles = _heads_and_roles(event_file)
    assert heads == {"Cambodia": "oum@moeys.gov.kh", "Lao PDR": ""}

    # A later list names another head: they head it, the previous head becomes a Delegate.
    _import(event_file, tmp_path, ["Cambodia,KH,Chanthy,Sok,sok@moeys.gov.kh,HoD"], "second.csv")
    heads, roles = _heads_and_roles(event_file)
    assert heads["Cambodia"] == "sok@moeys.gov.kh"
    assert roles["sok@moeys.gov.kh"] == "hod" and roles["oum@moeys.gov.kh"] == "delegate"


def test_a_head_whose_row_takes_the_role_away_is_no_longer_head(
    event_file: EventFile, tmp_path: Path
) -> None:
    _import(event_file, tmp_path, ["Cambodia,KH,Romany,Oum,oum@moeys.gov.kh,HoD"], "a.csv")
    _import(event_file, tmp_path, ["Cambodia,KH,Romany,Oum,oum@moeys.gov.kh,VIP"], "b.csv")
    heads, roles = _heads_and_roles(event_file)
    assert heads["Cambodia"] == "" and roles["oum@moeys.gov.kh"] == "vip"


def test_a_head_who_moves_heads_the_new_delegation(event_file: EventFile, tmp_path: Path) -> None:
    _import(event_file, tmp_path, [
        "Cambodia,KH,Romany,Oum,oum@moeys.gov.kh,HoD",
        "Lao PDR,LA,Somphone,Keomany,somphone@moes.gov.la,HoD",
    ], "a.csv")  # fmt: skip
    _import(event_file, tmp_path, ["Lao PDR,LA,Romany,Oum,oum@moeys.gov.kh,HoD"], "b.csv")
    heads, roles = _heads_and_roles(event_file)
    assert heads == {"Cambodia": "", "Lao PDR": "oum@moeys.gov.kh"}
    assert roles["somphone@moes.gov.la"] == "delegate"


def test_with_several_heads_in_one_delegation_the_first_row_is_head(
    event_file: EventFile, tmp_path: Path
) -> None:
    report = _import(event_file, tmp_path, [
        "Viet Nam,VN,Văn Đức,Nguyễn,duc@moet.gov.vn,HoD",
        "Viet Nam,VN,Thị Hương,Trần,huong@moet.gov.vn,HoD",
    ], "a.csv")  # fmt: skip
    assert [str(p) for p in report.warnings] == [
        "a.csv, row 3, column Given name, “Trần Thị Hương”: warning: row 2 also has the role Head "
        "of Delegation in Viet Nam; that row's person is the head, this one is imported as a "
        "Delegate."
    ]
    heads, roles = _heads_and_roles(event_file)
    assert heads["Viet Nam"] == "duc@moet.gov.vn"
    assert roles == {"duc@moet.gov.vn": "hod", "huong@moet.gov.vn": "delegate"}
    again = _import(event_file, tmp_path, [  # the same list again changes nobody
        "Viet Nam,VN,Văn Đức,Nguyễn,duc@moet.gov.vn,HoD",
        "Viet Nam,VN,Thị Hương,Trần,huong@moet.gov.vn,HoD",
    ], "a.csv")  # fmt: skip
    assert (again.updated, again.unchanged) == (0, 2)


def test_reimporting_the_same_list_changes_no_head(event_file: EventFile, tmp_path: Path) -> None:
    lines = [
        "Cambodia,KH,Romany,Oum,oum@moeys.gov.kh,HoD",
        "Cambodia,KH,Chanthy,Sok,sok@moeys.gov.kh,Delegate",
    ]
    _import(event_file, tmp_path, lines, "a.csv")
    before = _heads_and_roles(event_file)
    _import(event_file, tmp_path, lines, "b.csv")
    assert _heads_and_roles(event_file) == before
