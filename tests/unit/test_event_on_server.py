"""An event on the venue server opened by its address, as `--db URL` and File ▸ Connect do."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from delegations.services.event import event_name, open_event

pytestmark = pytest.mark.postgres


def test_a_new_event_on_an_empty_database_is_named_after_the_database(postgres_url: str) -> None:
    event_file = open_event(postgres_url)
    try:
        name = event_name(event_file)
    finally:
        event_file.close()

    database = make_url(postgres_url).database
    assert database is not None and "_" in database  # pytest_<pid>_<n>
    assert name == database.replace("_", " ")
    assert event_file.path.stem != database  # not the desk's offline copy ("127.0.0.1-…")
