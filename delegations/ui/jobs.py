"""Long work off the GUI thread, with a progress dialog and Cancel.

Services that take long (PDFs, imports, merges) accept `progress(done, total)` and
`cancelled() -> bool` callables. `run_job` runs such a function on the worker thread, shows a
progress dialog only if the work lasts longer than a moment, and delivers the result (or the
error) back on the GUI thread. The function gets plain data, never widgets or ORM objects.

    run_job(self, self.tr("Printing badges…"),
            lambda progress, cancelled: print_badges(..., progress=progress, cancelled=cancelled),
            on_done=self._on_printed)

The worker never touches a Qt object: it runs the function in a `concurrent.futures` executor
and leaves its progress in a plain attribute; a timer on the GUI thread polls both. This keeps
Qt objects on one thread, so nothing is ever created, signalled or deleted across threads.
One worker: long jobs run one at a time, in the order started.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from delegations.domain.errors import UserError
from delegations.progress import Cancelled, Progress

log = logging.getLogger(__name__)

Work = Callable[[Progress, Cancelled], Any]

# A dialog for work that ends within this time would only flash.
SHOW_AFTER_MS = 600


_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="delegations-job")
# Quiet reads (the rest of the roster at start-up) have their own thread: they must not wait
# behind a long print job, and they show no dialog.
_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="delegations-read")
_POLL_MS = 50
_QUIET_POLL_MS = 10  # a quiet read is short, and what it reads is awaited on screen


class JobProgress(QObject):
    """The translation context of a job's progress dialog and error box."""


class Job:
    """One background run, watched from the GUI thread until its result is delivered.

    Not a QObject on purpose: Python may collect it on any thread at any time. Its Qt parts
    (timer, dialog) belong to `parent` and are deleted by Qt on the GUI thread.
    """

    _running: set[Job] = set()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        *,
        quiet: bool = False,
    ) -> None:
        self._parent = parent
        self._quiet = quiet
        self._label = label
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._cancel_flag = threading.Event()
        self._progress: tuple[int, int] = (0, 0)  # written by the worker, read by the timer
        self._future: Future[Any] | None = None
        self._started = 0.0
        self.dialog: QProgressDialog | None = None  # made only if the work lasts
        self._poll_timer = QTimer(parent, interval=_QUIET_POLL_MS if quiet else _POLL_MS)
        self._poll_timer.timeout.connect(self._on_poll)

    def start(self) -> Job:
        Job._running.add(self)
        self._started = time.monotonic()
        executor = _READER if self._quiet else _WORKER
        self._future = executor.submit(self._work, self._report_progress, self._cancel_flag.is_set)
        self._poll_timer.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it checks `cancelled()` and returns or raises."""
        self._cancel_flag.set()
        if self.dialog is not None:
            self.dialog.setLabelText(JobProgress.tr("Cancelling…"))

    @property
    def was_cancelled(self) -> bool:
        return self._cancel_flag.is_set()

    def _report_progress(self, done: int, total: int) -> None:
        """Called on the worker thread: only a plain assignment, no Qt."""
        self._progress = (done, total)

    def _on_poll(self) -> None:
        assert self._future is not None
        if self._future.done():
            self._finish(self._future)
            return
        lasts = time.monotonic() - self._started >= SHOW_AFTER_MS / 1000
        if self.dialog is None and lasts and not self._quiet:
            self._show_dialog()
        if self.dialog is not None and not self._cancel_flag.is_set():
            done, total = self._progress
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    def _show_dialog(self) -> None:
        self.dialog = QProgressDialog(self._label, JobProgress.tr("Cancel"), 0, 0, self._parent)
        self.dialog.setWindowTitle(self._label.rstrip("…."))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.show()

    def _finish(self, future: Future[Any]) -> None:
        self._poll_timer.stop()
        self._poll_timer.deleteLater()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        Job._running.discard(self)
        error = future.exception()
        if error is None:
            self._on_done(future.result())
        else:
            self._on_failed(error)

    def _on_failed(self, error: BaseException) -> None:
        if self._on_error is not None:
            self._on_error(error)
        elif isinstance(error, UserError):
            QMessageBox.warning(self._parent, JobProgress.tr("Delegations"), str(error))
        else:
            from delegations.ui.errors import show_unexpected

            log.error("background job failed", exc_info=error)
            show_unexpected(self._parent, error)  # what happened, the log, Copy details


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


def read_in_background(
    parent: QWidget, read: Callable[[], Any], on_done: Callable[[Any], None]
) -> Job:
    """Run `read()` on the reader thread, with no dialog; `on_done(result)` on the GUI thread.
    Errors as `run_job`."""
    job = Job(parent, "", lambda _progress, _cancelled: read(), on_done, None, quiet=True)
    return job.start()
