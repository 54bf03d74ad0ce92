"""The desk on a venue server: its worker (start, then poll about twice a second) and the
status line that says whether the server answers.

The `services.venue_desk.VenueDesk` is there at once (on the copy an earlier run left); the
worker makes its local copy complete (~2 s, 11 s at 20,000 delegates) off the GUI thread,
then waits for the server's notification or half a second and polls; every poll's result
arrives on the GUI thread (`polled`). Nothing here decides online or offline:
the desk does, from whether the server answers.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from delegations.services.venue_desk import OFFLINE, Poll, VenueDesk

if TYPE_CHECKING:
    from delegations.services.event import EventFile

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5
"""The longest a desk waits before it looks at the server again (a notification wakes it)."""


class VenueWatch(QObject):
    """A `VenueDesk` for `event_file`, its local copy made complete and then polled in one
    worker thread.

    Signals:
        ready(object): the `VenueDesk`, its local copy complete (or offline).
        polled(object): a `services.venue_desk.Poll`.
    """

    ready = Signal(object)
    polled = Signal(object)

    def __init__(self, event_file: EventFile, desk: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="venue-desk", daemon=True)
        # At once, on the local copy as an earlier run left it (or a new, empty one): a scan
        # before the copy is complete goes to the server, or waits for the copy if it is gone.
        self.venue = VenueDesk(event_file, desk)  # type: ignore[arg-type]
        # The desk's tab is deleted (another event opened, the window closed): stop polling.
        self.destroyed.connect(self._stop.set)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=3)

    def _run(self) -> None:
        venue = self.venue
        try:
            venue.refresh_local_copy()
        except Exception:  # a bug, not the network: the desk goes on with the copy it has
            log.error("the desk's copy of the event could not be made", exc_info=True)
        self._emit(self.ready, venue)
        while not self._stop.is_set():
            venue.wait_for_change(POLL_SECONDS)
            if self._stop.is_set():
                break
            try:
                found = venue.poll()
            except Exception:  # a bug, not the network: logged, and the next poll tries again
                log.error("polling the venue server failed", exc_info=True)
                self._stop.wait(POLL_SECONDS)
                continue
            self._emit(self.polled, found)
        venue.close()

    def _emit(self, signal: object, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the desk closed meanwhile
            signal.emit(value)  # type: ignore[attr-defined]


class VenueStatus(QLabel):
    """One line over the desk: "Venue server: online", or offline with what waits to be sent,
    or back online with what was sent and who was admitted twice meanwhile (listed in the
    tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("venueStatus")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Venue server status"))
        self.setText(self.tr("Venue server: connecting…"))
        self._paint("neutral")

    def show_desk(self, venue: VenueDesk, poll: Poll | None = None) -> None:
        back = venue.last_reconnection
        if venue.status == OFFLINE:
            self.setText(
                self.tr("Offline — admitting on this laptop; %n admission(s) to send", "",
                        venue.unsent)
            )  # fmt: skip
            self.setToolTip(
                self.tr("The venue server does not answer. Admissions are saved on this "
                        "laptop and sent when it answers again.")
            )  # fmt: skip
            self._paint("offline")
        elif back is not None:
            twice = len(back.double_admissions)
            who = "; ".join(
                f"{double.name} ({double.delegation})" for double in back.double_admissions[:3]
            )
            self.setText(
                self.tr("Back online — %n sent", "", back.sent)
                + self.tr(", %n admitted twice", "", twice)
                + (f": {who}" + (" …" if twice > 3 else "") if twice else "")
            )
            self.setToolTip("\n".join(double.sentence() for double in back.double_admissions))
            self._paint("warning" if twice else "online")
        else:
            self.setText(self.tr("Venue server: online"))
            self.setToolTip(venue.server.location)
            self._paint("online")

    def show_offline_copy(self) -> None:
        """The desk opened its offline copy because the server did not answer at all."""
        self.setText(
            self.tr("Offline copy — admitting on this laptop; sent when you connect again")
        )
        self.setToolTip(
            self.tr("The venue server did not answer, so this desk opened its own copy of the "
                    "event. Connect to the server again (File ▸ Connect to a venue server…) "
                    "to send what is admitted here.")
        )  # fmt: skip
        self._paint("offline")

    def _paint(self, kind: str) -> None:
        background = {"online": "#e6f4ea", "offline": "#fde7c8", "warning": "#fde7c8"}
        colour = background.get(kind, "transparent")
        self.setStyleSheet(
            f"QLabel#venueStatus {{ background: {colour}; color: #202124; "
            "border-radius: 4px; padding: 4px 8px; font-weight: bold; }"
        )
