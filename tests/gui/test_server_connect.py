"""File ▸ Connect to a venue server…: the dialog, the window on a server event, and no password
kept anywhere (settings, recent list, log)."""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from boxes import Button, MessageBoxes
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url
from tcp_relay import Relay

from delegations.domain.codes import make_code
from delegations.services import server
from delegations.services.checkin import Outcome
from delegations.store import EventFile
from delegations.ui.checkin.tab import CheckInTab
from delegations.ui.dialogs.connect_server import ConnectServerDialog
from delegations.ui.main_window import MainWindow, recent_files, remember_recent

PASSWORD = "pa55 w0rd:with@signs"


def fill(dialog: ConnectServerDialog, address: str, password: str = "") -> None:
    url = make_url(address)
    dialog.host.setText(url.host or "")
    dialog.port.setValue(url.port or 5432)
    dialog.database.setText(url.database or "")
    dialog.user.setText(url.username or "")
    dialog.password.setText(password)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_password_field_is_masked_and_a_remembered_server_asks_for_it_again(
    window: MainWindow, settings: QSettings
) -> None:
    remember_recent(settings, "postgresql://desk3@10.1.2.3:5433/week2025")
    window._on_recent_menu_about_to_show()
    entry = window.recent_menu.actions()[0]
    assert entry.text().endswith("postgresql://desk3@10.1.2.3:5433/week2025")

    entry.trigger()
    dialog = window.findChild(ConnectServerDialog)

    assert dialog is not None and dialog.isVisible()
    assert (dialog.host.text(), dialog.port.value()) == ("10.1.2.3", 5433)
    assert (dialog.database.text(), dialog.user.text()) == ("week2025", "desk3")
    assert dialog.password.text() == ""
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    dialog.reject()


def test_a_server_that_does_not_answer_is_said_in_the_dialog(window: MainWindow) -> None:
    dialog = window.open_connect_dialog()
    fill(dialog, f"postgresql://desk3@127.0.0.1:{free_port()}/week2025", PASSWORD)

    dialog.accept()

    assert dialog.isVisible()
    assert "Cannot reach" in dialog.banner_text()
    assert PASSWORD not in dialog.banner_text()
    assert window.windowTitle() == "Test Week — Delegations"
    dialog.reject()


def test_a_database_name_is_needed(window: MainWindow) -> None:
    dialog = window.open_connect_dialog()
    fill(dialog, "postgresql://desk3@127.0.0.1:5432/x")
    dialog.database.clear()

    dialog.accept()

    assert dialog.isVisible()
    assert "database" in dialog.field_error("database")
    dialog.reject()


def sessions_of(connection: psycopg.Connection, login: str) -> int:
    """How many sessions `login` has on the server, once those closing have gone (≤ 2 s)."""
    for _ in range(20):
        count = connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = %s", (login,)
        ).fetchone()[0]
        if count == 0:
            break
        time.sleep(0.1)
    return count


@pytest.fixture
def server_event(postgres_url: str, event_file: EventFile, tmp_path: Path) -> Iterator[str]:
    """The window's small event pushed to the test server, with a desk login of its own;
    that login's address (no password)."""
    prefix = f"g{os.getpid()}_{tmp_path.name[-10:].replace('-', '_').lower()}"
    roles = (f"{prefix}_desk", f"{prefix}_org", f"{prefix}_d1")
    server.push_event(event_file, postgres_url)
    server.init_server(postgres_url, desk_role=roles[0], organiser_role=roles[1])
    server.add_login(
        postgres_url, roles[2], "desk", PASSWORD, desk_role=roles[0], organiser_role=roles[1]
    )
    try:
        yield make_url(postgres_url).set(username=roles[2]).render_as_string()
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as connection:
            # The window closed before this: its desk left no connection open on the server.
            assert sessions_of(connection, roles[2]) == 0
            connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                (roles[2],),
            )
            for name in reversed(roles):
                connection.execute(f'DROP OWNED BY "{name}"')
                connection.execute(f'DROP ROLE "{name}"')


@pytest.fixture
def desk_window(
    qapp: QApplication, event_file: EventFile, settings: QSettings, server_event: str
) -> Iterator[MainWindow]:
    """A window on the check-in tab (a desk connects), gone before its login is dropped:
    its backup timers would otherwise reconnect as a login that no longer exists."""
    window = MainWindow(event_file, tab="checkin", settings=settings)
    window.show()
    try:
        yield window
    finally:
        window.close()
        window.event_file.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.postgres
def test_connecting_shows_the_server_and_keeps_no_password(
    desk_window: MainWindow, settings: QSettings, server_event: str, tmp_path: Path
) -> None:
    window = desk_window
    log_file = tmp_path / "everything.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)  # whatever any library logs while connecting
    try:
        dialog = window.open_connect_dialog()
        fill(dialog, server_event, PASSWORD)
        dialog.accept()
        assert not dialog.isVisible(), dialog.banner_text()
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()

    assert window.event_file.on_server
    assert window.windowTitle() == f"Test Week — {server_event} — Delegations"
    assert window.counts_label.text().startswith("2 delegations · 3 delegates")
    assert recent_files(settings)[0] == server_event
    assert dialog.password.text() == ""
    settings.sync()
    settings_file = Path(settings.fileName())
    assert settings_file.is_file()
    assert PASSWORD not in settings_file.read_text(encoding="utf-8")
    quoted = make_url(server_event).set(password=PASSWORD).render_as_string(hide_password=False)
    secret_forms = {PASSWORD, quoted.split("@")[0].split(":")[-1]}  # as typed, URL-quoted
    logged = log_file.read_text(encoding="utf-8")
    assert logged  # the connection was logged at all: the check below looked at something
    assert not [form for form in secret_forms if form in logged]


@pytest.mark.postgres
def test_a_desk_whose_server_does_not_answer_admits_on_its_offline_copy_and_sends_it_later(
    window: MainWindow,
    event_file: EventFile,
    postgres_url: str,
    settings: QSettings,
    message_boxes: MessageBoxes,
    qtbot: QtBot,
) -> None:
    server.push_event(event_file, postgres_url)
    with psycopg.connect(postgres_url) as connection:
        (secret,) = connection.execute("SELECT signing_secret FROM event").fetchone()
        rows = connection.execute("SELECT id, badge_version FROM delegate ORDER BY id").fetchall()
    delegate_ids, versions = zip(*rows, strict=True)
    url = make_url(postgres_url)
    cable = Relay((url.host or "127.0.0.1", url.port or 5432))
    address = url.set(port=cable.port).render_as_string(hide_password=False)

    def connect() -> ConnectServerDialog:
        dialog = window.open_connect_dialog()
        fill(dialog, address)
        dialog.accept()
        return dialog

    def desk() -> CheckInTab:
        tab = window.show_tab("checkin")
        assert isinstance(tab, CheckInTab)
        tab.set_desk("North")
        return tab

    def admitted(n: int) -> bool:
        result = desk().scan(make_code(secret, delegate_ids[n], versions[n]))
        return result is not None and result.outcome == Outcome.ADMITTED

    try:
        connect()  # the desk connects once: its offline copy is made
        qtbot.waitUntil(lambda: desk().venue_status.text() == "Venue server: online", timeout=20000)

        cable.cut()  # the server stops answering: the desk goes on, on its copy
        assert admitted(0)
        qtbot.waitUntil(lambda: desk().venue_status.text().startswith("Offline"), timeout=5000)
        window.desk.maybe_backup()  # its timer, while the server does not answer
        assert "does not answer" in window.statusBar().currentMessage()

        # The desk is restarted while the server still does not answer, and connects again.
        message_boxes.expect("question", "does not answer", answer=Button.Open)
        refused = connect()

        assert not refused.isVisible()
        assert window.windowTitle() == (
            f"Test Week — offline copy of {server.server_location(address)} — Delegations"
        )
        assert desk().venue_status.text().startswith("Offline copy — admitting on this laptop")
        assert admitted(1)
        assert not [entry for entry in recent_files(settings) if "servers" in str(entry)]

        cable.restore()
        connect()
        qtbot.waitUntil(lambda: desk().venue_status.text().startswith("Back online"), timeout=20000)
        assert desk().venue_status.text() == "Back online — 2 sent, 0 admitted twice"
        with psycopg.connect(postgres_url) as connection:
            north = connection.execute(
                "SELECT delegate_id FROM checkin WHERE desk = 'North' ORDER BY at"
            ).fetchall()
        assert [row[0] for row in north] == list(delegate_ids[:2])
    finally:
        cable.cut()
