"""File ▸ Connect to a venue server…: the event on the venue's PostgreSQL server.

Host, port, database, login and password (masked). The password is handed to the connection
once and kept nowhere: "Remember this server" puts the address without it in File ▸ Open
Recent, and opening it from there asks for the password again (empty if the server needs none,
or if libpq finds it in ~/.pgpass or PGPASSWORD).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from delegations.services.event import EventFile
from delegations.services.server import ServerAddress, offline_copy, open_offline_copy
from delegations.ui.dates import short_date, time_text
from delegations.ui.dialogs.form import FormDialog, Submit

DEFAULT_PORT = 5432


@dataclass(frozen=True, slots=True)
class ConnectRequest:
    """What Connect hands over: where to connect, and whether to remember the address."""

    address: ServerAddress
    remember: bool


class ConnectServerDialog(FormDialog):
    """Asks where the venue server is; `submit(ConnectRequest)` connects (a refusal is shown
    in the dialog, which stays open)."""

    def __init__(
        self, submit: Submit, known: ServerAddress | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Connect to a venue server"))
        intro = QLabel(
            self.tr(
                "Open the event on the venue's PostgreSQL server, shared by the desks and the "
                "organisers' office. The password is used for this connection only and is "
                "never saved."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.layout().insertWidget(1, intro)
        self.host = self.add_row(
            self.tr("&Server:"), self.line_edit(placeholder=self.tr("e.g. 192.168.1.10")), "host"
        )
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.port.setLocale(QLocale.c())  # a port is typed as the server's admin writes it: 5432
        self.add_row(self.tr("P&ort:"), self.port, "port")
        self.database = self.add_row(
            self.tr("&Database:"), self.line_edit(placeholder=self.tr("e.g. week2025")), "database"
        )
        self.user = self.add_row(
            self.tr("&Login:"), self.line_edit(placeholder=self.tr("e.g. desk3")), "user"
        )
        self.password = self.line_edit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(self.tr("&Password:"), self.password, "password")
        self.remember = QCheckBox(self.tr("&Remember this server (without its password)"), self)
        self.remember.setChecked(True)
        self.form.addRow("", self.remember)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        if known is not None:
            self.set_values(known)

    def values(self) -> dict[str, object]:
        return {
            "host": self.host.text().strip(),
            "port": self.port.value(),
            "database": self.database.text().strip(),
            "user": self.user.text().strip(),
        }

    def submitted(self) -> ConnectRequest:
        address = ServerAddress(**self.values(), password=self.password.text())  # type: ignore[arg-type]
        return ConnectRequest(address, self.remember.isChecked())

    def set_values(self, values: ServerAddress) -> None:  # type: ignore[override]
        self.host.setText(values.host)
        self.port.setValue(values.port or DEFAULT_PORT)
        self.database.setText(values.database)
        self.user.setText(values.user)
        self.password.clear()

    def accept(self) -> None:
        super().accept()
        if self.result() == self.DialogCode.Accepted:
            self.password.clear()  # used once: not left in a widget

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        super().showEvent(event)
        if not event.spontaneous() and self.database.text():
            self.password.setFocus()  # a remembered server: only the password is missing


def open_connect_dialog(
    parent: QWidget, submit: Submit, known: ServerAddress | None = None
) -> ConnectServerDialog:
    dialog = ConnectServerDialog(submit, known, parent)
    dialog.open()
    return dialog


def offer_offline_copy(parent: QWidget | None, target: str) -> EventFile | None:
    """The server at `target` does not answer: offer this desk's offline copy of its event.
    The copy, opened; None if this computer has none or the person keeps to the server."""
    copy = offline_copy(target)
    if copy is None:
        return None
    saved = copy.saved_at.astimezone()
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ConnectServerDialog", "The venue server does not answer"),
        QCoreApplication.translate(
            "ConnectServerDialog",
            "{server} does not answer.\n\nThis laptop has its own copy of the event, as it "
            "last saw it on {date} at {time}. Open it to go on admitting? What is admitted "
            "on it is sent to the server when you connect again; other changes made on it "
            "are not.",
        ).format(
            server=copy.location,
            date=short_date(saved.date()),
            time=time_text(saved.time()),
        ),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Open,
    )
    if answer != QMessageBox.StandardButton.Open:
        return None
    return open_offline_copy(copy)
