"""The organiser PIN that guards leaving desk mode, stored hashed in the event file.

`Event.organiser_pin_hash` holds `scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>` (random 16-byte
salt; `hashlib.scrypt`), or "" when no PIN is set. Verification recomputes the hash with the
stored parameters and compares in constant time. A PIN is 4 to 12 digits: typed on a desk
laptop's number row or keypad, whatever the keyboard layout or input method.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING

from delegations.domain.errors import InvalidInput, UserError

if TYPE_CHECKING:
    from sqlmodel import Session

    from delegations.domain.models import Event
    from delegations.store import EventFile


class WrongPin(UserError):
    """The current PIN typed to change or remove the PIN is not the one set."""

    def __init__(self) -> None:
        super().__init__("The current PIN is not right.")


_N, _R, _P = 2**14, 8, 1  # about 30 ms and 16 MiB per check
_LENGTH = 32
MIN_DIGITS, MAX_DIGITS = 4, 12


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * n * r + 2**20,
        dklen=_LENGTH,
    )  # fmt: skip


def _check(pin: str) -> str:
    pin = pin.strip()
    if not pin.isascii() or not pin.isdigit() or not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise InvalidInput(
            "Organiser PIN", f"give {MIN_DIGITS} to {MAX_DIGITS} digits (0–9), nothing else."
        )
    return pin


def hash_pin(pin: str) -> str:
    """The stored form of a PIN (a new random salt each time)."""
    salt = secrets.token_bytes(16)
    digest = _hash(_check(pin), salt, _N, _R, _P)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` is the PIN `stored` was made from; False for "" or a damaged value."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest)
        actual = _hash(pin.strip(), bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def _event(session: Session) -> Event:
    # Imported here: the window imports this module at start-up, when nothing needs the ORM
    # yet (sqlmodel and SQLAlchemy cost ~0.8 s of import).
    from sqlmodel import select

    from delegations.domain.models import Event

    return session.exec(select(Event)).one()


def has_pin(*, session: Session) -> bool:
    return bool(_event(session).organiser_pin_hash)


def set_pin(*, session: Session, pin: str) -> None:
    """Set or change the organiser PIN.

    Raises:
        InvalidInput: not 4 to 12 digits.
    """
    event = _event(session)
    event.organiser_pin_hash = hash_pin(pin)
    session.add(event)
    session.flush()


def clear_pin(*, session: Session) -> None:
    """Remove the PIN: leaving desk mode then needs none."""
    event = _event(session)
    event.organiser_pin_hash = ""
    session.add(event)
    session.flush()


def verify_pin(*, session: Session, pin: str) -> bool:
    """Whether `pin` unlocks desk mode; True for any input when no PIN is set."""
    stored = _event(session).organiser_pin_hash
    if not stored:
        return True
    return pin_matches(pin, stored)


# The desk's use cases: each one transaction on the open event file.


def pin_is_set(event_file: EventFile) -> bool:
    """Whether leaving desk mode asks for a PIN."""
    with event_file.session() as session:
        return has_pin(session=session)


def pin_unlocks(event_file: EventFile, pin: str) -> bool:
    """Whether `pin` unlocks desk mode (any input when no PIN is set)."""
    with event_file.session() as session:
        return verify_pin(session=session, pin=pin)


def change_pin(event_file: EventFile, *, current: str, new: str) -> None:
    """Set the PIN to `new`; `current` must be the PIN set now (ignored when none is).

    Raises:
        WrongPin: `current` is not the PIN set now.
        InvalidInput: `new` is not 4 to 12 digits.
    """
    with event_file.session() as session:
        if not verify_pin(session=session, pin=current):
            raise WrongPin()
        set_pin(session=session, pin=new)


def remove_pin(event_file: EventFile, *, current: str) -> None:
    """Remove the PIN, if `current` is it.

    Raises:
        WrongPin: `current` is not the PIN set now.
    """
    with event_file.session() as session:
        if not verify_pin(session=session, pin=current):
            raise WrongPin()
        clear_pin(session=session)
