"""Admission at the check-in desk: verify a badge code and write the `CheckIn` journal.

The journal is append-only; a delegate's status is the action of their latest entry. This
module stays import-light (no ReportLab, no segno) so that `delegations checkin` is quick.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session, col, select

from delegations.domain.codes import InvalidCode, read_code
from delegations.domain.models import CheckIn, CheckInAction, Delegate, Delegation, Event, Role
from delegations.domain.names import display_name


class Outcome(StrEnum):
    ADMITTED = "admitted"
    ALREADY_IN = "already checked in"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class CheckInResult:
    """What the desk shows. `at`/`desk` are this admission's, or the earlier one's."""

    outcome: Outcome
    message: str
    delegate_id: int | None = None
    name: str = ""
    native_name: str = ""
    delegation: str = ""
    role: str = ""
    role_color: str = ""
    at: dt.datetime | None = None
    desk: str = ""


def last_entry(*, session: Session, delegate_id: int) -> CheckIn | None:
    """The delegate's latest journal entry (their status), None if never checked in."""
    statement = (
        select(CheckIn)
        .where(CheckIn.delegate_id == delegate_id)
        .order_by(col(CheckIn.at).desc(), col(CheckIn.uuid).desc())
        .limit(1)
    )
    return session.exec(statement).first()


def is_checked_in(*, session: Session, delegate_id: int) -> bool:
    entry = last_entry(session=session, delegate_id=delegate_id)
    return entry is not None and entry.action == CheckInAction.IN


def _as_utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def check_in(
    *, session: Session, code: str, desk: str = "", now: dt.datetime | None = None
) -> CheckInResult:
    """Verify `code` and admit its holder once; the caller's session commits the journal entry.

    Refused: malformed or forged codes, codes of a delegate who no longer exists, and codes of
    an older badge version (the badge was reported lost and reprinted).
    """
    event = session.exec(select(Event)).one()
    try:
        badge = read_code(event.signing_secret, code)
    except InvalidCode as error:
        return CheckInResult(Outcome.REFUSED, f"Refused: {error}.")
    delegate = session.get(Delegate, badge.delegate_id)
    if delegate is None:
        return CheckInResult(Outcome.REFUSED, "Refused: this badge's delegate no longer exists.")
    delegation = session.get(Delegation, delegate.delegation_id)
    role = session.get(Role, delegate.role_id) if delegate.role_id is not None else None
    person = {
        "delegate_id": delegate.id,
        "name": display_name(
            delegate.honorific, delegate.given_name, delegate.family_name, delegate.name_order
        ),
        "native_name": delegate.native_name,
        "delegation": delegation.name if delegation else "",
        "role": role.name if role else "",
        "role_color": role.color if role else "",
    }
    if badge.version != delegate.badge_version:
        return CheckInResult(
            Outcome.REFUSED,
            f"Refused: this badge (version {badge.version}) was replaced by version "
            f"{delegate.badge_version}; the old badge was reported lost.",
            **person,
        )
    previous = last_entry(session=session, delegate_id=delegate.id)
    if previous is not None and previous.action == CheckInAction.IN:
        at = _as_utc(previous.at)
        where = f" at desk {previous.desk}" if previous.desk else ""
        return CheckInResult(
            Outcome.ALREADY_IN,
            f"{person['name']} was already checked in on {at:%Y-%m-%d %H:%M} UTC{where}.",
            at=at,
            desk=previous.desk,
            **person,
        )
    entry = CheckIn(delegate_id=delegate.id, desk=desk, action=CheckInAction.IN)
    if now is not None:
        entry.at = now
    session.add(entry)
    session.flush()
    return CheckInResult(
        Outcome.ADMITTED,
        f"Admitted: {person['name']} ({person['delegation']}).",
        at=_as_utc(entry.at),
        desk=desk,
        **person,
    )


def undo_check_in(*, session: Session, delegate_id: int, desk: str = "") -> bool:
    """Append an undo entry if the delegate is checked in; False if there was nothing to undo."""
    if not is_checked_in(session=session, delegate_id=delegate_id):
        return False
    session.add(CheckIn(delegate_id=delegate_id, desk=desk, action=CheckInAction.UNDO))
    session.flush()
    return True
