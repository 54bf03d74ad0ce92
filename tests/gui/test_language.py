"""The window in the staff's language: Chinese and Thai menus, tabs, card and Qt's own buttons;
View ▸ Language reopens the window in the chosen language and remembers it; `--lang`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from delegations.cli import build_parser
from delegations.domain.codes import make_code
from delegations.domain.enums import SessionKind, SpeakerRole
from delegations.domain.errors import UserError
from delegations.services import delegations as delegation_service
from delegations.services import event as event_service
from delegations.store import EventFile
from delegations.ui import language
from delegations.ui.agenda.dialogs import kind_label
from delegations.ui.checkin.tab import CheckInTab
from delegations.ui.language import (
    LANGUAGE_KEY,
    LANGUAGES,
    SYSTEM,
    install_translators,
    latest_window,
    remove_translators,
    ui_locale,
    use_for_session,
)
from delegations.ui.main_window import MainWindow

Button = QDialogButtonBox.StandardButton
SCRIPTS = {
    "zh_CN": re.compile(r"[\u4e00-\u9fff]"),
    "th": re.compile(r"[\u0e00-\u0e7f]"),
    "km": re.compile(r"[\u1780-\u17ff]"),
}
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install a language's translators as at start-up, for one test."""
    installed: list[QTranslator] = []

    def use(name: str) -> None:
        installed.extend(install_translators(qapp, QLocale(name)))
        QLocale.setDefault(QLocale(name))

    yield use
    remove_translators(qapp, installed)
    QLocale.setDefault(ENGLISH)


@pytest.fixture
def language_state(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Undo what `apply_language` and `use_for_session` leave in the process."""
    monkeypatch.setattr(language, "_session_language", None)
    yield
    remove_translators(qapp, language._installed)
    language._installed.clear()
    QLocale.setDefault(ENGLISH)


def open_window(qtbot: QtBot, event_file: EventFile, settings: QSettings) -> MainWindow:
    window = MainWindow(event_file, settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.isVisible()]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]


def admit_on_the_card(qtbot: QtBot, window: MainWindow, name: str) -> CheckInTab:
    """Scan `name`'s badge at a desk; the tab, its card showing the admission."""
    tab = window.show_tab("checkin")
    assert isinstance(tab, CheckInTab)
    tab.set_desk("North")
    with window.event_file.session() as session:
        secret = event_service.get_event(session=session).signing_secret
        rows = delegation_service.list_delegates(session=session)
    code = make_code(secret, next(row.id for row in rows if row.name == name), 1)
    qtbot.keyClicks(tab.scan_edit, code)
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_Return)
    return tab


@pytest.mark.parametrize("name", ["zh_CN", "th"])
def test_menus_tabs_card_and_qt_buttons_speak_the_language(
    qtbot: QtBot,
    event_file: EventFile,
    settings: QSettings,
    use_language: Callable[[str], None],
    name: str,
) -> None:
    script = SCRIPTS[name]
    use_language(name)
    window = open_window(qtbot, event_file, settings)
    untranslated = [t for t in menu_titles(window) + tab_titles(window) if not script.search(t)]
    assert untranslated == []
    assert script.search(window.counts_label.text())

    card = admit_on_the_card(qtbot, window, "Nguyễn Văn Đức").card
    assert card.name.text() == "Nguyễn Văn Đức"
    assert script.search(card.headline.text()), card.headline.text()
    assert script.search(card.members.text()), card.members.text()

    kinds = [kind_label(SessionKind.SITE_VISIT), kind_label(SpeakerRole.KEYNOTE)]
    assert all(script.search(kind) for kind in kinds), kinds

    box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Save)
    texts = [box.button(button).text() for button in (Button.Ok, Button.Cancel, Button.Save)]
    assert all(script.search(text) for text in texts), texts


def test_a_language_without_a_catalogue_falls_back_to_english(
    qtbot: QtBot, event_file: EventFile, settings: QSettings, use_language: Callable[[str], None]
) -> None:
    use_language("am")  # Amharic: neither we nor Qt translate into it
    window = open_window(qtbot, event_file, settings)
    assert menu_titles(window)[:2] == ["&File", "&Edit"]
    assert window.counts_label.text() == "2 delegations · 3 delegates · 1 speaker · 1 session"
    assert QDialogButtonBox(Button.Cancel).button(Button.Cancel).text() == "Cancel"


def test_the_language_menu_names_each_language_in_itself(
    qtbot: QtBot, event_file: EventFile, settings: QSettings, language_state: None
) -> None:
    window = open_window(qtbot, event_file, settings)
    names = [action.text() for action in window.language_menu.group.actions()]
    assert names[1:] == [
        "简体中文", "Tiếng Việt", "ไทย", "ខ្មែរ", "ລາວ", "မြန်မာ",
        "Bahasa Indonesia", "Bahasa Melayu", "English",
    ]  # fmt: skip
    assert names[0].startswith("System language")
    assert window.language_menu.action(SYSTEM).isChecked()


def test_choosing_thai_reopens_the_window_in_thai_and_remembers_it(
    qtbot: QtBot, event_file: EventFile, settings: QSettings, language_state: None
) -> None:
    window = MainWindow(event_file, settings=settings)  # not qtbot's: it is deleted here
    window.show()
    window.show_tab("agenda")
    assert menu_titles(window)[0] == "&File"

    window.language_menu.action("th").trigger()
    reopened = latest_window(window)
    QApplication.processEvents()
    qtbot.addWidget(reopened)

    assert reopened is not window and reopened.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the old window goes
    assert reopened.current_tab_name() == "agenda"
    assert all(SCRIPTS["th"].search(title) for title in menu_titles(reopened))
    assert reopened.language_menu.action("th").isChecked()
    assert settings.value(LANGUAGE_KEY) == "th"
    assert ui_locale(settings).name() == "th_TH"

    reopened.language_menu.action("en").trigger()  # and back
    english = latest_window(reopened)
    qtbot.addWidget(english)
    assert menu_titles(english)[0] == "&File"
    assert settings.value(LANGUAGE_KEY) == "en"


def test_lang_chooses_for_the_session_only(tmp_path: Path, language_state: None) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "zh_CN")
    use_for_session("km")
    assert ui_locale(settings).name() == "km_KH"
    assert settings.value(LANGUAGE_KEY) == "zh_CN"  # the remembered choice is untouched
    with pytest.raises(UserError, match="There is no “xx” translation; choose one of zh_CN"):
        use_for_session("xx")


def test_lang_is_a_global_option_apart_from_the_booklets_edition() -> None:
    args = build_parser().parse_args(["--lang", "th", "booklet", "--out", "b.pdf"])
    assert (args.ui_language, args.edition) == ("th", "en")


def run_python(code: str, tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "LC_ALL": "C.UTF-8"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-c", code, *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


SESSION_PROBE = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox
from delegations.ui.language import use_for_session
use_for_session(sys.argv[1])
from delegations.ui.app import _application
_application()
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print(box.button(QDialogButtonBox.StandardButton.Cancel).text())
print(QCoreApplication.translate("MainWindow", "&File"))
"""


def test_start_up_with_lang_installs_that_language(tmp_path: Path) -> None:
    done = run_python(SESSION_PROBE, tmp_path, "zh_CN")
    assert done.returncode == 0, done.stderr
    cancel, file_menu = done.stdout.splitlines()
    assert cancel == "取消"
    assert SCRIPTS["zh_CN"].search(file_menu), file_menu


def test_an_unknown_lang_is_one_sentence_and_exit_1(tmp_path: Path) -> None:
    done = run_python(
        "from delegations.cli import main; raise SystemExit(main())",
        tmp_path,
        "--lang", "xx", "--db", str(tmp_path / "event.sqlite3"), "event", "show",
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"delegations: There is no “xx” translation; choose one of {', '.join(LANGUAGES)}."
    ]
    assert not (tmp_path / "event.sqlite3").exists()


@pytest.mark.parametrize("name", ["zh_CN", "th", "km"])
def test_qt_s_own_menus_and_file_dialog_speak_the_language(
    qtbot: QtBot, use_language: Callable[[str], None], name: str
) -> None:
    use_language(name)
    edit = QLineEdit("Somchai")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts and all(SCRIPTS[name].search(text) for text in texts), texts
    dialog = QFileDialog(None, "", "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels and all(SCRIPTS[name].search(text) for text in labels), labels
