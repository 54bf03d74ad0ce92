"""Damaged files of every kind the app reads: a sentence and exit 1, never a traceback.

The short version (12 inputs a kind, about half a minute); tests/benchmarks/fuzz_inputs.py runs
10,000. See tests/fuzz_damage.py for the damage and the check.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from fuzz_damage import KINDS, Corpus, damage
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = 12


# Damaged files fed to the command line in subprocesses, which open SQLite files whatever the
# engine of the run: --engine postgresql would run the same thing again.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return Corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("work")


@pytest.mark.parametrize("kind", KINDS)
def test_damaged_files_are_refused_in_one_sentence(corpus: Corpus, work: Path, kind: str) -> None:
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
    @given(data=st.data())
    def feed(data: st.DataObject) -> None:
        damaged = data.draw(damage(kind, corpus.seeds[kind]), label="damaged file")
        problem = corpus.check(kind, damaged, work / kind).problem()
        assert problem is None, problem

    feed()


def test_the_undamaged_files_are_accepted(corpus: Corpus, work: Path) -> None:
    """The check can fail: the good files go through (exit 0), so refusals mean damage."""
    for kind in KINDS:
        outcome = corpus.check(kind, corpus.seeds[kind], work / f"good-{kind}")
        assert (outcome.code, outcome.traceback) == (0, None), (kind, outcome.stderr)


def test_a_journal_checksum_with_non_ascii_characters_is_refused(
    corpus: Corpus, work: Path
) -> None:
    """Found by the 10,000-input run: hmac.compare_digest raised TypeError on such a str."""
    header, rest = corpus.seeds["journal"].split(b"\n", 1)
    parsed = json.loads(header)
    parsed["hmac"] = "é" * 64
    damaged = json.dumps(parsed, ensure_ascii=False).encode() + b"\n" + rest

    outcome = corpus.check("journal", damaged, work / "non-ascii-hmac")

    assert (outcome.code, outcome.traceback, outcome.changed) == (1, None, False)
    assert "checksum does not match" in outcome.stderr


def test_an_event_file_with_a_table_name_that_is_not_utf8_is_damaged(
    corpus: Corpus, work: Path, tmp_path: Path
) -> None:
    """Found by the 10,000-input run: reading the table names raised UnicodeDecodeError."""
    event = tmp_path / "event.sqlite3"
    event.write_bytes(corpus.seeds["event"])
    connection = sqlite3.connect(event)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("UPDATE sqlite_master SET name = CAST(x'9d41' AS TEXT) WHERE name = 'room'")
    connection.commit()
    connection.close()

    outcome = corpus.check("event", event.read_bytes(), work / "not-utf8")

    assert (outcome.code, outcome.traceback) == (1, None)
    assert "is a damaged event file" in outcome.stderr
