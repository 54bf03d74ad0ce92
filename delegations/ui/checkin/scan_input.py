"""The check-in desk's input: a scanner types a badge code and Enter; a person types a name.

A USB QR scanner is a keyboard: it types the code's characters and usually Enter (some send
Tab, some nothing). Two things on a desk laptop can corrupt what it types:

- an **input method** (Chinese pinyin, Vietnamese Telex, Thai IMEs): letters go into a
  composition and digits pick candidates. `ScanEdit` therefore keeps input methods **off** by
  default (`WA_InputMethodEnabled` False, Latin-only hints); Latin search ("duc" finds Đức)
  needs none. For typing a native-script name the desk switches "native typing" on; it turns
  itself off again after the next admission or Escape, so that the following scan is safe.
  Whatever arrives is NFKC-normalised, so full-width "ＡＢＣ２" from an IME reads as "ABC2".
- a **keyboard layout** (Thai, French AZERTY): the scanner presses the physical keys of a US
  keyboard, and the layout turns them into other characters ("ฟ" for A). Each key press is
  also recorded by its physical key (the native scan code); if what was typed is not a code but
  the physical keys spell one, the physical reading is the scan.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from delegations.services.checkin import looks_like_code

PAUSE_MS = 300
"""After this pause, text that looks like a code is taken as a scan (no Enter needed)."""

# Physical keys of a US keyboard for the code alphabet (A–Z, 2–7), by platform.
_ROWS = ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
_XKB = {  # X11 / Wayland (evdev keycode + 8)
    **{10 + n: str((n + 1) % 10) for n in range(10)},
    **{24 + n: c for n, c in enumerate(_ROWS[0])},
    **{38 + n: c for n, c in enumerate(_ROWS[1])},
    **{52 + n: c for n, c in enumerate(_ROWS[2])},
}
_WINDOWS = {  # PC/AT set 1 scan codes
    **{0x02 + n: str((n + 1) % 10) for n in range(10)},
    **{0x10 + n: c for n, c in enumerate(_ROWS[0])},
    **{0x1E + n: c for n, c in enumerate(_ROWS[1])},
    **{0x2C + n: c for n, c in enumerate(_ROWS[2])},
}
_MAC = dict(  # kVK_ANSI_* virtual key codes (by position, whatever the layout)
    zip(
        (0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E,
         0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x19, 0x1A, 0x1C, 0x1D, 0x1F,
         0x20, 0x22, 0x23, 0x25, 0x26, 0x28, 0x2D, 0x2E),
        "ASDFHGZXCVBQWERYT123465970OUIPLJKNM",
        strict=False,
    )
)  # fmt: skip


def physical_character(platform: str, scan_code: int, virtual_key: int) -> str | None:
    """The character a US keyboard prints for this physical key (letters and digits only)."""
    if platform in ("xcb", "wayland"):
        return _XKB.get(scan_code)
    if platform == "windows":
        return _WINDOWS.get(scan_code)
    if platform == "cocoa":
        return _MAC.get(virtual_key)
    return None


def clean(text: str) -> str:
    """Text as the desk reads it: NFKC (full-width letters and digits become ASCII), trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


class ScanEdit(QLineEdit):
    """The desk's one big input.

    Signals:
        submitted(str): Enter, Tab (with text), or a pause after code-like text. The argument
            is the text to act on: a badge code if either the typed text or the physical keys
            spell one, otherwise the typed text (a search).
        navigate(int): Up, Down, PageUp or PageDown: move in the results list.
        native_typing_changed(bool): input methods were switched on or off.
    """

    submitted = Signal(str)
    navigate = Signal(int)
    native_typing_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = QGuiApplication.platformName()
        self._keys: list[str | None] = []
        self._native = True  # so that the call below applies the "off" state
        self.set_native_typing(False)
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self._on_pause)
        self.textEdited.connect(self._on_edited)
        self.textChanged.connect(self._on_text_changed)

    # Input methods -----------------------------------------------------------------------

    @property
    def native_typing(self) -> bool:
        return self._native

    def set_native_typing(self, on: bool) -> None:
        """Input methods on (native-script search) or off (safe for the scanner)."""
        if on == self._native:
            return
        self._native = on
        self._apply_input_method()
        self.native_typing_changed.emit(on)

    def _apply_input_method(self) -> None:
        if not self._native:
            self.setInputMethodHints(
                Qt.InputMethodHint.ImhLatinOnly
                | Qt.InputMethodHint.ImhNoPredictiveText
                | Qt.InputMethodHint.ImhNoAutoUppercase
                | Qt.InputMethodHint.ImhPreferUppercase
            )
        else:
            self.setInputMethodHints(Qt.InputMethodHint.ImhNone)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, self._native)
        if self.hasFocus():
            method = QGuiApplication.inputMethod()
            if not self._native:
                method.commit()
            method.update(Qt.InputMethodQuery.ImEnabled | Qt.InputMethodQuery.ImHints)

    # What to act on ---------------------------------------------------------------------

    def physical_text(self) -> str | None:
        """The typed keys read as a US keyboard, or None if unknown or edited since."""
        keys = self._keys
        if not keys or len(keys) != len(self.text()) or any(k is None for k in keys):
            return None
        return "".join(k for k in keys if k is not None)

    def scanned_text(self) -> str:
        text = clean(self.text())
        if looks_like_code(text):
            return text
        physical = self.physical_text()
        if physical is not None and looks_like_code(physical):
            return physical
        return text

    def submit(self) -> None:
        self._pause.stop()
        text = self.scanned_text()
        if text:
            self.submitted.emit(text)

    def _on_pause(self) -> None:
        if looks_like_code(self.scanned_text()):
            self.submit()

    def _on_edited(self, _text: str) -> None:
        self._pause.start()

    def _on_text_changed(self, text: str) -> None:
        if not text:
            self._keys = []

    # Qt overrides -------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.text().strip():
                self.submit()
                return True
        elif event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo):
                event.ignore()  # Ctrl+Z undoes the last admission, not the typing
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.navigate.emit(int(key))
            return
        if key == Qt.Key.Key_Escape:
            self.clear()
            self.set_native_typing(False)
            return
        self._record(event)
        super().keyPressEvent(event)

    def _record(self, event: QKeyEvent) -> None:
        text = event.text()
        at_end = self.cursorPosition() == len(self.text()) and not self.hasSelectedText()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )  # fmt: skip
        if text and text.isprintable() and plain and at_end:
            self._keys.append(
                physical_character(
                    self.platform, event.nativeScanCode(), event.nativeVirtualKey()
                )  # fmt: skip
            )
        elif event.key() == Qt.Key.Key_Backspace and at_end and self._keys:
            self._keys.pop()
        elif text:
            self._keys = [None]  # edited in the middle: no physical reading until cleared

    def focusInEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)  # type: ignore[arg-type]
        # QLineEdit re-decides WA_InputMethodEnabled on some changes; ours wins.
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, self._native)
