"""One delegate's travel as the Delegations tab's Travel dialog edits it.

The dialog shows the delegate's arrival and departure legs and the legs of the rest of their
delegation (to travel on "the same flight as…"); saving is one call, `save_delegate_travel`,
one transaction for both directions, refused in one sentence before anything is written.
The legs themselves are `services.travel`'s (its checks, its stay dates).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from delegations.domain.airports import parse_places
from delegations.domain.errors import NotFound, UserError
from delegations.domain.names import display_name
from delegations.domain.travel import Direction
from delegations.paths import resources_dir
from delegations.services import travel
from delegations.services.travel import LegInput, LegView
from delegations.store import EventFile, SqlConnection
from delegations.store.stored import stored_name_order


@dataclass(frozen=True, slots=True)
class Member:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class DelegateTravel:
    """A delegate's legs (`arrival` the earliest, `departure` the latest; None: no leg; `own`
    all of them), the other members of their delegation, and the legs those members travel on
    without them."""

    delegate_id: int
    name: str
    delegation: str
    members: tuple[Member, ...]
    arrival: LegView | None
    departure: LegView | None
    others: tuple[LegView, ...]
    own: tuple[LegView, ...] = ()

    def leg(self, direction: Direction) -> LegView | None:
        return self.arrival if direction is Direction.ARRIVAL else self.departure

    def leg_count(self, direction: Direction) -> int:
        return sum(leg.direction is direction for leg in self.own)


@dataclass(frozen=True, slots=True)
class LegChoice:
    """What the dialog saves for one direction: `leg_id` is the leg changed (their own, or
    another's they join), None a new leg; `leg.travellers` is everyone on it, the delegate
    among them. `previous` is the delegate's leg the dialog showed: they leave it when they
    join another or `leg` is None (their other legs in that direction, if any, stay)."""

    direction: Direction
    leg: LegInput | None
    leg_id: int | None = None
    previous: int | None = None


def _members(connection: SqlConnection, delegate_id: int) -> tuple[str, str, list[Member]]:
    row = connection.execute(
        "SELECT g.id, g.name FROM delegate p JOIN delegation g ON g.id = p.delegation_id "
        "WHERE p.id = ?",
        (delegate_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"No delegate has the id “{delegate_id}”.")
    members, name = [], ""
    for id_, honorific, given, family, native, order in connection.execute(
        "SELECT p.id, p.honorific, p.given_name, p.family_name, p.native_name, p.name_order "
        "FROM delegate p JOIN delegation g ON g.id = p.delegation_id WHERE g.id = ? "
        "ORDER BY g.head_id = p.id DESC, p.family_name, p.given_name",
        (row[0],),
    ):
        text = display_name(honorific, given, family, stored_name_order(order)) or native
        if id_ == delegate_id:
            name = text
        else:
            members.append(Member(id_, text or f"Delegate {id_}"))
    return name, row[1], members


def read_delegate_travel(event_file: EventFile, delegate_id: int) -> DelegateTravel:
    """The delegate's legs and their delegation's, for the Travel dialog.

    Raises:
        NotFound: there is no such delegate.
    """
    with event_file.read() as connection:
        name, delegation, members = _members(connection, delegate_id)
        ids = [delegate_id, *(member.id for member in members)]
        leg_ids = [leg_id for (leg_id,) in connection.execute(
            f"SELECT DISTINCT leg_id FROM delegateleg WHERE delegate_id IN "
            f"({','.join('?' * len(ids))})", ids)]  # fmt: skip
        legs = travel.legs_in(connection, leg_ids=leg_ids) if leg_ids else []
    own = [leg for leg in legs if any(t.id == delegate_id for t in leg.travellers)]
    arrivals = [leg for leg in own if leg.direction is Direction.ARRIVAL]
    departures = [leg for leg in own if leg.direction is Direction.DEPARTURE]
    return DelegateTravel(
        delegate_id, name, delegation, tuple(members),
        arrivals[0] if arrivals else None, departures[-1] if departures else None,
        tuple(leg for leg in legs if leg not in own), tuple(own),
    )  # fmt: skip


def _checked(choice: LegChoice, delegate_id: int) -> dict[str, object] | None:
    """The leg's stored values, or the sentence why not, named by its direction."""
    if choice.leg is None:
        return None
    if delegate_id not in {int(t) for t in choice.leg.travellers if str(t).isdigit()}:
        raise UserError("The delegate whose travel this is must travel on the leg.")
    try:
        return travel._leg_values(choice.leg)  # noqa: SLF001 (the same checks as add_leg)
    except UserError as error:
        what = "Arrival" if choice.direction is Direction.ARRIVAL else "Departure"
        raise UserError(f"{what}: {error}") from None


def _leave(connection: SqlConnection, delegate_id: int, leg_id: int) -> None:
    """Take the delegate off a leg; a leg left without travellers is removed."""
    connection.execute(
        "DELETE FROM delegateleg WHERE delegate_id = ? AND leg_id = ?", (delegate_id, leg_id)
    )
    connection.execute(
        "DELETE FROM travelleg WHERE id = ? AND NOT EXISTS "
        "(SELECT 1 FROM delegateleg WHERE leg_id = ?)",
        (leg_id, leg_id),
    )


def save_delegate_travel(
    event_file: EventFile, delegate_id: int, choices: Sequence[LegChoice]
) -> None:
    """Save the dialog's arrival and departure legs in one transaction.

    Raises:
        UserError: a leg's bad time, date, number or airport code, an unknown traveller or
            leg; nothing is written.
    """
    values = [_checked(choice, delegate_id) for choice in choices]
    with event_file.write_locked() as connection:
        touched: set[int] = {delegate_id}
        for choice, stored in zip(choices, values, strict=True):
            leg_id = choice.leg_id
            if stored is None:
                if choice.previous is not None:
                    _leave(connection, delegate_id, choice.previous)
                continue
            if leg_id is None:
                leg_id = travel.insert_leg(connection, stored)
            else:
                touched.update(travel._existing(connection, leg_id))  # noqa: SLF001
                names = list(stored)
                connection.execute(
                    f"UPDATE travelleg SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                    [*(stored[n] for n in names), leg_id],
                )
            touched.update(travel._write_travellers(connection, leg_id, choice.leg))  # noqa: SLF001
            if choice.previous is not None and choice.previous != leg_id:
                _leave(connection, delegate_id, choice.previous)
        travel.sync_stay_dates(connection, touched)


@functools.cache
def place_labels() -> tuple[str, ...]:
    """ "KWE Guiyang Longdongbao International Airport (Guiyang)" for every known airport and
    station, code first: what the dialog's airport/station field completes."""
    folder = resources_dir() / "travel"
    labels = []
    for name in ("airports.csv", "stations.csv"):
        for place in parse_places((folder / name).read_text(encoding="utf-8")):
            city = f" ({place.city})" if place.city and place.city not in place.name else ""
            labels.append(f"{place.code} {place.name}{city}")
    return tuple(sorted(labels))
