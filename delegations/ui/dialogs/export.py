"""File ▸ Export delegates… and File ▸ Save import template…: choose a file, write it in a worker."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from delegations.services.event import EventFile, event_name
from delegations.services.registrations.exporting import export_registrations, save_template
from delegations.ui.jobs import Job, run_job
from delegations.ui.save_elsewhere import on_error_offering_another_place


class DelegatesExport(QObject):
    """The translation context of Export delegates… and Save import template…"""


def _safe_stem(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', " ", name).strip() or "event"


def _ask(
    parent: QWidget, title: str, suggestion: Path, filters: list[tuple[str, str]]
) -> Path | None:
    """A Save dialog; a name typed without a suffix gets the chosen filter's."""
    text = ";;".join(f"{label} (*{suffix})" for label, suffix in filters)
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(suggestion), text)
    if not path:
        return None
    result = Path(path)
    if not result.suffix:
        suffix = next((s for label, s in filters if chosen.startswith(label)), filters[0][1])
        result = result.with_suffix(suffix)
    return result


def export_delegates_to(
    parent: QWidget, event_file: EventFile, path: Path, show_message: Callable[[str], None]
) -> Job:
    """Write every delegate to `path` (.xlsx or .csv) in a worker; report in `show_message`."""

    def work(progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> int:
        return export_registrations(event_file, path, progress=progress)

    def done(count: int) -> None:
        written = DelegatesExport.tr("{count:,} delegates written to {path}")
        show_message(written.format(count=count, path=path))

    title = DelegatesExport.tr("Export delegates")
    again = on_error_offering_another_place(
        parent, title, lambda other: export_delegates_to(parent, event_file, other, show_message)
    )
    return run_job(parent, DelegatesExport.tr("Exporting delegates…"), work, done, again)


def save_template_to(
    parent: QWidget, event_file: EventFile, path: Path, show_message: Callable[[str], None]
) -> Job:
    """Write the empty import template (with the event's roles) to `path` in a worker."""

    def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Path:
        return save_template(event_file, path)

    def done(written: Path) -> None:
        show_message(DelegatesExport.tr("Import template written to {path}").format(path=written))

    title = DelegatesExport.tr("Save import template")
    again = on_error_offering_another_place(
        parent, title, lambda other: save_template_to(parent, event_file, other, show_message)
    )
    return run_job(parent, DelegatesExport.tr("Writing the import template…"), work, done, again)


def choose_and_export(
    parent: QWidget, event_file: EventFile, show_message: Callable[[str], None]
) -> Job | None:
    """File ▸ Export delegates…"""
    name = _safe_stem(event_name(event_file))
    path = _ask(
        parent,
        DelegatesExport.tr("Export delegates"),
        event_file.path.parent / f"{name} delegates.xlsx",
        [
            (DelegatesExport.tr("Excel workbook"), ".xlsx"),
            (DelegatesExport.tr("CSV file, UTF-8"), ".csv"),
        ],
    )
    return export_delegates_to(parent, event_file, path, show_message) if path else None


def choose_and_save_template(
    parent: QWidget, event_file: EventFile, show_message: Callable[[str], None]
) -> Job | None:
    """File ▸ Save import template…"""
    path = _ask(
        parent,
        DelegatesExport.tr("Save import template"),
        event_file.path.parent / "Registrations template.xlsx",
        [(DelegatesExport.tr("Excel workbook"), ".xlsx")],
    )
    return save_template_to(parent, event_file, path, show_message) if path else None
