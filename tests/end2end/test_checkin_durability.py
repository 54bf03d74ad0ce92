"""Nothing shown as admitted is lost: a desk process killed with SIGKILL, two desks on one file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

# A desk as a process: admits the codes of a file one by one and prints each code once
# `admit` has returned (the moment the GUI would show green).
DESK = textwrap.dedent(
    """
    import sys
    from delegations.services.checkin import Outcome, admit
    from delegations.services.event import open_event
    event_file = open_event(sys.argv[1])
    for code in open(sys.argv[2], encoding="ascii").read().split():
        result = admit(event_file, code, desk=sys.argv[3])
        if result.outcome == Outcome.ADMITTED:
            print(code, flush=True)
    """
)


@pytest.fixture(scope="module")
def event(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], dict[str, int]]:
    """A demo event with 3,000 extra delegates and every delegate's badge code."""
    from delegations.domain.codes import make_code
    from delegations.services import demo
    from delegations.services.event import open_event

    path = tmp_path_factory.mktemp("durability") / "week.sqlite3"
    event_file = open_event(path)
    with event_file.session() as session:
        demo.create_demo_event(session=session, delegates=3000)
    event_file.close()
    with closing(sqlite3.connect(path)) as db, db:
        (secret,) = db.execute("SELECT signing_secret FROM event").fetchone()
        people = db.execute("SELECT id, badge_version FROM delegate ORDER BY id").fetchall()
    codes = [make_code(secret, id_, version) for id_, version in people]
    return path, codes, {code: id_ for code, (id_, _v) in zip(codes, people, strict=True)}


def desk_process(event: Path, codes: Path, name: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", DESK, str(event), str(codes), name],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def admitted_ids(path: Path) -> list[int]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db, db:
        return [row[0] for row in db.execute("SELECT delegate_id FROM checkin WHERE action='IN'")]


def test_every_admission_reported_before_a_sigkill_is_in_the_file(
    event, tmp_path: Path, app_env: dict[str, str]
) -> None:
    path, codes, ids = event
    copy = tmp_path / "desk.sqlite3"
    copy.write_bytes(path.read_bytes())
    code_file = tmp_path / "codes.txt"
    code_file.write_text("\n".join(codes), encoding="ascii")

    reported = []
    with desk_process(copy, code_file, "North", app_env) as desk:
        assert desk.stdout is not None and desk.stderr is not None
        while len(reported) < 400:
            line = desk.stdout.readline()
            assert line, desk.stderr.read() or "the desk process ended early"
            reported.append(line.strip())
        os.kill(desk.pid, signal.SIGKILL)  # mid-loop: more admissions were under way
        desk.wait(timeout=30)
    assert desk.returncode == -signal.SIGKILL

    in_file = set(admitted_ids(copy))  # the WAL left behind is recovered on opening
    assert {ids[code] for code in reported} <= in_file
    assert len(in_file) < len(codes), "the process finished before it was killed"


def test_two_desk_processes_on_one_file_admit_each_delegate_once(
    event, tmp_path: Path, app_env: dict[str, str]
) -> None:
    path, codes, _ids = event
    copy = tmp_path / "shared.sqlite3"
    copy.write_bytes(path.read_bytes())
    chosen = codes[:300]
    forward, backward = tmp_path / "forward.txt", tmp_path / "backward.txt"
    forward.write_text("\n".join(chosen), encoding="ascii")
    backward.write_text("\n".join(reversed(chosen)), encoding="ascii")

    desks = [desk_process(copy, forward, "A", app_env), desk_process(copy, backward, "B", app_env)]
    outputs = [desk.communicate(timeout=120) for desk in desks]
    assert [desk.returncode for desk in desks] == [0, 0], [err for _out, err in outputs]

    reported = [code for out, _err in outputs for code in out.split()]
    assert sorted(reported) == sorted(chosen)  # each admitted by exactly one desk
    in_file = admitted_ids(copy)
    assert len(in_file) == len(set(in_file)) == 300
