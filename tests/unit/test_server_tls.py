"""TLS to a venue server: used whenever the server offers it (store.server: sslmode=prefer).

A throwaway PostgreSQL cluster of its own, started with ssl=on and a self-signed certificate
made here with openssl, as the unprivileged `postgres` user when the tests run as root.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from delegations.store import open_event_file

pytestmark = pytest.mark.postgres


def _bin_folder() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found or shutil.which("openssl") is None:
        pytest.fail("initdb (Debian's postgresql package) and openssl are needed", pytrace=False)
    return found[-1].parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as `postgres` then."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="module")
def tls_server() -> Iterator[str]:
    """The admin address of a cluster with ssl=on (trust on the loopback)."""
    binaries = _bin_folder()
    folder = Path(tempfile.mkdtemp(prefix="delegations-tls-"))
    data, key, certificate = folder / "data", folder / "server.key", folder / "server.crt"
    subprocess.run(
        ["openssl", "req", "-new", "-x509", "-days", "1", "-nodes", "-subj", "/CN=localhost",
         "-keyout", key, "-out", certificate],
        check=True, capture_output=True,
    )  # fmt: skip
    key.chmod(0o600)
    if os.geteuid() == 0:
        for path in (folder, key, certificate):
            shutil.chown(path, "postgres")
    subprocess.run(
        _as_server_user([str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]),
        check=True, capture_output=True,
    )  # fmt: skip
    port = _free_port()
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c ssl=on "
        f"-c ssl_cert_file={certificate} -c ssl_key_file={key}"
    )
    pg_ctl = str(binaries / "pg_ctl")
    subprocess.run(
        _as_server_user([pg_ctl, "-D", str(data), "-l", str(folder / "log"), "-o", options, "-w", "start"]),
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
            check=False, capture_output=True,
        )  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def event_database(tls_server: str) -> str:
    with psycopg.connect(f"{tls_server}/postgres", autocommit=True) as connection:
        connection.execute("CREATE DATABASE tls_event")
    return f"{tls_server}/tls_event"


def _connection_tls(address: str) -> tuple[bool, str | None]:
    event_file = open_event_file(address)
    try:
        with event_file.read() as connection:
            row = connection.execute(
                "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).fetchone()
    finally:
        event_file.close()
    return row[0], row[1]


def test_the_event_is_reached_over_tls_when_the_server_offers_it(event_database: str) -> None:
    encrypted, version = _connection_tls(event_database)
    assert encrypted is True
    assert version is not None and version.startswith("TLS")


def test_an_address_that_turns_tls_off_is_not_encrypted(event_database: str) -> None:
    # The same check says "no" when TLS is not used: it reads the connection, not a setting.
    encrypted, _version = _connection_tls(f"{event_database}?sslmode=disable")
    assert encrypted is False
