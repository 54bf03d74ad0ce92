"""The check-in desk's result card: one big colour-coded answer, readable from a step away.

Green: admitted. Amber: already checked in (when, at which desk). Red: refused (unknown,
forged or revoked badge, with the reason). The whole card flashes when a new answer arrives
(a colour animation) so that staff who are not looking at the screen notice the change; a
refusal also beeps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegations.domain.names import initials
from delegations.services.checkin import CheckInResult, Outcome, Refusal
from delegations.ui.accessibility import announce
from delegations.ui.dates import local_clock, medium_date, time_text
from delegations.ui.palette import text_on
from delegations.ui.widgets import PhotoView


class CardState(StrEnum):
    IDLE = "idle"
    ADMITTED = "admitted"
    ALREADY = "already"
    REFUSED = "refused"
    INFO = "info"  # an undo, a search that found no one, a note


COLOURS = {
    CardState.IDLE: QColor("#37474f"),
    CardState.ADMITTED: QColor("#1b7a36"),
    CardState.ALREADY: QColor("#b85c00"),
    CardState.REFUSED: QColor("#b3121f"),
    CardState.INFO: QColor("#455a73"),
}
_STATE_OF = {
    Outcome.ADMITTED: CardState.ADMITTED,
    Outcome.ALREADY_IN: CardState.ALREADY,
    Outcome.REFUSED: CardState.REFUSED,
}


def local_time(moment: dt.datetime) -> str:
    """An instant as the desk's clock shows it: "08:42", or "24 Jul 08:42" on another day."""
    return local_clock(moment)


def _font(widget: QWidget, scale: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(bold)
    return font


def _label(parent: QWidget, scale: float, *, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setFont(_font(label, scale, bold=bold))
    label.setWordWrap(wrap)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class ResultCard(QFrame):
    """The answer to the last scan or admission, painted on a full-card colour.

    Signals:
        admit_delegation_requested(int): the head's "Admit the whole delegation" button.
        reprint_lost_requested(int, str): "Reprint lost badge…" for the person shown (id, name).
    """

    admit_delegation_requested = Signal(int)
    reprint_lost_requested = Signal(int, str)

    FLASH_MS = 700

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultCard")
        self.setAccessibleName(self.tr("Check-in result"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.state = CardState.IDLE
        self.result: CheckInResult | None = None
        self._colour = QColor(COLOURS[CardState.IDLE])
        self._delegation_id: int | None = None

        self._animation = QVariantAnimation(self)
        self._animation.setDuration(self.FLASH_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._on_flash_value)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(12)

        top = QHBoxLayout()
        self.headline = _label(self, 2.4, bold=True, wrap=False)
        self.when = _label(self, 1.35, wrap=False)  # a time: never wraps, lays out faster
        self.when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.headline, 1)
        top.addWidget(self.when)
        outer.addLayout(top)

        self.reason = _label(self, 1.45, bold=True)
        outer.addWidget(self.reason)

        body = QHBoxLayout()
        body.setSpacing(24)
        self.photo = PhotoView(self)
        body.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        person = QVBoxLayout()
        person.setSpacing(6)
        self.name = _label(self, 2.3, bold=True)
        self.native_name = _label(self, 2.0)
        self.position = _label(self, 1.2)
        self.delegation = _label(self, 1.6, bold=True)
        self.stay = _label(self, 1.25)  # the hotel and the departure (issue 17)
        self.role = QLabel(self)
        self.role.setFont(_font(self.role, 1.25, bold=True))
        self.role.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        for widget in (self.name, self.native_name, self.position, self.delegation, self.stay):
            person.addWidget(widget)
        person.addWidget(self.role, 0, Qt.AlignmentFlag.AlignLeft)
        person.addStretch(1)
        body.addLayout(person, 1)
        outer.addLayout(body)

        self.notes = _label(self, 1.3, bold=True)
        self.notes.setObjectName("cardNotes")
        self.notes.setStyleSheet(
            "#cardNotes { background: #fff3c4; color: #3b2a00; border-radius: 8px;"
            " padding: 10px 14px; }"
        )
        outer.addWidget(self.notes)
        outer.addStretch(1)

        bottom = QHBoxLayout()
        self.members = _label(self, 1.15)
        self.admit_delegation_button = QPushButton(self)
        self.admit_delegation_button.setFont(_font(self, 1.2, bold=True))
        self.admit_delegation_button.setMinimumHeight(44)
        self.admit_delegation_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.admit_delegation_button.clicked.connect(self._on_admit_delegation)
        # Never takes the focus, like the button above: the next scan must reach the input.
        self.reprint_button = QPushButton(self.tr("Reprint lost badge…"), self)
        self.reprint_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reprint_button.setMinimumHeight(44)
        self.reprint_button.clicked.connect(self._on_reprint)
        # Neither button takes the focus, so keys reach them (a button's own shortcut would
        # be reset by each setText); a scanner types no Ctrl combinations.
        for button, keys in ((self.admit_delegation_button, "Ctrl+Shift+A"),
                             (self.reprint_button, "Ctrl+Shift+R")):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda b=button: b.isVisible() and b.click())
            button.setToolTip(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))
        bottom.addWidget(self.members, 1)
        bottom.addWidget(self.reprint_button)
        bottom.addWidget(self.admit_delegation_button)
        outer.addLayout(bottom)

        self._text_labels = (
            self.headline, self.when, self.reason, self.name, self.native_name, self.position,
            self.delegation, self.stay, self.members,
        )  # fmt: skip
        for label in self._text_labels:
            label.setStyleSheet("color: white; background: transparent;")
        self._selectable: set[QLabel] = set()
        for label in (*self._text_labels, self.notes):
            label.installEventFilter(self)
        self.show_idle(self.tr("Ready"), self.tr("Scan a badge, or type a name and press Enter."))

    # Selectable text ----------------------------------------------------------------------
    #
    # The card's text can be selected with the mouse, but a label made selectable lays its
    # text out as a whole document: that was two thirds of filling the card for a scan. So a
    # label becomes selectable when the pointer enters it or presses on it, and plain again
    # with the next answer.

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            isinstance(watched, QLabel)
            and watched not in self._selectable
            and event.type() in (QEvent.Type.Enter, QEvent.Type.MouseButtonPress,
                                 QEvent.Type.MouseButtonDblClick)
        ):  # fmt: skip
            watched.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._selectable.add(watched)
        return super().eventFilter(watched, event)

    def _unselectable(self) -> None:
        for label in self._selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._selectable.clear()

    # Showing ----------------------------------------------------------------------------

    def _clear_person(self) -> None:
        for label in (self.reason, self.name, self.native_name, self.position, self.delegation,
                      self.stay, self.members, self.when, self.notes, self.role):  # fmt: skip
            label.clear()
            label.hide()
        self.photo.hide()
        self.admit_delegation_button.hide()
        self.reprint_button.hide()
        self._delegation_id = None

    @contextmanager
    def _one_layout_pass(self) -> Iterator[None]:
        """Lay the card out once for a whole answer.

        Showing a hidden child makes Qt lay out its parent at once; the word-wrapped labels
        made that about 2 ms per label shown, most of a scan's answer time.
        """
        self._unselectable()
        layout = self.layout()
        layout.setEnabled(False)
        try:
            yield
        finally:
            layout.setEnabled(True)
            layout.activate()

    def _set(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def show_idle(self, headline: str, detail: str = "") -> None:
        self._show_plain(CardState.IDLE, headline, detail, flash=False)

    def show_info(self, headline: str, detail: str = "", *, refused: bool = False) -> None:
        """A message without a person (undo done, nobody found); red and beeping if `refused`."""
        self._show_plain(CardState.REFUSED if refused else CardState.INFO, headline, detail)

    def show_success(self, headline: str, detail: str = "") -> None:
        """A green message without one person (a whole delegation admitted)."""
        self._show_plain(CardState.ADMITTED, headline, detail)

    def _show_plain(self, state: CardState, headline: str, detail: str, flash: bool = True) -> None:
        self.result = None
        with self._one_layout_pass():
            self._clear_person()
            self.headline.setText(headline)
            self._set(self.reason, detail)
        self._enter(state, flash=flash)

    def show_result(self, result: CheckInResult) -> None:
        """The answer to a scan or an admission by name."""
        self.result = result
        with self._one_layout_pass():
            self._show_answer(result)
        self._enter(_STATE_OF[result.outcome])

    def _show_answer(self, result: CheckInResult) -> None:
        self._clear_person()
        state = _STATE_OF[result.outcome]
        if state is CardState.ADMITTED:
            self.headline.setText(self.tr("✔  ADMITTED"))
            if result.at is not None:
                self._set(self.when, local_time(result.at))
        elif state is CardState.ALREADY:
            self.headline.setText(self.tr("ALREADY CHECKED IN"))
            where = (
                self.tr("at desk {desk}").format(desk=result.desk)
                if result.desk
                else self.tr("at an unnamed desk")
            )
            if result.at is not None:
                self._set(
                    self.reason,
                    self.tr("Checked in at {time} {where}. Do not admit twice.").format(
                        time=local_time(result.at), where=where
                    ),
                )
        else:
            self.headline.setText(self.tr("✖  REFUSED"))
            self._set(
                self.reason,
                self.tr("{reason}\nDo not admit with this badge. Check the person's ID and "
                        "find them by name.").format(reason=self._refusal_text(result)),
            )  # fmt: skip
        if result.delegate_id is not None:
            self._show_person(result)

    def _refusal_text(self, result: CheckInResult) -> str:
        if result.refusal is Refusal.REPLACED:
            return self.tr("This badge (version {scanned}) was replaced by version {current}; "
                           "the old badge was reported lost.").format(
                scanned=result.badge_version, current=result.current_version)  # fmt: skip
        if result.refusal is Refusal.GONE:
            return self.tr("This badge's delegate no longer exists.")
        detail = result.refusal_detail  # the code's own sentence (domain.codes)
        return self.tr("{detail}.").format(detail=detail[:1].upper() + detail[1:])

    def _show_person(self, result: CheckInResult) -> None:
        self.photo.show()
        self.reprint_button.show()
        self.photo.show_photo(result.photo, initials(result.name, result.native_name))
        self._set(self.name, result.name)
        self._set(self.native_name, result.native_name)
        self._set(self.position, " · ".join(p for p in (result.position, result.organisation) if p))
        self._set(self.delegation, result.delegation)
        self._set(self.stay, self._stay_text(result))
        if result.role:
            colour = QColor(result.role_color) if result.role_color else QColor("#607d8b")
            if not colour.isValid():
                colour = QColor("#607d8b")
            text_colour = text_on(colour).name()  # ≥ 4.5:1 on any role colour
            style = (
                f"background: {colour.name()}; color: {text_colour}; border: 2px solid white;"
                " border-radius: 6px; padding: 4px 12px;"
            )
            if self.role.styleSheet() != style:  # re-polishing costs even when equal
                self.role.setStyleSheet(style)
            self._set(self.role, result.role)
        notes = []
        if result.notes:
            notes.append(self.tr("NOTE: {text}").format(text=result.notes))
        if result.access_needs:
            notes.append(self.tr("ACCESS: {text}").format(text=result.access_needs))
        if result.dietary:
            notes.append(self.tr("DIETARY: {text}").format(text=result.dietary))
        self._set(self.notes, "\n".join(notes))
        if result.is_head and result.delegation_id is not None and result.members_total > 1:
            self._delegation_id = result.delegation_id
            waiting = result.members_total - result.members_here
            self._set(
                self.members,
                self.tr("Head of delegation · {here} of {total} members checked in").format(
                    here=result.members_here, total=result.members_total
                ),
            )
            self.admit_delegation_button.setText(
                self.tr("Admit the whole delegation ({n} waiting)").format(n=waiting)
            )
            self.admit_delegation_button.setVisible(waiting > 0)

    def _stay_text(self, result: CheckInResult) -> str:
        """ "Hotel: Kempinski, room 1208" and "Leaves: CZ3416, Sat 25 Jul 14:20 (KWE)"."""
        lines = []
        if result.hotel:
            hotel = (
                self.tr("{hotel}, room {room}").format(hotel=result.hotel, room=result.room)
                if result.room
                else result.hotel
            )
            lines.append(self.tr("Hotel: {hotel}").format(hotel=hotel))
        leg = result.departure
        if leg is not None:
            when = medium_date(leg.day, self.locale())
            if leg.time is not None:
                when = f"{when} {time_text(leg.time, self.locale())}"
            number = leg.number or leg.place
            where = f" ({leg.place})" if leg.place and leg.number else ""
            lines.append(
                self.tr("Leaves: {number}, {when}{where}").format(
                    number=number, when=when, where=where
                )
            )
        return "\n".join(lines)

    # Colour and flash -------------------------------------------------------------------

    def colour(self) -> QColor:
        """The card's colour as painted now (mid-flash it is lighter)."""
        return QColor(self._colour)

    def spoken_text(self) -> str:
        """What the card shows, in reading order, as a screen reader is told it."""
        labels = (
            self.headline, self.name, self.native_name, self.role, self.delegation, self.when,
            self.reason, self.notes, self.members,
        )  # fmt: skip
        texts = (" ".join(label.text().split()).strip("✔✖ ") for label in labels)
        return ". ".join(text for text, label in zip(texts, labels, strict=True)
                         if text and not label.isHidden())  # fmt: skip

    def _enter(self, state: CardState, *, flash: bool = True) -> None:
        self.state = state
        if state is not CardState.IDLE:
            # Spoken at once, the focus staying in the scan field; a refusal interrupts.
            assertive = state in (CardState.REFUSED, CardState.ALREADY)
            announce(self, self.spoken_text(), assertive=assertive)
        base = COLOURS[state]
        self._animation.stop()
        if not flash:
            self._colour = QColor(base)
            self.update()
            return
        bright = base.lighter(175)
        if state is CardState.REFUSED:
            # Two pulses and a beep: a refusal must not be missed.
            self._animation.setKeyValues([(0.0, bright), (0.3, base), (0.55, bright), (1.0, base)])
            QApplication.beep()
        else:
            self._animation.setKeyValues([(0.0, bright), (1.0, base)])
        self._animation.start()

    def _on_flash_value(self, value: object) -> None:
        if isinstance(value, QColor):
            self._colour = value
            self.update()

    def finish_flash(self) -> None:
        """Jump to the end of the flash (the next scan began; tests, screenshots)."""
        if self._animation.state() == QVariantAnimation.State.Running:
            self._animation.setCurrentTime(self._animation.duration())
            self._animation.stop()
            self._colour = QColor(COLOURS[self.state])
            self.update()

    def _on_admit_delegation(self) -> None:
        if self._delegation_id is not None:
            self.admit_delegation_requested.emit(self._delegation_id)

    def _on_reprint(self) -> None:
        if self.result is not None and self.result.delegate_id is not None:
            self.reprint_lost_requested.emit(self.result.delegate_id, self.result.name)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 14, 14)
        painter.end()
