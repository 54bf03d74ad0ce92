"""`delegations layouts delete NAME`: the event's own layout goes, unless a role prints with it."""

from __future__ import annotations

from pathlib import Path

from badge_people import build_badge_event

from .helpers import RunCli


def test_delete_an_event_layout_unless_a_role_prints_with_it(
    run_cli: RunCli, tmp_path: Path
) -> None:
    event = tmp_path / "week.sqlite3"
    build_badge_event(event)
    assert run_cli("--db", event, "layouts", "duplicate", "a6", "press").returncode == 0
    assert run_cli("--db", event, "layouts", "assign", "Media", "press").returncode == 0

    refused = run_cli("--db", event, "layouts", "delete", "press")
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "delegations: Layout “press” prints the badges of Media; give that role another "
        "layout first."
    )
    bundled = run_cli("--db", event, "layouts", "delete", "a6")
    assert bundled.returncode == 1
    assert "“a6” is a bundled layout" in bundled.stderr

    assert run_cli("--db", event, "layouts", "assign", "Media", "a6").returncode == 0
    deleted = run_cli("--db", event, "layouts", "delete", "press")
    assert deleted.returncode == 0, deleted.stderr
    assert deleted.stdout == "Layout press deleted from the event\n"
    listed = run_cli("--db", event, "layouts").stdout
    assert "press" not in listed and listed.startswith("a6")
