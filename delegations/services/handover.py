"""Handing a delegation's badges to its liaison officer against a signed custody receipt.

Protocol practice at intergovernmental meetings: one member of the delegation (usually the
liaison officer) collects all of its badges at once, shows ID and signs a receipt. A badge
handed over is *issued*; whether its holder was admitted stays derived from the check-in
journal. A badge is issued while the version handed over is its current version: a lost-badge
reprint makes a new version, which is not issued until it is handed over in turn.

`hand_over` records the hand-over and writes its receipt in one `BEGIN IMMEDIATE`
transaction: if the receipt cannot be written, nothing is recorded, and the other way round.
Plain SQL through `store.sql` (SQLite or PostgreSQL), like the other desk services.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from delegations.domain.errors import NotFound, UserError
from delegations.domain.names import display_name, fold
from delegations.services.member_order import RANK_JOIN_SQL, member_order
from delegations.services.outputs import checked_output
from delegations.services.roster import find_delegation
from delegations.store import EventFile
from delegations.store.sql import SqlConnection
from delegations.store.stored import STORED_TIME_FORMAT, stored_datetime, stored_name_order

_TIMESTAMP = STORED_TIME_FORMAT  # how SQLAlchemy stores a UTC datetime in SQLite


@dataclass(frozen=True, slots=True)
class HandoverBadge:
    """A delegate's badge as the hand-over dialog and the receipt show it."""

    delegate_id: int
    name: str  # Latin, with the honorific, in the person's own order
    native_name: str
    role: str
    email: str
    badge_version: int
    printed: bool  # a badge of this version has been printed
    issued_version: int | None  # the version last handed over; None: never

    @property
    def issued(self) -> bool:
        """The current badge has been handed over (an older version does not count)."""
        return self.issued_version == self.badge_version

    @property
    def badge_number(self) -> str:
        """What the receipt and the dialog call the badge: the holder's number and version."""
        return badge_number(self.delegate_id, self.badge_version)


def badge_number(delegate_id: int, version: int) -> str:
    return f"{delegate_id:05d}-v{version}"


@dataclass(frozen=True, slots=True)
class HandoverCandidates:
    """A delegation's badges, and the member who usually collects them."""

    delegation_id: int
    delegation: str
    badges: tuple[HandoverBadge, ...]
    suggested_collector_id: int | None  # the delegation's contact, else its head


@dataclass(frozen=True, slots=True)
class Handover:
    """A recorded hand-over, as its receipt prints it."""

    id: int
    event: str
    event_zh: str
    delegation: str
    collected_by: str
    collected_by_native: str
    handed_at: dt.datetime  # UTC
    time_zone: str  # the event's, in which the receipt shows the time
    desk: str
    badges: tuple[HandoverBadge, ...]
    receipt: Path | None = None

    @property
    def local_time(self) -> dt.datetime:
        try:
            return self.handed_at.astimezone(zoneinfo.ZoneInfo(self.time_zone))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return self.handed_at


# Reads ------------------------------------------------------------------------------------

# The delegation's members in the order of precedence, as the roster and the badges list them.
_BADGES_SQL = f"""
SELECT d.id, d.honorific, d.given_name, d.family_name, d.name_order, d.native_name,
       coalesce(r.name, ''), d.email, d.badge_version,
       EXISTS (SELECT 1 FROM badgeprint p
               WHERE p.delegate_id = d.id AND p.badge_version = d.badge_version),
       (SELECT h.badge_version FROM handedbadge h JOIN badgehandover o ON o.id = h.handover_id
        WHERE h.delegate_id = d.id ORDER BY o.handed_at DESC, o.id DESC LIMIT 1)
FROM delegate d JOIN delegation g ON g.id = d.delegation_id
LEFT JOIN role r ON r.id = d.role_id {RANK_JOIN_SQL}
WHERE d.delegation_id = ?
ORDER BY {{member_order}}
"""


def _badges(connection: SqlConnection, delegation_id: int) -> tuple[HandoverBadge, ...]:
    return tuple(
        HandoverBadge(
            delegate_id=id_,
            name=display_name(honorific, given, family, stored_name_order(order)),
            native_name=native,
            role=role,
            email=email,
            badge_version=version,
            printed=bool(printed),
            issued_version=issued,
        )
        for id_, honorific, given, family, order, native, role, email, version, printed, issued
        in connection.execute(
            _BADGES_SQL.format(member_order=member_order(connection)), (delegation_id,)
        )
    )  # fmt: skip


def _delegation(connection: SqlConnection, delegation_id: int) -> tuple[str, str, int | None]:
    row = connection.execute(
        "SELECT name, contact_email, head_id FROM delegation WHERE id = ?", (delegation_id,)
    ).fetchone()
    if row is None:
        raise NotFound("That delegation is no longer in the event; reload the list.")
    return row


def handover_candidates(event_file: EventFile, delegation_id: int) -> HandoverCandidates:
    """The delegation's badges (printed or not, with versions, issued or not) and who
    usually collects them: the member whose email is the delegation's contact, else its
    head."""
    with event_file.read() as connection:
        name, contact_email, head_id = _delegation(connection, delegation_id)
        badges = _badges(connection, delegation_id)
    contact = fold(contact_email.strip())
    suggested = next((b.delegate_id for b in badges if contact and fold(b.email) == contact), None)
    return HandoverCandidates(delegation_id, name, badges, suggested or head_id)


def issued_delegate_ids(event_file: EventFile | Path) -> frozenset[int]:
    """Delegates whose current badge has been handed over (the desk's "issued").

    Also takes the event file's path (the check-in desk's lists know only that).
    """
    if isinstance(event_file, Path):
        event_file = EventFile(event_file, created=False)
    with event_file.read() as connection:
        rows = connection.execute(
            "SELECT DISTINCT h.delegate_id FROM handedbadge h"
            " JOIN delegate d ON d.id = h.delegate_id AND d.badge_version = h.badge_version"
        )
        return frozenset(row[0] for row in rows)


# Hand-over -------------------------------------------------------------------------------


def _resolve_delegation(connection: SqlConnection, delegation: int | str) -> int:
    if isinstance(delegation, int):
        _delegation(connection, delegation)
        return delegation
    return find_delegation(session=connection, text=delegation)


def _collector(
    badges: Sequence[HandoverBadge], collected_by: int | str, delegation: str
) -> HandoverBadge:
    """The member who collects: a delegate id, or an email (case-blind)."""
    if isinstance(collected_by, int):
        found = [b for b in badges if b.delegate_id == collected_by]
    else:
        found = [b for b in badges if b.email and fold(b.email) == fold(collected_by.strip())]
    if not found:
        who = (
            "That person is not a member"
            if isinstance(collected_by, int)
            else f"{collected_by.strip()} is not the e-mail of a member"
        )
        raise UserError(
            f"{who} of {delegation}: badges are handed to someone of the delegation, usually "
            "its liaison officer."
        )
    return found[0]


def hand_over(  # noqa: PLR0913
    event_file: EventFile,
    delegation_id: int | str,
    collected_by: int | str,
    delegate_ids: Sequence[int] | None = None,
    desk: str = "",
    *,
    receipt: Path | str | None = None,
    now: dt.datetime | None = None,
) -> Handover:
    """Record that `collected_by` took the badges of `delegate_ids` (None: every member).

    `delegation_id` may also be text for `roster.find_delegation` (name, country…);
    `collected_by` a delegate id or their email. With `receipt`, the custody receipt is
    written there before the hand-over is committed.

    Raises:
        UserError: unknown delegation, a collector or badge not of that delegation, no badge
            chosen, or the receipt cannot be written; nothing is recorded or written.
    """
    out = Path(receipt) if receipt is not None else None
    if out is not None:
        checked_output(out)
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    with event_file.write_locked() as connection:
        delegation_key = _resolve_delegation(connection, delegation_id)
        name = _delegation(connection, delegation_key)[0]
        badges = _badges(connection, delegation_key)
        collector = _collector(badges, collected_by, name)
        chosen = _chosen(badges, delegate_ids, name)
        handover_id = connection.insert(
            "INSERT INTO badgehandover (delegation_id, collected_by_id, collected_by_name,"
            " handed_at, desk) VALUES (?, ?, ?, ?, ?)",
            (delegation_key, collector.delegate_id, collector.name,
             moment.replace(tzinfo=None).strftime(_TIMESTAMP), desk.strip()),
        )  # fmt: skip
        connection.executemany(
            "INSERT INTO handedbadge (handover_id, delegate_id, badge_version) VALUES (?, ?, ?)",
            [(handover_id, b.delegate_id, b.badge_version) for b in chosen],
        )
        handover = _read_handover(connection, handover_id)
        if out is not None:
            handover = _write_receipt(handover, out)
    return handover


def _chosen(
    badges: Sequence[HandoverBadge], delegate_ids: Sequence[int] | None, delegation: str
) -> list[HandoverBadge]:
    if delegate_ids is None:
        chosen = list(badges)
    else:
        wanted = set(delegate_ids)
        chosen = [b for b in badges if b.delegate_id in wanted]
        if len(chosen) != len(wanted):
            raise UserError(
                f"{len(wanted) - len(chosen)} of the chosen badges are not of {delegation} "
                "(someone moved or removed them); reload and choose again."
            )
    if not chosen and delegate_ids is not None:
        raise UserError("Choose at least one badge to hand over.")
    if not chosen:
        raise UserError(f"{delegation} has no badge to hand over: add its delegates first.")
    return chosen


def _read_handover(connection: SqlConnection, handover_id: int) -> Handover:
    row = connection.execute(
        "SELECT o.delegation_id, g.name, o.collected_by_name, coalesce(c.native_name, ''),"
        " o.handed_at, o.desk FROM badgehandover o JOIN delegation g ON g.id = o.delegation_id"
        " LEFT JOIN delegate c ON c.id = o.collected_by_id WHERE o.id = ?",
        (handover_id,),
    ).fetchone()
    if row is None:
        raise NotFound("That hand-over is no longer in the event.")
    delegation_id, delegation, collector, collector_native, handed_at, desk = row
    handed = {
        delegate_id: version
        for delegate_id, version in connection.execute(
            "SELECT delegate_id, badge_version FROM handedbadge WHERE handover_id = ?",
            (handover_id,),
        )
    }
    badges = tuple(
        # As handed over: the version on the receipt is the one handed, even if reprinted since.
        HandoverBadge(b.delegate_id, b.name, b.native_name, b.role, b.email,
                      handed[b.delegate_id], b.printed, handed[b.delegate_id])
        for b in _badges(connection, delegation_id)
        if b.delegate_id in handed
    )  # fmt: skip
    event, event_zh, time_zone = connection.execute(
        "SELECT name, name_zh, time_zone FROM event"
    ).fetchone()
    return Handover(
        handover_id, event, event_zh, delegation, collector, collector_native,
        stored_datetime(handed_at).replace(tzinfo=dt.UTC), time_zone, desk, badges,
    )  # fmt: skip


# The receipt -----------------------------------------------------------------------------


def _write_receipt(handover: Handover, out: Path) -> Handover:
    from dataclasses import replace

    from delegations.printing.receipt import ReceiptLine, render_receipt

    lines = [ReceiptLine(b.name, b.native_name, b.role, b.badge_number) for b in handover.badges]
    try:
        render_receipt(
            out,
            lines,
            event=handover.event,
            event_zh=handover.event_zh,
            delegation=handover.delegation,
            collected_by=handover.collected_by,
            collected_by_native=handover.collected_by_native,
            when=f"{handover.local_time:%d %B %Y, %H:%M} ({handover.time_zone})",
            desk=handover.desk,
        )
    except OSError as error:
        raise UserError(f"Cannot write {out}: {error.strerror or error}.") from error
    return replace(handover, receipt=out)


def custody_receipt(event_file: EventFile, handover_id: int, out: Path | str) -> Handover:
    """Write the custody receipt of a recorded hand-over to `out` (A4 PDF), again.

    Raises:
        UserError: the hand-over is gone, or the file cannot be written.
    """
    out = Path(out)
    checked_output(out)
    with event_file.read() as connection:
        handover = _read_handover(connection, handover_id)
    return _write_receipt(handover, out)
