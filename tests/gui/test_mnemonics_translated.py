"""The window's Alt letters stay unique on every tab in every language the window speaks:
translators choose their own letters, and a new menu or label can take one already used."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from test_language import open_window, use_language  # noqa: F401 (the fixture)
from test_mnemonics import clashes, window_texts

from delegations.services.event import EventFile
from delegations.ui.app import TAB_NAMES


@pytest.mark.parametrize("language", ["zh_CN", "vi", "th", "km", "lo", "my", "id", "ms"])
def test_window_mnemonics_are_unique_on_each_tab_in_each_language(
    language: str,
    use_language: Callable[[str], None],  # noqa: F811 (the fixture)
    qtbot: QtBot,
    event_file: EventFile,
    tmp_path: Path,
) -> None:
    use_language(language)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, event_file, settings)
    assert window.menuBar().actions()[0].text() != "&File"  # the language is installed
    problems = []
    for tab in TAB_NAMES:
        window.show_tab(tab)
        problems += [f"{tab}: {problem}" for problem in clashes(window_texts(window))]
    assert not problems, "\n".join(problems)
