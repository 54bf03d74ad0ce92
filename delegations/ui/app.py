"""Starting the desktop application, and rendering it offscreen for screenshots."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from delegations.domain.errors import UserError
from delegations.files import replaced_atomically
from delegations.services.event import EventFile
from delegations.ui.errors import install_error_hook, show_fatal
from delegations.ui.language import apply_language, latest_window, ui_locale
from delegations.ui.main_window import TAB_NAMES, MainWindow, app_settings

if TYPE_CHECKING:
    from delegations.ui.checkin.controller import DeskLaunch

log = logging.getLogger("delegations.ui")

# Smoke tests of a build: the window opens, then closes itself after this many milliseconds.
QUIT_AFTER_VARIABLE = "DELEGATIONS_QUIT_AFTER_MS"

# The offscreen platform cannot pass size hints on; it says so each time a window is shown.
_HARMLESS_OFFSCREEN = "This plugin does not support propagateSizeHints()"

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to our log file, not to the terminal."""
    if message == _HARMLESS_OFFSCREEN:
        return
    logging.getLogger(f"qt.{context.category or 'default'}").log(
        _LEVELS.get(mode, logging.WARNING), message
    )


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Delegations")
        app.setOrganizationName("Delegations")
        app.setApplicationDisplayName("Delegations")
        _add_script_fonts()
        _install_language(app)
    return app  # type: ignore[return-value]


def _add_script_fonts() -> None:
    """The bundled Thai, Khmer, Lao, Myanmar and Chinese fonts, for machines without them,
    as fallbacks of the window's font: where the system's font has no glyph for a letter (a
    Khmer menu on Windows, a Lao name on macOS), Qt takes it from them (about 10 ms)."""
    from PySide6.QtGui import QFontDatabase

    from delegations.paths import resources_dir

    fonts = resources_dir() / "fonts"
    families: list[str] = []
    for path in [*sorted(fonts.glob("NotoSans?*-Regular.ttf")), fonts / "wqy-microhei.ttc"]:
        found = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
        families += [family for family in found[:1] if family not in families]
    for path in fonts.glob("NotoSans?*-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(path))
    font = QApplication.font()
    font.setFamilies([*font.families(), *families])
    QApplication.setFont(font)


def _install_language(app: QApplication) -> None:
    """Our translations and Qt's own for the user's language; numbers and dates follow it."""
    apply_language(app, ui_locale(app_settings()))


def show_refusal(message: str) -> None:
    """Tell the person why the app cannot start on their file (no window exists yet)."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return  # nobody could see or close the box
    _application()
    QMessageBox.critical(None, "Delegations", message)


def offer_offline_copy_at_start(target: str) -> EventFile | None:
    """The venue server at `target` does not answer at start: this desk's offline copy of its
    event if it has one and the person opens it (`connect_server.offer_offline_copy`)."""
    from delegations.ui.dialogs.connect_server import offer_offline_copy

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None  # nobody could answer the question
    _application()  # in the user's language
    return offer_offline_copy(None, target)


def run_app(event_file: EventFile, *, desk: DeskLaunch | None = None) -> int:
    """Show the main window over `event_file` and run until it closes; the exit code.

    With `desk` the window opens straight on the check-in of that desk (`delegations desk`).
    """
    previous = qInstallMessageHandler(_qt_message)
    app = _application()
    try:
        window = MainWindow(event_file)
    except Exception as error:  # a bug before any window: said in a dialog, not a traceback
        log.exception("the main window could not be built")
        show_fatal(error)
        qInstallMessageHandler(previous)
        event_file.close()
        return 1
    geometry = app_settings().value("mainWindow/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    if desk is not None:
        QTimer.singleShot(0, lambda: window.desk.open_desk(desk))

    # A bug in a slot must not kill the app mid-event: log it and say so, in one dialog.
    # Over the dialog the user is in, if any, so the box is not hidden behind it.
    errors = install_error_hook(lambda: QApplication.activeWindow() or latest_window(window))
    try:
        window.show()
        if os.environ.get(QUIT_AFTER_VARIABLE, "").isdigit():
            QTimer.singleShot(int(os.environ[QUIT_AFTER_VARIABLE]), window.close)
        code = app.exec()
        window = latest_window(window)  # View ▸ Language reopens the window
        app_settings().setValue("mainWindow/geometry", window.saveGeometry())
        return code
    finally:
        errors.uninstall()
        qInstallMessageHandler(previous)
        latest_window(window).event_file.close()  # type: ignore[attr-defined]


def take_screenshot(
    event_file: EventFile,
    out: Path,
    *,
    tab: str = "delegations",
    size: tuple[int, int] = (1280, 800),
) -> None:
    """Render the main window offscreen on `tab` at `size` and write it to `out` as PNG.

    Raises:
        UserError: the tab is unknown or the PNG cannot be written.
    """
    if tab not in TAB_NAMES:
        raise UserError(f"There is no tab “{tab}”; choose one of {', '.join(TAB_NAMES)}.")
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    out = Path(out)
    # Route Qt's messages to the log only when this call owns the application (the CLI);
    # inside a running app or a test, whoever installed a handler keeps it.
    owns_app = QApplication.instance() is None
    previous = qInstallMessageHandler(_qt_message) if owns_app else None
    try:
        app = _application()
        window = MainWindow(event_file, tab=tab, remember=False)
        try:
            window.setMinimumSize(200, 200)
            window.resize(*size)
            window.show()
            for _ in range(3):  # layouts settle over a few passes
                app.processEvents()
            pixmap = window.grab()
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
        if pixmap.width() != size[0] or pixmap.height() != size[1]:
            pixmap = pixmap.scaled(*size)
        with replaced_atomically(out) as temporary:
            if not pixmap.save(str(temporary), "PNG"):
                raise UserError(f"Cannot write the screenshot to {out}; choose another folder.")
    except OSError as error:
        raise UserError(f"Cannot write the screenshot to {out}: {error.strerror}.") from error
    finally:
        if owns_app:
            qInstallMessageHandler(previous)
