"""The Agreement signings window: the register, a ceremony's running order changed by Move
up/down and saved in the event file, Print writing the PDF; agreements and ceremonies added,
edited and removed through their forms, bad input refused in one sentence with nothing saved."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from boxes import Button, MessageBoxes
from pdf_reading import pdf_text
from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from delegations.services import signings
from delegations.services.event import open_event
from delegations.store import EventFile
from delegations.ui.signings.dialogs import AgreementDialog, PartyRow
from delegations.ui.signings.window import SigningsWindow


@pytest.fixture
def demo_file(demo_path: Path, tmp_path: Path) -> Iterator[EventFile]:
    shutil.copy(demo_path, tmp_path / "demo.sqlite3")
    event_file = open_event(tmp_path / "demo.sqlite3")
    yield event_file
    event_file.close()


@pytest.fixture
def signings_window(qtbot: QtBot, demo_file: EventFile) -> SigningsWindow:
    window = SigningsWindow(demo_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _rows(shown: SigningsWindow) -> list[list[str]]:
    tree = shown.tree
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
            for r in range(tree.topLevelItemCount())]  # fmt: skip


def test_the_register_and_the_ceremony_are_listed(signings_window: SigningsWindow) -> None:
    rows = _rows(signings_window)
    assert len(rows) == 6 and not signings_window.up_button.isEnabled()
    assert rows[0][1:3] == [
        "Memorandum of Understanding on Joint Training of Tyre Manufacturing Technicians",
        "轮胎制造技术人才联合培养合作备忘录",
    ]
    assert "Forward Tire Company (Viet Nam)" in rows[0][3]
    assert rows[0][4] == "Ms. Yang Xuemei (right); Mr. Phạm Quang Huy (left)"
    signings_window.ceremony_box.setCurrentIndex(1)
    assert signings_window.up_button.isEnabled() and len(_rows(signings_window)) == 6


def test_move_down_saves_the_running_order(
    signings_window: SigningsWindow, demo_file: EventFile
) -> None:
    signings_window.ceremony_box.setCurrentIndex(1)
    first, second = (row[1] for row in _rows(signings_window)[:2])
    signings_window.tree.setCurrentItem(signings_window.tree.topLevelItem(0))
    signings_window.down_button.click()
    assert [row[1] for row in _rows(signings_window)[:2]] == [second, first]
    assert [row[0] for row in _rows(signings_window)[:2]] == ["1", "2"]
    assert (
        signings_window.tree.currentIndex().row() == 1
        and signings_window.status.text() == "Running order saved."
    )
    saved = signings.read_register(demo_file).ceremonies[0].agreements
    assert [a.title_en for a in saved[:2]] == [second, first]


def test_print_writes_the_running_order(
    signings_window: SigningsWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    signings_window.ceremony_box.setCurrentIndex(1)
    out = tmp_path / "running.pdf"
    signings_window.print_to(out)
    qtbot.waitUntil(lambda: signings_window.status.text().startswith("Written to"), timeout=20000)
    text = pdf_text(out)
    assert "Running order of the signing ceremony" in text and "Forward Tire Company" in text


def test_the_agenda_menu_opens_agreement_signings(window) -> None:  # noqa: ANN001 (MainWindow)
    assert "Agreement si&gnings…" in [a.text() for a in window.agenda_menu.actions()]
    opened = window.open_signings()
    assert opened.windowTitle() == "Agreement signings" and opened.tree.topLevelItemCount() == 0
    opened.close()


# Adding, editing and removing ----------------------------------------------------------------


def _digest(event_file: EventFile) -> str:
    with event_file.read() as connection:
        rows = [connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ("agreement", "agreementparty", "agreementwitness",
                              "signingceremony")]  # fmt: skip
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _choose(row: PartyRow, name: str, country: str, person: str) -> None:
    """Fill a party row as a user does: the country from its list, the signatory by typing
    part of their name in the searchable list and taking the one match."""
    row.name.setText(name)
    row.country.setCurrentIndex(row.country.findData(country))
    completer = row.signatory.completer()
    completer.setCompletionPrefix(person)
    assert completer.completionCount() == 1, f"{person!r} should match one delegate"
    label = completer.completionModel().index(0, 0).data()
    row.signatory.setCurrentIndex(row.signatory.findText(label))


def _new_agreement(window: SigningsWindow) -> AgreementDialog:
    dialog = window.open_agreement_dialog(None)
    assert dialog is not None and dialog.isVisible()
    dialog.title_en.setText("Memorandum of Understanding on Rubber Technology Training")
    dialog.title_zh.setText("橡胶技术培训合作备忘录")
    dialog.kind.setCurrentIndex(dialog.kind.findData("mou"))
    _choose(dialog.parties.rows[0], "Guizhou University", "CN", "Zhou Minghui")
    _choose(dialog.parties.rows[1], "Forward Tire Company", "VN", "Phạm Quang")
    dialog.parties.rows[1].kind.setCurrentIndex(1)  # Company
    dialog.witnesses.person.setEditText("Dr. Wang Haitao — China (Ministry of Education of the "
                                        "People's Republic of China)")  # fmt: skip
    dialog.witnesses.add_button.click()
    return dialog


def test_a_new_agreement_is_saved_at_the_ceremony_shown(
    signings_window: SigningsWindow, demo_file: EventFile
) -> None:
    signings_window.ceremony_box.setCurrentIndex(1)
    dialog = _new_agreement(signings_window)
    assert dialog.witnesses.list.item(0).text().startswith("Dr. Wang Haitao — China")
    dialog.accept()
    assert not dialog.isVisible()
    (ceremony,) = signings.read_register(demo_file).ceremonies
    added = ceremony.agreements[-1]
    assert (added.number, added.title_en, added.title_zh, added.kind.value) == (
        7, "Memorandum of Understanding on Rubber Technology Training", "橡胶技术培训合作备忘录",
        "mou",
    )  # fmt: skip
    assert [(p.name, p.kind, p.country, p.signatory) for p in added.parties] == [
        ("Guizhou University", "institution", "CN", "Prof. Zhou Minghui"),
        ("Forward Tire Company", "company", "VN", "Mr. Phạm Quang Huy"),
    ]
    assert [w.name for w in added.witnesses] == ["Dr. Wang Haitao"]
    rows = _rows(signings_window)
    assert len(rows) == 7 and rows[6][1] == added.title_en
    assert signings_window.tree.currentItem().text(1) == added.title_en
    assert signings_window.status.text() == "Agreement saved."


@pytest.mark.parametrize(("spoil", "field", "sentence"), [
    (lambda d: _choose(d.parties.add_party(), "Guizhou University", "CN", "Liu Xiaoyan"),
     "Parties", "Party: “Guizhou University” is named twice as a party to “Memorandum of "
     "Understanding on Rubber Technology Training”; one person signs for each party."),
    (lambda d: d.parties.rows[0].signatory.setEditText("Liu Xiaoyan, Zhou Minghui"),
     "Parties", "Signatory: “Guizhou University” has two signatories (Prof. Liu Xiaoyan and "
     "Prof. Zhou Minghui); one person signs for each party."),
    (lambda d: d.parties.rows[1].signatory.setEditText("Nguyen Nobody"),
     "Parties", "Signatory: “Nguyen Nobody” is not one of the event's delegates (give a "
     "delegate's id, e-mail or full name)."),
    (lambda d: _choose(d.parties.rows[1], "Forward Tire Company", "VN", "Zhou Minghui"),
     "Parties", "Signatory: Prof. Zhou Minghui cannot sign for both “Guizhou University” and "
     "“Forward Tire Company”."),
    (lambda d: d.title_en.clear(), "Title", "Title: an agreement needs a title in English."),
    (lambda d: (d.witnesses.person.setEditText("Somebody Else"), d.witnesses.add_button.click()),
     "Witness", "Witness: “Somebody Else” is not one of the event's delegates (give a "
     "delegate's id, e-mail or full name)."),
])  # fmt: skip
def test_bad_input_is_one_sentence_in_the_form_and_nothing_is_saved(
    signings_window: SigningsWindow, demo_file: EventFile, spoil, field: str, sentence: str,  # noqa: ANN001
) -> None:  # fmt: skip
    before = _digest(demo_file)
    dialog = _new_agreement(signings_window)
    spoil(dialog)
    dialog.accept()
    assert dialog.isVisible() and dialog.field_error(field) == sentence
    assert _digest(demo_file) == before and len(_rows(signings_window)) == 6


def test_edit_changes_the_signatory_and_title(
    signings_window: SigningsWindow, demo_file: EventFile
) -> None:
    signings_window.tree.setCurrentItem(signings_window.tree.topLevelItem(0))
    dialog = signings_window.open_agreement_dialog(signings_window.selected_id())
    assert dialog is not None and dialog.windowTitle() == "Edit agreement"
    assert dialog.title_en.text().startswith("Memorandum of Understanding on Joint Training")
    assert dialog.parties.rows[0].signatory.currentText().startswith("Ms. Yang Xuemei — China")
    assert dialog.witnesses.values() == (95,)
    _choose(dialog.parties.rows[0], "Guiyang Vocational and Technical College", "CN",
            "Liu Xiaoyan")  # fmt: skip
    dialog.title_en.setText("MoU on Tyre Technicians")
    dialog.witnesses.list.setCurrentRow(0)
    dialog.witnesses.remove_button.click()
    dialog.accept()
    assert not dialog.isVisible()
    first = signings.read_register(demo_file).ceremonies[0].agreements[0]
    assert first.title_en == "MoU on Tyre Technicians" and first.witnesses == ()
    assert first.parties[0].signatory == "Prof. Liu Xiaoyan" and first.number == 1
    assert _rows(signings_window)[0][1] == "MoU on Tyre Technicians"


def test_remove_asks_first(
    signings_window: SigningsWindow, demo_file: EventFile, message_boxes: MessageBoxes
) -> None:
    signings_window.tree.setCurrentItem(signings_window.tree.topLevelItem(4))
    title = _rows(signings_window)[4][1]
    message_boxes.expect("question", f"Remove “{title}” from the register?", answer=Button.No)
    signings_window.remove_button.click()
    assert len(signings.read_register(demo_file).agreements()) == 6
    message_boxes.expect("question", f"Remove “{title}”", answer=Button.Yes)
    signings_window.remove_button.click()
    left = [a.title_en for a in signings.read_register(demo_file).agreements()]
    assert len(left) == 5 and title not in left and len(_rows(signings_window)) == 5


def test_a_ceremony_added_edited_and_removed(
    signings_window: SigningsWindow, demo_file: EventFile, message_boxes: MessageBoxes
) -> None:
    dialog = signings_window.open_ceremony_dialog(None)
    assert dialog is not None
    dialog.accept()
    assert dialog.isVisible() and dialog.field_error("Title") == (
        "Title: a signing ceremony needs a title in English."
    )
    dialog.title_en.setText("Closing signings")
    dialog.title_zh.setText("闭幕签约")
    dialog.day.setDate(QDate(2025, 7, 27))
    dialog.start.setTime(QTime(16, 30))
    dialog.place.setEditText("huaxi hall")
    dialog.accept()
    assert not dialog.isVisible()
    ceremony = signings.read_register(demo_file).ceremonies[1]
    assert (ceremony.title_zh, ceremony.day, ceremony.start, ceremony.place) == (
        "闭幕签约", dt.date(2025, 7, 27), dt.time(16, 30), "Huaxi Hall"
    )  # fmt: skip
    assert signings_window.ceremony_box.currentText() == "Sun, 27 Jul 16:30 — Closing signings"
    assert _rows(signings_window) == [] and signings_window.edit_ceremony_button.isEnabled()

    edit = signings_window.open_ceremony_dialog(signings_window.ceremony_id())
    assert edit.title_en.text() == "Closing signings" and edit.place.currentText() == "Huaxi Hall"
    edit.start.setTime(QTime(17, 0))
    edit.accept()
    assert signings.read_register(demo_file).ceremonies[1].start == dt.time(17)

    signings_window.ceremony_box.setCurrentIndex(1)  # the demo's launch, 6 agreements
    message_boxes.expect("question", "Its agreements stay in the register", answer=Button.Yes)
    signings_window.remove_ceremony_button.click()
    register = signings.read_register(demo_file)
    assert [c.title_en for c in register.ceremonies] == ["Closing signings"]
    assert len(register.unscheduled) == 6
    assert signings_window.ceremony_box.currentIndex() == 0 and len(_rows(signings_window)) == 6


def test_a_ceremony_moved_onto_a_session_shows_its_conflicts(
    signings_window: SigningsWindow,
) -> None:
    signings_window.ceremony_box.setCurrentIndex(1)
    assert signings_window.warnings.isHidden()
    edit = signings_window.open_ceremony_dialog(signings_window.ceremony_id())
    edit.start.setTime(QTime(10, 0))
    edit.accept()
    lines = signings_window.warnings.text().splitlines()
    assert not signings_window.warnings.isHidden() and len(lines) == 4
    assert lines[0].startswith("Multifunction Hall holds “Digital Intelligence Innovation")
    assert lines[0].endswith("(Sat 26 July 10:00–10:40).")
    back = signings_window.open_ceremony_dialog(signings_window.ceremony_id())
    back.start.setTime(QTime(11, 30))
    back.accept()
    assert signings_window.warnings.isHidden()


def test_the_signatory_is_found_without_accents_or_in_their_own_script(
    signings_window: SigningsWindow,
) -> None:
    """The list matches the name without its accents and in its own script (typed with the
    real keyboard in test_signings_x11.py)."""
    dialog = signings_window.open_agreement_dialog(None)
    completer = dialog.parties.rows[1].signatory.completer()
    for typed, found in (
        ("សុខ សុផល", "Dr. Sok Sophal — Cambodia (National Polytechnic Institute of Cambodia)"),
        ("pham quang", "Mr. Phạm Quang Huy — Viet Nam (Forward Tire Company)"),
    ):
        completer.setCompletionPrefix(typed)
        assert completer.completionCount() == 1
        assert completer.completionModel().index(0, 0).data() == found


def test_the_agenda_tab_lists_a_ceremony_moved_onto_the_seminar(
    demo_file: EventFile, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from delegations.ui.main_window import MainWindow

    ceremony = signings.read_register(demo_file).ceremonies[0]
    signings.update_ceremony(demo_file, ceremony.id, signings.CeremonyInput(
        ceremony.title_en, ceremony.day, dt.time(10), ceremony.place))  # fmt: skip
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_file, settings=settings)
    qtbot.addWidget(window)
    window.show()
    tab = window.show_tab("agenda")
    tab.reload()
    texts = tab.conflict_texts()
    assert tab.conflicts_panel.title.text() == "4 conflicts" and texts[0].startswith(
        "Multifunction Hall holds “Digital Intelligence Innovation Empowers International "
    )
    tab.conflicts_panel.list.itemDoubleClicked.emit(tab.conflicts_panel.list.item(0))
    assert tab.selected_session_ids() == [14]  # the seminar holding the room
