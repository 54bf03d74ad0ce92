"""The desk's warning that this computer's clock is far from the event's dates.

Admission times order the journals merged from several desks, so a desk whose clock reads
another day (a laptop never set, a dead clock battery) puts its admissions out of order. The
banner shows above the scan input as the desk opens (`services.desk.clock_outside_event`),
until the operator acknowledges it once; scans are not blocked meanwhile (a queue at the
door must not wait for the clock).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from delegations.services.desk import ClockOutsideEvent
from delegations.ui.accessibility import named
from delegations.ui.dates import medium_date
from delegations.ui.palette import WARNING_AMBER, text_on


class ClockBanner(QFrame):
    """An amber strip with the two dates and an "Understood" button; hidden until `warn`.

    Signals:
        acknowledged(): the operator clicked "Understood" (the banner hides).
    """

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockBanner")
        self.setStyleSheet(
            f"#clockBanner {{ background: {WARNING_AMBER.name()}; border-radius: 6px; }}"
            f"#clockBanner QLabel {{ color: {text_on(WARNING_AMBER).name()}; }}"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.button = QPushButton(self.tr("Understood"), self)
        named(self.button, self.tr("Understood: the clock warning"))
        # Reached with Tab; a click leaves the focus in the scan input.
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self._on_understood)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def warn(self, clock: ClockOutsideEvent) -> None:
        self.text.setText(
            self.tr("This computer's clock says {today}, but the event runs {start} – {end}. "
                    "Each admission is recorded at this clock's time, and desks' journals are "
                    "merged in that order: set the clock right before admitting.")
            .format(today=medium_date(clock.today), start=medium_date(clock.start),
                    end=medium_date(clock.end))
        )  # fmt: skip
        self.setAccessibleName(self.text.text())
        self.show()

    def _on_understood(self) -> None:
        self.hide()
        self.acknowledged.emit()
