"""`delegations hotels …`: hotels, room types and blocks; who stays in which room; the rooming
list per hotel (PDF or .xlsx) and `hotels check`.

Registered in `cli.py` (`add_parser`, `run`); calls services only. Exit codes as in `cli.py`:
0 done or clean, 1 refused, 2 usage, 3 warnings listed (`hotels check`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_USAGE, EXIT_PROBLEMS = 0, 2, 3


def _date(text: str):  # noqa: ANN202
    import datetime as dt

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2025-07-24") from None


def add_parser(commands: argparse._SubParsersAction) -> None:
    hotels = commands.add_parser(
        "hotels", help="hotels, room blocks and rooming: who stays where; the rooming list"
    )
    actions = hotels.add_subparsers(dest="hotels_command", metavar="ACTION")
    actions.add_parser("list", help="hotels with their room types, blocks and rooms taken")
    actions.add_parser(
        "check", help="people with no room, rooms over capacity, nights beyond the blocks (exit 3)"
    )
    add = actions.add_parser("add", help="add a hotel")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--name-zh", default="", metavar="NAME", help="the hotel's Chinese name")
    add.add_argument("--address", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="", help="the reservations desk")
    remove = actions.add_parser("remove", help="remove a hotel with its blocks and rooms")
    remove.add_argument("name", metavar="NAME")
    kind = actions.add_parser("room-type", help="add a room type, or change how many it sleeps")
    kind.add_argument("name", metavar="TYPE", help="e.g. Deluxe King, Twin, Executive Suite")
    kind.add_argument("--hotel", required=True, metavar="NAME")
    kind.add_argument("--sleeps", type=int, required=True, metavar="N")
    block = actions.add_parser("block", help="rooms the hotel holds each night (add to the type's)")
    block.add_argument("--hotel", required=True, metavar="NAME")
    block.add_argument("--type", required=True, metavar="TYPE", dest="room_type")
    block.add_argument("--check-in", type=_date, required=True, metavar="DATE")
    block.add_argument("--check-out", type=_date, required=True, metavar="DATE")
    block.add_argument("--rooms", type=int, required=True, metavar="N")
    block.add_argument("--clear", action="store_true", help="remove the type's blocks first")
    _add_rooming_actions(actions)


def _add_rooming_actions(actions: argparse._SubParsersAction) -> None:
    assign = actions.add_parser(
        "assign", help="put a person in a room: a new one, a numbered one, or someone's (sharing)"
    )
    assign.add_argument("person", metavar="PERSON", help="delegate id, e-mail or full name")
    assign.add_argument("--hotel", default="", metavar="NAME")
    assign.add_argument("--type", default="", metavar="TYPE", dest="room_type")
    assign.add_argument("--room", default="", metavar="NUMBER", help="the hotel's room number")
    assign.add_argument("--share-with", default="", metavar="PERSON", help="into their room")
    assign.add_argument("--check-in", type=_date, metavar="DATE", help="default: from travel")
    assign.add_argument("--check-out", type=_date, metavar="DATE", help="default: from travel")
    assign.add_argument("--requests", default="", help="non-smoking, high floor, …")
    place = actions.add_parser(
        "place", help="give a room to every member of a delegation who has none"
    )
    place.add_argument("--delegation", required=True, metavar="NAME")
    place.add_argument("--hotel", required=True, metavar="NAME")
    place.add_argument("--type", required=True, metavar="TYPE", dest="room_type")
    place.add_argument("--per-room", type=int, default=1, metavar="N",
                       help="people to a room, among those with the same dates (default 1)")  # fmt: skip
    number = actions.add_parser("number", help="the hotel's number for a person's room")
    number.add_argument("person", metavar="PERSON")
    number.add_argument("room", metavar="NUMBER")
    numbers = actions.add_parser(
        "numbers", help="read back the rooming list .xlsx with the Room column the hotel filled"
    )
    numbers.add_argument("file", type=Path, metavar="XLSX")
    numbers.add_argument("--hotel", required=True, metavar="NAME")
    vacate = actions.add_parser("vacate", help="take a person out of their room")
    vacate.add_argument("person", metavar="PERSON")
    vacate.add_argument("--own-arrangements", action="store_true",
                        help="they need no room (they live here, or stay elsewhere)")  # fmt: skip
    rooming = actions.add_parser("rooming", help="a hotel's rooming list as PDF or .xlsx")
    rooming.add_argument("--hotel", required=True, metavar="NAME")
    rooming.add_argument("--out", type=Path, required=True, metavar="PDF|XLSX")


def run(args: argparse.Namespace) -> int:
    from delegations.cli import _open
    from delegations.services import hotels

    action = args.hotels_command or "list"
    if action == "add":
        given = hotels.HotelInput(args.name, args.name_zh, args.address, args.phone, args.email)
        hotels.add_hotel(_open(args, changes=True), given)
        print(f"Hotel added: {' '.join(args.name.split())}.")
    elif action == "remove":
        lost = hotels.remove_hotel(_open(args, changes=True), args.name)
        print(f"Hotel removed; {_people(lost)} no longer {'has' if lost == 1 else 'have'} a room.")
    elif action == "room-type":
        hotels.set_room_type(_open(args, changes=True), args.hotel, args.name, args.sleeps)
        print(f"{args.name} rooms at {args.hotel} sleep {args.sleeps}.")
    elif action == "block":
        _block(args, hotels, _open(args, changes=True))
    elif action == "number":
        hotels.number_room(_open(args, changes=True), args.person, args.room)
        print(f"Room {args.room.strip()}.")
    elif action == "numbers":
        count = hotels.read_room_numbers(_open(args, changes=True), args.hotel, args.file)
        print(f"{count} room number{'' if count == 1 else 's'} entered or changed.")
    elif action in ("assign", "place", "vacate"):
        _room(args, hotels, _open(args, changes=True))
    elif action == "rooming":
        path = hotels.write_rooming(_open(args), args.hotel, args.out)
        print(f"Rooming list written to {path}")
    elif action == "check":
        return _check(hotels.read_rooming(_open(args)).warnings)
    else:
        _list(hotels.read_rooming(_open(args)))
    return EXIT_OK


def _people(count: int) -> str:
    return f"{count} {'person' if count == 1 else 'people'}"


def _block(args: argparse.Namespace, hotels, event_file) -> None:  # noqa: ANN001
    if args.clear:
        hotels.remove_blocks(event_file, args.hotel, args.room_type)
    hotels.add_block(event_file, args.hotel, args.room_type, args.check_in, args.check_out,
                     args.rooms)  # fmt: skip
    print(f"{args.rooms} {args.room_type} rooms held at {args.hotel} from "
          f"{args.check_in:%d %B} to {args.check_out:%d %B}.")  # fmt: skip


def _room(args: argparse.Namespace, hotels, event_file) -> None:  # noqa: ANN001
    if args.hotels_command == "vacate":
        hotels.vacate(event_file, args.person, own_arrangements=args.own_arrangements)
        print("Done: " + ("needs no room." if args.own_arrangements else "no room now."))
        return
    if args.hotels_command == "place":
        guests, rooms = hotels.place_delegation(
            event_file, args.delegation, args.hotel, args.room_type, args.per_room
        )
        print(f"{_people(guests)} placed in {rooms} room{'' if rooms == 1 else 's'}.")
        return
    saved = hotels.assign_room(event_file, hotels.StayInput(
        args.person, args.hotel, args.room_type, args.room, args.share_with, args.check_in,
        args.check_out, args.requests,
    ))  # fmt: skip
    print("Roomed.")
    for sentence in saved.warnings:
        print(f"delegations: warning: {sentence}", file=sys.stderr)


def _list(rooming) -> None:  # noqa: ANN001 (services.hotels.Rooming)
    if not rooming.hotels:
        print("No hotels yet; `delegations hotels add NAME` adds one.")
    for hotel in rooming.hotels:
        name = f"{hotel.name}  {hotel.name_zh}".strip()
        print(f"{name}: {len(hotel.rooms)} rooms, {_people(hotel.guests)}")
        for type_name, sleeps in hotel.room_types:
            print(f"  {type_name} (sleeps {sleeps})")
        for line in hotel.nights:
            mark = "  over" if line.taken > line.blocked else ""
            print(f"    {line.night:%a %d %b}  {line.room_type:<20} {line.taken:>4} taken / "
                  f"{line.blocked:>4} held{mark}")  # fmt: skip
    if rooming.warnings:
        print(f"{len(rooming.warnings)} warning{'s' if len(rooming.warnings) != 1 else ''}; "
              "`delegations hotels check` lists them.")  # fmt: skip


def _check(warnings) -> int:  # noqa: ANN001
    if not warnings:
        print("No problems in the rooming.")
        return EXIT_OK
    print(f"{len(warnings)} problem{'s' if len(warnings) != 1 else ''} in the rooming:")
    for warning in warnings:
        print(f"  {warning.problem.value}: {warning.sentence}")
    return EXIT_PROBLEMS
