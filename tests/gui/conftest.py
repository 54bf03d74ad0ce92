"""Fixtures for the GUI tests: a small real event file and the main window over it."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from boxes import MessageBoxes
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from delegations.domain.models import NameOrder, SpeakerRole
from delegations.services import agenda, delegations, event, speakers
from delegations.store import EventFile
from delegations.ui.language import install_translators, remove_translators
from delegations.ui.main_window import MainWindow

# The offscreen platform prints this warning whenever a window is shown; it is about the
# platform plugin, not about our code, so it must not fail the strict Qt log check.
OFFSCREEN_SIZE_HINTS = "This plugin does not support propagateSizeHints"

EVENT_START = dt.date(2025, 7, 24)
T = TypeVar("T")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS))


def make_small_event(path: Path) -> EventFile:
    """Two delegations, three delegates, a speaker, a room and a session, through services."""
    event_file = event.open_event(path)
    with event_file.session() as session:
        record = event.get_event(session=session)
        record.name = "Test Week"
        record.details_confirmed = True  # named: no "still called after its file" warning
        record.precedence_rule = "manual"  # the delegations' places below are set by hand
        record.start_date, record.end_date = EVENT_START, EVENT_START + dt.timedelta(days=4)
        delegate_role = event.role_by_code(session=session, code="delegate").id
        viet_nam = delegations.add_delegation(
            session,
            delegations.DelegationCreate(
                name="Viet Nam",
                country="VN",
                protocol_order=1,
            ),
        )
        thailand = delegations.add_delegation(
            session,
            delegations.DelegationCreate(
                name="Thailand",
                country="TH",
                protocol_order=2,
            ),
        )
        duc = delegations.add_delegate(
            session,
            delegations.DelegateCreate(
                delegation_id=viet_nam.id,
                role_id=delegate_role,
                given_name="Văn Đức",
                family_name="Nguyễn",
                name_order=NameOrder.FAMILY_FIRST,
                native_name="阮文德",
                position="Rector",
                organisation="Hanoi University",
                email="duc@example.edu.vn",
            ),
        )  # fmt: skip
        delegations.add_delegate(
            session,
            delegations.DelegateCreate(
                delegation_id=viet_nam.id,
                role_id=delegate_role,
                given_name="Thị Hương",
                family_name="Trần",
                name_order=NameOrder.FAMILY_FIRST,
            ),
        )  # fmt: skip
        delegations.add_delegate(
            session,
            delegations.DelegateCreate(
                delegation_id=thailand.id,
                role_id=delegate_role,
                given_name="Somchai",
                family_name="Jaidee",
                native_name="สมชาย ใจดี",
            ),
        )  # fmt: skip
        delegations.change_delegation(
            session,
            viet_nam.id,
            delegations.DelegationUpdate(
                head_id=duc.id,
            ),
        )
        room = agenda.create_room(
            session=session, room_in=agenda.RoomCreate(name="Main Hall", capacity=300)
        )
        speaker = speakers.create_speaker(
            session=session, speaker_in=speakers.SpeakerCreate(
                given_name="Zhen", family_name="Bai", country="CN",
                position="Deputy Director", organisation="Guizhou Provincial Department of Education",
            ),
        )  # fmt: skip
        opening = agenda.create_session(
            session=session, session_in=agenda.SessionCreate(
                day=EVENT_START + dt.timedelta(days=1), start_time=dt.time(9),
                end_time=dt.time(10), room_id=room.id, title_en="Opening Ceremony", title_zh="开幕式",
            ),
        )  # fmt: skip
        agenda.set_session_speakers(
            session=session, session_id=opening.id, speakers=[(speaker.id, SpeakerRole.KEYNOTE)]
        )
    return event_file


@pytest.fixture(autouse=True, scope="session")
def _english_plurals(qapp: QApplication) -> Iterator[None]:
    """The English catalogue the app installs at start-up: "1 delegate", "2 delegates"."""
    translators = install_translators(qapp, QLocale(QLocale.Language.English))
    yield
    remove_translators(qapp, translators)


@pytest.fixture(autouse=True)
def _british_english() -> Iterator[None]:
    """Each test starts in British English (day-month dates, 24-hour clock), whatever the
    machine's locale (C on CI) and whatever locale an earlier test chose."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageBoxes]:
    """Record every message box; one the test did not `expect` fails it (see `boxes.py`)."""
    boxes = MessageBoxes()
    boxes.install(monkeypatch)
    yield boxes
    problems = boxes.problems(finished=True)  # boxes shown while the fixtures closed
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Fail the test itself (not its teardown) for a box it did not expect."""
    boxes = getattr(item, "funcargs", {}).get("message_boxes")
    try:
        result = yield
    except BaseException as error:
        if isinstance(boxes, MessageBoxes):
            problems = boxes.problems(finished=True)  # reported here, not again at teardown
            if problems:
                error.add_note("\n".join(problems))
        raise
    if isinstance(boxes, MessageBoxes):
        problems = boxes.problems(finished=True)
        if problems:
            pytest.fail("\n".join(problems), pytrace=False)
    return result


@pytest.fixture
def event_file(event_path: Path) -> Iterator[EventFile]:
    event_file = make_small_event(event_path)
    yield event_file
    event_file.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, event_file: EventFile, settings: QSettings) -> Iterator[MainWindow]:
    window = MainWindow(event_file, settings=settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.event_file.close()


@pytest.fixture
def read_file(event_path: Path) -> Callable[[Callable[[Session], T]], T]:
    """Read the event file as a second program would: `read_file(lambda session: ...)`."""

    def read(reader: Callable[[Session], T]) -> T:
        event_file = event.open_event(event_path)
        try:
            with event_file.session() as session:
                return reader(session)
        finally:
            event_file.close()

    return read


@pytest.fixture
def queue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder where a stand-in `lp` (first on PATH) leaves each job's PDF (job-1.pdf, …)."""
    if os.name == "nt":
        pytest.skip("a shell script stands in for CUPS's lp")
    jobs, bin_folder = tmp_path / "queue", tmp_path / "bin"
    jobs.mkdir()
    bin_folder.mkdir()
    lp = bin_folder / "lp"
    lp.write_text(
        "#!/bin/sh\n"
        f'n=$(ls "{jobs}" | wc -l); n=$((n + 1))\n'
        "for last; do :; done\n"
        f'cp "$last" "{jobs}/job-$n.pdf"\n'
        'echo "request id is Desk-$n (1 file(s))"\n'
    )
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}{os.environ['PATH']}")
    return jobs
