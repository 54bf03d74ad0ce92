"""Reading the event file's prints in a worker thread, for the desk's refresh timer.

At 20,000 delegates the delegates' print (`services.desk.file_prints`) takes 20–80 ms; on the
GUI thread every 5 s it delayed any scan answered meanwhile. The worker reads it; the desk
then re-reads (on the GUI thread) only what changed.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QObject, QThreadPool, Signal

from delegations.services.desk import file_prints
from delegations.services.event import EventFile

log = logging.getLogger(__name__)


class PrintsReader(QObject):
    """`read(event_file)` starts a worker; `prints_read(prints)` arrives on the GUI thread.

    Signals:
        prints_read(object): the `services.desk.FilePrints` just read.
    """

    prints_read = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reading = False

    def read(self, event_file: EventFile) -> None:
        if self.reading:
            return
        self.reading = True
        QThreadPool.globalInstance().start(lambda: self._work(event_file))

    def _work(self, event_file: EventFile) -> None:
        try:
            prints = file_prints(event_file)
        except Exception:  # a locked or vanished file: the next tick tries again
            log.warning("reading the event file's prints failed", exc_info=True)
            prints = None
        with contextlib.suppress(RuntimeError):  # the desk closed meanwhile
            self.prints_read.emit(prints)
