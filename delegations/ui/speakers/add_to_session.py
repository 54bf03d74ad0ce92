"""Add to session… on the Speakers tab: pick one of the sessions and the speaker's role."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from delegations.domain.enums import SpeakerRole
from delegations.domain.errors import InvalidInput
from delegations.ui.agenda.dialogs import kind_label, searchable_combo
from delegations.ui.dialogs.form import FormDialog, Submit, fill_combo, select_data


class AddToSessionDialog(FormDialog):
    """Add a speaker to a session (from the Speakers tab): pick the session and the role.

    Args:
        sessions: (id, label) pairs, e.g. "Fri 25 Jul 09:00 · Main Hall · Opening Ceremony".
        submit: submit({"session_id": …, "role": SpeakerRole}).
    """

    def __init__(
        self,
        submit: Submit,
        *,
        speaker_name: str,
        sessions: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Add {name} to a session").format(name=speaker_name))
        self.session = QComboBox(self)
        searchable_combo(self.session, self.tr("Type part of a title, a room or a day"))
        fill_combo(self.session, [(label, session_id) for session_id, label in sessions])
        self.session.setCurrentIndex(-1)
        self.add_row(self.tr("&Session:"), self.session, "Session")
        self.role = QComboBox(self)
        fill_combo(self.role, [(kind_label(role.value), role.value) for role in SpeakerRole
                               if role is not SpeakerRole.CHAIR])  # fmt: skip
        select_data(self.role, SpeakerRole.PANELLIST.value)
        self.add_row(self.tr("&Role:"), self.role, "Role")
        self.alias_field("Speakers", "Session")
        self.resize(620, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        index = self.session.findText(self.session.currentText())
        if index < 0:
            raise InvalidInput("Session", "choose a session from the list.")
        return {
            "session_id": self.session.itemData(index),
            "role": SpeakerRole(self.role.currentData()),
        }

    def set_values(self, values: Mapping[str, Any]) -> None:
        select_data(self.session, values.get("session_id"))
        select_data(self.role, str(values.get("role") or SpeakerRole.PANELLIST.value))
