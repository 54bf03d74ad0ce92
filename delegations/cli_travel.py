"""`delegations travel …`: list, add and remove travel legs, `travel check`, `travel manifest`,
`travel arrivals`.

Registered in `cli.py` (`add_parser`, `run`); calls services only. Exit codes as in
`cli.py`: 0 done or clean, 1 refused, 2 usage, 3 problems listed (`travel check`).
"""

from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_USAGE, EXIT_PROBLEMS = 0, 2, 3


def add_parser(commands: argparse._SubParsersAction) -> None:
    travel = commands.add_parser(
        "travel", help="arrivals and departures: list, add, remove legs; check them"
    )
    actions = travel.add_subparsers(dest="travel_command", metavar="ACTION")
    listing = actions.add_parser("list", help="the legs in time order, with who travels")
    listing.add_argument("--day", metavar="DATE", help="only this day's (YYYY-MM-DD)")
    listing.add_argument("--direction", choices=("arrivals", "departures"))
    actions.add_parser(
        "check",
        help="legs out of order and speakers arriving after their session (exit 3: problems)",
    )
    _add_manifest_parser(actions)
    _add_settings_parser(actions)
    arrivals = actions.add_parser(
        "arrivals", help="the day's expected arrivals: admitted at a desk, and not yet"
    )
    arrivals.add_argument("--day", metavar="DATE", help="YYYY-MM-DD (default: today)")
    add = actions.add_parser("add", help="record a leg and the delegates on it")
    add.add_argument("direction", choices=("arrival", "departure"))
    add.add_argument("travellers", nargs="+", metavar="DELEGATE", help="delegate id or e-mail")
    add.add_argument("--day", required=True, metavar="DATE", help="event-local (YYYY-MM-DD)")
    add.add_argument("--time", metavar="HH:MM", help="event-local time of arrival or departure")
    add.add_argument("--number", default="", metavar="NO", help="flight or train (CZ3416, G2961)")
    add.add_argument("--mode", default="", choices=("", "flight", "train", "car"),
                     help="default: from the number (G2961 a train), none: a car")  # fmt: skip
    add.add_argument("--carrier", default="", metavar="NAME")
    add.add_argument("--place", default="", metavar="CODE", help="airport or station (KWE, KQW)")
    add.add_argument("--terminal", default="", metavar="T")
    add.add_argument("--other-end", default="", metavar="WHERE",
                     help="where the journey starts (arrival) or ends (departure)")  # fmt: skip
    add.add_argument("--via", default="", metavar="CODES", help="connections (CAN)")
    add.add_argument("--needs", default="", help="wheelchair, vip-lane, luggage, meet-at-gate")
    add.add_argument("--notes", default="")
    edit = actions.add_parser("edit", help="change a leg (what is not given stays)")
    edit.add_argument("id", type=int)
    edit.add_argument("--travellers", nargs="+", metavar="DELEGATE", help="id or e-mail")
    edit.add_argument("--direction", choices=("arrival", "departure"))
    for option in ("day", "time", "number", "mode", "carrier", "place", "terminal",
                   "other-end", "via", "needs", "notes"):  # fmt: skip
        edit.add_argument(f"--{option}")
    remove = actions.add_parser("remove", help="delete a leg")
    remove.add_argument("id", type=int)


def run(args: argparse.Namespace) -> int:
    from delegations.cli import _open
    from delegations.services import travel

    action = args.travel_command
    if action == "check":
        return _check(travel.check_travel(_open(args)))
    if action == "add":
        leg = travel.add_leg(_open(args, changes=True), travel.LegInput(
            args.direction, args.day, args.travellers, args.time, args.number, args.mode,
            args.carrier, args.place, args.terminal, args.other_end, args.via, args.notes,
            args.needs,
        ))  # fmt: skip
        print(f"Leg {leg.id} recorded: {_line(leg)}")
        return EXIT_OK
    if action == "edit":
        event_file = _open(args, changes=True)
        leg = travel.edit_leg(
            event_file, args.id, _edited(travel.get_leg(event_file, args.id), args)
        )
        print(f"Leg {leg.id} now: {_line(leg)}")
        return EXIT_OK
    if action == "remove":
        travel.remove_leg(_open(args, changes=True), args.id)
        print(f"Leg {args.id} removed.")
        return EXIT_OK
    if action == "manifest":
        return _manifest(args)
    if action == "settings":
        return _settings(args)
    if action == "arrivals":
        return _arrivals(args)
    if action == "list":
        direction = args.direction.rstrip("s") if args.direction else None
        legs = travel.list_legs(_open(args), day=args.day, direction=direction)
        if not legs:
            print("No travel leg recorded" + (f" on {args.day}." if args.day else "."))
        for leg in legs:
            print(f"#{leg.id}  {_line(leg)}")
            for person in leg.travellers:
                needs = f"  [{person.needs}]" if person.needs else ""
                print(f"      {person.name} ({person.delegation}){needs}")
        return EXIT_OK
    print("delegations travel: give an action: list, check, manifest, arrivals, add, edit or "
          "remove.",
          file=sys.stderr)  # fmt: skip
    return EXIT_USAGE


def _edited(leg, args: argparse.Namespace):  # noqa: ANN001, ANN202 (services.travel types)
    """The leg as it is, with what the command line gives instead."""
    from delegations.services import travel

    def given(name: str, current: object) -> object:
        value = getattr(args, name)
        return current if value is None else value

    travellers = args.travellers or [person.id for person in leg.travellers]
    needs = args.needs if args.needs is not None else {p.id: p.needs for p in leg.travellers}
    return travel.LegInput(
        given("direction", leg.direction.value), given("day", leg.day), travellers,
        given("time", leg.time), given("number", leg.number),
        given("mode", "" if args.number is not None else leg.mode.value),
        given("carrier", leg.carrier), given("place", leg.place), given("terminal", leg.terminal),
        given("other_end", leg.other_end), given("via", leg.via), given("notes", leg.notes),
        needs,
    )  # fmt: skip


def _line(leg) -> str:  # noqa: ANN001 (services.travel.LegView)
    what = leg.number or leg.mode.value
    where = " ".join(part for part in (leg.place, leg.terminal) if part) or "—"
    end = "from" if leg.direction.value == "arrival" else "to"
    other = f"  {end} {leg.other_end}" if leg.other_end else ""
    via = f" via {leg.via}" if leg.via else ""
    count = len(leg.travellers)
    return (f"{leg.direction.value:<9}  {leg.when:<16}  {what:<8}  {where:<7}{other}{via}  "
            f"({count} {'person' if count == 1 else 'people'})")  # fmt: skip


def _check(problems: list) -> int:
    if not problems:
        print("No problems in the travel.")
        return EXIT_OK
    print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in the travel:")
    for problem in problems:
        print(f"  {problem.kind}: {problem.sentence}")
    return EXIT_PROBLEMS


def _arrivals(args: argparse.Namespace) -> int:
    import datetime as dt

    from delegations.cli import _open
    from delegations.services import arrivals

    today = arrivals.arrivals_on(_open(args), args.day or dt.date.today())
    day = f"{today.day:%a %-d %b %Y}"
    if not today.expected:
        print(f"No arrival leg lands on {day}.")
        return EXIT_OK
    people = "person" if len(today.expected) == 1 else "people"
    print(f"Expected on {day}: {len(today.expected)} {people}; admitted "
          f"{len(today.admitted)}, not yet {len(today.not_yet)}.")  # fmt: skip
    for heading, rows in (("Not yet arrived", today.not_yet), ("Admitted", today.admitted)):
        if rows:
            print(f"{heading}:")
        for person in rows:
            print(f"  {person.by:<22}  {person.name} ({person.delegation})")
    return EXIT_OK


# `travel manifest` (transfers: services.transfers) -----------------------------------------


def _add_manifest_parser(actions: argparse._SubParsersAction) -> None:
    manifest = actions.add_parser(
        "manifest", help="the day's transfer vehicles and passengers, and the greeters' signs"
    )
    manifest.add_argument("--day", required=True, metavar="DATE",
                          help="YYYY-MM-DD; departures count on the day of their pick-up at "
                               "the hotel (a 01:30 flight: the evening before)")  # fmt: skip
    manifest.add_argument("--direction", choices=("arrivals", "departures"),
                          help="one direction only (default: both)")  # fmt: skip
    manifest.add_argument("--out", required=True, metavar="PDF|XLSX", help="a .pdf or .xlsx file")
    manifest.add_argument("--window", type=int, metavar="MIN",
                          help="arrivals (pick-ups) within this many minutes share vehicles (60)")  # fmt: skip
    manifest.add_argument("--lead", type=int, metavar="MIN",
                          help="pick-up at the hotel this long before a flight (180)")  # fmt: skip
    manifest.add_argument("--train-lead", type=int, metavar="MIN",
                          help="the same before a train (75)")  # fmt: skip
    manifest.add_argument("--vehicles", metavar="SIZES",
                          help="vehicle kinds and seats (car=3,van=7,coach=40)")  # fmt: skip
    manifest.add_argument("--greeter", action="append", default=[], metavar="PLACE=NAME",
                          help="greeting officer at an airport, station or terminal "
                               "(KWE T2=Ms Wang Li); repeat for each")  # fmt: skip
    manifest.add_argument("--meeting-point", action="append", default=[], metavar="PLACE=TEXT",
                          help="where arrivals meet their greeter (KWE T2=Gate 3; KWE VIP=… "
                               "for heads and VIPs through the VIP lane); repeatable")  # fmt: skip
    manifest.add_argument("--changes", action="store_true",
                          help="only what changed since the day's manifest was last printed")  # fmt: skip


def _manifest(args: argparse.Namespace) -> int:
    from delegations.cli import _open
    from delegations.services import transfers

    event_file = _open(args, changes=True)  # each print is kept, for the next one's changes
    settings = transfers.transfer_settings(
        base=transfers.saved_settings(event_file), window=args.window, lead=args.lead,
        train_lead=args.train_lead, vehicles=args.vehicles, greeters=args.greeter,
        meeting_points=args.meeting_point,
    )  # fmt: skip
    written = transfers.write_manifest(event_file, args.day, args.out, direction=args.direction,
                                       settings=settings, changes_only=args.changes)  # fmt: skip
    for block in written.changes:
        print(block.heading + ("." if not block.changes else ":"))
        for change in block.changes:
            print(f"  {change.sentence}")
    if args.changes:
        print(f"Written to {written.path}")
        return EXIT_OK
    people = "person" if written.passengers == 1 else "people"
    pages = f", {written.pages} page{'s' if written.pages != 1 else ''}" if written.pages else ""
    print(f"{written.passengers} {people} in {written.vehicles} vehicle"
          f"{'s' if written.vehicles != 1 else ''}{pages}: written to {written.path}")  # fmt: skip
    for sentence in written.unplanned:
        print(f"delegations: warning: not planned: {sentence}", file=sys.stderr)
    return EXIT_OK


def _add_settings_parser(actions: argparse._SubParsersAction) -> None:
    settings = actions.add_parser(
        "settings", help="the event's transfer settings: shown, or changed by the options given"
    )
    settings.add_argument("--window", type=int, metavar="MIN")
    settings.add_argument("--lead", type=int, metavar="MIN", help="before a flight")
    settings.add_argument("--train-lead", type=int, metavar="MIN")
    settings.add_argument("--car-lead", type=int, metavar="MIN")
    settings.add_argument("--vehicles", metavar="SIZES", help="car=3,van=7,coach=40")
    settings.add_argument("--greeter", action="append", default=[], metavar="PLACE=NAME",
                          help="repeatable; PLACE= removes it")  # fmt: skip
    settings.add_argument("--meeting-point", action="append", default=[], metavar="PLACE=TEXT",
                          help="repeatable; PLACE= removes it")  # fmt: skip


def _settings(args: argparse.Namespace) -> int:
    from delegations.cli import _open
    from delegations.services import transfers

    given = {name: getattr(args, name) for name in
             ("window", "lead", "train_lead", "car_lead", "vehicles")}  # fmt: skip
    if any(v is not None for v in given.values()) or args.greeter or args.meeting_point:
        text = transfers.update_settings(_open(args, changes=True), **given,
                                         greeters=args.greeter,
                                         meeting_points=args.meeting_point)  # fmt: skip
        print("Transfer settings saved:")
    else:
        text = transfers.saved_settings_text(_open(args))
    print(f"  window {text.window} min; vehicles {text.vehicles}")
    print(f"  pick-up before a flight {text.flight_lead} min, a train {text.train_lead} min, "
          f"a car {text.car_lead} min")  # fmt: skip
    for title, lines in (("meeting points", text.meeting_points), ("greeters", text.greeters)):
        print(f"  {title}: " + ("; ".join(lines.splitlines()) or "none"))
    return EXIT_OK
