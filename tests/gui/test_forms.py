"""Forms as a keyboard user meets them: the cursor starts in the first field (typing lands
there, Space is a space, not OK), and a field's error goes away as soon as it is valid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from delegations.ui.agenda.tab import AgendaTab
from delegations.ui.delegations.tab import DelegationsTab
from delegations.ui.dialogs.form import FormDialog
from delegations.ui.main_window import MainWindow
from delegations.ui.speakers.tab import SpeakersTab

# Typing into the event's time zone may open its completer, which offscreen cannot raise.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _delegations(window: MainWindow) -> DelegationsTab:
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    return tab


def _agenda(window: MainWindow) -> AgendaTab:
    tab = window.show_tab("agenda")
    assert isinstance(tab, AgendaTab)
    return tab


def _opened(qtbot: QtBot, dialog: FormDialog) -> FormDialog:
    qtbot.waitExposed(dialog)
    return dialog


def _type_where_focus_is(qtbot: QtBot, dialog: QWidget, text: str) -> None:
    """Keys go to the widget holding the keyboard, as they do for a person typing."""
    qtbot.keyClicks(dialog.focusWidget(), text)


def _press_ok(qtbot: QtBot, dialog: FormDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _forms(window: MainWindow) -> dict[str, tuple[FormDialog, QWidget]]:
    """Each form dialog the app opens, with the field the cursor should start in."""
    rooms = _agenda(window).open_rooms_dialog()
    forms = {
        "delegate": _delegations(window).open_delegate_dialog(),
        "delegation": _delegations(window).open_delegation_dialog(),
        "session": _agenda(window).open_session_dialog(),
        "room": rooms.room_dialog(),
        "event settings": window.open_event_settings(),
    }
    first = {
        "delegate": "honorific",
        "delegation": "name",
        "session": "title_en",
        "room": "name",
        "event settings": "name",
    }
    return {name: (dialog, getattr(dialog, first[name])) for name, dialog in forms.items()}


@pytest.mark.parametrize("form", ["delegate", "delegation", "session", "room", "event settings"])
def test_a_form_opens_with_the_cursor_in_its_first_field(
    qtbot: QtBot, window: MainWindow, form: str
) -> None:
    dialog, first_field = _forms(window)[form]
    _opened(qtbot, dialog)
    assert dialog.focusWidget() is first_field
    first_field.clear()

    _type_where_focus_is(qtbot, dialog, "Ab c")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)

    assert first_field.text() == "Ab c "  # the first letters and the spaces landed there
    assert dialog.isVisible()  # Space did not press OK


def test_a_delegates_missing_name_error_clears_as_the_name_is_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _opened(qtbot, _delegations(window).open_delegate_dialog())
    _press_ok(qtbot, dialog)
    assert dialog.field_error("Name").startswith("Name:")

    qtbot.keyClicks(dialog.family_name, "K")  # any of the three names will do

    assert dialog.field_error("Name") == ""
    dialog.family_name.clear()
    assert dialog.field_error("Name") == ""  # judged again on the next OK, not before


def test_an_email_error_stays_while_invalid_and_clears_once_valid(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _opened(qtbot, _delegations(window).open_delegate_dialog())
    qtbot.keyClicks(dialog.given_name, "Kim")
    qtbot.keyClicks(dialog.email, "kim")
    _press_ok(qtbot, dialog)
    refused = dialog.field_error("Email")
    assert "kim" in refused

    qtbot.keyClick(dialog.email, Qt.Key.Key_End)  # the refused text was selected to retype
    qtbot.keyClicks(dialog.email, "@example")
    assert dialog.field_error("Email") == refused  # still no address

    qtbot.keyClicks(dialog.email, ".org")
    assert dialog.field_error("Email") == ""


def test_a_delegations_errors_clear_when_fixed(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _opened(qtbot, _delegations(window).open_delegation_dialog())
    _press_ok(qtbot, dialog)
    assert dialog.field_error("Name")

    qtbot.keyClicks(dialog.name, "Lao PDR")

    assert dialog.field_error("Name") == ""
    assert dialog.isVisible()


def test_a_sessions_title_and_end_errors_clear_when_fixed(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _opened(qtbot, _agenda(window).open_session_dialog())
    _press_ok(qtbot, dialog)
    assert dialog.field_error("Title")
    qtbot.keyClicks(dialog.title_en, "Closing")
    assert dialog.field_error("Title") == ""

    dialog.end.setTime(QTime(8, 0))  # before the 09:00 start
    _press_ok(qtbot, dialog)
    assert dialog.field_error("End")
    dialog.end.setTime(QTime(8, 30))
    assert dialog.field_error("End")  # still before the start
    dialog.end.setTime(QTime(11, 0))
    assert dialog.field_error("End") == ""


def test_a_rooms_name_error_clears_when_a_name_is_typed(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _opened(qtbot, _agenda(window).open_rooms_dialog().room_dialog())
    _press_ok(qtbot, dialog)
    assert dialog.field_error("Name")

    qtbot.keyClicks(dialog.name, "Hall B")

    assert dialog.field_error("Name") == ""


def test_the_events_name_error_clears_when_a_name_is_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _opened(qtbot, window.open_event_settings())
    dialog.name.clear()
    _press_ok(qtbot, dialog)
    assert dialog.field_error("Name")

    qtbot.keyClicks(dialog.name, "Week")

    assert dialog.field_error("Name") == ""


def test_the_speaker_forms_name_error_clears_when_a_name_is_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.show_tab("speakers")
    assert isinstance(tab, SpeakersTab)
    tab.new_speaker()
    tab.edits["honorific"].setText("Dr")
    assert not tab.save()
    assert tab.field_error("Name")

    qtbot.keyClicks(tab.edits["native_name"], "x")

    assert tab.field_error("Name") == ""
    tab.revert_button.click()  # leave no unsaved speaker behind
