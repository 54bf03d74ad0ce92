"""Printing name plates: a folded A4 tent card for each seat at the table.

`print_name_plates` takes what is to be printed (a country, the delegation it seats, and
optionally the person's name) so that a seating plan can print a plate for every seat at its
table; `delegation_plates` gives one plate per delegation of the event, for the command line.
Plain SQL reads through SQLAlchemy Core (`EventFile.read()`), as the other print paths do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from delegations.domain.country_names import plate_names
from delegations.domain.enums import NameOrder
from delegations.domain.errors import UserError
from delegations.domain.names import display_name
from delegations.files import replaced_atomically
from delegations.printing.name_plates import Plate, render_name_plates
from delegations.services.outputs import checked_output
from delegations.services.roster import find_delegation
from delegations.store.eventfile import EventFile


@dataclass(frozen=True)
class PlateRequest:
    country: str  # ISO 3166-1 alpha-2
    delegation_id: int | None
    person: str = ""  # printed under the country's names when given


def delegation_plates(
    event_file: EventFile, delegations: Sequence[str] = (), *, with_names: bool = False
) -> list[PlateRequest]:
    """One plate per delegation: those named (name, country or ISO code, in the order given)
    or else every delegation in protocol order; `with_names` puts the head's name on it.

    Raises:
        UserError: a name matches no delegation, or several.
    """
    with event_file.read() as connection:
        if delegations:
            ids = [find_delegation(session=connection, text=text) for text in delegations]
        else:
            ids = [row[0] for row in connection.execute(
                "SELECT id FROM delegation ORDER BY protocol_order, name, id")]  # fmt: skip
        rows = {
            row[0]: row[1:]
            for row in connection.execute(
                "SELECT g.id, g.country, d.honorific, d.given_name, d.family_name, d.name_order"
                " FROM delegation g LEFT JOIN delegate d ON d.id = g.head_id"
            )
        }
    plates = []
    for delegation_id in ids:
        country, honorific, given, family, order = rows[delegation_id]
        person = _person(honorific, given, family, order) if with_names else ""
        plates.append(PlateRequest(country, delegation_id, person))
    return plates


def _person(honorific: str | None, given: str | None, family: str | None, order: str | None) -> str:
    if given is None and family is None:
        return ""  # no head of delegation
    # The ORM stores the enum's name (FAMILY_FIRST), a hand-made file may hold its value.
    name_order = NameOrder[order] if order in NameOrder.__members__ else NameOrder(order)
    return display_name(honorific or "", given or "", family or "", name_order)


def print_name_plates(event_file: EventFile, plates: list[PlateRequest], out: Path) -> Path:
    """Write the plates to `out` (a PDF, one folded A4 plate a page, in the order given).

    Raises:
        UserError: no plates, a plate for a delegation not in the event, or the file
            cannot be written; nothing is written then.
    """
    out = Path(out)
    if not plates:
        raise UserError("There are no name plates to print.")
    _check_delegations(event_file, plates)
    checked_output(out)
    printed = [_plate(request) for request in plates]
    try:
        with replaced_atomically(out, make_folder=False) as temporary, temporary.open("wb") as f:
            render_name_plates(f, printed)
    except OSError as error:
        raise UserError(f"Cannot write {out}: {error.strerror or error}.") from error
    return out


def _plate(request: PlateRequest) -> Plate:
    names = plate_names(request.country)
    return Plate(request.country, names.english, names.chinese, names.own, request.person)


def _check_delegations(event_file: EventFile, plates: list[PlateRequest]) -> None:
    with event_file.read() as connection:
        known = {row[0] for row in connection.execute("SELECT id FROM delegation")}
    for plate in plates:
        if plate.delegation_id is not None and plate.delegation_id not in known:
            raise UserError(
                f"There is no delegation {plate.delegation_id} in this event for the name "
                f"plate of {plate_names(plate.country).english}."
            )
