"""Alt+letter reaches one thing: the `&` letters are unique in the window (menu bar, tab
titles and the showing tab's buttons and labelled fields), in each menu and in each dialog."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QWidget

from delegations.services.walk_in import walk_in_choices
from delegations.ui.agenda.tab import AgendaTab
from delegations.ui.badges.dialogs import ReprintDialog
from delegations.ui.checkin.exchange_dialog import ExchangeDialog
from delegations.ui.checkin.restore_dialog import RestoreDialog
from delegations.ui.checkin.settings_dialog import DeskSettingsDialog, PinDialog
from delegations.ui.checkin.walk_in_dialog import WalkInDialog
from delegations.ui.delegations.tab import DelegationsTab
from delegations.ui.dialogs.booklet_dialog import BookletDialog
from delegations.ui.dialogs.import_dialog import ImportDialog
from delegations.ui.main_window import TAB_NAMES, MainWindow
from delegations.ui.speakers.add_to_session import AddToSessionDialog

W = TypeVar("W", bound=QWidget)
_MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic(text: str) -> str | None:
    """The letter after a single `&` ("Save a &Copy…" -> "c"), or None."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def clashes(texts: Iterable[str]) -> list[str]:
    """Texts sharing a mnemonic, one line per shared letter."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(text)
    return [f"Alt+{k.upper()}: {' | '.join(v)}" for k, v in sorted(by_letter.items()) if len(v) > 1]


def widget_texts(root: QWidget) -> list[str]:
    """What Alt+letter can reach in `root`: its visible buttons, group boxes, tabs and the
    labels that lead to a field."""

    def shown(widgets: Iterable[W]) -> list[W]:
        return [widget for widget in widgets if widget.isVisibleTo(root)]

    texts = [button.text() for button in shown(root.findChildren(QAbstractButton))]
    texts += [box.title() for box in shown(root.findChildren(QGroupBox))]
    texts += [
        bar.tabText(i) for bar in shown(root.findChildren(QTabBar)) for i in range(bar.count())
    ]
    texts += [label.text() for label in shown(root.findChildren(QLabel)) if label.buddy()]
    return texts


def menus_of(window: MainWindow) -> list[QMenu]:
    """Every menu in the menu bar, submenus included, filled as when the user opens them."""
    found: list[QMenu] = []
    pending = [a.menu() for a in window.menuBar().actions() if a.menu() and a.isVisible()]
    while pending:
        menu = pending.pop()
        menu.aboutToShow.emit()
        found.append(menu)
        pending += [a.menu() for a in menu.actions() if a.menu() and a.isVisible()]
    return found


def window_texts(window: MainWindow) -> list[str]:
    tabs = window.tab_widget
    texts = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    texts += [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    texts += widget_texts(tabs.currentWidget())
    return texts


def _delegations(window: MainWindow) -> DelegationsTab:
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    tab.select_delegation(next(r.id for r in tab.delegation_model.rows() if r.name == "Viet Nam"))
    return tab


def _agenda(window: MainWindow) -> AgendaTab:
    tab = window.show_tab("agenda")
    assert isinstance(tab, AgendaTab)
    return tab


def _handover_dialog(window: MainWindow, _tmp_path: Path) -> QWidget:
    actions = _delegations(window).handover_actions
    actions.button.click()
    return actions.dialog


def _import_dialog(window: MainWindow, tmp_path: Path) -> ImportDialog:
    path = tmp_path / "one.csv"
    path.write_text("Country,Given name,Family name\nLA,Bounmy,Phan\n", encoding="utf-8")
    return ImportDialog(window.event_file, path, window)


# Every dialog the app opens, made as the app makes it (or with the same arguments).
DIALOGS = {
    "delegate": lambda w, _t: _delegations(w).open_delegate_dialog(),
    "delegation": lambda w, _t: _delegations(w).open_delegation_dialog(),
    "name order": lambda w, _t: _delegations(w).name_order_actions.open_dialog(),
    "badges": lambda w, _t: _delegations(w).badge_actions.open_badges_dialog(),
    "reprint": lambda w, _t: ReprintDialog(w.event_file, delegate_id=1, name="Duc", parent=w),
    "hand over badges": _handover_dialog,
    "import": _import_dialog,
    "session": lambda w, _t: _agenda(w).open_session_dialog(),
    "rooms": lambda w, _t: _agenda(w).open_rooms_dialog(),
    "room": lambda w, _t: _agenda(w).open_rooms_dialog().room_dialog(),
    "publish version": lambda w, _t: _agenda(w).open_publish_dialog(),
    "changes": lambda w, _t: _agenda(w).open_changes_dialog(),
    "add to session": lambda w, _t: AddToSessionDialog(
        lambda _values: None, speaker_name="Bai Zhen", sessions=[(1, "Opening")], parent=w
    ),
    "event settings": lambda w, _t: w.open_event_settings(),
    "new event": lambda w, _t: w.open_new_event_dialog(),
    "booklet": lambda w, _t: BookletDialog(w.event_file, w),
    "desk settings": lambda w, t: DeskSettingsDialog(
        w.event_file, QSettings(str(t / "desk.ini"), QSettings.Format.IniFormat), w
    ),
    "PIN": lambda w, _t: PinDialog(w, prompt="PIN"),
    "exchange": lambda w, _t: ExchangeDialog(w.event_file, "Desk 1", w),
    "restore": lambda w, _t: RestoreDialog([], w),
    "walk-in": lambda w, _t: WalkInDialog(walk_in_choices(w.event_file), w),
}


@pytest.mark.parametrize("tab", TAB_NAMES)
def test_window_mnemonics_are_unique_on_each_tab(window: MainWindow, tab: str) -> None:
    window.show_tab(tab)
    problems = clashes(window_texts(window))
    assert not problems, "\n".join(problems)


def test_alt_a_opens_the_agenda_menu_and_alt_g_the_agenda_tab(window: MainWindow) -> None:
    assert mnemonic(window.agenda_menu.title()) == "a"
    agenda_tab = window.tab_widget.indexOf(window.tab("agenda").parentWidget())
    assert mnemonic(window.tab_widget.tabText(agenda_tab)) == "g"


@pytest.mark.parametrize("tab", TAB_NAMES)
def test_each_menus_mnemonics_are_unique(window: MainWindow, tab: str) -> None:
    window.show_tab(tab)
    problems = [
        f"{menu.title()}: {clash}"
        for menu in menus_of(window)
        for clash in clashes(a.text() for a in menu.actions() if a.isVisible())
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialogs_mnemonics_are_unique(window: MainWindow, tmp_path: Path, name: str) -> None:
    dialog = DIALOGS[name](window, tmp_path)
    try:
        problems = clashes(widget_texts(dialog))
        assert not problems, "\n".join(problems)
    finally:
        dialog.close()


def test_a_clash_names_the_texts_that_share_a_letter() -> None:
    assert clashes(["&File", "&Family name:", "Save a &Copy…", "Fish && &Chips"]) == [
        "Alt+C: Save a &Copy… | Fish && &Chips",
        "Alt+F: &File | &Family name:",
    ]
