"""A walk-in at the desk: someone not registered is added, gets a badge and is admitted.

One call does the three steps the desk needs, in order: add the delegate, print the badge
(logged with the reason `walk-in`), admit. A badge that cannot be printed (no paper, printer
off) takes the new delegate away again, so that trying again does not make a duplicate;
nobody is admitted without a badge in hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from delegations.domain.enums import PrintReason
from delegations.printing.layouts import DEFAULT_LAYOUT
from delegations.services import badges, checkin, roster
from delegations.services.badges import Deliver, PrintOutcome
from delegations.services.checkin import CheckInResult
from delegations.services.delegation_models import DelegateCreate
from delegations.services.event import RoleChoice, role_choices
from delegations.store import EventFile


@dataclass(frozen=True, slots=True)
class WalkIn:
    """What the desk did for a walk-in: the new delegate, their badge, their admission."""

    delegate_id: int
    printed: PrintOutcome
    admission: CheckInResult


@dataclass(frozen=True, slots=True)
class WalkInChoices:
    """What the walk-in form offers: the delegations (id, name) in protocol order, the roles."""

    delegations: list[tuple[int, str]]
    roles: list[RoleChoice]


def walk_in_choices(event_file: EventFile) -> WalkInChoices:
    with event_file.read() as connection:
        delegations = roster.list_delegations(session=connection)
    return WalkInChoices([(row.id, row.name) for row in delegations], role_choices(event_file))


def walk_in(
    event_file: EventFile,
    person: DelegateCreate,
    deliver: Deliver,
    *,
    desk: str,
    layout_name: str = DEFAULT_LAYOUT,
) -> WalkIn:
    """Add `person`, hand their badge to `deliver` (a printer), admit them at `desk`.

    Raises:
        UserError: the form is refused (nothing added), or the badge could not be printed
            (the person is taken away again; nobody admitted).
    """
    # Imported here: the desk's window imports this module at start-up, without the ORM.
    from delegations.services.delegations import create_delegate, delete_delegates

    added = create_delegate(event_file, person)
    try:
        printed = badges.reprint_badge_to(
            event_file, added.id, deliver, reason=PrintReason.WALK_IN, layout_name=layout_name
        )
    except BaseException:
        delete_delegates(event_file, [added.id])
        raise
    admission = checkin.admit_by_id(event_file, added.id, desk=desk)
    return WalkIn(added.id, printed, admission)


def walk_in_to_printer(
    event_file: EventFile,
    person: DelegateCreate,
    printer: str,
    *,
    desk: str,
    layout_name: str = DEFAULT_LAYOUT,
) -> WalkIn:
    """`walk_in` with the badge sent to the CUPS queue `printer`."""
    sender = badges.CupsSender(printer, layout_name, "Walk-in badge")
    return walk_in(event_file, person, sender, desk=desk, layout_name=layout_name)
