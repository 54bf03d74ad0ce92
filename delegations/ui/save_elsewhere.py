"""“Could not save”: the sentence saying why, and a button to choose another place.

Every output the window writes (an export, a template, a copy of the event, a PDF) may meet a
full USB stick, a folder without permission, a PDF still open in a viewer, a path too long or
a stick pulled out. The writer (`delegations.files`) says which in a `CannotWrite`; a service
wraps it in its own sentence. `offer_another_place` shows that sentence with "Choose another
place…", which opens a Save dialog where the failed file was (or in the home folder when that
folder is gone) and hands the chosen path back to the caller to write again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from delegations.domain.errors import UserError
from delegations.files import cannot_write


class SaveElsewhere(QObject):
    """The words of this module (a translation context)."""


def offer_another_place(
    parent: QWidget,
    title: str,
    error: BaseException,
    save_to: Callable[[Path], object],
    *,
    file_filter: str = "",
) -> QMessageBox | None:
    """When `error` is an output that could not be written, say why and offer another place.

    Returns the (window-modal, already open) message box, or None when `error` is not about
    writing an output: the caller reports it as before. "Choose another place…" asks for a
    path and calls `save_to(path)`; Cancel leaves things as they are.
    """
    failure = cannot_write(error)
    if failure is None:
        return None
    sentence = str(error) if isinstance(error, UserError) else failure.sentence()
    choose = QMessageBox.StandardButton.Save  # standard, so `finished` reports it
    box = QMessageBox(QMessageBox.Icon.Warning, title, sentence,
                      choose | QMessageBox.StandardButton.Cancel, parent)  # fmt: skip
    box.button(choose).setText(SaveElsewhere.tr("Choose another place…"))
    box.setDefaultButton(choose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(result: int) -> None:
        if result != choose.value:
            return
        path = ask_another_place(parent, title, failure.path, file_filter)
        if path is not None:
            save_to(path)

    box.finished.connect(answered)
    box.open()
    return box


def ask_another_place(parent: QWidget, title: str, failed: Path, file_filter: str) -> Path | None:
    """A Save dialog for the failed file's name, in its folder while that is still there."""
    start = failed if failed.parent.is_dir() else Path.home() / failed.name
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start), file_filter or f"*{failed.suffix}"
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix or not failed.suffix else path.with_suffix(failed.suffix)


def on_error_offering_another_place(
    parent: QWidget, title: str, save_to: Callable[[Path], object], *, file_filter: str = ""
) -> Callable[[BaseException], None]:
    """An `on_error` for `run_job`: a write failure offers another place, a refusal is a
    warning, anything else goes on to the unexpected-error report (raised again)."""

    def on_error(error: BaseException) -> None:
        if offer_another_place(parent, title, error, save_to, file_filter=file_filter):
            return
        if isinstance(error, UserError):
            QMessageBox.warning(parent, title, str(error))
            return
        raise error

    return on_error
