"""Long work off the GUI thread, with a progress dialog and Cancel.

Services that take long (PDFs, imports, merges) accept `progress(done, total)` and
`cancelled() -> bool` callables. `run_job` runs such a function in a worker thread, shows a
progress dialog only if the work lasts longer than a moment, and delivers the result (or the
error) back on the GUI thread. The function gets plain data, never widgets or ORM objects.

    run_job(self, self.tr("Printing badges…"),
            lambda progress, cancelled: print_badges(..., progress=progress, cancelled=cancelled),
            on_done=self._on_printed)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from delegations.domain.errors import UserError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]

# A dialog for work that ends within this time would only flash.
SHOW_AFTER_MS = 600


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel_flag: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._cancel_flag = cancel_flag

    def run(self) -> None:
        try:
            result = self._work(self._signals.progressed.emit, self._cancel_flag.is_set)
        except BaseException as error:  # delivered to the GUI thread, which decides
            self._signals.failed.emit(error)
        else:
            self._signals.finished.emit(result)


class Job(QObject):
    """One background run; keeps itself alive until its result has been delivered."""

    _running: set[Job] = set()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._on_done = on_done
        self._on_error = on_error
        self._cancel_flag = threading.Event()
        self._signals = _Signals()
        self._signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

        self.dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(label.rstrip("…."))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._show_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self.dialog.show)

        self._runnable = _Runnable(work, self._signals, self._cancel_flag)
        self._runnable.setAutoDelete(False)

    def start(self) -> Job:
        Job._running.add(self)
        self._show_timer.start()
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it checks `cancelled()` and returns or raises."""
        self._cancel_flag.set()
        self.dialog.setLabelText(self._parent.tr("Cancelling…"))

    @property
    def was_cancelled(self) -> bool:
        return self._cancel_flag.is_set()

    def _on_progress(self, done: int, total: int) -> None:
        if self._cancel_flag.is_set():
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _close(self) -> None:
        self._show_timer.stop()
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        Job._running.discard(self)
        self.deleteLater()

    def _on_finished(self, result: object) -> None:
        self._close()
        self._on_done(result)

    def _on_failed(self, error: BaseException) -> None:
        self._close()
        if self._on_error is not None:
            self._on_error(error)
        elif isinstance(error, UserError):
            QMessageBox.warning(self._parent, self._parent.tr("Delegations"), str(error))
        else:
            log.error("background job failed", exc_info=error)
            QMessageBox.critical(
                self._parent,
                self._parent.tr("Unexpected error"),
                self._parent.tr("Something went wrong: {error}\n\nThe details are in the log file.")
                .format(error=error),
            )  # fmt: skip


def run_job(
    parent: QWidget,
    label: str,
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> Job:
    """Run `work(progress, cancelled)` in a worker; `on_done(result)` on the GUI thread.

    Errors go to `on_error`, or by default: a UserError as a warning sentence, anything else
    logged with its traceback and reported. The progress dialog appears after 600 ms.
    """
    return Job(parent, label, work, on_done, on_error).start()
