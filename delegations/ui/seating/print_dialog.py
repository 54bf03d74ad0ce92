"""Print from the Seating plans window: the session's seating chart (A3 or A4 landscape) or its
name plates (one folded A4 tent per seat at the table, optionally with the person's name),
previewed, saved or printed as every document dialog does (`DocumentDialog`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QRadioButton, QWidget

from delegations.services import seating
from delegations.services.event import EventFile
from delegations.ui.dialogs.document_dialog import DocumentDialog, Render

CHART, PLATES = "chart", "plates"


class SeatingPrintDialog(DocumentDialog):
    """Choose the chart or the plates, see the first page, save or print."""

    def __init__(
        self, event_file: EventFile, session_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(event_file, parent)
        self._session_id, self._title = session_id, title
        self.setWindowTitle(self.tr("Print seating"))
        self.chart_radio = QRadioButton(self.tr("Seating &chart"), self)
        self.plates_radio = QRadioButton(self.tr("&Name plates (one per seat at the table)"), self)
        self.chart_radio.setChecked(True)
        self.paper_box = QComboBox(self)
        self.paper_box.addItem(self.tr("A3 landscape"), "a3")
        self.paper_box.addItem(self.tr("A4 landscape"), "a4")
        self.names_check = QCheckBox(self.tr("With the person's na&me"), self)
        form = QFormLayout()
        form.addRow(self.chart_radio)
        form.addRow(self.tr("P&aper:"), self.paper_box)
        form.addRow(self.plates_radio)
        form.addRow(self.names_check)
        self._lay_out(form)
        for signal in (self.chart_radio.toggled, self.paper_box.currentIndexChanged,
                       self.names_check.toggled):  # fmt: skip
            signal.connect(self.refresh_preview)
        self.refresh_preview()

    def what(self) -> str:
        return CHART if self.chart_radio.isChecked() else PLATES

    def suggested_name(self) -> str:
        if self.what() == CHART:
            return self.tr("Seating chart – {session}").format(session=self._title)
        return self.tr("Name plates – {session}").format(session=self._title)

    def update_choices(self) -> None:
        self.paper_box.setEnabled(self.what() == CHART)
        self.names_check.setEnabled(self.what() == PLATES)

    def renderer(self, *, keep: bool = True) -> Render:
        event_file, session_id, what = self._event_file, self._session_id, self.what()
        paper, names = self.paper_box.currentData(), self.names_check.isChecked()

        def render(path: Path) -> seating.Printed:
            if what == CHART:
                return seating.print_seating_chart(event_file, session_id, path, paper=paper)
            return seating.print_name_plates(event_file, session_id, path, with_names=names)

        return render
