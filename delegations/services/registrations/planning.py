"""Planning: each valid row matched to a delegation and to an existing delegate or a new one.

The plan says what to insert and update, and which delegations to create; the report's
problems and updates come from here. Nothing is written (see `applying`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from delegations.domain.countries import english_country_name
from delegations.domain.delegations import AmbiguousDelegation
from delegations.domain.enums import NameOrder
from delegations.domain.names import fold
from delegations.services.registrations.cells import name_key, row_name
from delegations.services.registrations.columns import HEADERS, NAME_ORDER_TEXT
from delegations.services.registrations.event_index import (
    DELEGATE_COLUMNS,
    TEXT_FIELDS,
    EventIndex,
)
from delegations.services.registrations.parsed import (
    NAME_FIELDS,
    ParsedFile,
    ParsedRow,
    ParsedSheet,
    Problem,
)
from delegations.services.registrations.report import FieldChange, PlannedUpdate
from delegations.services.registrations.travel_columns import TRAVEL_FIELDS, travel_of

_DEFAULTS: dict[str, Any] = {
    **dict.fromkeys(TEXT_FIELDS, ""), "email": "", "name_order": NameOrder.GIVEN_FIRST,
    "arrival": None, "departure": None, "role_id": None,
}  # fmt: skip
_DIRECT_FIELDS = frozenset((*TEXT_FIELDS, "email", "name_order", "arrival", "departure"))


@dataclass(slots=True)
class PendingDelegation:
    """A delegation rows name that the event lacks: created before the delegates are written."""

    name: str
    country: str
    first_row: ParsedRow
    id: int | None = None


@dataclass(slots=True)
class Plan:
    """What to write: records with the key of their pending delegation, if any."""

    inserts: list[tuple[dict[str, Any], str | None]] = field(default_factory=list)
    updates: list[tuple[dict[str, Any], str | None]] = field(default_factory=list)
    new_delegations: dict[str, PendingDelegation] = field(default_factory=dict)
    touched_delegations: set[int | str] = field(default_factory=set)
    # each row's legs, with the existing delegate's id or the row's place among the inserts
    travels: list[tuple[dict[str, Any], int | None, int | None]] = field(default_factory=list)


class Planner:
    """Matches each valid row to a delegation and to an existing delegate, or a new one.

    An e-mail identifies a person. Namesakes (the same name in the same delegation) with
    different e-mails are two people; a row without an e-mail updates the one namesake without
    an e-mail; any other namesake match is ambiguous and refused, unless `add_namesakes`.
    """

    def __init__(self, parsed: ParsedFile, index: EventIndex, add_namesakes: bool) -> None:
        self.parsed = parsed
        self.index = index
        self.add_namesakes = add_namesakes
        self.plan = Plan()
        self.claimed: dict[int, ParsedRow] = {}
        self.new_problems: list[Problem] = []
        self.changes: list[PlannedUpdate] = []
        self.head_rows: dict[int | str, ParsedRow] = {}
        self.unchanged = 0
        self.travel = any(sheet.fields & TRAVEL_FIELDS for sheet in parsed.sheets)

    def plan_row(self, row: ParsedRow) -> bool:
        """Plan one row; False (with its problem recorded) when the row is refused."""
        sheet = self.parsed.sheets[row.sheet_index]
        delegation = self._delegation(row, sheet)
        if delegation is None:
            return False
        changes = self._changes(row, sheet)
        if changes is None:
            return False
        match = self._match(row, sheet, delegation, changes)
        if match is _REFUSED:
            return False
        existing_id = match
        if existing_id is not None and existing_id in self.claimed:
            first = self.claimed[existing_id]
            self._problem(row, sheet, None, "",
                          f"this person is already updated by row {first.row}; keep one of the two rows.")  # fmt: skip
            return False
        self.plan.touched_delegations.add(delegation)
        self._note_head(row, sheet, delegation, changes)
        pending = delegation if isinstance(delegation, str) else None
        if existing_id is None:
            record = {**_DEFAULTS, "role_id": self.index.role_ids.get("delegate"), **changes}
            record["delegation_id"] = None if pending else delegation
            self._note_travel(row, None, len(self.plan.inserts))
            self.plan.inserts.append((record, pending))
            return True
        self.claimed[existing_id] = row
        self._note_travel(row, existing_id, None)
        current = self.index.delegates[existing_id]
        record = {**current, **changes, "delegation_id": None if pending else delegation}
        if record == current:
            self.unchanged += 1
        else:
            self.plan.updates.append(({**record, "_id": existing_id}, pending))
            self.changes.append(self._described(row, sheet, existing_id, current, record))
        return True

    def _match(
        self, row: ParsedRow, sheet: ParsedSheet, delegation: int | str, changes: dict[str, Any]
    ) -> int | None | object:
        """The existing delegate this row updates, None for a new one, or `_REFUSED`."""
        values = row.values
        email = values.get("email", "").casefold()
        if email and (id_ := self.index.by_email.get(email)) is not None:
            return id_
        existing: list[int] = []
        if isinstance(delegation, int) and self.index.by_name:
            key = name_key(values.get("given_name", ""), values.get("family_name", ""),
                           values.get("native_name", ""))  # fmt: skip
            existing = self.index.by_name.get((delegation, key), [])
        earlier_rows = [self.parsed.rows[index] for index in row.namesakes]
        if not existing and not earlier_rows:
            return None
        lone = existing[0] if len(existing) == 1 and not earlier_rows else None
        if not email and lone is not None and not self.index.delegates[lone]["email"]:
            return lone
        for id_ in existing:  # a row that changes nothing of a namesake is that person
            current = self.index.delegates[id_]
            if {**current, **changes} == current:
                return id_
        without_email = [id_ for id_ in existing if not self.index.delegates[id_]["email"]]
        unsure_rows = [other for other in earlier_rows if not (email and other.values.get("email"))]
        name = row_name(values)
        where = self._delegation_label(delegation)
        if not (without_email or unsure_rows) and email:
            self._warning(row, sheet, f"two people named {name} in {where}, told apart by "
                          "their e-mails; both are kept.")  # fmt: skip
            return None
        if self.add_namesakes:
            self._warning(row, sheet, f"another person named {name} in {where} is added "
                          "(--add-namesakes).")  # fmt: skip
            return None
        others = [f"row {other.row}" for other in unsure_rows] + [
            f"{self.index.name_of(id_)} already in the event"
            + (f" ({self.index.delegates[id_]['email']})" if self.index.delegates[id_]["email"] else "")
            for id_ in existing
        ]  # fmt: skip
        self._problem(row, sheet, self._name_field(sheet), name,
                      f"the same name as {_joined(others)} in {where}, and no e-mail tells them "
                      "apart; add the e-mails, remove the extra row, or import with "
                      "--add-namesakes (“Add namesakes” in the window) to add another person.")  # fmt: skip
        return _REFUSED

    def _note_travel(self, row: ParsedRow, existing: int | None, position: int | None) -> None:
        travel = travel_of(row.values) if self.travel else None
        if travel is not None:
            self.plan.travels.append((travel, existing, position))

    def _note_head(
        self, row: ParsedRow, sheet: ParsedSheet, delegation: int | str, changes: dict[str, Any]
    ) -> None:
        """One head per delegation: a second Head of Delegation row is said to become a
        Delegate (see `_fix_heads`)."""
        hod = self.index.role_ids.get("hod")
        if hod is None or changes.get("role_id") != hod:
            return
        first = self.head_rows.setdefault(delegation, row)
        if first is not row:
            changes["role_id"] = self.index.role_ids.get("delegate")  # as a re-import finds it
            self._warning(row, sheet, f"row {first.row} also has the role Head of Delegation in "
                          f"{self._delegation_label(delegation)}; that row's person is the head, "
                          "this one is imported as a Delegate.")  # fmt: skip

    @staticmethod
    def _name_field(sheet: ParsedSheet) -> str | None:
        column = sheet.first_column(*NAME_FIELDS)
        return column.field if column else None

    def _delegation_label(self, delegation: int | str) -> str:
        if isinstance(delegation, int):
            return self.index.delegation_names[delegation]
        return self.plan.new_delegations[delegation].name

    def _described(
        self, row: ParsedRow, sheet: ParsedSheet, id_: int, old: dict[str, Any],
        new: dict[str, Any],
    ) -> PlannedUpdate:  # fmt: skip
        changes = tuple(
            FieldChange(_FIELD_LABELS.get(name, name), self._shown(name, old[name]),
                        self._shown(name, new[name]))
            for name in DELEGATE_COLUMNS if old[name] != new[name]
        )  # fmt: skip
        return PlannedUpdate(sheet.name, row.row, id_, self.index.name_of(id_), changes)

    def _shown(self, name: str, value: Any) -> str:
        if value is None:
            return ""
        if name == "role_id":
            return self.index.role_names.get(value, "")
        if name == "delegation_id":
            return self.index.delegation_names.get(value, "")
        if name == "name_order":
            return NAME_ORDER_TEXT[value]
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)

    def _warning(self, row: ParsedRow, sheet: ParsedSheet, message: str) -> None:
        """A warning about the person of a row, shown at its name."""
        self._problem(row, sheet, self._name_field(sheet), row_name(row.values), message,
                      "warning")  # fmt: skip

    def _problem(
        self, row: ParsedRow, sheet: ParsedSheet, target: str | None, value: str, message: str,
        severity: Literal["error", "warning"] = "error",
    ) -> None:  # fmt: skip
        column = sheet.first_column(target) if target else None
        self.new_problems.append(
            Problem(
                self.parsed.name, sheet.name, row.row, column.header if column else "", value,
                message, severity, column.index if column else None,
            )
        )  # fmt: skip

    def _delegation(self, row: ParsedRow, sheet: ParsedSheet) -> int | str | None:
        """The existing delegation's id, or the key of a delegation to create."""
        name, country = row.values.get("delegation", ""), row.values.get("country")
        if name:
            return self._named_delegation(row, sheet, name, country)
        assert country  # rows with neither were refused while reading
        candidates = self.index.delegations_by_country.get(country, [])
        english = english_country_name(country)
        for id_ in candidates:
            if fold(self.index.delegation_names[id_]) == fold(english):
                return id_
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            names = ", ".join(f"“{self.index.delegation_names[i]}”" for i in candidates)
            self._problem(row, sheet, "country", country,
                          f"the event has several delegations from this country ({names}); "
                          "add a Delegation column to choose one.")  # fmt: skip
            return None
        return self._pending(row, sheet, english, country)

    def _named_delegation(
        self, row: ParsedRow, sheet: ParsedSheet, name: str, country: str | None
    ) -> int | str | None:
        try:
            id_ = self.index.existing_delegation(name)
        except AmbiguousDelegation as error:
            self._problem(row, sheet, "delegation", name, f"{error} (or add its Country).")
            return None
        if id_ is not None:
            if country and country != self.index.delegation_country[id_]:
                self._problem(row, sheet, "country", country,
                              f"the delegation “{self.index.delegation_names[id_]}” is from "
                              f"{english_country_name(self.index.delegation_country[id_])}; correct the "
                              "country or the delegation.")  # fmt: skip
                return None
            return id_
        if not country:
            self._problem(row, sheet, "delegation", name,
                          "there is no such delegation in the event yet; give its Country so "
                          "that it can be created.")  # fmt: skip
            return None
        return self._pending(row, sheet, name, country)

    def _pending(self, row: ParsedRow, sheet: ParsedSheet, name: str, country: str) -> str | None:
        key = fold(name)
        pending = self.plan.new_delegations.setdefault(key, PendingDelegation(name, country, row))
        if pending.country != country:
            self._problem(row, sheet, "country", country,
                          f"row {pending.first_row.row} puts the new delegation “{pending.name}” "
                          f"in {english_country_name(pending.country)}; use one country per delegation.")  # fmt: skip
            return None
        return key

    def _changes(self, row: ParsedRow, sheet: ParsedSheet) -> dict[str, Any] | None:
        changes = {k: v for k, v in row.values.items() if k in _DIRECT_FIELDS}
        role = row.values.get("role")
        if role:
            if role not in self.index.role_ids:
                self._problem(row, sheet, "role", role,
                              "the event has no such role; add it in Settings ▸ Roles first.")  # fmt: skip
                return None
            changes["role_id"] = self.index.role_ids[role]
        return changes


_REFUSED = object()
_FIELD_LABELS = {**HEADERS, "role_id": HEADERS["role"], "delegation_id": HEADERS["delegation"]}


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
