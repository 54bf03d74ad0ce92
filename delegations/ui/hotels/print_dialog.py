"""Print a hotel's rooming list from the Hotels and rooming window (`services.hotels.
write_rooming`), previewed, saved or printed as every document dialog does (`DocumentDialog`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from delegations.services import hotels
from delegations.services.event import EventFile
from delegations.ui.dialogs.document_dialog import DocumentDialog, Render


class RoomingPrintDialog(DocumentDialog):
    """Choose the hotel, see the first page of its rooming list, save or print."""

    def __init__(
        self, event_file: EventFile, names: Sequence[str], hotel: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(event_file, parent)
        self.setWindowTitle(self.tr("Print rooming list"))
        self.hotel_box = QComboBox(self)
        self.hotel_box.addItems(list(names))
        self.hotel_box.setCurrentText(hotel)
        form = QFormLayout()
        form.addRow(self.tr("&Hotel:"), self.hotel_box)
        self._lay_out(form, height=680)
        self.hotel_box.currentIndexChanged.connect(self.refresh_preview)
        self.refresh_preview()

    def suggested_name(self) -> str:
        return self.tr("Rooming list – {hotel}").format(hotel=self.hotel_box.currentText())

    def renderer(self, *, keep: bool = True) -> Render:
        event_file, hotel = self._event_file, self.hotel_box.currentText()
        return lambda path: hotels.write_rooming(event_file, hotel, path)
