"""Transfers: the day's vehicles from the event's travel legs, and their manifests (PDF, .xlsx).

The plan is made by `domain.transfers` from the legs (`travelleg`, `delegateleg`) read with
plain `sqlite3` in one short read: a delegate's name in their own order, their delegation (in
protocol order), phone, whether they are the head of delegation or a VIP (role "vip") and
what they need on the leg. The hotel is the one of their room in the rooming list (`roomstay`
→ `hotelroom` → `hotelroomtype` → `hotel`), blank for someone not roomed yet — departures then
share a "no hotel" pick-up, which the manifest shows as a blank hotel.

Nothing here writes to the event file: the plan is recomputed whenever it is asked for (2,000
arrivals and 2,000 departures read and planned in about 120 ms of CPU; see
tests/benchmarks/bench_transfers.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy.exc import OperationalError

from delegations.domain.countries import chinese_country_names
from delegations.domain.errors import UserError
from delegations.domain.names import display_name
from delegations.domain.transfers import (
    Direction,
    Leg,
    PrintedSeat,
    SeatChange,
    Transfer,
    TransferPlan,
    TransferSettings,
    Traveller,
    changes_since,
    parse_vehicles,
    plan_transfers,
    printed_seats,
)
from delegations.files import replaced_atomically
from delegations.progress import Cancelled, Progress, never, no_progress
from delegations.services.outputs import writing
from delegations.store import EventFile, SqlConnection
from delegations.store.stored import (
    stored_date,
    stored_datetime,
    stored_name_order,
    stored_time,
)

FORMATS = (".pdf", ".xlsx")


# Settings -----------------------------------------------------------------------------------


def transfer_settings(
    *,
    base: TransferSettings | None = None,
    window: int | None = None,
    lead: int | None = None,
    train_lead: int | None = None,
    vehicles: str | None = None,
    greeters: Iterable[str] = (),
    meeting_points: Iterable[str] = (),
) -> TransferSettings:
    """Settings from the command line's words: `vehicles` "car=3,van=7,coach=40"; `greeters`
    and `meeting_points` "KWE T2=Ms Wang Li" (a terminal, or a whole airport or station);
    `lead` for flights, `train_lead` for trains, in minutes. Unset values keep those of
    `base` (the event's saved settings, `saved_settings`), else the defaults; a greeter or
    meeting point given replaces the base's for that place only.

    Raises:
        UserError: one sentence naming the value refused.
    """
    defaults = base or TransferSettings()
    leads = dict(defaults.lead)
    if lead is not None:
        leads["flight"] = lead
    if train_lead is not None:
        leads["train"] = train_lead
    return TransferSettings(
        window=defaults.window if window is None else window,
        vehicles=defaults.vehicles if vehicles is None else parse_vehicles(vehicles),
        lead=leads,
        clearance=dict(defaults.clearance),
        greeters={**defaults.greeters,
                  **_assignments(greeters, "greeting officer", "KWE T2=Ms Wang Li")},
        meeting_points={**defaults.meeting_points,
                        **_assignments(meeting_points, "meeting point", "KWE T2=Gate 3")},
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class SettingsText:
    """The settings as a form shows and edits them: `vehicles` "car=3,van=7,coach=40",
    `meeting_points` and `greeters` one "KWE T2=Gate 3" a line."""

    window: int = 60
    vehicles: str = "car=3,van=7,coach=40"
    flight_lead: int = 180
    train_lead: int = 75
    car_lead: int = 30
    meeting_points: str = ""
    greeters: str = ""


_SETTINGS_COLUMNS = ("window", "vehicles", "flight_lead", "train_lead", "car_lead",
                     "meeting_points", "greeters")  # fmt: skip
# As SQL names: WINDOW is a reserved word in PostgreSQL, so each is quoted.
_SETTINGS_SQL = [f'"{name}"' for name in _SETTINGS_COLUMNS]


def saved_settings_text(event_file: EventFile) -> SettingsText:
    """The event's saved transfer settings as text (the defaults when none are saved)."""
    with event_file.read() as connection:
        try:
            row = connection.execute(
                f"SELECT {', '.join(_SETTINGS_SQL)} FROM transfersettingsrow WHERE id = 1"
            ).fetchone()
        except OperationalError:  # an event file from before migration 0014
            row = None
    return SettingsText() if row is None else SettingsText(*row)


def saved_settings(event_file: EventFile) -> TransferSettings:
    """The event's transfer settings (the command line's options override them)."""
    return settings_from_text(saved_settings_text(event_file))


def settings_from_text(text: SettingsText) -> TransferSettings:
    """Raises:
    UserError: a value refused, in one sentence (which value, and what is expected)."""
    defaults = TransferSettings()
    return TransferSettings(
        window=text.window,
        vehicles=parse_vehicles(text.vehicles),
        lead={**defaults.lead, "flight": text.flight_lead, "train": text.train_lead,
              "car": text.car_lead},
        greeters=_assignments(_lines(text.greeters), "greeting officer", "KWE T2=Ms Wang Li"),
        meeting_points=_assignments(_lines(text.meeting_points), "meeting point",
                                    "KWE T2=Gate 3"),
    )  # fmt: skip


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def update_settings(
    event_file: EventFile,
    *,
    window: int | None = None,
    lead: int | None = None,
    train_lead: int | None = None,
    car_lead: int | None = None,
    vehicles: str | None = None,
    greeters: Iterable[str] = (),
    meeting_points: Iterable[str] = (),
) -> SettingsText:
    """Change the saved settings given (the command line's words, as `transfer_settings`); a
    greeter or meeting point replaces the saved one for its place, "PLACE=" removes it.

    Raises:
        UserError: a value refused, in one sentence; nothing is saved then.
    """
    text = saved_settings_text(event_file)

    def merged(saved: str, given: Iterable[str], what: str, example: str) -> str:
        table = {" ".join(k.split()).upper(): v for k, _eq, v in
                 (line.partition("=") for line in _lines(saved))}  # fmt: skip
        for line in given:
            place, equals, value = line.partition("=")
            if not equals or not place.strip():
                raise UserError(f"The {what} “{line}” is not PLACE=TEXT (e.g. {example}).")
            table[" ".join(place.split()).upper()] = value.strip()
        return "\n".join(f"{k}={v.strip()}" for k, v in table.items() if v.strip())

    changed = SettingsText(
        text.window if window is None else window,
        text.vehicles if vehicles is None else vehicles,
        text.flight_lead if lead is None else lead,
        text.train_lead if train_lead is None else train_lead,
        text.car_lead if car_lead is None else car_lead,
        merged(text.meeting_points, meeting_points, "meeting point", "KWE T2=Gate 3"),
        merged(text.greeters, greeters, "greeting officer", "KWE T2=Ms Wang Li"),
    )  # fmt: skip
    save_settings(event_file, changed)
    return saved_settings_text(event_file)


def save_settings(event_file: EventFile, text: SettingsText) -> TransferSettings:
    """Save the event's transfer settings (one transaction); refused whole if a value is.

    Raises:
        UserError: a value refused, in one sentence; nothing is saved then.
    """
    settings = settings_from_text(text)
    tidy = SettingsText(text.window, ",".join(f"{v.kind}={v.seats}" for v in settings.vehicles),
                        text.flight_lead, text.train_lead, text.car_lead,
                        "\n".join(_lines(text.meeting_points)), "\n".join(_lines(text.greeters)))  # fmt: skip
    values = [getattr(tidy, name) for name in _SETTINGS_COLUMNS]
    with event_file.write_locked() as connection:
        connection.execute(
            f"INSERT INTO transfersettingsrow (id, {', '.join(_SETTINGS_SQL)}) "
            f"VALUES (1, {', '.join('?' for _ in values)}) ON CONFLICT (id) DO UPDATE SET "
            + ", ".join(f"{name} = excluded.{name}" for name in _SETTINGS_SQL),
            values,
        )
    return settings


def _assignments(texts: Iterable[str], what: str, example: str) -> dict[str, str]:
    table = {}
    for text in texts:
        place, equals, value = text.partition("=")
        if not equals or not place.strip() or not value.strip():
            raise UserError(f"The {what} “{text}” is not PLACE=TEXT (e.g. {example}).")
        table[" ".join(place.split()).upper()] = value.strip()
    return table


# Reads --------------------------------------------------------------------------------------


def _d(value: object) -> dt.date:
    return stored_date(value)


def _t(value: object) -> dt.time | None:
    return stored_time(value)


@dataclass(frozen=True, slots=True)
class _Person:
    traveller: Traveller
    country: str


def _people(connection: SqlConnection) -> dict[int, _Person]:
    hotels = _hotels(connection)
    people = {}
    for (id_, honorific, given, family, native, order, phone, delegation, protocol_order,
         country, head, role) in connection.execute(
        "SELECT p.id, p.honorific, p.given_name, p.family_name, p.native_name, p.name_order, "
        "p.phone, d.name, d.protocol_order, d.country, d.head_id = p.id, r.code "
        "FROM delegate p JOIN delegation d ON d.id = p.delegation_id "
        "LEFT JOIN role r ON r.id = p.role_id "
        "WHERE p.id IN (SELECT delegate_id FROM delegateleg)"
    ).fetchall():  # fmt: skip
        name = display_name(honorific, given, family, stored_name_order(order)) or native
        traveller = Traveller(
            id_, name or f"Delegate {id_}", delegation, protocol_order,
            native_name=native if native != name else "", phone=phone, hotel=hotels.get(id_, ""),
            is_head=bool(head) or role == "hod", is_vip=role == "vip",
        )  # fmt: skip
        people[id_] = _Person(traveller, country)
    return people


def _hotels(connection: SqlConnection) -> dict[int, str]:
    """Each roomed delegate's hotel (none when the hotels' tables are not there yet)."""
    try:
        return dict(connection.execute(
            "SELECT s.delegate_id, h.name FROM roomstay s "
            "JOIN hotelroom r ON r.id = s.room_id "
            "JOIN hotelroomtype t ON t.id = r.room_type_id JOIN hotel h ON h.id = t.hotel_id"
        ).fetchall())  # fmt: skip
    except OperationalError:  # an event file from before migration 0013
        return {}


def _legs(connection: SqlConnection, people: dict[int, _Person]) -> list[Leg]:
    riders: dict[int, list[Traveller]] = defaultdict(list)
    for leg_id, delegate_id, needs in connection.execute(
        "SELECT leg_id, delegate_id, needs FROM delegateleg ORDER BY leg_id, delegate_id"
    ).fetchall():
        person = people[delegate_id].traveller
        wanted = tuple(n.strip() for n in needs.split(",") if n.strip())
        riders[leg_id].append(_with_needs(person, wanted) if wanted else person)
    return [
        Leg(
            id_,
            Direction(direction),
            _d(day),
            _t(time),
            mode=mode,
            carrier=carrier,
            number=number,
            place=place,
            terminal=terminal,
            other_end=other_end,
            travellers=tuple(riders[id_]),
        )  # fmt: skip
        for id_, direction, day, time, mode, carrier, number, place, terminal, other_end in (
            connection.execute(
                "SELECT id, direction, day, time, mode, carrier, number, place, terminal, "
                "other_end FROM travelleg"
            ).fetchall()
        )
        if riders[id_]
    ]


def _with_needs(traveller: Traveller, needs: tuple[str, ...]) -> Traveller:
    from dataclasses import replace

    return replace(traveller, needs=needs)


def _read(event_file: EventFile) -> tuple[list[Leg], dict[int, _Person], tuple[str, str]]:
    with event_file.read() as connection:
        people = _people(connection)
        legs = _legs(connection, people)
        name, name_zh = connection.execute("SELECT name, name_zh FROM event LIMIT 1").fetchone()
    return legs, people, (name, name_zh)


def transfer_plan(event_file: EventFile, settings: TransferSettings | None = None) -> TransferPlan:
    """Every day's vehicles, arrivals and departures (see `domain.transfers`)."""
    legs, _people_, _event = _read(event_file)
    return plan_transfers(legs, settings or saved_settings(event_file))


@dataclass(frozen=True, slots=True)
class DayTransfers:
    day: dt.date
    direction: Direction | None
    transfers: tuple[Transfer, ...]
    unplanned: tuple[str, ...]  # one sentence per leg of the day without a time

    @property
    def passengers(self) -> int:
        return sum(len(t.passengers) for t in self.transfers)


def day_transfers(
    event_file: EventFile,
    day: dt.date | str,
    *,
    direction: Direction | str | None = None,
    settings: TransferSettings | None = None,
) -> DayTransfers:
    """A day's vehicles (arrivals, departures, or both).

    Raises:
        UserError: a day that is not a date, a direction other than arrivals/departures.
    """
    day, direction = _checked_day(day), _checked_direction(direction)
    plan = plan_transfers(_read(event_file)[0], settings or saved_settings(event_file))
    return _on(plan, day, direction)


def _on(plan: TransferPlan, day: dt.date, direction: Direction | None) -> DayTransfers:
    unplanned = tuple(reason for leg, reason in plan.unplanned
                      if leg.day == day and direction in (None, leg.direction))  # fmt: skip
    return DayTransfers(day, direction, plan.on(day, direction), unplanned)


def _checked_day(day: dt.date | str) -> dt.date:
    if isinstance(day, dt.date):
        return day
    try:
        return dt.date.fromisoformat(day.strip())
    except ValueError:
        raise UserError(f"The day “{day}” is not a date; write it as 2025-07-24.") from None


def _checked_direction(direction: Direction | str | None) -> Direction | None:
    if direction is None or isinstance(direction, Direction):
        return direction
    words = {"arrival": Direction.ARRIVAL, "arrivals": Direction.ARRIVAL,
             "departure": Direction.DEPARTURE, "departures": Direction.DEPARTURE}  # fmt: skip
    if (found := words.get(direction.strip().casefold())) is None:
        raise UserError(f"The direction “{direction}” is neither arrivals nor departures.")
    return found


# Manifests ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ManifestChanges:
    """What changed on a direction's manifest of a day since it was last printed (or
    exported); `printed_at` None: never printed, so nothing to list."""

    direction: Direction
    printed_at: dt.datetime | None
    changes: tuple[SeatChange, ...] = ()

    @property
    def heading(self) -> str:
        english = "Arrivals" if self.direction is Direction.ARRIVAL else "Departures"
        local = self.printed_at.astimezone() if self.printed_at else None
        when = f"{local:%d %b %Y %H:%M}" if local else "never"
        count = len(self.changes)
        return (f"{english}: {count} change{'s' if count != 1 else ''} since the print "
                f"of {when}")  # fmt: skip


@dataclass(frozen=True, slots=True)
class ManifestWritten:
    path: Path
    pages: int  # 0 for a workbook
    vehicles: int
    passengers: int
    unplanned: tuple[str, ...] = ()
    cancelled: bool = False  # nothing was written
    changes: tuple[ManifestChanges, ...] = ()  # since the last print, per direction printed


def _directions(direction: Direction | None) -> tuple[Direction, ...]:
    return (Direction.ARRIVAL, Direction.DEPARTURE) if direction is None else (direction,)


def _last_printed(connection: SqlConnection, day: dt.date, direction: Direction
                  ) -> tuple[dt.datetime, tuple[PrintedSeat, ...]] | None:  # fmt: skip
    try:
        row = connection.execute(
            "SELECT printed_at, seats FROM printedmanifest WHERE day = ? AND direction = ? "
            "ORDER BY printed_at DESC, id DESC LIMIT 1", (day.isoformat(), direction.value)
        ).fetchone()  # fmt: skip
    except OperationalError:  # an event file from before migration 0014
        return None
    if row is None:
        return None
    printed_at = stored_datetime(row[0])
    if printed_at.tzinfo is None:
        printed_at = printed_at.replace(tzinfo=dt.UTC)
    return printed_at, tuple(PrintedSeat(**seat) for seat in json.loads(row[1]))


def _changes(event_file: EventFile, chosen: DayTransfers) -> tuple[ManifestChanges, ...]:
    found = []
    with event_file.read() as connection:
        for direction in _directions(chosen.direction):
            last = _last_printed(connection, chosen.day, direction)
            if last is None:
                found.append(ManifestChanges(direction, None))
                continue
            now = printed_seats(t for t in chosen.transfers if t.direction is direction)
            found.append(ManifestChanges(direction, last[0], tuple(changes_since(last[1], now))))
    return tuple(found)


def manifest_changes(
    event_file: EventFile,
    day: dt.date | str,
    *,
    direction: Direction | str | None = None,
    settings: TransferSettings | None = None,
    plan: TransferPlan | None = None,
) -> tuple[ManifestChanges, ...]:
    """The changes on the day's manifest (each direction, or the one given) since it was
    last printed; the event's saved settings unless `settings` are given; `plan`: the one
    `transfer_plan` just gave (a window showing it), not planned again.

    Raises:
        UserError: a bad day or direction.
    """
    day, direction = _checked_day(day), _checked_direction(direction)
    if plan is None:
        plan = plan_transfers(_read(event_file)[0], settings or saved_settings(event_file))
    return _changes(event_file, _on(plan, day, direction))


def record_print(
    event_file: EventFile,
    day: dt.date | str,
    *,
    direction: Direction | str | None = None,
    settings: TransferSettings | None = None,
) -> None:
    """Keep the day's manifest as printed now (when a printer, not `write_manifest`, made
    the copy: the window renders without recording and records once the printer has it).

    Raises:
        UserError: a bad day or direction.
    """
    day, direction = _checked_day(day), _checked_direction(direction)
    plan = plan_transfers(_read(event_file)[0], settings or saved_settings(event_file))
    _record_print(event_file, _on(plan, day, direction))


def _record_print(event_file: EventFile, chosen: DayTransfers) -> None:
    """Keep what the manifest showed, per direction, for the next print's changes."""
    printed_at = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    rows = []
    for direction in _directions(chosen.direction):
        seats = printed_seats(t for t in chosen.transfers if t.direction is direction)
        rows.append((chosen.day.isoformat(), direction.value, printed_at,
                     json.dumps([asdict(seat) for seat in seats], ensure_ascii=False)))  # fmt: skip
    with event_file.write_locked() as connection:
        connection.executemany(
            "INSERT INTO printedmanifest (day, direction, printed_at, seats) VALUES (?, ?, ?, ?)",
            rows,
        )


def write_manifest(
    event_file: EventFile,
    day: dt.date | str,
    out: Path | str,
    *,
    direction: Direction | str | None = None,
    settings: TransferSettings | None = None,
    changes_only: bool = False,
    record: bool = True,
    progress: Progress = no_progress,
    cancelled: Cancelled = never,
) -> ManifestWritten:
    """Write the day's manifest: a PDF (A4: the changes since the last print first, then
    each vehicle with its passengers and a tick column, then the greeters' sign list for
    arrivals) or an .xlsx workbook (sheets "Changes", "Manifest" and "Signs"), by the suffix
    of `out`. Both directions unless one is given; the event's saved settings unless
    `settings` are given. `changes_only`: only the changes. Unless `record` is False (a
    preview), what the manifest shows is kept for the next print's changes.
    `progress(done, total)` counts the PDF's vehicles; `cancelled()` stops it, writing nothing.

    Raises:
        UserError: a bad day, direction or file name, the file cannot be written, or only
            the changes are asked for and the manifest was never printed.
    """
    out = Path(out)
    if out.suffix.lower() not in FORMATS:
        raise UserError(f"Write the manifest to a .pdf or .xlsx file, not “{out.name}”.")
    day, direction = _checked_day(day), _checked_direction(direction)
    settings = settings or saved_settings(event_file)
    legs, people, event = _read(event_file)
    chosen = _on(plan_transfers(legs, settings), day, direction)
    changes = _changes(event_file, chosen)
    if changes_only and all(c.printed_at is None for c in changes):
        raise UserError(f"The manifest of {day:%d %B %Y} was never printed: there are no "
                        "changes since to list; print it whole first.")  # fmt: skip
    printed = tuple(c for c in changes if c.printed_at is not None)
    # A whole manifest lists the changes only when there are some (no page of "No change").
    listed = printed if changes_only or any(c.changes for c in printed) else ()
    countries = {p.traveller.id: p.country for p in people.values()}
    with writing(out) as path:
        if path.suffix.lower() == ".pdf":
            pages = _write_pdf(path, chosen, event, countries, progress, cancelled,
                               listed, changes_only)  # fmt: skip
            if pages is None:
                return ManifestWritten(path, 0, 0, 0, cancelled=True)
        else:
            pages = 0
            _write_xlsx(path, chosen, countries, listed, changes_only)
    if record:
        _record_print(event_file, chosen)
    return ManifestWritten(path, pages, len(chosen.transfers), chosen.passengers,
                           chosen.unplanned, changes=printed)  # fmt: skip


def _title(chosen: DayTransfers) -> tuple[str, str]:
    from delegations.printing.manifests import WORDS

    if chosen.direction is None:
        english, chinese = "Transfers", "接送站"
    else:
        english, chinese = WORDS[chosen.direction.value]
    day = chosen.day
    return (f"{english} — {day:%A} {day.day} {day:%B %Y}",
            f"{chinese} {day.year}年{day.month}月{day.day}日")  # fmt: skip


def _when(transfer: Transfer) -> str:
    text = f"{transfer.at:%H:%M}"
    return text if transfer.at.date() == transfer.day else f"{text} (+1)"


def _run_title(transfer: Transfer) -> str:
    verb = "leaves" if transfer.direction is Direction.ARRIVAL else "pick-up"
    own = " · own car" if transfer.own_car else ""
    return (f"{transfer.code} · {transfer.vehicle.kind.capitalize()}, "
            f"{transfer.vehicle.seats} seats{own} · {verb} {_when(transfer)}")  # fmt: skip


def _place(transfer: Transfer) -> str:
    return " ".join(p for p in (transfer.place, transfer.terminal) if p)


def _route(transfer: Transfer) -> str:
    if transfer.direction is Direction.ARRIVAL:
        return f"{_place(transfer)} to {', '.join(transfer.hotels) or 'hotel not known'}"
    return f"{transfer.hotel or 'hotel not known'} to {_place(transfer)}"


def _details(transfer: Transfer) -> str:
    parts = [f"Meet: {transfer.meeting_point}" if transfer.meeting_point else "",
             f"Greeter: {transfer.greeter}" if transfer.greeter else "Greeter: —",
             f"Needs: {', '.join(transfer.needs)}" if transfer.needs else ""]  # fmt: skip
    return "  ·  ".join(p for p in parts if p)


def _flight(leg: Leg) -> str:
    """ "VN5402 HAN": the flight or train and where it comes from (goes to)."""
    if not leg.other_end or leg.other_end in leg.label:
        return leg.label
    return f"{leg.label} {leg.other_end}"


def _runs(transfers: Sequence[Transfer]) -> list:  # list[printing.manifests.ManifestRun]
    from delegations.printing.manifests import ManifestRow, ManifestRun

    return [
        ManifestRun(
            _run_title(t),
            _route(t),
            _details(t),
            tuple(
                ManifestRow(
                    f"{p.at:%H:%M}",
                    _flight(p.leg),
                    p.traveller.name,
                    p.traveller.native_name,
                    p.traveller.delegation,
                    p.traveller.phone,
                    p.traveller.hotel,
                    p.traveller.own_car,
                )
                for p in t.passengers
            ),
        )  # fmt: skip
        for t in transfers
    ]


@dataclass(frozen=True, slots=True)
class _Sign:
    greeter: str
    at: dt.datetime
    flight: str
    place: str
    sign: str
    sign_zh: str
    people: int
    names: str
    vehicles: str


def _signs(transfers: Sequence[Transfer], countries: dict[int, str]) -> list[_Sign]:
    """One sign per delegation per arriving leg, for the greeter of its place."""
    chinese = chinese_country_names()
    groups: dict[tuple[str, int, str], list[tuple[Transfer, object]]] = defaultdict(list)
    for transfer in transfers:
        if transfer.direction is not Direction.ARRIVAL:
            continue
        for passenger in transfer.passengers:
            key = (transfer.greeter, passenger.leg.id, passenger.traveller.delegation)
            groups[key].append((transfer, passenger))
    signs = []
    for (greeter, _leg_id, delegation), riders in groups.items():
        leg = riders[0][1].leg
        travellers = [p.traveller for _t, p in riders]
        country = countries.get(travellers[0].id, "")
        names = ", ".join(t.name for t in travellers if t.own_car)
        codes = ", ".join(dict.fromkeys(t.code for t, _p in riders))
        signs.append(_Sign(greeter, leg.at, _flight(leg), _place(riders[0][0]), delegation,
                           chinese.get(country, ""), len(travellers), names, codes))  # fmt: skip
    signs.sort(key=lambda s: (s.greeter == "", s.greeter, s.at, s.flight, s.sign))
    return signs


def _write_pdf(path: Path, chosen: DayTransfers, event: tuple[str, str],
               countries: dict[int, str], progress: Progress, cancelled: Cancelled,
               changes: Sequence[ManifestChanges] = (),
               changes_only: bool = False) -> int | None:  # fmt: skip
    from delegations.printing.manifests import (
        ChangeLine,
        ChangesBlock,
        Greeter,
        SignLine,
        render_manifest,
    )

    blocks = [ChangesBlock(c.heading, tuple(
        ChangeLine(change.kind, f"{change.seat.name} ({change.seat.delegation})", change.detail)
        for change in c.changes)) for c in changes]  # fmt: skip
    if changes_only:
        title, title_zh = _title(chosen)
        subtitle = "  ·  ".join(p for p in (title_zh, *event) if p)
        return render_manifest(path, title=f"Changes · {title}", subtitle=subtitle, runs=(),
                               changes=blocks, changes_only=True)  # fmt: skip

    by_greeter: dict[str, list[SignLine]] = defaultdict(list)
    for s in _signs(chosen.transfers, countries):
        by_greeter[s.greeter].append(SignLine(f"{s.at:%H:%M}", s.flight, s.place, s.sign,
                                              s.sign_zh, s.people, s.names, s.vehicles))  # fmt: skip
    greeters = [Greeter(name, tuple(lines)) for name, lines in by_greeter.items()]
    title, title_zh = _title(chosen)
    subtitle = "  ·  ".join(p for p in (title_zh, *event) if p)
    return render_manifest(path, title=title, subtitle=subtitle, runs=_runs(chosen.transfers),
                           greeters=greeters, changes=blocks, progress=progress,
                           cancelled=cancelled)  # fmt: skip


MANIFEST_COLUMNS = (
    ("Vehicle", 8), ("Kind", 8), ("Seats", 6), ("Run time", 9), ("Place", 8),
    ("Terminal", 8), ("Hotel (pick-up or drop-off)", 26), ("Meeting point", 26),
    ("Greeter", 18), ("Leg time", 8), ("Flight or train", 14), ("From / to", 10),
    ("Name", 30), ("Native name", 20), ("Delegation", 18), ("Phone", 18), ("Needs", 18),
    ("Head or VIP", 10), ("Done", 6),
)  # fmt: skip
SIGN_COLUMNS = (("Greeter", 18), ("Time", 8), ("Flight or train", 18), ("Place", 10),
                ("Sign", 24), ("Sign (Chinese)", 14), ("People", 7), ("Greet by name", 40),
                ("Vehicles", 12))  # fmt: skip


def _manifest_rows(transfers: Sequence[Transfer]) -> Iterable[list]:
    for t in transfers:
        for p in t.passengers:
            yield [t.code, t.vehicle.kind, t.vehicle.seats, _when(t), t.place, t.terminal,
                   p.traveller.hotel if t.direction is Direction.ARRIVAL else t.hotel,
                   t.meeting_point, t.greeter, f"{p.at:%H:%M}", p.leg.label, p.leg.other_end,
                   p.traveller.name, p.traveller.native_name, p.traveller.delegation,
                   p.traveller.phone, ", ".join(p.traveller.needs),
                   "yes" if p.traveller.own_car else "", ""]  # fmt: skip


CHANGE_COLUMNS = (("Direction", 11), ("Change", 9), ("Vehicle", 8), ("Name", 30),
                  ("Delegation", 18), ("What", 90))  # fmt: skip


def _change_rows(changes: Sequence[ManifestChanges]) -> Iterable[list]:
    for block in changes:
        for c in block.changes:
            yield [block.direction.value, c.kind, c.seat.vehicle, c.seat.name,
                   c.seat.delegation, c.detail]  # fmt: skip


def _write_xlsx(path: Path, chosen: DayTransfers, countries: dict[int, str],
                changes: Sequence[ManifestChanges] = (),
                changes_only: bool = False) -> None:  # fmt: skip
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheets = (
        ("Changes", CHANGE_COLUMNS, _change_rows(changes)),
        ("Manifest", MANIFEST_COLUMNS, _manifest_rows(chosen.transfers)),
        ("Signs", SIGN_COLUMNS, ([s.greeter, f"{s.at:%H:%M}", s.flight, s.place, s.sign,
                                  s.sign_zh, s.people, s.names, s.vehicles]
                                 for s in _signs(chosen.transfers, countries))),
    )[0 if changes else 1:1 if changes_only else 3]  # fmt: skip
    for title, columns, rows in sheets:
        sheet = workbook.create_sheet(title)
        for index, (_name, width) in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width + 2
        sheet.freeze_panes = "A2"
        sheet.append([name for name, _width in columns])
        for row in rows:
            sheet.append(row)
    with replaced_atomically(path) as temporary:
        workbook.save(temporary)
