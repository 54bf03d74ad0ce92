"""Server addresses as the Connect dialog and the command line build, show and remember them:
the password goes to the connection and nowhere else. No server needed."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from delegations.domain.errors import UserError
from delegations.services.server import ServerAddress, refusal_sentence, server_location

PASSWORD = "p@ss:w/rd ok"


def test_the_address_carries_any_password_to_the_connection_intact() -> None:
    address = ServerAddress("10.0.0.5", 5433, "week2025", "desk3", PASSWORD)

    url = make_url(address.url())

    assert (url.host, url.port, url.database, url.username) == (
        "10.0.0.5", 5433, "week2025", "desk3",
    )  # fmt: skip
    assert url.password == PASSWORD


def test_what_is_shown_and_remembered_has_no_password() -> None:
    address = ServerAddress("10.0.0.5", 5433, "week2025", "desk3", PASSWORD)

    assert address.location == "postgresql://desk3@10.0.0.5:5433/week2025"
    assert PASSWORD not in repr(address)
    assert server_location(f"{address.url()}?sslmode=require") == address.location


def test_a_remembered_address_fills_the_dialog_again_without_password() -> None:
    known = ServerAddress.parse("postgresql://desk3@10.0.0.5:5433/week2025")
    assert known == ServerAddress("10.0.0.5", 5433, "week2025", "desk3")
    assert known.password == ""


@pytest.mark.parametrize(
    "address", ["postgresql://desk3@10.0.0.5/", "mysql://desk3@10.0.0.5/week", "week2025"]
)
def test_an_address_without_a_postgresql_database_is_refused(address: str) -> None:
    with pytest.raises(UserError, match="PostgreSQL address|not a server address"):
        server_location(address)


class Denied(Exception):
    """What psycopg raises for a missing privilege (SQLSTATE 42501)."""

    sqlstate = "42501"


def test_a_missing_privilege_is_said_in_words_a_desk_understands() -> None:
    sentence = refusal_sentence(Denied("permission denied for table agendasession"), "desk3")

    assert sentence is not None
    assert sentence.startswith("The server refused the change: the login desk3 may not change")
    assert "the agenda" in sentence
    assert refusal_sentence(ValueError("permission denied for table agendasession"), None) is None
