"""Reprint badge…: two organisers reprinting the same lost badge at once.

On either engine: the organisers' processes open the event where the test's is (its file, or
its database with `--engine postgresql`)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pypdfium2
import pytest
from badge_people import build_badge_event

from delegations.domain.enums import PrintReason
from delegations.domain.errors import NotFound, UserError
from delegations.services import badges
from delegations.services.event import open_event


def _reprint_lost(path: str, delegate_id: int, out: str, start: object) -> None:
    """One organiser's process: open the event, wait for the other, reprint the lost badge."""
    event_file = open_event(path)
    start.wait()  # type: ignore[attr-defined]
    badges.reprint_badge(event_file, delegate_id, out, reason=PrintReason.LOST)
    event_file.close()


def _rows(path: Path, sql: str, params: tuple) -> list[tuple]:
    event_file = open_event(path)
    try:
        with event_file.read() as connection:
            return [tuple(row) for row in connection.execute(sql, params)]
    finally:
        event_file.close()


def _logged(path: Path, delegate_id: int) -> list[tuple[str, int]]:
    return _rows(
        path,
        "SELECT reason, badge_version FROM badgeprint WHERE delegate_id = ? ORDER BY id",
        (delegate_id,),
    )


def _version(path: Path, delegate_id: int) -> int:
    [(version,)] = _rows(path, "SELECT badge_version FROM delegate WHERE id = ?", (delegate_id,))
    return version


def _address(path: Path) -> str:
    """Where another process opens the test's event: its file, or its server database."""
    event_file = open_event(path)
    event_file.close()
    if event_file.on_server:
        return event_file.url.render_as_string(hide_password=False)  # type: ignore[attr-defined]
    return str(path)


def test_two_organisers_reprinting_a_lost_badge_at_once_get_distinct_versions(
    tmp_path: Path,
) -> None:
    path = tmp_path / "event.sqlite3"
    delegate_id = build_badge_event(path)["Sok"]
    before = _version(path, delegate_id)
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    outs = [tmp_path / f"organiser{n}.pdf" for n in (1, 2)]
    organisers = [
        context.Process(target=_reprint_lost, args=(_address(path), delegate_id, str(out), start))
        for out in outs
    ]
    for organiser in organisers:
        organiser.start()
    for organiser in organisers:
        organiser.join(60)
    assert [organiser.exitcode for organiser in organisers] == [0, 0]
    assert _version(path, delegate_id) == before + 2
    assert sorted(_logged(path, delegate_id)) == [("LOST", before + 1), ("LOST", before + 2)]
    assert all(len(pypdfium2.PdfDocument(out)) == 1 for out in outs)


def test_a_reprint_logs_the_reason_and_keeps_the_code_unless_lost(tmp_path: Path) -> None:
    path = tmp_path / "event.sqlite3"
    delegate_id = build_badge_event(path)["Sok"]
    event_file = open_event(path)
    before = _version(path, delegate_id)
    badges.reprint_badge(event_file, delegate_id, tmp_path / "first.pdf")
    badges.reprint_badge(event_file, delegate_id, tmp_path / "again.pdf")
    badges.reprint_badge(event_file, delegate_id, tmp_path / "damaged.pdf",
                         reason=PrintReason.REPRINT)  # fmt: skip
    badges.reprint_badge(event_file, delegate_id, tmp_path / "lost.pdf", reason=PrintReason.LOST)
    event_file.close()
    assert _logged(path, delegate_id) == [
        ("FIRST", before), ("REPRINT", before), ("REPRINT", before), ("LOST", before + 1),
    ]  # fmt: skip
    assert _version(path, delegate_id) == before + 1


def test_a_reprint_that_cannot_be_written_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "event.sqlite3"
    delegate_id = build_badge_event(path)["Sok"]
    event_file = open_event(path)
    before = _version(path, delegate_id)
    with pytest.raises(NotFound):
        badges.reprint_badge(event_file, 9999, tmp_path / "nobody.pdf", reason=PrintReason.LOST)
    with pytest.raises(UserError, match="folder"):
        badges.reprint_badge(event_file, delegate_id, tmp_path, reason=PrintReason.LOST)
    event_file.close()
    assert _logged(path, delegate_id) == []
    assert _version(path, delegate_id) == before
    assert not (tmp_path / "nobody.pdf").exists()


def test_a_lost_badge_run_that_lost_a_race_keeps_no_file_and_logs_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "event.sqlite3"
    delegate_id = build_badge_event(path)["Sok"]
    event_file = open_event(path)
    before = _version(path, delegate_id)
    other = tmp_path / "other organiser.pdf"

    def meanwhile(_done: int, _total: int) -> None:
        # Another organiser prints a new badge for the same person while this run draws.
        if not other.exists():
            badges.reprint_badge(event_file, delegate_id, other, reason=PrintReason.LOST)

    out = tmp_path / "lost.pdf"
    selection = badges.BadgeSelection(delegate_ids=[delegate_id])
    with pytest.raises(UserError, match="Someone else printed a new badge for 1 of these"):
        badges.print_badges(event_file, out, selection, reason=PrintReason.LOST, progress=meanwhile)
    event_file.close()
    assert not out.exists()
    assert _logged(path, delegate_id) == [("LOST", before + 1)]
    assert _version(path, delegate_id) == before + 1
