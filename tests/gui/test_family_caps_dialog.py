"""Print badges…: the "Family name in capitals" choice, from the preview to the PDF."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2
import pytest
from pytestqt.qtbot import QtBot

from delegations.ui.badges.dialogs import BadgesDialog
from delegations.ui.delegations.tab import DelegationsTab
from delegations.ui.dialogs import pdf_output
from delegations.ui.main_window import MainWindow


def _text(pdf: Path) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
    return unicodedata.normalize("NFC", "\n".join(pages))


def test_family_name_in_capitals_is_printed_when_ticked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_output, "open_document", lambda _path: None)
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    dialog = tab.badge_actions.open_badges_dialog()
    assert isinstance(dialog, BadgesDialog)
    dialog.set_layout("cr80")
    assert not dialog.family_caps_check.isChecked()  # no bundled layout asks for capitals
    qtbot.waitUntil(lambda: dialog.last_preview is not None and not dialog.busy(), timeout=15_000)

    dialog.family_caps_check.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=15_000)
    out = tmp_path / "caps.pdf"
    dialog.print_to(out)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)

    text = _text(out)
    assert "NGUYỄN Văn Đức" in text
    assert "TRẦN Thị Hương" in text
    assert "Somchai JAIDEE" in text
    assert "阮文德" in text
