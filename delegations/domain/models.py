"""The event's tables: one SQLite file holds one event.

Times of day in the agenda are local to the event's time zone; instants in journals
(`CheckIn.at`, `BadgePrint.printed_at`) are UTC.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Column, ForeignKey, Integer, LargeBinary
from sqlmodel import Field, SQLModel

from delegations.domain.enums import (  # noqa: F401  (re-exported: models and enums go together)
    CheckInAction,
    NameOrder,
    PrintReason,
    SessionKind,
    SpeakerRole,
)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Event(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_zh: str = ""
    start_date: dt.date
    end_date: dt.date
    venue: str = ""
    city: str = ""
    time_zone: str = "UTC"
    languages: str = "en"  # comma-separated BCP 47 tags, in the order of the programme
    welcome_text: str = ""
    signing_secret: str = Field(default_factory=lambda: uuid.uuid4().hex + uuid.uuid4().hex)
    organiser_pin_hash: str = ""  # "" = no PIN set; else a salted scrypt hash (see services)
    # False while the event is still named after its file (a new event): someone has yet to
    # set its name and dates; badge and booklet preflight say so (migration 0004).
    details_confirmed: bool = False
    # Order of precedence (migration 0008; rules in domain/precedence.py): "asean" = member
    # states in the alphabetical order of their English names (ASEAN Charter Art. 31), the host
    # and the dialogue partners placed "first", "last" or at the "chair"; "manual" = the
    # delegations' protocol_order as set by hand. Countries are ISO 3166-1 alpha-2 codes.
    precedence_rule: str = "asean"
    host_country: str = ""
    host_place: str = "last"
    partner_countries: str = ""  # comma-separated
    partner_place: str = "last"


class Role(SQLModel, table=True):
    """An accreditation category; its colour is the badge's role band."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    name: str
    color: str = "#607d8b"
    sort_order: int = 0


class Rank(SQLModel, table=True):
    """A rung of the event's editable rank list (Minister, Vice-Minister, …): within a
    delegation the head comes first, then members by rank (lower sort_order first)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    name_zh: str = ""
    sort_order: int = 0


class Delegation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    country: str = Field(index=True)  # ISO 3166-1 alpha-2
    name: str
    institution: str = ""
    protocol_order: int = 0
    # The head is a member delegate; the cycle delegation <-> delegate is closed with use_alter.
    head_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer,
            ForeignKey(
                "delegate.id", ondelete="SET NULL", use_alter=True, name="fk_delegation_head"
            ),
            nullable=True,
        ),
    )
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    arrival: dt.date | None = None
    departure: dt.date | None = None
    notes: str = ""


class Delegate(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    delegation_id: int = Field(foreign_key="delegation.id", index=True, ondelete="CASCADE")
    role_id: int | None = Field(default=None, foreign_key="role.id", ondelete="SET NULL")
    # ON DELETE SET NULL in the file (migration 0008 adds the column with it); not declared
    # here because SQLite reflection cannot see an added column's ON DELETE, and the model is
    # compared with the migrated file.
    rank_id: int | None = Field(default=None, foreign_key="rank.id")
    honorific: str = ""
    given_name: str = ""
    family_name: str = ""
    native_name: str = ""
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    position: str = ""
    organisation: str = ""
    email: str = Field(default="", index=True)
    phone: str = ""
    dietary: str = ""
    access_needs: str = ""
    photo: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    arrival: dt.date | None = None
    departure: dt.date | None = None
    notes: str = ""
    badge_version: int = 1


class Speaker(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    honorific: str = ""
    given_name: str = ""
    family_name: str = ""
    native_name: str = ""
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    position: str = ""
    organisation: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, or empty
    bio: str = ""
    photo: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    delegate_id: int | None = Field(default=None, foreign_key="delegate.id", ondelete="SET NULL")


class Room(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    capacity: int | None = None
    floor: str = ""
    sort_order: int = 0


class AgendaSession(SQLModel, table=True):
    # Ids are never reused (migration 0003): programme versions match sessions by id.
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    day: dt.date = Field(index=True)
    start_time: dt.time
    end_time: dt.time
    room_id: int | None = Field(default=None, foreign_key="room.id", ondelete="SET NULL")
    kind: SessionKind = SessionKind.SEMINAR
    title_en: str
    title_zh: str = ""
    description: str = ""
    chair_id: int | None = Field(default=None, foreign_key="speaker.id", ondelete="SET NULL")
    interpretation: str = ""  # comma-separated language tags
    expected_attendance: int | None = None


class SessionSpeaker(SQLModel, table=True):
    session_id: int = Field(foreign_key="agendasession.id", primary_key=True, ondelete="CASCADE")
    speaker_id: int = Field(foreign_key="speaker.id", primary_key=True, ondelete="CASCADE")
    position: int = 0
    role: SpeakerRole = SpeakerRole.PANELLIST


class CheckIn(SQLModel, table=True):
    """Append-only journal of admissions; a delegate's status is derived from it."""

    uuid: str = Field(default_factory=lambda: str(uuid.uuid4()), primary_key=True)
    delegate_id: int = Field(foreign_key="delegate.id", index=True, ondelete="CASCADE")
    at: dt.datetime = Field(default_factory=utc_now)
    desk: str = ""
    action: CheckInAction = CheckInAction.IN


class BadgePrint(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    delegate_id: int = Field(foreign_key="delegate.id", index=True, ondelete="CASCADE")
    printed_at: dt.datetime = Field(default_factory=utc_now)
    layout: str
    reason: PrintReason = PrintReason.FIRST
    badge_version: int = 1


class BadgeHandover(SQLModel, table=True):
    """A delegation's badges collected at once by one of its delegates (usually the liaison
    officer) against ID, who signs a custody receipt. The badges become "issued"; whether
    their holders were admitted stays derived from the `CheckIn` journal."""

    id: int | None = Field(default=None, primary_key=True)
    delegation_id: int = Field(foreign_key="delegation.id", index=True, ondelete="CASCADE")
    # The collector may later leave the roster; the receipt's name is kept as signed.
    collected_by_id: int | None = Field(
        default=None, foreign_key="delegate.id", ondelete="SET NULL"
    )
    collected_by_name: str
    handed_at: dt.datetime = Field(default_factory=utc_now)
    desk: str = ""


class HandedBadge(SQLModel, table=True):
    """One badge of a hand-over: whose, and which version of it (a later lost-badge reprint
    makes a new version that is not issued until handed over again)."""

    handover_id: int = Field(foreign_key="badgehandover.id", primary_key=True, ondelete="CASCADE")
    delegate_id: int = Field(
        foreign_key="delegate.id", primary_key=True, index=True, ondelete="CASCADE"
    )
    badge_version: int = 1


class EventLayout(SQLModel, table=True):
    """A badge layout of this event, made from a bundled one ("duplicate to edit") or
    imported: the layout file's JSON with its images embedded as data URIs (migration 0007)."""

    name: str = Field(primary_key=True)
    data: str
    updated_at: dt.datetime = Field(default_factory=utc_now)


class RoleLayout(SQLModel, table=True):
    """The layout a role's badges print with when a run does not name one."""

    role_id: int = Field(foreign_key="role.id", primary_key=True, ondelete="CASCADE")
    layout: str  # an event layout's or a bundled layout's name


class ProgrammeVersion(SQLModel, table=True):
    """A published state of the agenda; `snapshot` is its JSON, the basis of errata."""

    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(unique=True)
    published_at: dt.datetime = Field(default_factory=utc_now)
    note: str = ""
    snapshot: str


# Seating (migration 0009; layouts and assignment in domain/seating.py) ----------------------


class RoomLayout(SQLModel, table=True):
    """A room's seat layout: its kind ("hollow-square", "theatre", …) and counts as JSON."""

    room_id: int = Field(foreign_key="room.id", primary_key=True, ondelete="CASCADE")
    kind: str
    parameters: str = "{}"
    updated_at: dt.datetime = Field(default_factory=utc_now)


class SeatingPlan(SQLModel, table=True):
    """A session's seating plan in its room's layout; `host_place` is where the host sits:
    "rule" (as the event's order of precedence places it), "in-order", "beside-chair" or
    "opposite-chair"."""

    session_id: int = Field(foreign_key="agendasession.id", primary_key=True, ondelete="CASCADE")
    host_place: str = "in-order"
    updated_at: dt.datetime = Field(default_factory=utc_now)


class SeatQuota(SQLModel, table=True):
    """How many seats a delegation has in a session: at the table and behind it."""

    session_id: int = Field(
        foreign_key="seatingplan.session_id", primary_key=True, ondelete="CASCADE"
    )
    delegation_id: int = Field(foreign_key="delegation.id", primary_key=True, ondelete="CASCADE")
    at_table: int = 0
    behind: int = 0


class SeatAssignment(SQLModel, table=True):
    """A seat (by its label in the room's layout) given to a delegation's place; who sits in
    it is apart: replacing a head by a deputy changes the occupant, not the seat."""

    session_id: int = Field(
        foreign_key="seatingplan.session_id", primary_key=True, ondelete="CASCADE"
    )
    seat: str = Field(primary_key=True)
    delegation_id: int = Field(foreign_key="delegation.id", index=True, ondelete="CASCADE")
    at_table: bool = False
    occupant_id: int | None = Field(default=None, foreign_key="delegate.id", ondelete="SET NULL")


# Bilateral meetings (migration 0010; the scheduler in domain/bilaterals.py) ----------------


class BilateralRoom(SQLModel, table=True):
    """A room set aside for bilateral meetings: the scheduler places meetings only here."""

    room_id: int = Field(foreign_key="room.id", primary_key=True, ondelete="CASCADE")


class BilateralRequest(SQLModel, table=True):
    """A meeting asked for between a delegation and another delegation, or an organisation
    named in text (`counterpart_name`). Once scheduled it has a room, a day and a time;
    `status` is "requested", "scheduled" or "cancelled"."""

    id: int | None = Field(default=None, primary_key=True)
    delegation_id: int = Field(foreign_key="delegation.id", index=True, ondelete="CASCADE")
    counterpart_id: int | None = Field(
        default=None, foreign_key="delegation.id", index=True, ondelete="CASCADE"
    )
    counterpart_name: str = ""
    duration_minutes: int = 30
    languages: str = ""  # comma-separated BCP 47 tags spoken at the meeting
    interpretation: str = ""  # e.g. "zh-en", free text
    notes: str = ""
    status: str = "requested"
    room_id: int | None = Field(default=None, foreign_key="room.id", ondelete="SET NULL")
    day: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    updated_at: dt.datetime = Field(default_factory=utc_now)


class BilateralParticipant(SQLModel, table=True):
    """A delegate (of either side) who attends a bilateral meeting."""

    request_id: int = Field(foreign_key="bilateralrequest.id", primary_key=True, ondelete="CASCADE")
    delegate_id: int = Field(
        foreign_key="delegate.id", primary_key=True, index=True, ondelete="CASCADE"
    )


class BilateralWindow(SQLModel, table=True):
    """A time a bilateral meeting may take place in: a day, from, to."""

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="bilateralrequest.id", index=True, ondelete="CASCADE")
    day: dt.date
    start_time: dt.time
    end_time: dt.time


# Agreement signings (migration 0011; the rules in domain/signings.py) ----------------------


class SigningCeremony(SQLModel, table=True):
    """A signing ceremony: when and where; its agreements are signed in their running order."""

    id: int | None = Field(default=None, primary_key=True)
    title_en: str
    title_zh: str = ""
    day: dt.date
    start_time: dt.time
    place: str = ""  # a room's name or any place


class Agreement(SQLModel, table=True):
    """An agreement to be signed: an MoU, an agreement or a letter of intent; `running_order`
    is its place in its ceremony (1, 2, …; 0 = not yet placed)."""

    id: int | None = Field(default=None, primary_key=True)
    title_en: str
    title_zh: str = ""
    kind: str = "mou"  # "mou", "agreement", "letter-of-intent"
    ceremony_id: int | None = Field(
        default=None, foreign_key="signingceremony.id", index=True, ondelete="SET NULL"
    )
    running_order: int = 0


class AgreementParty(SQLModel, table=True):
    """An institution or company that is a party to an agreement, and who signs for it."""

    agreement_id: int = Field(foreign_key="agreement.id", primary_key=True, ondelete="CASCADE")
    position: int = Field(primary_key=True)  # 1, 2, … as the agreement names the parties
    name: str
    kind: str = "institution"  # "institution" or "company"
    country: str = ""  # ISO 3166-1 alpha-2; "" = not known
    signatory_id: int | None = Field(
        default=None, foreign_key="delegate.id", index=True, ondelete="SET NULL"
    )


class AgreementWitness(SQLModel, table=True):
    """A delegate who witnesses an agreement's signing (stands behind the table)."""

    agreement_id: int = Field(foreign_key="agreement.id", primary_key=True, ondelete="CASCADE")
    delegate_id: int = Field(
        foreign_key="delegate.id", primary_key=True, index=True, ondelete="CASCADE"
    )
    position: int = 0


# Travel (migration 0012; the rules in domain/travel.py) -------------------------------------


class TravelLeg(SQLModel, table=True):
    """One arrival at, or departure from, the event's city: a flight, a train or a car.

    `place` is the airport or station code at the event's end ("KWE"), `other_end` where the
    journey starts (arrivals) or ends (departures), `via` its connections ("CAN", "KMG CAN").
    `day` and `time` are local to the event's time zone. Several delegates may share a leg
    (a delegation flying together) through `DelegateLeg`.
    """

    id: int | None = Field(default=None, primary_key=True)
    direction: str = Field(index=True)  # "arrival" or "departure"
    mode: str = "flight"  # "flight", "train" or "car"
    carrier: str = ""  # "China Southern", "China Railway"
    number: str = ""  # "CZ3416", "G2961"
    day: dt.date = Field(index=True)
    time: dt.time | None = None
    place: str = ""
    terminal: str = ""
    other_end: str = ""
    via: str = ""
    notes: str = ""
    updated_at: dt.datetime = Field(default_factory=utc_now)


class DelegateLeg(SQLModel, table=True):
    """A delegate travelling on a leg, with what they need on it; `needs` is comma-separated
    from "wheelchair", "vip-lane", "luggage", "meet-at-gate" (free text is kept as written)."""

    delegate_id: int = Field(foreign_key="delegate.id", primary_key=True, ondelete="CASCADE")
    leg_id: int = Field(
        foreign_key="travelleg.id", primary_key=True, index=True, ondelete="CASCADE"
    )
    needs: str = ""


# Hotels and rooming (migration 0013; the rules in domain/hotels.py) ------------------------


class Hotel(SQLModel, table=True):
    """A hotel where the event books rooms for its delegates."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    name_zh: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""  # the reservations desk, where the rooming list goes


class HotelRoomType(SQLModel, table=True):
    """A kind of room at a hotel ("Deluxe King", "Twin", "Executive Suite") and how many it
    sleeps; its name is unique within the hotel (checked by services.hotels)."""

    id: int | None = Field(default=None, primary_key=True)
    hotel_id: int = Field(foreign_key="hotel.id", index=True, ondelete="CASCADE")
    name: str
    sleeps: int = 1


class RoomBlock(SQLModel, table=True):
    """Rooms of one type the hotel holds for the event: `rooms` each night from `check_in`
    to the night before `check_out`."""

    id: int | None = Field(default=None, primary_key=True)
    room_type_id: int = Field(foreign_key="hotelroomtype.id", index=True, ondelete="CASCADE")
    check_in: dt.date
    check_out: dt.date
    rooms: int


class HotelRoom(SQLModel, table=True):
    """A room of the rooming list; `number` is the hotel's, "" until it gives one."""

    id: int | None = Field(default=None, primary_key=True)
    room_type_id: int = Field(foreign_key="hotelroomtype.id", index=True, ondelete="CASCADE")
    number: str = ""


class RoomStay(SQLModel, table=True):
    """Where a delegate sleeps: a room (shared when others have the same one), the dates
    (None: from their travel) and their requests. No room with `own_arrangements` means they
    need none (they live in the city, or stay with their embassy)."""

    delegate_id: int = Field(foreign_key="delegate.id", primary_key=True, ondelete="CASCADE")
    room_id: int | None = Field(
        default=None, foreign_key="hotelroom.id", index=True, ondelete="SET NULL"
    )
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    requests: str = ""  # "non-smoking, high floor", "adjoining the minister's"
    own_arrangements: bool = False


# Transfers (migration 0014; the rules in domain/transfers.py) ------------------------------


class TransferSettingsRow(SQLModel, table=True):
    """The event's transfer settings (one row, id 1; none: the defaults of
    domain.transfers.TransferSettings). `vehicles` as "car=3,van=7,coach=40";
    `meeting_points` and `greeters` one "KWE T2=Gate 3" a line (a terminal or a whole
    airport or station; "KWE VIP=…" for the VIP lane)."""

    id: int | None = Field(default=None, primary_key=True)
    window: int = 60  # minutes
    vehicles: str = "car=3,van=7,coach=40"
    flight_lead: int = 180  # minutes before the leg's time: the pick-up at the hotel
    train_lead: int = 75
    car_lead: int = 30
    meeting_points: str = ""
    greeters: str = ""


class PrintedManifest(SQLModel, table=True):
    """What a printed (or exported) manifest of a day and direction showed: `seats` the JSON
    list of domain.transfers.PrintedSeat, so the next print lists the changes since."""

    id: int | None = Field(default=None, primary_key=True)
    day: dt.date = Field(index=True)
    direction: str  # "arrival" or "departure"
    printed_at: dt.datetime = Field(default_factory=utc_now)
    seats: str = "[]"
