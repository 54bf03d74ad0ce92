"""Forms for delegations and delegates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from delegations.domain import rules
from delegations.domain.enums import NameOrder
from delegations.domain.names import clean, usual_name_order
from delegations.services.delegation_models import (
    DelegateCreate,
    DelegateUpdate,
    DelegationCreate,
    DelegationUpdate,
)
from delegations.ui.dialogs.form import (
    Check,
    FormDialog,
    OptionalDateEdit,
    Submit,
    country_items,
    fill_combo,
    name_order_items,
    select_data,
)


def _choices(pairs: Sequence[tuple[int, str]]) -> list[tuple[str, object]]:
    """(id, name) pairs as (text, data) combo items."""
    return [(name, record_id) for record_id, name in pairs]


def _stay_check(arrival: OptionalDateEdit, departure: OptionalDateEdit) -> Check:
    return lambda: rules.check_date_range(arrival.date(), departure.date(), "Arrival", "Departure")


class DelegationDialog(FormDialog):
    """Add or edit a delegation. `members` are (id, name) pairs to choose the head from;
    `order_set_by_rule`: the event's ASEAN rule places the delegation (its protocol order is
    shown, not edited)."""

    def __init__(
        self,
        submit: Submit,
        *,
        members: Sequence[tuple[int, str]] = (),
        event_start: dt.date,
        new: bool = True,
        order_set_by_rule: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self._new = new
        self.setWindowTitle(self.tr("Add delegation") if new else self.tr("Edit delegation"))
        self.name = self.add_row(
            self.tr("&Name:"), self.line_edit(), "Name",
            check=lambda: rules.require_text(clean(self.name.text()), "Name"),
        )  # fmt: skip
        self.country = QComboBox(self)
        fill_combo(self.country, country_items())
        self.add_row(self.tr("&Country:"), self.country, "Country")
        self.institution = self.add_row(
            self.tr("&Institution:"),
            self.line_edit(placeholder=self.tr("e.g. Ministry of Education")),
        )
        self.protocol_order = QSpinBox(self)
        self.protocol_order.setRange(0, 999)
        self.protocol_order.setToolTip(self.tr("Delegations are listed in this order."))
        if order_set_by_rule:
            self.protocol_order.setEnabled(False)
            self.protocol_order.setToolTip(
                self.tr(
                    "Set by the ASEAN order of precedence; change the rule in "
                    "File ▸ Order of precedence…"
                )
            )
        self.add_row(self.tr("&Protocol order:"), self.protocol_order)
        self.head = QComboBox(self)
        fill_combo(self.head, [(self.tr("(none)"), 0), *_choices(members)])
        self.head.setEnabled(not new and bool(members))
        if new:
            self.head.setToolTip(self.tr("Add the delegation first, then choose its head."))
        self.add_row(self.tr("&Head of delegation:"), self.head, "Head")
        self.contact_name = self.add_row(self.tr("Contact per&son:"), self.line_edit())
        self.contact_email = self.add_row(
            self.tr("Contact e-&mail:"), self.line_edit(), "Contact e-mail",
            check=lambda: rules.check_email(clean(self.contact_email.text()), "Contact e-mail"),
        )  # fmt: skip
        self.contact_phone = self.add_row(self.tr("Contact phon&e:"), self.line_edit())
        self.arrival = OptionalDateEdit(event_start, self)
        self.add_row(self.tr("&Arrival:"), self.arrival, "Arrival")
        self.departure = OptionalDateEdit(event_start, self)
        self.add_row(
            self.tr("&Departure:"),
            self.departure,
            "Departure",
            check=_stay_check(self.arrival, self.departure),
        )
        self.notes = self.add_row(self.tr("N&otes:"), self.text_edit())
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "country": self.country.currentData() or "",
            "institution": self.institution.text(),
            "protocol_order": self.protocol_order.value(),
            "head_id": self.head.currentData() or None,
            "contact_name": self.contact_name.text(),
            "contact_email": self.contact_email.text(),
            "contact_phone": self.contact_phone.text(),
            "arrival": self.arrival.date(),
            "departure": self.departure.date(),
            "notes": self.notes.toPlainText(),
        }

    def submitted(self) -> DelegationCreate | DelegationUpdate:
        """A new delegation has no head yet: it is chosen among its members afterwards.

        Under the ASEAN rule the protocol order goes as shown (the service places the
        delegation; among delegations of one country it keeps their order: a new one last).
        """
        values = self.values()
        if self._new:
            del values["head_id"]
            return DelegationCreate(**values)
        return DelegationUpdate(**values)

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.name.setText(values.get("name", ""))
        fill_combo(self.country, country_items(values.get("country", "")), values.get("country"))
        self.institution.setText(values.get("institution", ""))
        self.protocol_order.setValue(values.get("protocol_order", 0))
        select_data(self.head, values.get("head_id") or 0)
        self.contact_name.setText(values.get("contact_name", ""))
        self.contact_email.setText(values.get("contact_email", ""))
        self.contact_phone.setText(values.get("contact_phone", ""))
        self.arrival.set_date(values.get("arrival"))
        self.departure.set_date(values.get("departure"))
        self.notes.setPlainText(values.get("notes", ""))


class DelegateDialog(FormDialog):
    """Add or edit a delegate.

    Args:
        delegations: (id, name) pairs in protocol order.
        roles: (id, name) pairs.
        ranks: (id, name) pairs of the event's rank list, highest first (the name in the
            window's language).
        countries: each delegation's country (ISO code) by id: a new delegate's name order
            follows it (and the script of the native name) until the user chooses one.
    """

    def __init__(
        self,
        submit: Submit,
        *,
        delegations: Sequence[tuple[int, str]],
        roles: Sequence[tuple[int, str]],
        event_start: dt.date,
        new: bool = True,
        countries: Mapping[int, str] | None = None,
        ranks: Sequence[tuple[int, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self._new = new
        self._countries = dict(countries or {})
        self._order_chosen = not new  # an existing delegate's order is never suggested over
        self.setWindowTitle(self.tr("Add delegate") if new else self.tr("Edit delegate"))
        self.honorific = self.add_row(
            self.tr("&Honorific:"), self.line_edit(placeholder=self.tr("e.g. H.E., Dr, Prof."))
        )
        self.given_name = self.add_row(
            self.tr("&Given name:"), self.line_edit(), "Given name", check=self._check_name
        )
        self.family_name = self.add_row(self.tr("&Family name:"), self.line_edit())
        self.native_name = self.add_row(
            self.tr("Name in &native script:"),
            self.line_edit(placeholder=self.tr("e.g. 阮文德, สมชาย ใจดี")),
        )
        self.alias_field("Name", "Given name")
        self.name_order = QComboBox(self)
        fill_combo(self.name_order, name_order_items(self))
        self.add_row(self.tr("Name &order:"), self.name_order)
        if new:
            self.name_order.setToolTip(
                self.tr("Suggested from the delegation's country and the native name; "
                        "choose another if this person writes their name otherwise.")
            )  # fmt: skip
        self.name_order.activated.connect(self._on_name_order_chosen)
        self.delegation = QComboBox(self)
        fill_combo(self.delegation, _choices(delegations))
        self.delegation.currentIndexChanged.connect(self._suggest_name_order)
        self.native_name.textEdited.connect(self._suggest_name_order)
        self.add_row(self.tr("&Delegation:"), self.delegation, "Delegation")
        self.role = QComboBox(self)
        fill_combo(self.role, [(self.tr("(none)"), 0), *_choices(roles)])
        self.add_row(self.tr("&Role:"), self.role, "Role")
        self.rank = QComboBox(self)
        fill_combo(self.rank, [(self.tr("(none)"), 0), *_choices(ranks)])
        self.rank.setToolTip(
            self.tr("Within a delegation the head comes first, then members by rank.")
        )
        self.add_row(self.tr("Ran&k:"), self.rank, "Rank")
        self.position = self.add_row(self.tr("&Position:"), self.line_edit())
        self.organisation = self.add_row(self.tr("Organi&sation:"), self.line_edit())
        self.email = self.add_row(
            self.tr("E-&mail:"), self.line_edit(placeholder="name@example.org"), "Email",
            check=lambda: rules.check_email(clean(self.email.text())),
        )  # fmt: skip
        self.phone = self.add_row(self.tr("Phon&e:"), self.line_edit())
        self.dietary = self.add_row(self.tr("D&ietary needs:"), self.line_edit())
        self.access_needs = self.add_row(self.tr("A&ccess needs:"), self.line_edit())
        self.arrival = OptionalDateEdit(event_start, self)
        self.add_row(self.tr("&Arrival:"), self.arrival, "Arrival")
        self.departure = OptionalDateEdit(event_start, self)
        self.add_row(
            self.tr("Depart&ure:"),
            self.departure,
            "Departure",
            check=_stay_check(self.arrival, self.departure),
        )
        self.notes = self.add_row(self.tr("No&tes:"), self.text_edit(lines=2))
        self.resize(540, self.sizeHint().height())

    def _check_name(self) -> None:
        names = (self.given_name, self.family_name, self.native_name)
        rules.require_person_name(*(clean(edit.text()) for edit in names))

    def values(self) -> dict[str, Any]:
        return {
            "honorific": self.honorific.text(),
            "given_name": self.given_name.text(),
            "family_name": self.family_name.text(),
            "native_name": self.native_name.text(),
            "name_order": NameOrder(self.name_order.currentData()),
            "delegation_id": self.delegation.currentData(),
            "role_id": self.role.currentData() or None,
            "rank_id": self.rank.currentData() or None,
            "position": self.position.text(),
            "organisation": self.organisation.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "dietary": self.dietary.text(),
            "access_needs": self.access_needs.text(),
            "arrival": self.arrival.date(),
            "departure": self.departure.date(),
            "notes": self.notes.toPlainText(),
        }

    def submitted(self) -> DelegateCreate | DelegateUpdate:
        model = DelegateCreate if self._new else DelegateUpdate
        return model(**self.values())

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name in (
            "honorific", "given_name", "family_name", "native_name", "position",
            "organisation", "email", "phone", "dietary", "access_needs",
        ):  # fmt: skip
            getattr(self, name).setText(values.get(name) or "")
        select_data(self.name_order, str(values.get("name_order") or NameOrder.GIVEN_FIRST.value))
        if values.get("name_order"):
            self._order_chosen = True
        select_data(self.delegation, values.get("delegation_id"))
        select_data(self.role, values.get("role_id") or 0)
        select_data(self.rank, values.get("rank_id") or 0)
        self.arrival.set_date(values.get("arrival"))
        self.departure.set_date(values.get("departure"))
        self.notes.setPlainText(values.get("notes") or "")
        self._suggest_name_order()

    def _on_name_order_chosen(self, *_args: object) -> None:
        self._order_chosen = True

    def _suggest_name_order(self, *_args: object) -> None:
        """A new delegate's usual name order, until the user picks one (see `countries`)."""
        if self._order_chosen:
            return
        country = self._countries.get(self.delegation.currentData())
        order = usual_name_order(country, self.native_name.text())
        select_data(self.name_order, order.value)
