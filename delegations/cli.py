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
    return parser


def _event_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The event file to use, and whether it is the default one (demo on first run)."""
    if args.db is not None:
        return Path(args.db), False
    from delegations.paths import default_event_path

    return default_event_path(), True


def _open(args: argparse.Namespace):  # noqa: ANN202 (returns store.EventFile; imported lazily)
    from delegations.services import demo, event

    path, is_default = _event_path(args)
    event_file = event.open_event(path)
    if is_default and event_file.created:
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


COMMANDS = {"demo": _run_demo, "screenshot": _run_screenshot, None: _run_app}


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
