"""The Speakers tab: a photo cropped to a square, the link to a delegate record, and adding
the speaker to a session from the speaker's side."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from delegations.domain.conflicts import ConflictKind
from delegations.services import agenda as agenda_service
from delegations.services import delegations as delegation_service
from delegations.services import roster
from delegations.services import speakers as speaker_service
from delegations.ui.agenda.tab import AgendaTab
from delegations.ui.main_window import MainWindow
from delegations.ui.speakers.tab import SpeakersTab

ReadFile = Callable[[Callable[[Any], Any]], Any]


def _speakers(window: MainWindow) -> SpeakersTab:
    tab = window.show_tab("speakers")
    assert isinstance(tab, SpeakersTab)
    return tab


def _wide_png(path: Path) -> Path:
    """A 480 × 240 image: left half red, right half blue, a green centre stripe."""
    image = QImage(480, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    for x in range(240, 480):
        for y in range(240):
            image.setPixelColor(x, y, QColor("blue"))
    for x in range(230, 250):
        for y in range(240):
            image.setPixelColor(x, y, QColor("green"))
    assert image.save(str(path), "PNG")
    return path


def test_an_imported_photo_is_cropped_to_a_centred_square(
    window: MainWindow, read_file: ReadFile, tmp_path: Path
) -> None:
    tab = _speakers(window)
    speaker_id = tab.current_speaker_id()
    assert tab.load_photo(_wide_png(tmp_path / "wide.png"))
    shown = tab.photo.pixmap()
    assert shown.width() == shown.height()  # the preview is the square that will be stored
    tab.save_button.click()

    data = read_file(lambda s: speaker_service.get_speaker(session=s, speaker_id=speaker_id).photo)
    stored = QImage.fromData(data)
    assert (stored.width(), stored.height()) == (240, 240)
    # The centre of the original (the green stripe) is the centre of the square.
    centre = stored.pixelColor(120, 120)
    assert centre.green() > 100 and centre.red() < 60
    assert stored.pixelColor(5, 120).red() > 200  # left: red; right: blue
    assert stored.pixelColor(234, 120).blue() > 200


def test_link_a_speaker_to_a_delegate_record(window: MainWindow, read_file: ReadFile) -> None:
    tab = _speakers(window)
    speaker_id = tab.current_speaker_id()
    assert tab.delegate.currentText() == "(not a delegate)"
    index = tab.delegate.findText("Somchai Jaidee — Thailand")
    assert index > 0
    tab.delegate.setCurrentIndex(index)
    assert tab.is_dirty()
    tab.save_button.click()
    somchai = read_file(
        lambda s: next(r.id for r in roster.list_delegates(session=s) if r.name == "Somchai Jaidee")
    )
    assert (
        read_file(
            lambda s: speaker_service.get_speaker(session=s, speaker_id=speaker_id)
        ).delegate_id
        == somchai
    )
    tab.select_speaker(speaker_id)
    assert tab.delegate.currentText() == "Somchai Jaidee — Thailand"

    # The link brings the delegate's stay into the conflict check.
    with window.event_file.session() as session:
        thailand = next(d for d in roster.list_delegations(session=session) if d.name == "Thailand")
        delegation_service.change_delegation(
            session,
            thailand.id,
            delegation_service.DelegationUpdate(
                departure=dt.date(2025, 7, 24),
            ),
        )
    window.data_changed.emit("delegations")
    agenda = window.show_tab("agenda")
    assert isinstance(agenda, AgendaTab)
    assert [c.kind for c in agenda.conflicts()] == [ConflictKind.OUTSIDE_STAY]
    assert "leaves on Thu 24 July" in agenda.conflict_texts()[0]


def test_add_the_speaker_to_a_session_from_the_speaker_side(
    window: MainWindow, read_file: ReadFile
) -> None:
    with window.event_file.session() as session:
        workshop = agenda_service.create_session(
            session=session, session_in=agenda_service.SessionCreate(
                day=dt.date(2025, 7, 26), start_time=dt.time(14),
                end_time=dt.time(15), title_en="Vocational Education Workshop",
            ),
        ).id  # fmt: skip
    window.data_changed.emit("agenda")
    tab = _speakers(window)
    assert tab.session_titles() == ["Opening Ceremony  开幕式"]
    dialog = tab.open_add_to_session_dialog()
    assert dialog is not None
    labels = [dialog.session.itemText(i) for i in range(dialog.session.count())]
    assert labels == ["Sat, 26 Jul 14:00 · no room · Vocational Education Workshop"]  # not the
    # session the speaker is already in
    dialog.session.setCurrentIndex(0)
    dialog.role.setCurrentIndex(dialog.role.findData("moderator"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()

    speaker_id = tab.current_speaker_id()
    links = read_file(
        lambda s: [
            (link.speaker_id, str(link.role))
            for link in agenda_service.session_speakers(session=s, session_id=workshop)
        ]
    )
    assert links == [(speaker_id, "moderator")]
    assert tab.session_titles() == ["Opening Ceremony  开幕式", "Vocational Education Workshop"]
    assert tab.speaker_sessions.tree.topLevelItem(1).text(4) == "Moderator"
    assert tab.proxy.index(0, 1).data() == "2"  # the list's session count

    # And off again.
    tab.speaker_sessions.tree.setCurrentItem(tab.speaker_sessions.tree.topLevelItem(1))
    tab.speaker_sessions.remove_button.click()
    assert tab.session_titles() == ["Opening Ceremony  开幕式"]


def test_a_session_with_no_choice_is_refused_at_the_field(qtbot: QtBot, window: MainWindow) -> None:
    tab = _speakers(window)
    dialog = tab.open_add_to_session_dialog()
    assert dialog is not None
    dialog.session.setCurrentIndex(-1)
    qtbot.keyClicks(dialog.session.lineEdit(), "no such session")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.field_error("Session").startswith("Session:")
    dialog.reject()


def test_the_session_form_sets_roles_and_order(window: MainWindow, read_file: ReadFile) -> None:
    with window.event_file.session() as session:
        speaker_service.create_speaker(
            session=session,
            speaker_in=speaker_service.SpeakerCreate(given_name="Romany", family_name="Oum"),
        )
    window.data_changed.emit("speakers")
    agenda = window.show_tab("agenda")
    assert isinstance(agenda, AgendaTab)
    opening = next(iter(agenda.grid.blocks()))
    dialog = agenda.open_session_dialog(opening)
    romany = next(
        dialog.speakers.item(i) for i in range(dialog.speakers.count())
        if dialog.speakers.item(i).text().startswith("Romany Oum")
    )  # fmt: skip
    romany.setCheckState(Qt.CheckState.Checked)
    dialog.speakers.setCurrentItem(romany)
    dialog.speaker_role.setCurrentIndex(dialog.speaker_role.findData("moderator"))
    dialog.speaker_role.activated.emit(dialog.speaker_role.currentIndex())
    dialog.move_current_speaker(-1)  # before Zhen Bai
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    names = read_file(
        lambda s: [
            (link.given_name, str(link.role))
            for link in agenda_service.session_speakers(session=s, session_id=opening)
        ]
    )
    assert names == [("Romany", "moderator"), ("Zhen", "keynote")]
