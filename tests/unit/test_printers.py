"""What `services.printers` tells a user when CUPS refuses, with stand-in `lp`/`lpstat`
commands (the real queue is tested in tests/end2end/test_printing_cups.py, marker `cups`)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from delegations.services import printers


def fake_cups(
    folder: Path, monkeypatch: pytest.MonkeyPatch, *, stderr: str, code: int, running: bool = True
) -> None:
    """`lp` and `lpstat` that answer with `stderr` and exit `code`; `lpstat -r` tells
    whether the scheduler is `running`."""
    state = "scheduler is running" if running else "scheduler is not running"
    for name in ("lp", "lpstat"):
        script = folder / name
        script.write_text(
            f'#!/bin/sh\nif [ "$1" = "-r" ]; then echo "{state}"; exit 0; fi\n'
            f"echo '{stderr}' >&2\nexit {code}\n"
        )
        script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")


@pytest.mark.skipif(os.name == "nt", reason="shell scripts stand in for CUPS")
@pytest.mark.parametrize(
    ("stderr", "sentence"),
    [
        ("lp: Error - Scheduler not responding.", "CUPS is not running: start it"),
        ("lpstat: Scheduler is not running.", "CUPS is not running: start it"),
        ("lp: Error - The printer or class does not exist.", "There is no printer called “Desk”"),
        ('lp: Error - Destination "Desk" is not accepting jobs.',
         'The printer “Desk” refused: Destination "Desk" is not accepting jobs.'),
    ],
)  # fmt: skip
def test_refusals_are_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stderr: str, sentence: str
) -> None:
    fake_cups(tmp_path, monkeypatch, stderr=stderr, code=1)
    with pytest.raises(printers.PrintingError) as refused:
        printers.print_pdf(tmp_path / "badge.pdf", "Desk", page_size_mm=(105, 148))
    assert str(refused.value).startswith(sentence)
    assert "\n" not in str(refused.value)


def test_windows_is_told_to_print_from_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printers, "printing_supported", lambda: False)
    with pytest.raises(printers.PrintingError, match="Windows does not have"):
        printers.list_printers()


def test_no_cups_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(printers.PrintingError, match="`lpstat` command of CUPS is missing"):
        printers.list_printers()


@pytest.mark.parametrize(
    ("size", "media"),
    [((105, 148), "A6"), ((297, 210), "A4"), ((85.6, 54), "Custom.85.6x54mm"),
     ((62, 100), "Custom.62x100mm")],
)  # fmt: skip
def test_page_size_and_full_scale(size: tuple[float, float], media: str) -> None:
    assert printers.print_options(*size) == [
        "-o", f"media={media}", "-o", "print-scaling=none", "-o", "fit-to-page=false",
    ]  # fmt: skip


def test_badges_to_a_printer_on_windows_are_refused_before_drawing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from badge_people import build_badge_event

    from delegations.services import badges
    from delegations.services.event import open_event

    build_badge_event(tmp_path / "week.sqlite3")
    monkeypatch.setattr(printers, "printing_supported", lambda: False)
    with pytest.raises(printers.PrintingError, match="Windows does not have"):
        badges.print_badges_to_printer(open_event(tmp_path / "week.sqlite3"), "Desk")


@pytest.mark.skipif(os.name == "nt", reason="shell scripts stand in for CUPS")
def test_cups_down_is_named_even_when_lp_blames_the_printer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_cups(tmp_path, monkeypatch, stderr="lp: Error - The printer or class does not exist.",
              code=1, running=False)  # fmt: skip
    with pytest.raises(printers.PrintingError, match="^CUPS is not running"):
        printers.print_pdf(tmp_path / "badge.pdf", "Desk", page_size_mm=(105, 148))


@pytest.mark.skipif(os.name == "nt", reason="shell scripts stand in for CUPS")
def test_no_printer_listed_while_cups_is_down_is_not_an_empty_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_cups(tmp_path, monkeypatch, stderr="", code=0, running=False)
    with pytest.raises(printers.PrintingError, match="^CUPS is not running"):
        printers.list_printers()
