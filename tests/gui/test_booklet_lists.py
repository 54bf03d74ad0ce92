"""Print programme booklet…: the delegation lists are a choice, heads of delegation first."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import pdf_text
from pytestqt.qtbot import QtBot

from delegations.ui.dialogs import pdf_output
from delegations.ui.dialogs.booklet_dialog import BookletDialog
from delegations.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The PDFs the dialog would open in the system's viewer."""
    paths: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", paths.append)
    return paths


def _dialog(window: MainWindow) -> BookletDialog:
    window.file_actions.booklet_action.trigger()
    return next(d for d in window.findChildren(BookletDialog) if d.isVisible())


def _print(qtbot: QtBot, dialog: BookletDialog, out: Path, opened: list[Path]) -> None:
    dialog.print_to(out)  # the dialog opens the PDF and closes when it is done
    qtbot.waitUntil(lambda: opened == [out], timeout=30_000)


def test_heads_of_delegation_only_by_default(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, opened: list[Path]
) -> None:
    dialog = _dialog(window)
    assert dialog.delegation_lists() == "heads"
    assert dialog.lists_combo.currentText() == "Heads of delegation only"
    _print(qtbot, dialog, tmp_path / "heads.pdf", opened)
    assert "with their heads of delegation" in pdf_text(tmp_path / "heads.pdf")


@pytest.mark.parametrize(
    ("lists", "intro"), [("all", "each with its head of delegation first"), ("none", None)]
)
def test_all_members_or_none_when_chosen(  # noqa: PLR0913
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    opened: list[Path],
    lists: str,
    intro: str | None,
) -> None:
    dialog = _dialog(window)
    dialog.set_delegation_lists(lists)
    _print(qtbot, dialog, tmp_path / "booklet.pdf", opened)
    text = pdf_text(tmp_path / "booklet.pdf")
    if intro:
        assert intro in text
    else:
        assert "head of delegation" not in text.lower()
