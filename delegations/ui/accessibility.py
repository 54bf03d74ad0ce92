"""What a screen reader hears: names for fields and tables, and spoken announcements.

Qt names a widget for assistive technology from its accessible name, else from a label whose
buddy it is, but only a label that is its sibling: a field wrapped in a cell with its error
line (`ui.dialogs.form`) or a table under a heading has no name unless given one here.

An announcement (the check-in card's outcome) goes out as Qt's announcement event where Qt has
it (6.8 and later: a screen reader speaks it without moving the focus from the scan field),
and always as the card's accessible description with a description-changed event, which older
screen readers read for the focused window.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

_MNEMONIC = re.compile(r"&(.)")
_KEY_HINT = re.compile(r"\s*\((?:Ctrl|Alt|Shift|F\d)[^)]*\)\s*$")


def plain_label(text: str) -> str:
    """A label's words as spoken: no mnemonic ampersand, no trailing colon or key hint."""
    text = _MNEMONIC.sub(r"\1", text)
    text = _KEY_HINT.sub("", text)
    return text.strip().rstrip(":：").strip()


def named(widget: QWidget, label: str, description: str = "") -> QWidget:
    """Give `widget` the accessible name `label` (written as shown, mnemonic and all)."""
    widget.setAccessibleName(plain_label(label))
    if description:
        widget.setAccessibleDescription(description)
    return widget


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology gets for `widget` (its accessible interface's)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Say `text` to a screen reader now, and keep it as `widget`'s accessible description.

    `assertive`: interrupt what is being read (a refused badge must not wait its turn).
    """
    widget.setAccessibleDescription(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
    announcement = _announcement_event(widget, text, assertive=assertive)
    if announcement is not None:
        QAccessible.updateAccessibility(announcement)


def _announcement_event(widget: QWidget, text: str, *, assertive: bool) -> QAccessibleEvent | None:
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt before 6.8
        return None
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    return event


__all__ = ["announce", "named", "plain_label", "spoken_name"]
