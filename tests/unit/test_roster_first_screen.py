"""The Delegations tab's first screen at start-up is exactly the head of the full roster."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegations.services import demo, roster
from delegations.services.event import open_event


@pytest.mark.parametrize("tied", [False, True])
def test_the_first_screen_is_the_start_of_the_whole_roster(tmp_path: Path, tied: bool) -> None:
    event_file = open_event(tmp_path / "event.sqlite3")
    try:
        demo.write_demo(event_file, delegates=600)
        if tied:  # all in one place, their names in the reverse order of their ids
            with event_file.write_locked() as db:
                ids = [id_ for (id_,) in db.execute("SELECT id FROM delegation")]
                db.executemany(
                    "UPDATE delegation SET protocol_order = 0, name = ? || name WHERE id = ?",
                    [(chr(90 - id_), id_) for id_ in ids],
                )
        whole = roster.read_roster(event_file)
        for first in (1, 30, 200, 10_000):
            head = roster.read_roster(event_file, first=first)
            assert head.delegations == whole.delegations
            assert head.delegates == whole.delegates[:first]
            assert head.delegate_count == len(whole.delegates) == 712  # 600 and the named people
    finally:
        event_file.close()
