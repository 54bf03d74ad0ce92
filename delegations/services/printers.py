"""System printers through CUPS (Linux, macOS): list the queues, print a PDF we made.

The command line and the services cannot use Qt's QPrinter (only `ui` imports Qt), so a PDF
goes to a printer the way `lp` sends it: CUPS receives the very file the preview shows. It is
printed at its own page size (`media`) and at 100 % — `print-scaling=none` is the IPP
attribute CUPS's PDF filter (pdftopdf) honours; `fit-to-page=false` keeps older filters from
shrinking the page into the printer's margins. Label and card printers need exactly that.

Windows has no CUPS: there, printing goes through the window (QPrinter), and these functions
refuse with one sentence.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from delegations.domain.errors import UserError

LP_TIMEOUT_S = 30
_ISO_SIZES = {(210.0, 297.0): "A4", (148.0, 210.0): "A5", (105.0, 148.0): "A6"}
_REQUEST_ID = re.compile(r"request id is (\S+)")
_SCHEDULER_DOWN = ("scheduler is not running", "scheduler not responding", "unable to connect")
CUPS_NOT_RUNNING = "CUPS is not running: start it (e.g. `systemctl start cups`) and try again."
NO_CUPS_ON_WINDOWS = (
    "Printing from the command line needs CUPS, which Windows does not have: "
    "print from the window instead (File ▸ Print…)."
)


class PrintingError(UserError):
    """A printer or the printing system refused; `str()` says what to do."""


@dataclass(frozen=True, slots=True)
class Printer:
    """A CUPS queue as `delegations printers` lists it."""

    name: str
    state: str  # "idle", "printing", "disabled", or "" when CUPS does not say
    is_default: bool = False


@dataclass(frozen=True, slots=True)
class PrintJob:
    """A job CUPS accepted: `job_id` is its request id ("Desk-Printer-12")."""

    printer: str
    job_id: str


def printing_supported() -> bool:
    """Whether the services can print (CUPS); False on Windows."""
    return os.name != "nt"


def list_printers() -> list[Printer]:
    """The CUPS queues, in CUPS's order, with their state and the default marked.

    Raises:
        PrintingError: Windows, CUPS not installed or not running.
    """
    names = _run(["lpstat", "-e"]).split()
    if not names and not _scheduler_running():  # lpstat -e lists nothing, and says nothing
        raise PrintingError(CUPS_NOT_RUNNING)
    states = _run(["lpstat", "-p", "-d"]) if names else ""
    default = re.search(r"system default destination: (\S+)", states)
    return [
        Printer(
            name,
            _state(states, name),
            is_default=default is not None and default.group(1) == name,
        )
        for name in names
    ]


def _state(lpstat_p: str, name: str) -> str:
    match = re.search(rf"^printer {re.escape(name)} (?:is )?(\w+)", lpstat_p, re.MULTILINE)
    return match.group(1) if match else ""


def media_option(width_mm: float, height_mm: float) -> str:
    """The `media` value of a page: the ISO name of an A4/A5/A6 page (in either
    orientation; CUPS turns a landscape page onto it), otherwise the exact custom size."""
    portrait = (min(width_mm, height_mm), max(width_mm, height_mm))
    named = _ISO_SIZES.get((round(portrait[0]), round(portrait[1])))
    return named or f"Custom.{width_mm:g}x{height_mm:g}mm"


def sides_option(width_mm: float, height_mm: float) -> str:
    """Two-sided printing that turns the sheet over about its vertical axis, as the backs
    are drawn: the long edge of a portrait page, the short edge of a landscape one."""
    return "two-sided-short-edge" if width_mm > height_mm else "two-sided-long-edge"


def print_options(width_mm: float, height_mm: float, *, two_sided: bool = False) -> list[str]:
    """`lp` options for a page of this size at 100 % scale (`two_sided`: duplex)."""
    options = [
        "-o", f"media={media_option(width_mm, height_mm)}",
        "-o", "print-scaling=none",
        "-o", "fit-to-page=false",
    ]  # fmt: skip
    if two_sided:
        options += ["-o", f"sides={sides_option(width_mm, height_mm)}"]
    return options


def print_pdf(
    pdf: Path | str,
    printer: str,
    *,
    page_size_mm: tuple[float, float],
    title: str = "",
    two_sided: bool = False,
) -> PrintJob:
    """Send `pdf` to the CUPS queue `printer` at its page size and 100 % scale; `two_sided`
    (a layout with a back: each sheet's back is the page after it) asks for duplex.

    Returns once CUPS holds the job (it has copied the file: `pdf` may then be deleted).

    Raises:
        PrintingError: no such printer, a printer refusing jobs, CUPS not running or not
            installed, Windows.
    """
    if not printer:
        raise PrintingError("Choose a printer: `delegations printers` lists them.")
    command = ["lp", "-d", printer, *print_options(*page_size_mm, two_sided=two_sided)]
    if title:
        command += ["-t", title]
    output = _run([*command, "--", str(pdf)], printer=printer)
    match = _REQUEST_ID.search(output)
    return PrintJob(printer, match.group(1) if match else "")


def _run(command: list[str], *, printer: str = "") -> str:
    """A CUPS command's standard output; its refusal as a `PrintingError` sentence."""
    if not printing_supported():
        raise PrintingError(NO_CUPS_ON_WINDOWS)
    try:
        done = subprocess.run(  # noqa: S603 (fixed command, no shell)
            command,
            capture_output=True,
            text=True,
            env={**os.environ, "LC_ALL": "C", "LANG": "C"},  # CUPS's messages, parsed below
            timeout=LP_TIMEOUT_S,
        )
    except FileNotFoundError:
        raise PrintingError(
            f"No printing system here: the `{command[0]}` command of CUPS is missing "
            "(install CUPS, e.g. `apt install cups`)."
        ) from None
    except subprocess.TimeoutExpired:
        raise PrintingError(
            f"CUPS did not answer within {LP_TIMEOUT_S} s: check that it is running."
        ) from None
    if done.returncode != 0:
        raise PrintingError(_refusal(done.stderr.strip() or done.stdout.strip(), printer))
    return done.stdout


def _scheduler_running() -> bool:
    try:
        answer = subprocess.run(  # noqa: S603 (fixed command, no shell)
            ["lpstat", "-r"], capture_output=True, text=True, timeout=LP_TIMEOUT_S,
            env={**os.environ, "LC_ALL": "C", "LANG": "C"},
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return False
    return answer.stdout.strip() == "scheduler is running"


def _refusal(message: str, printer: str) -> str:
    lowered = message.lower()
    if any(sign in lowered for sign in _SCHEDULER_DOWN):
        return CUPS_NOT_RUNNING
    if "does not exist" in lowered or "invalid destination" in lowered:
        # With the scheduler down, lp says every printer "does not exist".
        if not _scheduler_running():
            return CUPS_NOT_RUNNING
        return f"There is no printer called “{printer}”: `delegations printers` lists them."
    detail = re.sub(r"^\w+: (Error - )?", "", message).rstrip(".")
    where = f"The printer “{printer}”" if printer else "CUPS"
    return f"{where} refused: {detail}."
