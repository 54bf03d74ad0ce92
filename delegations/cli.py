"""The command line: `delegations [--db PATH] [COMMAND ...]`; no command opens the app.

Heavy modules (Qt, SQLModel, ReportLab) are imported inside the commands that need them so
that `--help` and small commands start quickly.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
TABS = ("delegations", "speakers", "agenda")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a size like 1280x800") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return width, height


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
        type=Path,
        default=os.environ.get("DELEGATIONS_DB") or None,
        help="the event file (default: $DELEGATIONS_DB, else event.sqlite3 in the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the event with the demo event")
    demo.add_argument(
        "--delegates", type=_non_negative, default=0, help="synthetic delegates to add"
    )
    demo.add_argument("--seed", type=int, default=2025, help="random seed for synthetic data")

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
    exp = commands.add_parser("export", help="write every delegate to an .xlsx or .csv file")
    exp.add_argument("file", type=Path, metavar="FILE")
    template = commands.add_parser("template", help="write an empty import template (.xlsx)")
    template.add_argument("file", type=Path, metavar="FILE")

    badges = commands.add_parser("badges", help="print badges to a PDF")
    badges.add_argument("--out", type=Path, required=True, metavar="PDF")
    badges.add_argument("--layout", default="a6", help="badge layout (see `layouts`); default a6")
    badges.add_argument(
        "--delegation", metavar="NAME", help="only this delegation (its name or country)"
    )
    badges.add_argument(
        "--only-unprinted", action="store_true", help="only delegates without a printed badge"
    )
    badges.add_argument(
        "--reason",
        choices=("first", "reprint", "lost"),
        help="logged with each badge; lost issues a new code and revokes the old badge "
        "(default: first, or reprint for badges printed before)",
    )
    commands.add_parser("layouts", help="list badge layouts")
    checkin = commands.add_parser("checkin", help="verify a badge code and admit its holder")
    checkin.add_argument("code", metavar="CODE")
    checkin.add_argument("--desk", default="", metavar="NAME", help="name of this desk")
    return parser


def _event_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The event file to use, and whether it is the default one (demo on first run)."""
    if args.db is not None:
        return Path(args.db), False
    from delegations.paths import default_event_path

    return default_event_path(), True


def _open(args: argparse.Namespace):  # noqa: ANN202 (returns store.EventFile; imported lazily)
    from delegations.services import event

    path, is_default = _event_path(args)
    event_file = event.open_event(path)
    if is_default and event_file.created:
        from delegations.services import demo

        with event_file.session() as session:
            demo.create_demo_event(session=session)
    return event_file


def _run_demo(args: argparse.Namespace) -> int:
    from delegations.services import demo

    event_file = _open(args)
    with event_file.session() as session:
        counts = demo.create_demo_event(session=session, delegates=args.delegates, seed=args.seed)
    print(
        f"Demo event written to {event_file.path}: "
        + ", ".join(f"{n} {what}" for what, n in counts.items())
    )
    return EXIT_OK


def _run_screenshot(args: argparse.Namespace) -> int:
    from delegations.ui.app import take_screenshot

    event_file = _open(args)
    take_screenshot(event_file, args.out, tab=args.tab, size=args.size)
    print(f"Screenshot written to {args.out}")
    return EXIT_OK


def _run_app(args: argparse.Namespace) -> int:
    from delegations.ui.app import run_app

    return run_app(_open(args))


def _event_roles(event_file) -> list[tuple[str, str]]:  # noqa: ANN001 (store.EventFile)
    from delegations.services.event import list_roles

    with event_file.session() as session:
        return [(role.code, role.name) for role in list_roles(session=session)]


def _run_import(args: argparse.Namespace) -> int:
    from delegations.services import importing

    event_file = _open(args)
    parsed = importing.read_registrations(args.file, roles=_event_roles(event_file))
    with event_file.session() as session:
        report = importing.import_registrations(
            session=session, parsed=parsed, skip_invalid=args.skip_invalid, dry_run=args.dry_run
        )
    print(importing.format_report(report))
    if report.refused_all:
        print(
            "Correct these rows and import again, or use --skip-invalid to import the valid rows.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    from delegations.services import exporting

    exporting.check_export_path(args.file)
    event_file = _open(args)
    with event_file.session() as session:
        count = exporting.export_delegates(session=session, path=args.file)
    print(f"{count} delegates written to {args.file}")
    return EXIT_OK


def _run_template(args: argparse.Namespace) -> int:
    from delegations.services import exporting

    exporting.check_export_path(args.file, (".xlsx",))
    exporting.write_template(args.file, roles=_event_roles(_open(args)))
    print(f"Import template written to {args.file}")
    return EXIT_OK


def _run_badges(args: argparse.Namespace) -> int:
    from delegations.domain.models import PrintReason
    from delegations.services import badges

    event_file = _open(args)
    selection = badges.BadgeSelection(
        delegation=args.delegation, only_unprinted=args.only_unprinted
    )
    issues = badges.preflight_badges(event_file, selection, args.layout)
    if issues:
        print(f"Check before printing ({len(issues)}):")
        for issue in issues:
            print(f"  {issue}")
    outcome = badges.print_badges(
        event_file,
        args.out,
        selection,
        layout_name=args.layout,
        reason=PrintReason(args.reason) if args.reason else None,
    )
    badge_s = "badge" if outcome.badges == 1 else "badges"
    page_s = "page" if outcome.pages == 1 else "pages"
    print(f"{outcome.badges} {badge_s} ({outcome.pages} {page_s}) written to {outcome.path}")
    return EXIT_OK


def _run_layouts(args: argparse.Namespace) -> int:
    from delegations.printing.layouts import DEFAULT_LAYOUT, list_layouts

    for layout in list_layouts():
        default = " (default)" if layout.name == DEFAULT_LAYOUT else ""
        sheet = layout.sheet
        print(
            f"{layout.name:<8} {layout.title}{default}; {layout.badge_width:g} × "
            f"{layout.badge_height:g} mm, {sheet.per_page} per {sheet.page_width:g} × "
            f"{sheet.page_height:g} mm page"
        )
    return EXIT_OK


EXIT_ALREADY_IN, EXIT_REFUSED_CODE = 3, 4


def _run_checkin(args: argparse.Namespace) -> int:
    from delegations.services import checkin

    event_file = _open(args)
    with event_file.session() as session:
        result = checkin.check_in(session=session, code=args.code, desk=args.desk)
    if result.outcome == checkin.Outcome.ADMITTED:
        print(result.message)
        return EXIT_OK
    if result.outcome == checkin.Outcome.ALREADY_IN:
        print(result.message)
        return EXIT_ALREADY_IN
    print(result.message, file=sys.stderr)
    return EXIT_REFUSED_CODE


COMMANDS = {
    "demo": _run_demo,
    "screenshot": _run_screenshot,
    "import": _run_import,
    "export": _run_export,
    "template": _run_template,
    "badges": _run_badges,
    "layouts": _run_layouts,
    "checkin": _run_checkin,
    None: _run_app,
}


def _configure_logging() -> None:
    from delegations.paths import log_path

    try:
        handler: logging.Handler = logging.FileHandler(log_path(), encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _configure_logging()
    from delegations.domain.errors import UserError

    try:
        return COMMANDS[args.command](args)
    except UserError as error:
        print(f"delegations: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception:
        logging.getLogger("delegations").exception("unexpected error in %s", args.command)
        raise
