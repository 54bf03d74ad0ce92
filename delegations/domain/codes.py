"""Signed badge codes: what a badge's QR code holds.

A code identifies a delegate and a badge version and is signed with the event's secret
(HMAC-SHA256, truncated to 80 bits), so it is verified offline and cannot be made up from
other codes. It is written in RFC 4648 base32 (A–Z, 2–7): upper-case letters and digits only,
so the QR code uses alphanumeric mode and stays at version 2 (25 × 25 modules) at level M.

Layout of the 16 signed bytes: format (1) | delegate id (4, big-endian) | version (1) | MAC (10).
Reprinting a lost badge bumps the delegate's version; the old code then verifies but is
revoked, which the check-in service refuses.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import struct
from dataclasses import dataclass
from hashlib import sha256

FORMAT = 1
MAC_BYTES = 10
_HEADER = struct.Struct(">BIB")
_DOMAIN = b"delegations/badge/"
CODE_LENGTH = 26  # characters: 16 bytes in base32 without padding
MAX_VERSION = 255


class InvalidCode(ValueError):
    """The text is not a badge code of this event (malformed or wrongly signed)."""


@dataclass(frozen=True, slots=True)
class BadgeCode:
    delegate_id: int
    version: int


def _mac(secret: str, header: bytes) -> bytes:
    return hmac.new(secret.encode("utf-8"), _DOMAIN + header, sha256).digest()[:MAC_BYTES]


def make_code(secret: str, delegate_id: int, version: int) -> str:
    """The badge code for a delegate's badge version (26 upper-case characters)."""
    if not secret:
        raise ValueError("the event has no signing secret")
    if not 0 < delegate_id < 2**32 or not 0 < version <= MAX_VERSION:
        raise ValueError(f"cannot encode delegate {delegate_id} version {version}")
    header = _HEADER.pack(FORMAT, delegate_id, version)
    return base64.b32encode(header + _mac(secret, header)).decode("ascii").rstrip("=")


def normalise(text: str) -> str:
    """What a scanner or a person typed, reduced to the code's alphabet (case, spaces, dashes)."""
    return "".join(text.split()).replace("-", "").upper()


def read_code(secret: str, text: str) -> BadgeCode:
    """Check a code's signature and return what it says.

    Raises:
        InvalidCode: malformed, from another event, or forged.
    """
    code = normalise(text)
    if len(code) != CODE_LENGTH:
        raise InvalidCode("not a badge code (wrong length)")
    try:
        raw = base64.b32decode(code + "=" * (-len(code) % 8))
    except (binascii.Error, ValueError):
        raise InvalidCode("not a badge code (characters outside A–Z, 2–7)") from None
    if base64.b32encode(raw).decode("ascii").rstrip("=") != code:
        # 16 bytes leave two spare bits in the last character: only one spelling is genuine.
        raise InvalidCode("not a badge code (altered last character)")
    header, mac = raw[: _HEADER.size], raw[_HEADER.size :]
    fmt, delegate_id, version = _HEADER.unpack(header)
    if fmt != FORMAT:
        raise InvalidCode("not a badge code of this version of Delegations")
    if not hmac.compare_digest(mac, _mac(secret, header)):
        raise InvalidCode("the code's signature does not match this event")
    return BadgeCode(delegate_id, version)
