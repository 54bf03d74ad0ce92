"""The command line: `delegations [--db PATH] [COMMAND ...]`; no command opens the app.

Heavy modules (Qt, SQLModel, ReportLab) are imported inside the commands that need them so
that `--help` and small commands start quickly.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from delegations import cli_hotels, cli_travel

if TYPE_CHECKING:
    from delegations.ui.checkin.controller import DeskLaunch

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
TABS = ("delegations", "speakers", "agenda", "checkin")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a size like 1280x800") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return width, height


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="delegations",
        description="Delegates, badges, check-in and agenda for an international cooperation week.",
    )
    parser.add_argument(
        "--db",
        default=os.environ.get("DELEGATIONS_DB") or None,
        help="the event file or a venue server's postgresql://user@host/dbname (default: "
        "$DELEGATIONS_DB, else event.sqlite3 in the user data folder)",
    )
    parser.add_argument(
        "--lang",
        dest="ui_language",
        metavar="LANG",
        help="the window's language for this run: zh_CN vi th km lo my id ms en "
        "(default: as chosen in View ▸ Language, else the system's)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the event with the demo event")
    demo.add_argument(
        "--delegates", type=_non_negative, default=0, help="synthetic delegates to add"
    )
    demo.add_argument(
        "--sessions", type=_non_negative, default=0, help="synthetic agenda sessions to add"
    )
    demo.add_argument("--seed", type=int, default=2025, help="random seed for synthetic data")

    event = commands.add_parser("event", help="show or set the event's name, dates and place")
    event_commands = event.add_subparsers(dest="event_command", metavar="ACTION")
    event_commands.required = True
    event_commands.add_parser("show", help="print the event's settings, one per line")
    event_set = event_commands.add_parser(
        "set", help="set some of the event's settings (the others stay as they are)"
    )
    event_set.add_argument("--name", metavar="TEXT", help="the event's name, as badges print it")
    event_set.add_argument("--name-zh", metavar="TEXT", help="the event's name in Chinese")
    event_set.add_argument("--start", metavar="DATE", help="first day, e.g. 2025-07-24")
    event_set.add_argument("--end", metavar="DATE", help="last day, e.g. 2025-07-28")
    event_set.add_argument("--timezone", metavar="TZ", help="IANA time zone, e.g. Asia/Shanghai")
    event_set.add_argument("--venue", metavar="TEXT")
    event_set.add_argument("--city", metavar="TEXT")

    desk = commands.add_parser("desk", help="open the window straight on a desk's check-in")
    desk.add_argument("--name", metavar="NAME", help="this desk's name (remembered)")
    desk.add_argument(
        "--fullscreen", action="store_true", help="in desk mode (full screen, PIN to leave)"
    )
    shot = commands.add_parser("screenshot", help="render the main window to a PNG, offscreen")
    shot.add_argument("out", type=Path, metavar="OUT.png")
    shot.add_argument("--tab", choices=TABS, default="delegations")
    shot.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")

    imp = commands.add_parser("import", help="add or update delegates from an .xlsx or .csv file")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, report the others"
    )
    imp.add_argument(
        "--add-namesakes", action="store_true",
        help="add a row whose name matches someone in its delegation as another person when "
        "no e-mail tells them apart (refused otherwise)",
    )  # fmt: skip
    exp = commands.add_parser("export", help="write every delegate to an .xlsx or .csv file")
    exp.add_argument("file", type=Path, metavar="FILE")
    template = commands.add_parser("template", help="write an empty import template (.xlsx)")
    template.add_argument("file", type=Path, metavar="FILE")

    badges = commands.add_parser("badges", help="print badges to a PDF or a system printer")
    badges_to = badges.add_mutually_exclusive_group(required=True)
    badges_to.add_argument("--out", type=Path, metavar="PDF")
    badges_to.add_argument(
        "--printer", metavar="NAME", help="a system (CUPS) printer; see `printers`"
    )
    badges.add_argument(
        "--layout",
        help="badge layout for everyone (see `layouts`); default: each person's role's layout "
        "(`layouts assign`), else a6",
    )
    badges.add_argument(
        "--delegation", metavar="NAME",
        help="only this delegation: its name, its country (Laos, LA, LAO, a Chinese name) or the "
        "start of its name",
    )  # fmt: skip
    badges.add_argument(
        "--only-unprinted", action="store_true", help="only delegates without a printed badge"
    )
    badges.add_argument(
        "--reason",
        choices=("first", "reprint", "lost"),
        help="logged with each badge; lost issues a new code and revokes the old badge "
        "(default: first, or reprint for badges printed before)",
    )
    badges.add_argument(
        "--family-caps", action=argparse.BooleanOptionalAction, default=None,
        help="print the family name in capitals (\"BAI Zhen\"), or not with --no-family-caps "
        "(default: as the layout says)",
    )  # fmt: skip
    _add_layouts_parser(commands)
    commands.add_parser("printers", help="list the system's (CUPS) printers")
    handover = commands.add_parser(
        "handover", help="record that a delegation's badges were collected; write the receipt"
    )
    handover.add_argument(
        "--delegation", required=True, metavar="NAME",
        help="its name, its country (Laos, LA, LAO, a Chinese name) or the start of its name",
    )  # fmt: skip
    handover.add_argument(
        "--collected-by", required=True, metavar="EMAIL",
        help="email of the member who collects (usually the liaison officer)",
    )  # fmt: skip
    handover.add_argument("--out", required=True, type=Path, metavar="PDF",
                          help="the custody receipt to write (A4)")  # fmt: skip
    handover.add_argument("--desk", default="", metavar="NAME", help="name of this desk")
    checkin = commands.add_parser("checkin", help="verify a badge code and admit its holder")
    checkin.add_argument("code", metavar="CODE")
    checkin.add_argument("--desk", default="", metavar="NAME", help="name of this desk")
    journal = commands.add_parser("journal", help="exchange check-ins between desks")
    journal_commands = journal.add_subparsers(dest="journal_command", metavar="ACTION")
    journal_commands.required = True
    journal_export = journal_commands.add_parser(
        "export", help="write this copy's admissions and undos to a journal file"
    )
    journal_export.add_argument("file", type=Path, metavar="FILE")
    journal_export.add_argument("--desk", metavar="NAME", help="only the entries of this desk")
    journal_merge = journal_commands.add_parser("merge", help="add another desk's journal file")
    journal_merge.add_argument("file", type=Path, metavar="FILE")
    agenda = commands.add_parser("agenda", help="check, export or import the agenda")
    agenda_commands = agenda.add_subparsers(dest="agenda_command", metavar="ACTION")
    agenda_commands.required = True
    agenda_commands.add_parser(
        "check", help="list agenda conflicts (exit 0: none, 3: conflicts listed)"
    )
    agenda_export = agenda_commands.add_parser(
        "export", help="write the agenda as .ics, .xml (frab schedule) or .json"
    )
    agenda_export.add_argument("file", type=Path, metavar="FILE")
    agenda_import = agenda_commands.add_parser(
        "import", help="replace the agenda with one exported as .json"
    )
    agenda_import.add_argument("file", type=Path, metavar="FILE.json")

    booklet = commands.add_parser("booklet", help="print the programme booklet to a PDF")
    booklet.add_argument("--out", type=Path, required=True, metavar="PDF")
    booklet.add_argument("--paper", choices=("a5", "a4"), default="a5", help="page size (a5)")
    booklet.add_argument(
        "--imposed", action="store_true",
        help="two booklet pages per A4 landscape side in saddle-stitch order "
        "(print double-sided, flip on the short edge, fold and staple)",
    )  # fmt: skip
    booklet.add_argument(
        "--lang", dest="edition", default="en", metavar="L",
        help="the edition: en (English headings, Chinese beneath; the default) or zh_CN "
        "(Chinese headings and session titles, English beneath)",
    )  # fmt: skip
    booklet.add_argument(
        "--lists", dest="delegation_lists", default="heads", metavar="WHICH",
        help="the delegations chapter: heads (heads of delegation only; the default), all "
        "(every member) or none",
    )  # fmt: skip
    errata = commands.add_parser("errata", help="print the changes since a programme version")
    errata.add_argument("--since", type=int, required=True, metavar="N", help="version number")
    errata.add_argument("--out", type=Path, required=True, metavar="PDF")
    doors = commands.add_parser("door-sheets", help="print one A4 page per room and day")
    doors.add_argument("--out", type=Path, required=True, metavar="PDF")
    _add_seating_parser(commands)
    plates = commands.add_parser(
        "name-plates", help="print folded A4 name plates: flag and country name in English, "
        "Chinese and the country's own language (default: one per delegation)",
    )  # fmt: skip
    plates.add_argument(
        "--delegation", action="append", default=[], metavar="NAME",
        help="a delegation (name, country or ISO code); repeat for more, in the order to print",
    )  # fmt: skip
    plates.add_argument(
        "--with-names", action="store_true", help="print the head of delegation's name too"
    )
    plates.add_argument("--out", type=Path, required=True, metavar="PDF")
    plates.add_argument(
        "--session", type=int, metavar="ID",
        help="one plate per seat at the table of this session's seating plan, in seat order",
    )  # fmt: skip
    _add_protocol_parser(commands)
    _add_bilaterals_parser(commands)
    _add_signings_parser(commands)
    _add_backups_parser(commands)
    _add_server_parser(commands)
    cli_travel.add_parser(commands)
    cli_hotels.add_parser(commands)
    return parser


def _add_protocol_parser(commands: argparse._SubParsersAction) -> None:
    protocol = commands.add_parser(
        "protocol",
        help="print the order of precedence (with --out, the list with the heads of delegation "
        "as a PDF); with --rule/--host/--partners/…, set the rule and apply it to every list",
    )
    protocol.add_argument("--out", type=Path, metavar="PDF", help="write the list as a PDF")
    protocol.add_argument(
        "--rule", metavar="RULE",
        help="asean (member states in the alphabetical order of their English names, ASEAN "
        "Charter Art. 31) or manual (the protocol order as set by hand)",
    )  # fmt: skip
    protocol.add_argument("--host", metavar="COUNTRY", help='the host country ("" for none)')
    protocol.add_argument(
        "--host-place", metavar="PLACE", help="first, last or chair (listed first; the chair's "
        "seat in seating plans)",
    )  # fmt: skip
    protocol.add_argument(
        "--partners", metavar="COUNTRIES", help="the dialogue partners, comma-separated"
    )
    protocol.add_argument("--partner-place", metavar="PLACE", help="first, last or chair")
    protocol.add_argument("--ranks", action="store_true", help="print the rank list")
    protocol.add_argument(
        "--set-rank", nargs=2, metavar=("PERSON", "RANK"),
        help="give a delegate (id or e-mail) a rank from the list (\"\" for none)",
    )  # fmt: skip


def _add_bilaterals_parser(commands: argparse._SubParsersAction) -> None:
    bilaterals = commands.add_parser(
        "bilaterals",
        help="list bilateral meetings (with --out, print a delegation's schedule or a room's "
        "door sheet); request, edit, cancel, schedule, move them; set the bilateral rooms",
    )
    bilaterals.add_argument("--out", type=Path, metavar="PDF",
                            help="write the schedules (every delegation's, or --delegation's) "
                            "or, with --room and --day, the room's door sheet")  # fmt: skip
    bilaterals.add_argument("--delegation", metavar="NAME", help="only this delegation's")
    bilaterals.add_argument("--room", metavar="NAME", help="a bilateral room (door sheet)")
    bilaterals.add_argument("--day", metavar="DATE", help="the door sheet's day (YYYY-MM-DD)")
    actions = bilaterals.add_subparsers(dest="bilaterals_command", metavar="ACTION")
    rooms = actions.add_parser("rooms", help="set the rooms for bilaterals (none: list them)")
    rooms.add_argument("names", nargs="*", metavar="NAME")
    request = actions.add_parser("request", help="record a bilateral request")
    request.add_argument("--delegation", required=True, metavar="NAME", help="who asks")
    side = request.add_mutually_exclusive_group(required=True)
    side.add_argument("--with", dest="counterpart", metavar="NAME", help="the other delegation")
    side.add_argument("--organisation", metavar="TEXT", help="or an organisation, by name")
    edit = actions.add_parser("edit", help="change a request (what is not given stays)")
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("--delegation", metavar="NAME", help="who asks")
    other = edit.add_mutually_exclusive_group()
    other.add_argument("--with", dest="counterpart", metavar="NAME", help="the other delegation")
    other.add_argument("--organisation", metavar="TEXT", help="or an organisation, by name")
    for parser in (request, edit):
        parser.add_argument(
            "--window", action="append", metavar="'DATE FROM-TO'",
            help="a wished time, e.g. '2025-07-25 09:00-12:00' (repeat for more)",
        )  # fmt: skip
        parser.add_argument(
            "--participant", action="append", metavar="ID|EMAIL",
            help="a delegate of either side (repeat; default: the heads of delegation)",
        )  # fmt: skip
        parser.add_argument("--duration", type=_positive, metavar="MIN",
                            help="minutes (30)")  # fmt: skip
        parser.add_argument("--languages", metavar="TAGS", help="e.g. en,zh")
        parser.add_argument("--interpretation", metavar="TEXT", help="e.g. zh<>vi consecutive")
        parser.add_argument("--notes", metavar="TEXT")
    cancel = actions.add_parser("cancel", help="cancel a request (its room and time are freed)")
    cancel.add_argument("id", type=int, metavar="ID")
    schedule = actions.add_parser(
        "schedule", help="place the open requests into the bilateral rooms (one transaction)"
    )
    schedule.add_argument("--again", action="store_true",
                          help="place the scheduled meetings afresh too")  # fmt: skip
    move = actions.add_parser("move", help="place a meeting by hand; its conflicts are shown")
    move.add_argument("id", type=int, metavar="ID")
    move.add_argument("--room", required=True, metavar="NAME")
    move.add_argument("--day", required=True, metavar="DATE")
    move.add_argument("--start", required=True, metavar="HH:MM")


def _add_seating_parser(commands: argparse._SubParsersAction) -> None:
    seating = commands.add_parser(
        "seating",
        help="a session's seating plan: print its chart (--out), list it, set a room's layout, "
        "quotas, swap seats, replace an occupant, give or free a seat",
    )
    seating.add_argument("--session", type=int, metavar="ID", help="the session's number")
    seating.add_argument("--out", type=Path, metavar="PDF", help="write the seating chart")
    seating.add_argument("--paper", choices=("a3", "a4"), default="a3",
                         help="landscape paper of the chart (a3)")  # fmt: skip
    actions = seating.add_subparsers(dest="seating_command", metavar="ACTION")
    layout = actions.add_parser(
        "layout", help="give a room its seat layout (its sessions' plans are seated again)"
    )
    layout.add_argument("--room", required=True, metavar="NAME")
    layout.add_argument(
        "--kind", required=True, metavar="KIND",
        help="hollow-square, u-shape, theatre, classroom, rounds or head-table",
    )  # fmt: skip
    for count, what in (
        ("places", "delegation places round the table (hollow square, U, head table)"),
        ("table-seats", "seats at the table per place"),
        ("behind-rows", "rows behind each place"),
        ("chair-seats", "seats at the chair's place (the chair in the middle)"),
        ("rows", "rows (theatre, classroom, head table)"),
        ("seats-per-row", "seats in a row"),
        ("aisle-every", "seats between aisles (0: one central aisle in a wide row)"),
        ("tables", "round tables"),
        ("seats-per-table", "seats at a round table"),
    ):
        layout.add_argument(f"--{count}", type=_non_negative, metavar="N", help=what)
    quotas = actions.add_parser(
        "quotas", help="set seat quotas and seat the session from nothing in precedence order"
    )
    quotas.add_argument("--session", type=int, required=True, metavar="ID")
    quotas.add_argument("--table", type=_non_negative, required=True, metavar="N",
                        help="seats at the table")  # fmt: skip
    quotas.add_argument("--behind", type=_non_negative, default=0, metavar="N",
                        help="seats behind the table (0)")  # fmt: skip
    quotas.add_argument(
        "--delegation", metavar="NAME",
        help="only this delegation (default: every delegation gets this quota)",
    )  # fmt: skip
    quotas.add_argument(
        "--host-place", metavar="WHERE",
        help="the host's place at a table: rule (as the order of precedence places the host; "
        "a new plan's default), in-order, beside-chair or opposite-chair",
    )  # fmt: skip
    swap = actions.add_parser("swap", help="exchange what two seats hold")
    swap.add_argument("--session", type=int, required=True, metavar="ID")
    swap.add_argument("seats", nargs=2, metavar="SEAT", help="seat labels, e.g. T3 A12")
    replace = actions.add_parser(
        "replace", help="seat another member of the delegation (the seat stays its own)"
    )
    replace.add_argument("--session", type=int, required=True, metavar="ID")
    replace.add_argument("seat", metavar="SEAT")
    replace.add_argument("--by", required=True, metavar="EMAIL",
                         help="the e-mail of the member who takes the seat")  # fmt: skip
    give = actions.add_parser(
        "give", help="give a free seat to a delegation by hand (beyond its quota: a warning)"
    )
    give.add_argument("--session", type=int, required=True, metavar="ID")
    give.add_argument("seat", metavar="SEAT")
    give.add_argument("--delegation", required=True, metavar="NAME")
    give.add_argument("--by", metavar="EMAIL", help="the member who sits there (none: nobody)")
    free = actions.add_parser("free", help="take a seat from its delegation")
    free.add_argument("--session", type=int, required=True, metavar="ID")
    free.add_argument("seat", metavar="SEAT")


class _PartyAction(argparse.Action):
    """`--party` and `--company` add to one list, in the order given: (name, country,
    signatory, kind)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001
        kind = "company" if option_string == "--company" else "institution"
        parties = list(getattr(namespace, self.dest) or [])
        parties.append((*values, kind))
        setattr(namespace, self.dest, parties)


def _add_signings_parser(commands: argparse._SubParsersAction) -> None:
    signings = commands.add_parser(
        "signings",
        help="agreement signings: list the register and ceremonies; --out PDF prints the "
        "register (or, with --ceremony, its running order with the signing tables)",
    )
    signings.add_argument("--out", type=Path, metavar="PDF", help="write the register")
    signings.add_argument("--ceremony", type=int, metavar="ID",
                          help="print this ceremony's running order and tables instead")  # fmt: skip
    actions = signings.add_subparsers(dest="signings_command", metavar="ACTION")
    for name, help_ in (("add", "add an agreement to the register"),
                        ("edit", "change an agreement (what is not given stays)")):  # fmt: skip
        agreement = actions.add_parser(name, help=help_)
        if name == "edit":
            agreement.add_argument("id", type=int, metavar="ID", help="the agreement's number")
        agreement.add_argument("--title", required=name == "add", metavar="TEXT",
                               help="the title in English")  # fmt: skip
        agreement.add_argument("--title-zh", metavar="TEXT", help="the title in Chinese")
        agreement.add_argument("--kind", metavar="KIND",
                               help="mou (default), agreement or letter-of-intent")  # fmt: skip
        for option, what in (("--party", "an institution"), ("--company", "a company")):
            agreement.add_argument(
                option, dest="parties", nargs=3, action=_PartyAction,
                metavar=("NAME", "COUNTRY", "SIGNATORY"),
                help=f"{what} that is a party, its country (\"\" if not known) and who signs "
                "for it (a delegate's id, e-mail or full name); repeat for each party",
            )  # fmt: skip
        agreement.add_argument("--witness", action="append", metavar="PERSON",
                               help="a delegate who witnesses the signing; repeat for more")  # fmt: skip
        agreement.add_argument("--at-ceremony", type=int, metavar="ID",
                               help="signed at this ceremony (last in its running order)")  # fmt: skip
    remove = actions.add_parser("remove", help="remove an agreement from the register")
    remove.add_argument("id", type=int, metavar="ID")
    order = actions.add_parser("order", help="set a ceremony's running order")
    order.add_argument("--ceremony", type=int, required=True, metavar="ID", dest="order_of")
    order.add_argument("agreements", type=int, nargs="+", metavar="AGREEMENT",
                       help="the agreements' numbers in the order they are signed")  # fmt: skip
    ceremony = actions.add_parser("ceremony", help="add, change or remove a signing ceremony")
    steps = ceremony.add_subparsers(dest="ceremony_command", metavar="STEP", required=True)
    for name in ("add", "edit"):
        step = steps.add_parser(name, help=f"{name} a ceremony")
        if name == "edit":
            step.add_argument("id", type=int, metavar="ID")
        step.add_argument("--title", required=True, metavar="TEXT", help="the title in English")
        step.add_argument("--title-zh", default="", metavar="TEXT", help="the title in Chinese")
        step.add_argument("--day", required=True, type=_iso_date, metavar="YYYY-MM-DD")
        step.add_argument("--time", required=True, type=_clock_time, metavar="HH:MM")
        step.add_argument("--place", default="", metavar="PLACE", help="a room or any place")
    gone = steps.add_parser("remove", help="remove a ceremony (its agreements stay)")
    gone.add_argument("id", type=int, metavar="ID")


def _iso_date(text: str):  # noqa: ANN202
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2025-07-26") from None


def _clock_time(text: str):  # noqa: ANN202
    import datetime as dt

    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a time like 11:30") from None


def _add_backups_parser(commands: argparse._SubParsersAction) -> None:
    backups = commands.add_parser("backups", help="list, make or restore backups of the event")
    actions = backups.add_subparsers(dest="backups_command", metavar="ACTION")
    actions.required = True
    actions.add_parser("list", help="the event's backups, newest first, numbered")
    actions.add_parser("create", help="back the event up now")
    restore = actions.add_parser(
        "restore",
        help="put a backup in place of the event file (backed up first; a damaged one is set "
        "aside beside it with the date)",
    )
    restore.add_argument(
        "number", nargs="?", type=_positive, metavar="N",
        help="the backup's number in `backups list` (default: the newest that passes the check)",
    )  # fmt: skip
    restore.add_argument(
        "--to", type=Path, metavar="PATH", help="write it to a new event file here instead"
    )
    second = actions.add_parser(
        "second-folder",
        help="show, set or (with --off) clear this computer's second backup folder (a USB "
        "stick): each backup is also copied there",
    )
    second_choice = second.add_mutually_exclusive_group()
    second_choice.add_argument("folder", nargs="?", type=Path, metavar="FOLDER")
    second_choice.add_argument("--off", action="store_true", help="copy backups nowhere else")


def _add_server_parser(commands: argparse._SubParsersAction) -> None:
    server = commands.add_parser(
        "server", help="move an event to or from a venue server (PostgreSQL); its roles, logins"
    )
    actions = server.add_subparsers(dest="server_command", metavar="ACTION")
    actions.required = True
    push = actions.add_parser(
        "push", help="copy the event file (--db FILE) into an empty database on the server"
    )
    push.add_argument("--to", dest="target", required=True, metavar="URL",
                      help="postgresql://user@host/dbname")  # fmt: skip
    pull = actions.add_parser(
        "pull", help="write the event on the server to an event file (--db FILE): an offline copy"
    )
    pull.add_argument("--from", dest="source", required=True, metavar="URL",
                      help="postgresql://user@host/dbname")  # fmt: skip
    for action, what in ((push, "the event file to copy"), (pull, "the event file to write")):
        action.add_argument("--db", dest="server_db", metavar="FILE",
                            help=f"{what} (the same as --db before `server`)")  # fmt: skip
        action.add_argument(
            "--replace", action="store_true",
            help="overwrite an event the target holds already (refused otherwise)",
        )  # fmt: skip
    init = actions.add_parser(
        "init", help="make the desks' and organisers' roles on the server given with --db URL"
    )
    login = actions.add_parser(
        "user", help="add a login (or set its password) on the server given with --db URL; the "
        "password comes from $DELEGATIONS_NEW_PASSWORD, else it is asked for",
    )  # fmt: skip
    login.add_argument("name", metavar="NAME", help="the login, e.g. desk3 (lower case)")
    login.add_argument("--role", dest="kind", required=True, choices=("desk", "organiser"),
                       help="desk: reads everything, admits, adds walk-ins; organiser: all")  # fmt: skip
    for action in (init, login):
        action.add_argument("--db", dest="server_db", metavar="URL",
                            help="the server (the same as --db before `server`)")  # fmt: skip
        action.add_argument("--desk-role", default="delegations_desk", metavar="NAME",
                            help="the desks' group role (delegations_desk)")  # fmt: skip
        action.add_argument("--organiser-role", default="delegations_organiser", metavar="NAME",
                            help="the organisers' group role (delegations_organiser)")  # fmt: skip


def _event_path(args: argparse.Namespace) -> tuple[Path | str, bool]:
    """The event file (or venue server address) to use, and whether it is the default one
    (demo on first run)."""
    if args.db is not None:
        return (args.db if "://" in args.db else Path(args.db)), False
    from delegations.paths import default_event_path

    return default_event_path(), True


def _open(args: argparse.Namespace, *, changes: bool = False):  # noqa: ANN202 (store.EventFile)
    """Open the event; a command that `changes` it backs it up first when its newest backup
    is older than the window's interval (10 minutes), as the window would have."""
    from delegations.services import event

    path, is_default = _event_path(args)
    event_file = event.open_event(path)
    if is_default and event_file.created:
        from delegations.services import demo

        demo.write_demo(event_file)
    elif changes and not event_file.created and not event_file.on_server:
        _backup_before_change(event_file)
    if event_file.on_server:
        from delegations.services.server import explain_refusals

        explain_refusals(event_file)  # a desk's login refused a change: one sentence
    return event_file


def _backup_before_change(event_file) -> None:  # noqa: ANN001 (store.EventFile)
    from delegations.domain.errors import UserError
    from delegations.services import backups

    try:
        made = backups.backup_before_change(event_file)
    except UserError as error:  # the change matters more than the backup: say so, go on
        print(f"delegations: warning: no backup before this change: {error}", file=sys.stderr)
        return
    if made is not None and made.copy_problem:
        print(f"delegations: warning: {made.copy_problem}", file=sys.stderr)


def _run_demo(args: argparse.Namespace) -> int:
    from delegations.services import demo

    event_file = _open(args, changes=True)
    counts = demo.write_demo(
        event_file, delegates=args.delegates, sessions=args.sessions, seed=args.seed
    )
    print(
        f"Demo event written to {event_file.location}: "
        + ", ".join(f"{n} {what}" for what, n in counts.items())
    )
    return EXIT_OK


def _event_date(text: str, field: str):  # noqa: ANN202 (datetime.date)
    import datetime as dt

    from delegations.domain.errors import InvalidInput

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(field, f"“{text}” is not a date like 2025-07-24.") from None


def _run_event(args: argparse.Namespace) -> int:
    from delegations.services import event

    if args.event_command == "show":
        with _open(args).read() as connection:
            settings = event.event_settings(session=connection)
        print(_event_lines(settings))
        return EXIT_OK
    changes = {
        key: value
        for key, value in (
            ("name", args.name), ("name_zh", args.name_zh), ("time_zone", args.timezone),
            ("venue", args.venue), ("city", args.city),
            ("start", args.start and _event_date(args.start, "Start date")),
            ("end", args.end and _event_date(args.end, "End date")),
        )
        if value is not None
    }  # fmt: skip
    if not changes:
        print(
            "delegations event set: give at least one of --name, --name-zh, --start, --end, "
            "--timezone, --venue, --city.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from delegations.services.event_models import EventSettingsUpdate

    settings = event.update_event_settings(
        _open(args, changes=True), EventSettingsUpdate(**changes)
    )
    print("Event settings saved:")
    print(_event_lines(settings))
    return EXIT_OK


def _event_lines(settings) -> str:  # noqa: ANN001 (services.event.EventSettings)
    named = "yes" if settings.details_confirmed else (
        "no — still called after its file; set it with `delegations event set --name`"
    )  # fmt: skip
    return "\n".join(
        f"{label + ':':<14}{value}".rstrip()
        for label, value in (
            ("Name", settings.name), ("Chinese name", settings.name_zh),
            ("Start date", settings.start.isoformat()), ("End date", settings.end.isoformat()),
            ("Time zone", settings.time_zone), ("Venue", settings.venue),
            ("City", settings.city), ("Named", named),
        )
    )  # fmt: skip


def _run_screenshot(args: argparse.Namespace) -> int:
    from delegations.ui.app import take_screenshot

    event_file = _open(args)
    take_screenshot(event_file, args.out, tab=args.tab, size=args.size)
    print(f"Screenshot written to {args.out}")
    return EXIT_OK


def _run_app(args: argparse.Namespace, desk: DeskLaunch | None = None) -> int:
    from delegations.domain.errors import UserError
    from delegations.services.backups import DamagedEventFile
    from delegations.services.server import ServerUnreachable
    from delegations.ui.app import offer_offline_copy_at_start, run_app, show_refusal

    try:
        event_file = _open(args)
    except ServerUnreachable as error:
        # A desk restarted while the server is down goes on with its own copy, if it says so.
        offline = offer_offline_copy_at_start(str(_event_path(args)[0]))
        if offline is None:
            show_refusal(str(error))
            raise
        event_file = offline
    except DamagedEventFile as damaged:
        # A damaged default file must not lock the user out: its backup, or another file.
        from delegations.ui.dialogs.damaged_event import recover_at_start

        event_file = recover_at_start(damaged)
        if event_file is None:
            raise
    except UserError as error:
        # Started from a desktop menu there is no terminal: say it in a window too.
        show_refusal(str(error))
        raise
    return run_app(event_file, desk=desk)


def _run_desk(args: argparse.Namespace) -> int:
    from delegations.ui.checkin.controller import DeskLaunch

    return _run_app(args, desk=DeskLaunch(args.name, args.fullscreen))


def _run_import(args: argparse.Namespace) -> int:
    from delegations.services.registrations.importing import ImportOptions, import_file
    from delegations.services.registrations.report import format_report

    options = ImportOptions(skip_invalid=args.skip_invalid, dry_run=args.dry_run,
                            add_namesakes=args.add_namesakes)  # fmt: skip
    report = import_file(_open(args, changes=not args.dry_run), args.file, options)
    print(format_report(report))
    if report.refused_all:
        print(
            "Correct these rows and import again, or use --skip-invalid to import the valid rows.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    from delegations.services.registrations import exporting

    exporting.check_export_path(args.file)  # before a new event file is made for nothing
    count = exporting.export_registrations(_open(args), args.file)
    print(f"{count} delegates written to {args.file}")
    return EXIT_OK


def _run_template(args: argparse.Namespace) -> int:
    from delegations.services.registrations import exporting

    exporting.check_export_path(args.file, (".xlsx",))
    exporting.save_template(_open(args), args.file)
    print(f"Import template written to {args.file}")
    return EXIT_OK


def _run_badges(args: argparse.Namespace) -> int:
    from delegations.domain.enums import PrintReason
    from delegations.services import badges

    event_file = _open(args, changes=True)
    selection = badges.BadgeSelection(
        delegation=args.delegation, only_unprinted=args.only_unprinted
    )
    issues = badges.preflight_badges(
        event_file, selection, args.layout, family_caps=args.family_caps
    )
    _print_checks(issues)
    options = {
        "layout_name": args.layout,
        "reason": PrintReason(args.reason) if args.reason else None,
        "family_caps": args.family_caps,
    }
    if args.printer is not None:
        outcome = badges.print_badges_to_printer(event_file, args.printer, selection, **options)
        where = f"sent to {args.printer} (job {outcome.job.job_id if outcome.job else '?'})"
    else:
        outcome = badges.print_badges(event_file, args.out, selection, **options)
        where = f"written to {outcome.path}"
    badge_s = "badge" if outcome.badges == 1 else "badges"
    page_s = "page" if outcome.pages == 1 else "pages"
    print(f"{outcome.badges} {badge_s} ({outcome.pages} {page_s}) {where}")
    return EXIT_OK


def _run_printers(args: argparse.Namespace) -> int:
    from delegations.services import printers

    found = printers.list_printers()
    if not found:
        print("No printers: add one in the system's printer settings (CUPS).")
    for printer in found:
        default = " (default)" if printer.is_default else ""
        print(f"{printer.name}  {printer.state}{default}".rstrip())
    return EXIT_OK


def _print_checks(checks: Sequence[object]) -> None:
    """What a preflight found, before the output is made."""
    if checks:
        print(f"Check before printing ({len(checks)}):")
        for check in checks:
            print(f"  {check}")


def _add_layouts_parser(commands: argparse._SubParsersAction) -> None:
    layouts = commands.add_parser(
        "layouts",
        help="list badge layouts (bundled and the event's); duplicate, export, import, assign, "
        "delete",
    )
    actions = layouts.add_subparsers(dest="layouts_command", metavar="ACTION")
    actions.add_parser("list", help="list the layouts (the default without ACTION)")
    duplicate = actions.add_parser(
        "duplicate", help="copy a layout into the event, to edit (bundled ones are read-only)"
    )
    duplicate.add_argument("name", metavar="NAME")
    duplicate.add_argument("new_name", metavar="NEW")
    duplicate.add_argument("--title", help="the copy's title (default: the original's)")
    export = actions.add_parser("export", help="write a layout as JSON, its images embedded")
    export.add_argument("name", metavar="NAME")
    export.add_argument("file", type=Path, metavar="FILE.json")
    imported = actions.add_parser("import", help="store a layout JSON file in the event")
    imported.add_argument("file", type=Path, metavar="FILE.json")
    imported.add_argument("--name", help="the layout's name in the event (default: the file's)")
    assign = actions.add_parser(
        "assign", help="print a role's badges with a layout (a6 gives it back the default)"
    )
    assign.add_argument("role", metavar="ROLE", help="the role's name or code, e.g. Media")
    assign.add_argument("name", metavar="NAME")
    delete = actions.add_parser(
        "delete", help="delete one of the event's layouts (not one a role prints with)"
    )
    delete.add_argument("name", metavar="NAME")
    check = actions.add_parser(
        "check",
        help="what the layout would print badly (outside the badge or the printable area, "
        "text below 6 pt, a QR code too small, overlapping text); exit 3 when any",
    )
    check.add_argument("name", metavar="NAME")


def _run_layouts(args: argparse.Namespace) -> int:
    from delegations.services import layouts

    action = args.layouts_command or "list"
    if action == "list":
        for entry in layouts.list_event_layouts(_open(args)):
            print(_layout_line(entry))
        return EXIT_OK
    event_file = _open(args, changes=action not in ("export", "check"))
    if action == "check":
        return _run_layouts_check(event_file, args.name)
    if action == "duplicate":
        layout = layouts.duplicate_layout(event_file, args.name, args.new_name, title=args.title)
        print(f"Layout {layout.name} stored in the event: {layout.title}")
    elif action == "export":
        out = layouts.export_layout(event_file, args.name, args.file)
        print(f"Layout {args.name} written to {out}")
    elif action == "import":
        layout = layouts.import_layout(event_file, args.file, name=args.name)
        print(f"Layout {layout.name} stored in the event: {layout.title}")
    elif action == "delete":
        layouts.delete_layout(event_file, args.name)
        print(f"Layout {args.name} deleted from the event")
    else:
        role, layout = layouts.assign_layout(event_file, args.role, args.name)
        print(f"{role} badges print with layout {layout.name}")
    return EXIT_OK


def _run_layouts_check(event_file, name: str) -> int:  # noqa: ANN001 (store.EventFile)
    from delegations.services import layouts

    problems = layouts.design_problems(layouts.layout_json(event_file, name))
    for problem in problems:
        print(problem.message)
    if not problems:
        print(f"Layout {name}: no problems found.")
    return EXIT_PROBLEMS if problems else EXIT_OK


def _layout_line(entry) -> str:  # noqa: ANN001 (services.layouts.LayoutEntry)
    from delegations.services.layouts import DEFAULT_LAYOUT

    layout, sheet = entry.layout, entry.layout.sheet
    default = " (default)" if layout.name == DEFAULT_LAYOUT else ""
    where = "bundled" if entry.bundled else "event"
    two_sided = ", two-sided" if layout.duplex else ""
    roles = f"; roles: {', '.join(entry.roles)}" if entry.roles else ""
    return (
        f"{layout.name:<8} {where:<7} {layout.title}{default}; {layout.badge_width:g} × "
        f"{layout.badge_height:g} mm, {sheet.per_page} per {sheet.page_width:g} × "
        f"{sheet.page_height:g} mm page{two_sided}{roles}"
    )


EXIT_ALREADY_IN, EXIT_REFUSED_CODE = 3, 4


def _run_checkin(args: argparse.Namespace) -> int:
    from delegations.services import checkin

    event_file = _open(args, changes=True)
    result = checkin.admit(event_file, args.code, desk=args.desk)  # committed on return
    if result.outcome == checkin.Outcome.ADMITTED:
        print(result.message)
        return EXIT_OK
    if result.outcome == checkin.Outcome.ALREADY_IN:
        print(result.message)
        return EXIT_ALREADY_IN
    print(result.message, file=sys.stderr)
    return EXIT_REFUSED_CODE


def _run_handover(args: argparse.Namespace) -> int:
    from delegations.services import handover

    done = handover.hand_over(
        _open(args, changes=True),
        args.delegation,
        args.collected_by,
        desk=args.desk,
        receipt=args.out,
    )
    count = len(done.badges)
    print(
        f"{count} badge{'' if count == 1 else 's'} of {done.delegation} handed to "
        f"{done.collected_by}; receipt written to {done.receipt}"
    )
    return EXIT_OK


def _run_journal(args: argparse.Namespace) -> int:
    from delegations.services import journal

    event_file = _open(args, changes=args.journal_command == "merge")
    if args.journal_command == "export":
        exported = journal.export_journal(event_file, args.file, desk=args.desk)
        entry_s = "entry" if exported.entries == 1 else "entries"
        print(f"{exported.entries:,} journal {entry_s} written to {exported.path}")
        return EXIT_OK
    merged = journal.merge_journal(event_file, args.file)
    print(merged.summary())
    for double in merged.double_admissions:
        print(f"  {double.sentence()}")
    return EXIT_OK


EXIT_CONFLICTS = EXIT_PROBLEMS = 3


def _run_agenda(args: argparse.Namespace) -> int:
    from delegations.services import agenda_io
    from delegations.services.agenda_exchange import export_agenda_file, import_agenda_file

    if args.agenda_command == "export":
        agenda_io.check_agenda_export_path(args.file)
        result = export_agenda_file(_open(args), args.file)
        session_s = "session" if result.sessions == 1 else "sessions"
        print(f"{result.sessions} {session_s} written to {result.path}")
        return EXIT_OK
    if args.agenda_command == "import":
        parsed = agenda_io.read_agenda_file(args.file)  # refuses before the event is touched
        report = import_agenda_file(_open(args, changes=True), parsed)
        print(
            f"Agenda imported from {args.file}: {report.sessions} sessions, {report.rooms} "
            f"rooms, {report.speakers} speakers (replacing {report.replaced_sessions} sessions)."
        )
        if report.unlinked:
            print(
                "Not linked to a delegate (no delegate with that e-mail or name in this event): "
                + ", ".join(report.unlinked)
            )
        return EXIT_OK
    return _run_agenda_check(args)


def _run_agenda_check(args: argparse.Namespace) -> int:
    from delegations.services import agenda

    overview = agenda.agenda_overview(_open(args))
    conflicts = overview.conflicts
    rows = {row.id: row for row in overview.sessions}
    if not conflicts:
        print(f"No conflicts in the agenda ({len(rows)} sessions).")
        return EXIT_OK
    print(f"{len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''} in the agenda:")
    for conflict in conflicts:
        print(f"\n{conflict.kind}: {conflict.sentence}")
        for session_id in conflict.session_ids:
            row = rows[session_id]
            print(
                f"  #{row.id}  {row.day:%a %d %b}  {row.start_time:%H:%M}–{row.end_time:%H:%M}  "
                f"{row.room_name or '(no room)'}  {row.title_en}"
            )
    return EXIT_CONFLICTS


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _run_booklet(args: argparse.Namespace) -> int:
    from delegations.services import booklet

    event_file = _open(args)
    _print_checks(booklet.preflight_booklet(event_file))
    outcome = booklet.print_booklet(
        event_file, args.out, paper=args.paper, imposed=args.imposed, edition=args.edition,
        delegation_lists=args.delegation_lists,
    )  # fmt: skip
    imposed = f", imposed on {_plural(outcome.sheets, 'A4 side')}" if args.imposed else ""
    print(
        f"Programme booklet ({_plural(outcome.pages, args.paper.upper() + ' page')}{imposed}) "
        f"written to {outcome.path}"
    )
    return EXIT_OK


def _run_errata(args: argparse.Namespace) -> int:
    from delegations.services import booklet

    path, changes = booklet.print_errata(_open(args), args.out, since=args.since)
    print(f"Errata since version {args.since} ({_plural(changes, 'change')}) written to {path}")
    return EXIT_OK


def _run_door_sheets(args: argparse.Namespace) -> int:
    from delegations.services import booklet

    outcome = booklet.print_door_sheets(_open(args), args.out)
    print(f"Door sheets ({_plural(outcome.pages, 'page')}) written to {outcome.path}")
    return EXIT_OK


def _run_name_plates(args: argparse.Namespace) -> int:
    from delegations.services import name_plates

    if args.session is not None:
        return _run_session_plates(args)
    event_file = _open(args)
    plates = name_plates.delegation_plates(event_file, args.delegation, with_names=args.with_names)
    path = name_plates.print_name_plates(event_file, plates, args.out)
    print(f"Name plates ({_plural(len(plates), 'page')}) written to {path}")
    return EXIT_OK


def _run_protocol(args: argparse.Namespace) -> int:
    from delegations.services import protocol

    if args.set_rank:
        person, rank = args.set_rank
        name = protocol.set_rank_of(_open(args, changes=True), person, rank)
        print(f"{name}: rank {rank}." if rank.strip() else f"{name}: no rank.")
        return EXIT_OK
    changes = {
        "rule": args.rule, "host": args.host, "host_place": args.host_place,
        "partners": None if args.partners is None else args.partners.split(","),
        "partner_place": args.partner_place,
    }  # fmt: skip
    if any(value is not None for value in changes.values()):
        event_file = _open(args, changes=True)
        precedence = protocol.set_precedence(event_file, **changes)
    else:
        event_file = _open(args)
        precedence = protocol.read_precedence(event_file)
    if args.ranks:
        with event_file.read() as connection:
            for rank in protocol.list_ranks(session=connection):
                print(f"{rank.name}\t{rank.name_zh}")
        return EXIT_OK
    if not precedence.entries:
        print("The event has no delegations yet.")
    for entry in precedence.entries:
        head = " ".join(part for part in (entry.head_honorific, entry.head_name) if part)
        rank = f" ({entry.head_rank})" if entry.head_rank else ""
        print(f"{entry.place}\t{entry.delegation}\t{head + rank if head else '—'}")
    if args.out is not None:
        path = protocol.print_precedence(event_file, args.out)
        print(f"Order of precedence ({len(precedence.entries)} delegations) written to {path}")
    return EXIT_OK


_LAYOUT_COUNTS = ("places", "table_seats", "behind_rows", "chair_seats", "rows",
                  "seats_per_row", "aisle_every", "tables", "seats_per_table")  # fmt: skip


def _run_seating(args: argparse.Namespace) -> int:
    from delegations.services import seating

    action = args.seating_command
    if action == "layout":
        counts = {name: getattr(args, name) for name in _LAYOUT_COUNTS
                  if getattr(args, name) is not None}  # fmt: skip
        done = seating.set_room_layout(_open(args, changes=True), args.room, args.kind, counts)
        shown = ", ".join(
            f"{name.replace('_', ' ')} {n}" for name, n in done.spec.parameters().items()
        )
        again = f"; {_plural(done.replanned, 'plan')} seated again" if done.replanned else ""
        print(f"{done.room}: {done.spec.kind.value} ({shown}), {done.seats:,} seats{again}")
        return EXIT_OK
    if action is None and args.session is None:
        print("delegations seating: give --session ID (and --out PDF for the chart), or an "
              "ACTION: layout, quotas, swap, replace, give, free.", file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    event_file = _open(args, changes=action is not None)
    if action == "quotas":
        quota = seating.Quota(args.table, args.behind)
        chosen = {"quotas": {args.delegation: quota}} if args.delegation else {"everyone": quota}
        plan = seating.seat_session(event_file, args.session, host_place=args.host_place,
                                    **chosen)  # fmt: skip
    elif action == "swap":
        plan = seating.swap_seats(event_file, args.session, *args.seats)
    elif action == "replace":
        plan = seating.replace_occupant(event_file, args.session, args.seat, args.by)
    elif action == "give":
        plan = seating.give_seat(event_file, args.session, args.seat, args.delegation, args.by)
    elif action == "free":
        plan = seating.free_seat(event_file, args.session, args.seat)
    elif args.out is not None:
        printed = seating.print_seating_chart(event_file, args.session, args.out, paper=args.paper)
        print(f"Seating chart of session {args.session} written to {printed.path}")
        plan = seating.read_plan(event_file, args.session)
        _print_seating_warnings(plan)
        return EXIT_OK
    else:
        plan = seating.read_plan(event_file, args.session)
    _print_plan(plan)
    return EXIT_OK


def _run_bilaterals(args: argparse.Namespace) -> int:
    from delegations.services import bilaterals

    action = args.bilaterals_command
    if action == "rooms":
        if args.names:
            names = bilaterals.set_bilateral_rooms(_open(args, changes=True), args.names)
        else:
            names = bilaterals.bilateral_rooms(_open(args))
        print(f"Rooms for bilaterals: {', '.join(names) or 'none'}")
        return EXIT_OK
    if action in ("request", "edit"):
        return _run_bilateral_request(args)
    if action == "cancel":
        view = bilaterals.cancel_request(_open(args, changes=True), args.id)
        print(f"Bilateral {view.id} ({view.title}) cancelled.")
        return EXIT_OK
    if action == "schedule":
        report = bilaterals.schedule_all(_open(args, changes=True), again=args.again)
        print(f"{_plural(len(report.placed), 'bilateral')} placed, "
              f"{len(report.unplaced)} not placed.")  # fmt: skip
        for view in report.placed:
            print(f"  #{view.id}  {view.when}  {view.room}  {view.title}")
        for view, reason in report.unplaced:
            print(f"  #{view.id}  not placed: {reason}")
        return EXIT_OK
    if action == "move":
        moved = bilaterals.move_meeting(_open(args, changes=True), args.id, room=args.room,
                                        day=args.day, start=args.start)  # fmt: skip
        view = moved.meeting
        print(f"Bilateral {view.id} ({view.title}) now {view.when} in {view.room}.")
        for conflict in moved.conflicts:
            print(f"delegations: warning: {conflict.kind}: {conflict.sentence}", file=sys.stderr)
        return EXIT_OK
    return _run_bilaterals_listing(args)


def _run_bilateral_request(args: argparse.Namespace) -> int:
    from delegations.services import bilaterals

    event_file = _open(args, changes=True)
    if args.bilaterals_command == "request":
        view = bilaterals.add_request(event_file, bilaterals.RequestInput(
            args.delegation, args.counterpart or "", args.organisation or "",
            args.participant or (), args.window or (),
            args.duration or bilaterals.DEFAULT_DURATION, args.languages or "",
            args.interpretation or "", args.notes or "",
        ))  # fmt: skip
        print(f"Bilateral {view.id} requested: {view.title}, {view.duration} min, "
              f"{_plural(len(view.participants), 'participant')}.")  # fmt: skip
        return EXIT_OK
    view = bilaterals.edit_request(
        event_file, args.id, participants=args.participant, windows=args.window,
        duration=args.duration, languages=args.languages, interpretation=args.interpretation,
        notes=args.notes, delegation=args.delegation, counterpart=args.counterpart,
        organisation=args.organisation,
    )  # fmt: skip
    print(f"Bilateral {view.id} ({view.title}) changed.")
    for conflict in bilaterals.bilateral_conflicts(event_file, only=view.id):
        print(f"delegations: warning: {conflict.kind}: {conflict.sentence}", file=sys.stderr)
    return EXIT_OK


def _run_bilaterals_listing(args: argparse.Namespace) -> int:
    from delegations.services import bilaterals

    if (args.room is None) != (args.day is None):
        print("delegations bilaterals: a door sheet needs both --room NAME and --day DATE.",
              file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    if args.room is not None and args.delegation is not None:
        print("delegations bilaterals: give --delegation or --room with --day, not both.",
              file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    event_file = _open(args)
    if args.out is not None and args.room is not None:
        printed = bilaterals.print_room_door_sheet(event_file, args.room, args.day, args.out)
        print(f"Door sheet of {printed.title} on {args.day} "
              f"({_plural(printed.meetings, 'meeting')}) written to {printed.path}")  # fmt: skip
        return EXIT_OK
    if args.out is not None:
        printed = bilaterals.print_delegation_schedule(event_file, args.delegation, args.out)
        print(f"Bilateral schedule of {printed.title} ({_plural(printed.meetings, 'meeting')}, "
              f"{_plural(printed.pages, 'page')}) written to {printed.path}")  # fmt: skip
        return EXIT_OK
    views = bilaterals.list_bilaterals(event_file, delegation=args.delegation)
    if not views:
        print("No bilateral meeting has been requested.")
    for view in views:
        where = f"{view.when}  {view.room}" if view.when else "—"
        people = ", ".join(p.name for p in view.participants) or "no participant"
        print(f"#{view.id}\t{view.status}\t{where}\t{view.title}\t{people}")
    return EXIT_OK


def _print_plan(plan) -> None:  # noqa: ANN001 (services.seating.PlanView)
    given = sum(1 for seat in plan.seats if seat.delegation_id is not None)
    capacity = sum(1 for seat in plan.seats if seat.tier != "chair")
    print(f"Session {plan.session_id}, {plan.title}: {plan.room}, {plan.spec.kind.value}, "
          f"{given:,} of {capacity:,} seats given")  # fmt: skip
    for number, entry in enumerate(plan.delegations, start=1):
        seats = [s.label for s in plan.seats if s.delegation_id == entry.id]
        shown = ", ".join(seats[:12]) + (f" … ({len(seats)})" if len(seats) > 12 else "")
        print(f"{number:>3}. {entry.name}: quota {entry.quota.at_table} at the table + "
              f"{entry.quota.behind} behind; {shown or 'no seat'}")  # fmt: skip
    _print_seating_warnings(plan)


def _print_seating_warnings(plan) -> None:  # noqa: ANN001 (services.seating.PlanView)
    for warning in plan.warnings:
        print(f"delegations: warning: {warning}", file=sys.stderr)


def _run_session_plates(args: argparse.Namespace) -> int:
    from delegations.domain.errors import UserError
    from delegations.services import seating

    if args.delegation:
        raise UserError("Give either --session or --delegation for name plates, not both.")
    printed = seating.print_name_plates(_open(args), args.session, args.out,
                                        with_names=args.with_names)  # fmt: skip
    print(f"{_plural(printed.pages, 'name plate')} of session {args.session} written to "
          f"{printed.path}")  # fmt: skip
    return EXIT_OK


def _run_signings(args: argparse.Namespace) -> int:
    from delegations.services import signings

    action = args.signings_command
    if action in ("add", "edit"):
        return _save_agreement(args, signings)
    if action == "remove":
        signings.remove_agreement(_open(args, changes=True), args.id)
        print(f"Agreement {args.id} removed from the register.")
        return EXIT_OK
    if action == "order":
        signings.set_running_order(_open(args, changes=True), args.order_of, args.agreements)
        print(f"Ceremony {args.order_of}: {_plural(len(args.agreements), 'agreement')} in order.")
        return EXIT_OK
    if action == "ceremony":
        return _save_ceremony(args, signings)
    event_file = _open(args)
    if args.out is not None:
        if args.ceremony is not None:
            path = signings.print_ceremony(event_file, args.ceremony, args.out)
            print(f"Running order of ceremony {args.ceremony} written to {path}")
        else:
            path = signings.print_register(event_file, args.out)
            print(f"Register of agreements written to {path}")
        return EXIT_OK
    if args.ceremony is not None:
        signings.ceremony_view(event_file, args.ceremony)  # an unknown one is refused
    _print_register(signings.read_register(event_file), args.ceremony)
    return EXIT_OK


def _print_register(register, only: int | None) -> None:  # noqa: ANN001 (services.signings.Register)
    from delegations.services.signings import full_names

    if not register.agreements():
        print("The register has no agreements yet; `delegations signings add` adds one.")
    for ceremony in register.ceremonies:
        if only is not None and ceremony.id != only:
            continue
        print(f"Ceremony {ceremony.id}: {ceremony.title_en}, {ceremony.day:%d %b %Y} "
              f"{ceremony.start:%H:%M}, {ceremony.place or 'no place set'}")  # fmt: skip
        for agreement in ceremony.agreements:
            _print_agreement(f"{agreement.number:>4}.", agreement, full_names)
    if only is None and register.unscheduled:
        print("At no ceremony yet:")
        for agreement in register.unscheduled:
            _print_agreement("   -", agreement, full_names)


def _print_agreement(lead: str, agreement, full_names) -> None:  # noqa: ANN001
    signers = ", ".join(p.signatory or "—" for p in agreement.parties)
    print(f"{lead} [{agreement.id}] {agreement.title_en} ({agreement.kind_names[0]}): "
          f"{full_names(agreement.parties)}; signed by {signers}")  # fmt: skip
    for warning in agreement.warnings:
        print(f"delegations: warning: {warning}", file=sys.stderr)


def _save_agreement(args: argparse.Namespace, signings) -> int:  # noqa: ANN001
    event_file = _open(args, changes=True)
    current = None
    if args.signings_command == "edit":
        current = next((a for a in signings.read_register(event_file).agreements()
                        if a.id == args.id), None)  # fmt: skip
    parties = tuple(
        signings.PartyInput(name, country, signatory, kind)
        for name, country, signatory, kind in args.parties or ()
    ) or tuple(
        signings.PartyInput(p.name, p.country, p.signatory_id or "", p.kind)
        for p in (current.parties if current else ())
    )  # fmt: skip
    given = signings.AgreementInput(
        title_en=args.title if args.title is not None else current.title_en if current else "",
        title_zh=args.title_zh if args.title_zh is not None else current.title_zh if current else "",
        kind=args.kind or (current.kind.value if current else "mou"),
        parties=parties,
        witnesses=tuple(args.witness) if args.witness is not None else tuple(
            w.id for w in (current.witnesses if current else ())),
        ceremony_id=args.at_ceremony if args.at_ceremony is not None else (
            current.ceremony_id if current else None),
    )  # fmt: skip
    if args.signings_command == "edit":
        saved = signings.update_agreement(event_file, args.id, given)
    else:
        saved = signings.add_agreement(event_file, given)
    for warning in saved.warnings:
        print(f"delegations: warning: {warning}", file=sys.stderr)
    print(f"Agreement {saved.id}: {given.title_en} saved.")
    return EXIT_OK


def _save_ceremony(args: argparse.Namespace, signings) -> int:  # noqa: ANN001
    event_file = _open(args, changes=True)
    if args.ceremony_command == "remove":
        signings.remove_ceremony(event_file, args.id)
        print(f"Ceremony {args.id} removed; its agreements stay in the register.")
        return EXIT_OK
    given = signings.CeremonyInput(args.title, args.day, args.time, args.place, args.title_zh)
    if args.ceremony_command == "edit":
        signings.update_ceremony(event_file, args.id, given)
        saved = args.id
        print(f"Ceremony {args.id} saved.")
    else:
        saved = signings.add_ceremony(event_file, given)
        print(f"Ceremony {saved}: {args.title} added.")
    for conflict in signings.signing_conflicts(event_file):
        if conflict.ceremony_id == saved:  # as agenda check will list them
            print(f"delegations: warning: {conflict.kind}: {conflict.sentence}", file=sys.stderr)
    return EXIT_OK


def _run_backups(args: argparse.Namespace) -> int:
    """`backups list|create|restore|second-folder`; list and restore work on a damaged file."""
    from delegations.services import backups

    if args.backups_command == "second-folder":
        return _run_second_folder(args)
    if args.backups_command == "create":
        made = backups.backup_now(_open(args))
        print(f"Backup written to {made.path}")
        _warn_copy(made)
        return EXIT_OK
    path, _is_default = _event_path(args)
    if isinstance(path, str):
        from delegations.domain.errors import UserError

        raise UserError(
            "Backups are listed and restored for event files; the server keeps its own. "
            "`backups create` writes an offline copy of the server's event."
        )
    listed = backups.list_backups(path)
    if args.backups_command == "list":
        _print_backups(path, listed)
        return EXIT_OK
    chosen = _chosen_backup(path, listed, args.number)
    if args.to is not None:
        written = backups.restore_copy(chosen, args.to)
        print(f"The backup of {_when(chosen)} written to {written}; {path} is as it was.")
        return EXIT_OK
    restored = backups.restore_file(path, chosen)
    print(f"The backup of {_when(chosen)} is now {restored.path}.")
    if restored.set_aside is not None:
        print(f"The damaged file is kept, untouched, as {restored.set_aside}.")
    return EXIT_OK


def _run_server(args: argparse.Namespace) -> int:
    """`server push|pull|init|user`: the event moved to or from a venue server, its roles."""
    from delegations.domain.errors import UserError
    from delegations.services import server

    if args.server_db is not None and args.db is not None and str(args.server_db) != str(args.db):
        raise UserError("--db is given twice with two places; give it once.")
    target = args.server_db if args.server_db is not None else args.db
    if args.server_command == "push":
        copied = server.push_event(
            _source_event(target), args.target, replace=args.replace, progress=_rows_copied()
        )
    elif args.server_command == "pull":
        if target is None or server.is_server_url(str(target)):
            raise UserError("Give the event file to write: server pull --from URL --db FILE.")
        copied = server.pull_event(
            args.source, Path(target), replace=args.replace, progress=_rows_copied()
        )
    else:
        return _run_server_roles(args, target)
    tables = sum(1 for rows in copied.rows.values() if rows)
    print(
        f"Copied the event from {copied.source} to {copied.target}: {copied.total} rows in "
        f"{tables} tables, each table's count checked."
    )
    return EXIT_OK


def _rows_copied():  # noqa: ANN202 (progress.Progress)
    """Say on stderr how far a copy has come, each tenth of the way (30 s at 20,000 people)."""
    said = [0]

    def progress(done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth > said[0]:
            said[0] = tenth
            print(f"Copied {done:,} of {total:,} rows", file=sys.stderr, flush=True)

    return progress


def _source_event(target: str | Path | None):  # noqa: ANN202 (store.EventFile)
    """The event file `server push` copies: it must exist (a typo must not push a new, empty
    event)."""
    from delegations.domain.errors import UserError
    from delegations.paths import default_event_path
    from delegations.services import event, server

    if target is not None and server.is_server_url(str(target)):
        return event.open_event(str(target))
    path = Path(target) if target is not None else default_event_path()
    if not path.is_file():
        raise UserError(f"{path} does not exist; give the event file to push with --db FILE.")
    return event.open_event(path)


def _run_server_roles(args: argparse.Namespace, target: str | Path | None) -> int:
    from delegations.domain.errors import UserError
    from delegations.services import server

    if target is None or not server.is_server_url(str(target)):
        raise UserError(
            f"server {args.server_command} needs the server's address: delegations --db "
            f"postgresql://user@host/dbname server {args.server_command} …"
        )
    roles = {"desk_role": args.desk_role, "organiser_role": args.organiser_role}
    if args.server_command == "init":
        made = server.init_server(str(target), **roles)
        news = f"made now: {', '.join(made.created)}" if made.created else "brought up to date"
        print(
            f"Roles on {made.location}: {made.desk_role} (desks: read everything, admit, add "
            f"walk-ins) and {made.organiser_role} (organisers: everything); {news}."
        )
        return EXIT_OK
    password = _new_password(args.name)
    added = server.add_login(str(target), args.name, args.kind, password, **roles)
    where = server.server_location(str(target))
    print(
        f"Login {args.name} {'added' if added else 'given its new password'} as "
        f"{'a desk' if args.kind == 'desk' else 'an organiser'} on {where}."
    )
    return EXIT_OK


def _new_password(name: str) -> str:
    """From $DELEGATIONS_NEW_PASSWORD, else typed twice (not echoed) at a terminal."""
    import getpass

    from delegations.domain.errors import UserError

    given = os.environ.get("DELEGATIONS_NEW_PASSWORD")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise UserError(
            f"No password for {name}: set DELEGATIONS_NEW_PASSWORD, or run this at a terminal."
        )
    first = getpass.getpass(f"Password for {name}: ")
    if getpass.getpass("The same password again: ") != first:
        raise UserError("The two passwords differ; nothing was changed.")
    return first


def _when(backup) -> str:  # noqa: ANN001 (services.backups.BackupInfo)
    return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _print_backups(path: Path, listed: Sequence) -> None:  # type: ignore[type-arg]
    from delegations.services import backups

    if not listed:
        print(f"No backups of {path} yet; `delegations backups create` makes one.")
    for number, backup in enumerate(listed, start=1):
        print(f"{number:>3}  {_when(backup)}  {backup.size / 1e6:7.1f} MB  {backup.path}")
    second = backups.second_folder()
    if second is not None:
        print(f"Each backup is also copied to {second}.")


def _chosen_backup(path: Path, listed: Sequence, number: int | None):  # noqa: ANN202
    from delegations.domain.errors import UserError
    from delegations.services import backups

    if not listed:
        raise UserError(f"There are no backups of {path}; nothing to restore.")
    if number is None:
        good = backups.newest_good_backup(listed)
        if good is None:
            raise UserError(f"None of the {len(listed)} backups of {path} passes the check.")
        return good
    if number > len(listed):
        raise UserError(
            f"There {'is' if len(listed) == 1 else 'are'} only {len(listed)} "
            f"backup{'' if len(listed) == 1 else 's'} of {path}; see `delegations backups list`."
        )
    return listed[number - 1]


def _warn_copy(made) -> None:  # noqa: ANN001 (services.backups.BackupInfo)
    from delegations.services import backups

    if made.copy_problem:
        print(f"delegations: warning: {made.copy_problem}", file=sys.stderr)
    elif backups.second_folder() is not None:
        print(f"Also copied to {backups.second_folder()}.")


def _run_second_folder(args: argparse.Namespace) -> int:
    from delegations.domain.errors import UserError
    from delegations.services import backups

    if args.off:
        backups.set_second_folder(None)
        print("Backups are no longer copied to a second folder on this computer.")
        return EXIT_OK
    if args.folder is None:
        current = backups.second_folder()
        print(f"Backups are also copied to {current}." if current else "No second folder set.")
        return EXIT_OK
    if not args.folder.is_dir():
        raise UserError(f"{args.folder} is not a folder; plug the USB stick in or create it.")
    backups.set_second_folder(args.folder)
    print(f"Each backup on this computer is now also copied to {args.folder.resolve()}.")
    return EXIT_OK


def _hint_for_damaged(error: Exception) -> None:
    """After the damaged file's sentence: the backup that can replace it, and how."""
    from delegations.services import backups

    if not isinstance(error, backups.DamagedEventFile):
        return
    report = backups.damage_report(error)
    if report.backup is None:
        print("There is no backup of it that passes the check.", file=sys.stderr)
        return
    print(
        f"The newest good backup is from {_when(report.backup)}: `delegations backups "
        "restore` sets the damaged file aside and puts that backup in its place.",
        file=sys.stderr,
    )


COMMANDS = {
    "agenda": _run_agenda,
    "booklet": _run_booklet,
    "errata": _run_errata,
    "door-sheets": _run_door_sheets,
    "seating": _run_seating,
    "name-plates": _run_name_plates,
    "demo": _run_demo,
    "event": _run_event,
    "screenshot": _run_screenshot,
    "import": _run_import,
    "export": _run_export,
    "template": _run_template,
    "badges": _run_badges,
    "layouts": _run_layouts,
    "printers": _run_printers,
    "checkin": _run_checkin,
    "handover": _run_handover,
    "protocol": _run_protocol,
    "bilaterals": _run_bilaterals,
    "signings": _run_signings,
    "journal": _run_journal,
    "backups": _run_backups,
    "server": _run_server,
    "travel": cli_travel.run,
    "hotels": cli_hotels.run,
    None: _run_app,
    "desk": _run_desk,
}


def _configure_logging() -> None:
    from delegations.paths import log_path

    try:
        handler: logging.Handler = logging.FileHandler(log_path(), encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    sys.unraisablehook = _log_unraisable


def _log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """An error in a finaliser (openpyxl's unclosed zip on a full disk) goes to the log: the
    user has had the sentence already, not a second traceback."""
    logging.getLogger("delegations").warning(
        "ignored in %r: %s", unraisable.object, unraisable.exc_value,
        exc_info=(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback),
    )  # fmt: skip


def _output_closed() -> int:
    """The reader of our output went away (`delegations import big.xlsx | head`): stop quietly.

    As the Python documentation advises (signal module, "Note on SIGPIPE"): point stdout at
    devnull so that the interpreter's last flush does not fail again, and exit with 1.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a file (tests), or is gone already
        pass
    return EXIT_REFUSED


def _system_refusal(error: OSError) -> str:
    """One sentence for an `OSError` no service turned into one."""
    from delegations.files import cannot_write

    written = cannot_write(error)
    if written is not None:
        return written.sentence()
    too_long = error.errno == errno.ENAMETOOLONG
    reason = "the path is too long" if too_long else (error.strerror or str(error))
    return f"{error.filename}: {reason}." if error.filename else f"{reason}."


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _configure_logging()
    from delegations.domain.errors import UserError

    try:
        if args.ui_language:
            from delegations.ui.language import use_for_session

            use_for_session(args.ui_language)
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # so that a closed pipe shows here, not at exit
        return code
    except UserError as error:
        print(f"delegations: {error}", file=sys.stderr)
        _hint_for_damaged(error)
        return EXIT_REFUSED
    except BrokenPipeError:
        return _output_closed()
    except OSError as error:  # a disk, a folder or a file the system refused: say which
        logging.getLogger("delegations").warning("%s refused: %r", args.command, error)
        print(f"delegations: {_system_refusal(error)}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception:
        logging.getLogger("delegations").exception("unexpected error in %s", args.command)
        raise
