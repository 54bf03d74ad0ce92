"""The Check-in tab: the desk that admits delegates by badge scan or by name.

Left: the desk bar (desk name, native typing, undo), the one big input and below it either
the search results (while typing a name, `hits`) or the result card (after a scan, `card`).
Right: the live counters and the not-yet-arrived list (`counters`).

Everything the desk reads comes from a `DeskIndex` held in memory (loaded in a worker for
large events); every admission is one call to `services.checkin`, which commits before it
returns and brings back everything the card shows — the card turns green only after that.
A timer picks up what other desks or programs wrote to the file (`DeskIndex.refresh`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.enums import CheckInAction
from delegations.domain.errors import UserError
from delegations.services import checkin as checkin_service
from delegations.services import pin as pin_service
from delegations.services.checkin import CheckInResult, Status, looks_like_code
from delegations.services.desk import DeskIndex, FilePrints, clock_outside_event
from delegations.services.event import EventFile
from delegations.services.venue_desk import JournalEntry, Poll, VenueDesk
from delegations.services.walk_in import walk_in_choices
from delegations.ui.checkin import CHECKINS
from delegations.ui.checkin.card import ResultCard
from delegations.ui.checkin.clock_banner import ClockBanner
from delegations.ui.checkin.counters import CountersPanel, scaled_font
from delegations.ui.checkin.desk_bar import DeskBar, SetupPage
from delegations.ui.checkin.file_watch import PrintsReader
from delegations.ui.checkin.hits import SearchResults
from delegations.ui.checkin.scan_input import ScanEdit
from delegations.ui.checkin.scan_router import ScanRouter
from delegations.ui.checkin.settings_dialog import (
    DeskSettingsDialog,
    ask_pin,
    desk_name,
    set_desk_name,
)
from delegations.ui.checkin.trace import busy, desk_trace, now_ms
from delegations.ui.checkin.venue_watch import VenueStatus, VenueWatch
from delegations.ui.checkin.walk_in_dialog import ask_walk_in
from delegations.ui.jobs import run_job
from delegations.ui.printing import DeskPrinting
from delegations.ui.tabs.base import DELEGATES, DELEGATIONS, EVENT, EventTab

log = logging.getLogger(__name__)

REFRESH_MS = 5000
"""How often the desk looks for what other desks or programs wrote to the file."""
SEARCH_DELAY_MS = 120
"""Search after a short pause in typing, so that a scanner's keystrokes never wait for it."""
CARD_NAMES = 12
"""A whole delegation's card lists this many names, then "…and N more"."""
MAX_COUNTERS_DEFERRALS = 10
"""The counters wait for scans in progress at most this many times 150 ms."""
SYNC_LOAD_BELOW = 4 * 1024 * 1024
"""Event files smaller than this (bytes) load the desk index at once, without a worker."""


class CheckInTab(EventTab):
    """The check-in desk over the open event.

    Signals:
        leave_desk_mode_requested(): the "Leave desk mode" button (the window asks the PIN).
        answered(object): a scan or admission was answered (the `CheckInResult`); for the
            benchmark and for tests.
    """

    leave_desk_mode_requested = Signal()
    answered = Signal(object)

    def __init__(
        self,
        event_file: EventFile,
        parent: QWidget | None = None,
        *,
        settings: QSettings,
    ) -> None:
        super().__init__(event_file, parent)
        self._settings = settings
        self.index: DeskIndex | None = None
        self.desk_mode = False
        self.last_answer_ms = 0.0
        self._loading = False
        self._clock_checked = False

        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._counters_timer = QTimer(self, singleShot=True, interval=150)
        self._counters_timer.timeout.connect(self._update_counters)
        self._counters_deferred = 0
        self._refresh_deferred = False
        self._prints_reader = PrintsReader(self)
        self._prints_reader.prints_read.connect(self._on_prints_read)
        self._refresh_timer = QTimer(self, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_timer)
        self._refresh_timer.start()

        self.trace = desk_trace(self.scan_edit, self.card)
        if self.trace is not None:
            trace = self.trace
            self.scan_router.on_release = lambda n, widget: trace.write(
                "released", n, type(widget).__name__
            )
        self._show_desk_name()
        self._load_index()
        self.venue_watch: VenueWatch | None = None
        if event_file.on_server:
            self._watch_venue()

    # Building ---------------------------------------------------------------------------

    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        root.addWidget(splitter)

        left = QWidget(splitter)
        left.setMinimumWidth(480)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.setSpacing(10)
        self.bar = DeskBar(left)
        self.bar.settings_requested.connect(self.open_settings)
        self.bar.undo_requested.connect(self.undo_last)
        self.bar.leave_requested.connect(self.leave_desk_mode_requested)
        self.bar.walk_in_requested.connect(self.walk_in)
        left_layout.addWidget(self.bar)
        self.clock_banner = ClockBanner(left)
        self.clock_banner.acknowledged.connect(self._focus_input)
        left_layout.addWidget(self.clock_banner)
        self.venue_status = VenueStatus(left)
        offline_copy = self._event_file.offline_copy_of is not None
        self.venue_status.setVisible(self._event_file.on_server or offline_copy)
        if offline_copy:
            self.venue_status.show_offline_copy()
        left_layout.addWidget(self.venue_status)

        self.pages = QStackedWidget(left)
        self.setup_page = SetupPage(self.pages)
        self.setup_page.named.connect(self.set_desk)
        self.pages.addWidget(self.setup_page)
        self.pages.addWidget(self._build_desk_page())
        left_layout.addWidget(self.pages, 1)
        splitter.addWidget(left)

        self.counters = CountersPanel(lambda: self.desk, lambda: self._event_file.path, splitter)
        splitter.addWidget(self.counters)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 460])

        self.undo_action = QAction(self.tr("Undo the last admission"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self.addAction(self.undo_action)

    def _build_desk_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.scan_edit = ScanEdit(page)
        self.scan_edit.setFont(scaled_font(self, 2.4))
        self.scan_edit.setMinimumHeight(self.scan_edit.fontMetrics().height() + 24)
        self.scan_edit.setPlaceholderText(self.tr("Scan a badge — or type a name"))
        self.scan_edit.setClearButtonEnabled(True)
        self.scan_edit.setAccessibleName(self.tr("Badge code or name"))
        self.scan_edit.submitted.connect(self._on_submitted)
        self.scan_edit.navigate.connect(self._on_navigate)
        self.scan_edit.textEdited.connect(self._on_text_edited)
        self.scan_edit.textChanged.connect(self._on_text_changed)
        self.scan_edit.native_typing_changed.connect(self.bar.native_button.setChecked)
        self.bar.native_button.toggled.connect(self._on_native_toggled)
        layout.addWidget(self.scan_edit)
        self.scan_router = ScanRouter(self.scan_edit, self.takes_scans)

        self.view_stack = QStackedWidget(page)
        self.card = ResultCard(self.view_stack)
        self.card.admit_delegation_requested.connect(self.admit_delegation)
        self.desk_printing = DeskPrinting(
            self, self._event_file, self._settings, self.card.show_info
        )
        self.desk_printing.printed.connect(lambda _outcome: self.refresh_index())
        self.card.reprint_lost_requested.connect(self.desk_printing.reprint_lost)
        self.desk_printing.walked_in.connect(self._on_walked_in)
        self.view_stack.addWidget(self.card)
        self.search = SearchResults(self.view_stack)
        self.search.activated.connect(lambda hit: self.admit_person(hit.person.id))
        self.view_stack.addWidget(self.search)
        layout.addWidget(self.view_stack, 1)
        return page

    # Desk name --------------------------------------------------------------------------

    @property
    def desk(self) -> str:
        return desk_name(self._settings)

    def set_desk(self, name: str) -> None:
        set_desk_name(self._settings, name)
        if self.venue is not None:
            self.venue.desk = name
        self._show_desk_name()

    def _show_desk_name(self) -> None:
        name = self.desk
        self.bar.show_desk_name(name)
        self.pages.setCurrentIndex(1 if name else 0)
        self._focus_input()

    def open_settings(self) -> None:
        dialog = DeskSettingsDialog(self._event_file, self._settings, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self._show_desk_name()

    def takes_scans(self) -> bool:
        """Whether a scanner's burst goes to the scan input now, wherever the focus is: the
        desk shows in the active window, named and loaded, and no dialog is open."""
        return (
            self.isVisible()
            and self.pages.currentIndex() == 1
            and self.scan_edit.isEnabled()
            and QApplication.activeModalWidget() is None
            and QApplication.activeWindow() is self.window()
        )

    def _focus_input(self) -> None:
        if self.pages.currentIndex() == 1:
            self.scan_edit.setFocus()
        else:
            self.setup_page.name_edit.setFocus()

    # Loading and refreshing the index ---------------------------------------------------

    def _load_index(self) -> None:
        event_file = self._reading_file()
        try:
            small = event_file.path.stat().st_size < SYNC_LOAD_BELOW
        except OSError:
            small = True
        if small and not event_file.on_server:
            self._on_index_loaded(DeskIndex.load(event_file))
            return
        self._loading = True
        self.scan_edit.setEnabled(False)
        self.scan_edit.setPlaceholderText(self.tr("Loading the delegates…"))
        run_job(
            self,
            self.tr("Loading the check-in desk…"),
            lambda _progress, _cancelled: DeskIndex.load(event_file),
            on_done=self._on_index_loaded,
        )

    def _on_index_loaded(self, index: DeskIndex) -> None:
        self._loading = False
        self.index = index
        self.scan_edit.setEnabled(True)
        self.scan_edit.setPlaceholderText(self.tr("Scan a badge — or type a name"))
        self.counters.set_index(index)
        self._check_clock()
        self._focus_input()
        if self.trace is not None:
            self.trace.write("ready", now_ms())

    def _check_clock(self) -> None:
        """Once per opening: warn if this computer's clock is far from the event's dates."""
        if self._clock_checked:
            return
        self._clock_checked = True
        clock = clock_outside_event(self._event_file)
        if clock is not None:
            self.clock_banner.warn(clock)

    def _on_refresh_timer(self) -> None:
        if self._scan_in_progress() and not self._refresh_deferred:
            self._refresh_deferred = True  # to the next tick: a scan's answer must not wait
            return
        self._refresh_deferred = False
        if self.index is not None and not self._loading:
            self._prints_reader.read(self._reading_file())

    def _on_prints_read(self, prints: FilePrints | None) -> None:
        self._prints_reader.reading = False
        if prints is not None:
            with busy(self.trace, "refresh"):
                self.refresh_index(prints)

    def _update_counters(self) -> None:
        if self._scan_in_progress() and self._counters_deferred < MAX_COUNTERS_DEFERRALS:
            self._counters_deferred += 1
            self._counters_timer.start()
            return
        self._counters_deferred = 0
        with busy(self.trace, "counters"):
            self.counters.update_counters()

    def _scan_in_progress(self) -> bool:
        """Keys of a scan (or a name) are arriving or waiting in the input: work that its
        answer does not need (~20 ms for the counters at 20,000 delegates, more on a busy
        machine) waits until after it."""
        return self.scan_router.holding() or bool(self.scan_edit.text())

    def refresh_index(self, prints: FilePrints | None = None) -> bool:
        """Pick up what others wrote to the file; True if anything changed. `prints`: the
        file's prints a worker read just before (see `file_watch`)."""
        if self.index is None or self._loading:
            return False
        people = self.index.people
        try:
            changed = self.index.refresh(self._reading_file(), prints)
        except Exception:  # a locked or vanished file: try again at the next tick
            log.warning("desk index refresh failed", exc_info=True)
            return False
        if self.index.people is not people:  # not when only the journal grew (~20 ms)
            self.counters.fill_filter_combos()
        if changed:
            self._schedule_counters()
            if self._searching():
                self._run_search()
        return changed

    def refresh(self, what: str) -> None:
        if what in (CHECKINS, DELEGATES, DELEGATIONS, EVENT):
            self.refresh_index()

    # Typing and searching ---------------------------------------------------------------

    def _on_text_edited(self, _text: str) -> None:
        # The next scan began: the card stops repainting its flash, which slowed its answer.
        self.card.finish_flash()
        self._search_timer.start()

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            self._show_card()

    def _run_search(self) -> None:
        self._search_timer.stop()
        text = self.scan_edit.text().strip()
        if self.index is None or not text or looks_like_code(text):
            return
        self.search.show_result(text, self.index.search(text))
        self.view_stack.setCurrentWidget(self.search)

    def _searching(self) -> bool:
        return self.view_stack.currentWidget() is self.search

    def _show_card(self) -> None:
        self.view_stack.setCurrentWidget(self.card)

    def _on_navigate(self, key: int) -> None:
        if self._searching():
            self.search.step(key)

    def _on_native_toggled(self, on: bool) -> None:
        self.scan_edit.set_native_typing(on)
        self.scan_edit.setFocus()

    # Admitting --------------------------------------------------------------------------

    def _on_submitted(self, text: str) -> None:
        if self.index is None:
            return
        if looks_like_code(text):
            self.scan(text)
            return
        if self._search_timer.isActive() or not self._searching():
            self._run_search()
        hit = self.search.chosen()
        if hit is not None:
            self.admit_person(hit.person.id)
        else:
            self._finish_input()
            self.card.show_info(
                self.tr("NOT FOUND"),
                self.tr("“{text}” is not a badge of this event and matches no delegate.").format(
                    text=text[:60]
                ),
                refused=True,
            )
            self._show_card()
            self._traced_answer()

    def scan(self, code: str) -> CheckInResult | None:
        """Admit the holder of badge `code` (committed before the card turns green)."""
        started = time.perf_counter()
        admitting = now_ms()
        venue = self.venue
        result = self._guarded(
            lambda: (
                venue.admit(code, index=self.index)
                if venue is not None
                else checkin_service.admit(self._event_file, code, desk=self.desk, index=self.index)
            )
        )
        if self.trace is not None:
            self.trace.write("admit", admitting, now_ms())
        self._answer(result, started)
        return result

    def admit_person(self, delegate_id: int) -> CheckInResult | None:
        """Admit a delegate picked by name (no badge)."""
        started = time.perf_counter()
        venue = self.venue
        result = self._guarded(
            lambda: (
                venue.admit_by_id(delegate_id, index=self.index)
                if venue is not None
                else checkin_service.admit_by_id(
                    self._event_file, delegate_id, desk=self.desk, index=self.index
                )
            )
        )
        self._answer(result, started)
        return result

    def _guarded(self, admit: Callable[[], CheckInResult]) -> CheckInResult | None:
        try:
            return admit()
        except UserError as error:
            self.card.show_info(self.tr("NOT RECORDED"), str(error), refused=True)
        except Exception as error:  # never green unless committed: say so, loudly
            log.error("admission failed", exc_info=True)
            self.card.show_info(
                self.tr("NOT RECORDED"),
                self.tr("The check-in could not be saved ({error}). Try again; if it keeps "
                        "failing, use the paper list.").format(error=error),
                refused=True,
            )  # fmt: skip
        self._finish_input()
        self._show_card()
        self._traced_answer()
        return None

    def _answer(self, result: CheckInResult | None, started: float) -> None:
        if result is None:
            return
        self.card.show_result(result)
        self._finish_input()
        self._show_card()
        self._traced_answer()
        self.last_answer_ms = (time.perf_counter() - started) * 1000
        self._schedule_counters()
        self.answered.emit(result)
        self.desk_printing.on_admitted(result)

    def _traced_answer(self) -> None:
        if self.trace is not None:
            self.trace.answered()

    def _finish_input(self) -> None:
        self.scan_edit.clear()
        self.scan_edit.set_native_typing(False)
        self.scan_edit.setFocus()

    def admit_delegation(self, delegation_id: int) -> None:
        """Admit every member of the delegation not yet in (the head's card button), once
        the user has confirmed the count; one undo reverts it all."""
        try:
            waiting = checkin_service.delegation_waiting(self._reading_file(), delegation_id)
            if waiting.waiting and not self._confirm_whole_delegation(waiting):
                self._focus_input()
                return
            if self.venue is not None:
                admission = self.venue.admit_delegation(delegation_id, index=self.index)
            else:
                admission = checkin_service.admit_delegation(
                    self._event_file, delegation_id, desk=self.desk, index=self.index
                )
        except UserError as error:
            self.card.show_info(self.tr("NOT RECORDED"), str(error), refused=True)
            return
        self.card.show_success(
            self.tr("✔  {n} ADMITTED").format(n=len(admission.admitted)),
            self.tr("{delegation}: {admitted} admitted now, {already} already checked in.")
            .format(delegation=admission.delegation, admitted=len(admission.admitted),
                    already=len(admission.already_in))
            + self._first_names(admission.admitted_names),
        )  # fmt: skip
        self._finish_input()
        self._show_card()
        self._schedule_counters()
        self.desk_printing.on_delegation_admitted(admission.admitted)

    def _confirm_whole_delegation(self, waiting: checkin_service.DelegationWaiting) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Admit the whole delegation"),
            self.tr("Admit all %Ln waiting member(s) of {delegation}?", "", waiting.waiting)
            .format(delegation=waiting.delegation),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _first_names(self, names: tuple[str, ...]) -> str:
        """The first names on the card, then "…and N more"."""
        shown = "".join("\n" + name for name in names[:CARD_NAMES])
        more = len(names) - CARD_NAMES
        return shown + ("\n" + self.tr("…and %Ln more", "", more) if more > 0 else "")

    def walk_in(self) -> None:
        """Walk-in…: the short form; the person is added, printed and admitted (a job)."""
        if not self.desk_printing.ready_to_print():
            return
        person = ask_walk_in(self, walk_in_choices(self._event_file))
        if person is not None:
            self.desk_printing.walk_in(person, desk=self.desk)
        self._focus_input()

    def _on_walked_in(self, walked_in: Any) -> None:  # services.walk_in.WalkIn
        self.refresh_index()
        self.card.show_result(walked_in.admission)
        self._show_card()
        self._schedule_counters()

    def _schedule_counters(self) -> None:
        self._counters_timer.start()

    def undo_last(self) -> None:
        """Undo the most recent admission made at this desk that still stands."""
        try:
            if self.venue is not None:
                undone = self.venue.undo_last(index=self.index)
            else:
                undone = checkin_service.undo_last_admission(
                    self._event_file, self.desk, index=self.index
                )
        except UserError as error:
            self.card.show_info(self.tr("NOT UNDONE"), str(error), refused=True)
            return
        if undone is None:
            self.card.show_info(
                self.tr("Nothing to undo"),
                self.tr("No admission made at this desk is still standing."),
            )
        else:
            name = undone.name or self.tr("Delegate {id}").format(id=undone.delegate_id)
            self.card.show_info(
                self.tr("↶  ADMISSION UNDONE"),
                self.tr("{name} and %Ln other(s) are no longer checked in.", "",
                        len(undone.batch)).format(name=name)
                if undone.batch
                else self.tr("{name} is no longer checked in.").format(name=name),
            )  # fmt: skip
        self._finish_input()
        self._show_card()
        self._schedule_counters()

    # On a venue server ---------------------------------------------------------------------

    @property
    def venue(self) -> VenueDesk | None:
        """The desk on the venue server, once started (None for an event file)."""
        watch = getattr(self, "venue_watch", None)
        return watch.venue if watch is not None else None

    def _reading_file(self) -> EventFile:
        """Where the desk reads: the event file, or on a server whichever answers now."""
        venue = self.venue
        return venue.reading_file if venue is not None else self._event_file

    def _watch_venue(self) -> None:
        self.venue_watch = VenueWatch(self._event_file, self.desk, self)
        self.venue_watch.ready.connect(self._on_venue_ready)
        self.venue_watch.polled.connect(self._on_venue_polled)
        self.venue_watch.start()

    def _on_venue_ready(self, venue: VenueDesk) -> None:
        self.venue_status.show_desk(venue)
        self._refresh_timer.stop()  # the polls say when something changed

    def _on_venue_polled(self, poll: Poll) -> None:
        venue = self.venue
        if venue is None:
            return
        self.venue_status.show_desk(venue, poll)
        # Online or offline, the index holds what both copies hold (each poll brings the
        # server's news into both): a switch between them reads nothing again.
        if poll.delegates or poll.deleted:  # read in a worker, then the index catches up
            self._prints_reader.read(self._reading_file())
        elif poll.entries and self.index is not None and not self._loading:
            self._note_entries(poll.entries)

    def _note_entries(self, entries: tuple[JournalEntry, ...]) -> None:
        """Other desks' journal entries, straight into the index: a delegate's status is
        their latest entry, so an entry older than what the index holds changes nothing."""
        assert self.index is not None
        for entry in entries:
            known = self.index.status(entry.delegate_id).at
            if known is None or entry.at >= known:
                action = CheckInAction[entry.action]
                self.index.note(
                    entry.delegate_id,
                    Status(action == CheckInAction.IN, entry.at, entry.desk, action),
                )
        self._schedule_counters()
        if self._searching():
            self._run_search()

    def release(self) -> None:
        if self.venue_watch is not None:
            self.venue_watch.stop()

    # Desk mode ----------------------------------------------------------------------------

    def set_desk_mode(self, on: bool) -> None:
        """Desk mode: no settings, a "Leave desk mode" button that asks for the PIN."""
        self.desk_mode = on
        self.bar.set_desk_mode(on)
        self._focus_input()

    def unlock(self) -> bool:
        """Ask for the organiser PIN if one is set; True if it is right (or none is set)."""
        if not pin_service.pin_is_set(self._event_file):
            return True
        pin = ask_pin(self)
        if pin is None:
            self._focus_input()
            return False
        if pin_service.pin_unlocks(self._event_file, pin):
            return True
        QMessageBox.warning(
            self, self.tr("Organiser PIN"),
            self.tr("That PIN is not right; desk mode stays on. Ask the organiser."),
        )  # fmt: skip
        self._focus_input()
        return False

    # EventTab ----------------------------------------------------------------------------

    def can_close(self) -> bool:
        return not self.desk_mode or self.unlock()

    def focus_filter(self) -> None:
        self._focus_input()

    def status_text(self) -> str:
        name = self.desk
        return self.tr("Check-in desk {desk}").format(desk=name) if name else ""

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        QTimer.singleShot(0, self, self._focus_input)  # not if the tab is gone by then
