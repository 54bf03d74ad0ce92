"""The window's language: English plurals from the catalogue, Qt's own Chinese, the fallback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from delegations.store import EventFile
from delegations.ui.language import (
    LANGUAGE_KEY,
    install_translators,
    remove_translators,
    ui_locale,
)
from delegations.ui.main_window import MainWindow

Button = QDialogButtonBox.StandardButton
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install the translators of a language, as at start-up, for one test."""
    installed: list[QTranslator] = []
    yield lambda name: installed.extend(install_translators(qapp, QLocale(name)))
    remove_translators(qapp, installed)


def cancel_text() -> str:
    """The Cancel button's text in a new QDialogButtonBox (Qt's own string)."""
    box = QDialogButtonBox(Button.Ok | Button.Cancel)
    return box.button(Button.Cancel).text()


def test_counts_read_singular_and_plural_in_english(window: MainWindow) -> None:
    # 1 speaker and 1 session, 2 delegations and 3 delegates: both English forms, from the .qm
    assert window.counts_label.text() == "2 delegations · 3 delegates · 1 speaker · 1 session"


def test_counts_group_digits_the_english_way(window: MainWindow) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert window.tr("%Ln delegate(s)", "", 20000) == "20,000 delegates"
    finally:
        QLocale.setDefault(QLocale.system())


def test_qt_own_strings_come_in_chinese(use_language: Callable[[str], None]) -> None:
    assert cancel_text() == "Cancel"
    use_language("zh_CN")
    assert cancel_text() == "取消"


def test_chinese_counts_read_in_chinese_with_their_numbers(
    qtbot: QtBot, event_file: EventFile, settings: QSettings, use_language: Callable[[str], None]
) -> None:
    use_language("zh_CN")
    window = MainWindow(event_file, settings=settings)
    qtbot.addWidget(window)
    counts = window.counts_label.text().split(" · ")
    assert [re.sub(r"\D", "", part) for part in counts] == ["2", "3", "1", "1"]
    assert all(CHINESE.search(part) for part in counts), counts


def test_the_chosen_language_wins_over_the_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "vi")
    assert ui_locale(settings).name() == "vi_VN"


def test_the_bare_c_locale_reads_as_english(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "C")
    assert ui_locale(settings).language() == QLocale.Language.English


STARTUP_PROBE = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox
from delegations.ui.app import _application
_application()
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print(box.button(QDialogButtonBox.StandardButton.Cancel).text())
print(QCoreApplication.translate("MainWindow", "%Ln delegate(s)", "", 2000))
"""


def start_app(tmp_path: Path, language: str | None) -> list[str]:
    """Start the application as `delegations` does, with `language` chosen in the settings;
    what a Cancel button and a count of 2,000 delegates then read."""
    config = tmp_path / "config"
    if language:
        (config / "Delegations").mkdir(parents=True)
        (config / "Delegations" / "Delegations.conf").write_text(f"[ui]\nlanguage={language}\n")
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", STARTUP_PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_start_up_installs_the_chosen_language(tmp_path: Path) -> None:
    cancel, count = start_app(tmp_path, "zh_CN")
    assert cancel == "取消"
    assert "2,000" in count and CHINESE.search(count), count


def test_start_up_on_the_c_locale_speaks_english(tmp_path: Path) -> None:
    assert start_app(tmp_path, None) == ["Cancel", "2,000 delegates"]
