"""QR codes drawn as vector paths: one rectangle per run of dark modules in a row.

No bitmap per badge: the path is a few hundred bytes of PDF, sharp at any printer resolution.
All rectangles go into one path filled at once, so renderers show no seams between them.

Encoding: badge codes (upper-case letters and digits, `domain.codes`) are encoded here, in
alphanumeric mode at level M with a fixed mask, versions 1–4 (ISO/IEC 18004 §7): each
version's function patterns and the order of its data modules are laid out once, so a code
costs a Reed–Solomon division and a few hundred bit flips — about a tenth of segno's time,
which left a thousand-badge run waiting on its codes. Any other text goes to segno.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import NamedTuple

MAX_VERSION = 4
# A fixed mask pattern: every mask is valid QR, and choosing the "best" one is most of
# segno's time (≈10 ms per code in pure Python). Badge codes are HMAC output, which is
# uniformly random, so no mask helps readability more than another in practice.
MASK = 2  # columns j with j mod 3 = 0 (ISO/IEC 18004 table 10), as `_template` applies it
_DARK = bytes(i & 1 for i in range(256))  # segno's module values -> 1 dark, 0 light
_RUN = re.compile(rb"\x01+")
_BITS = bytes.maketrans(b"01", b"\0\1")  # a bit string's "0" and "1" -> 0 and 1

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALPHANUMERIC_VALUE = {char: value for value, char in enumerate(ALPHANUMERIC)}
# Level M, versions 1–4: (error correction codewords per block, blocks, all codewords).
_LEVEL_M = {1: (10, 1, 26), 2: (16, 1, 44), 3: (26, 1, 70), 4: (18, 2, 100)}
_FORMAT_MASK = 0b101010000010010
_LEVEL_M_BITS = 0b00


class QrModules(NamedTuple):
    """A code's modules, `size` per side: `rows` holds each row as `size` bytes (1 dark,
    0 light) followed by a 0, so that no run of dark modules reaches into the next row."""

    size: int
    rows: bytes


def encode(payload: str) -> QrModules:
    """Encode `payload` as a QR code at level M with the fixed mask.

    Raises:
        ValueError: the payload needs a QR code larger than version 4 at level M.
    """
    if payload and not payload.isdigit() and all(c in _ALPHANUMERIC_VALUE for c in payload):
        return _alphanumeric(payload)
    return _segno(payload)  # numeric or byte mode: not a badge code, rare enough for segno


def _too_large(needed: str) -> ValueError:
    return ValueError(f"badge code needs {needed}; at most QR version 4 fits a badge")


def _segno(payload: str) -> QrModules:
    import segno

    code = segno.make(payload, error="m", micro=False, boost_error=False, mask=MASK)
    if code.version > MAX_VERSION:
        raise _too_large(f"QR version {code.version}")
    rows = b"".join(bytes(modules).translate(_DARK) + b"\0" for modules in code.matrix)
    return QrModules(len(code.matrix), rows)


@lru_cache(maxsize=256)
def qr_modules(payload: str) -> QrModules:
    """`encode`, cached (previews and tent cards draw the same code more than once)."""
    return encode(payload)


# Drawing ---------------------------------------------------------------------------------


@lru_cache(maxsize=MAX_VERSION)
def _rectangles(size: int) -> list[list[str]]:
    """The `re` operator of every run of dark modules a code of `size` modules can have, in
    module units with row 0 at the top: [index of its first module in `rows`][length]."""
    stride = size + 1
    return [
        [f"{start % stride} {start // stride} {length} 1 re" for length in range(stride)]
        for start in range(size * stride)
    ]


def qr_path_operators(code: str | QrModules) -> str:
    """PDF path operators filling the code's dark modules, in module units with row 0 at the
    top (`draw_qr` places them): one rectangle per run of dark modules in a row, one path.

    `code` is the payload or its `QrModules`.
    """
    if isinstance(code, str):
        code = qr_modules(code)
    rectangles = _rectangles(code.size)
    spans = map(re.Match.span, _RUN.finditer(code.rows))
    parts = [rectangles[start][end - start] for start, end in spans]
    parts.append("f")
    return "\n".join(parts)


def draw_qr(  # noqa: PLR0913
    canvas,  # noqa: ANN001 (reportlab Canvas)
    code: str | QrModules,
    x: float,
    y: float,
    size: float,
    border: int = 2,
) -> None:
    """Draw the QR code (payload or `QrModules`) in the square (x, y, size) of a ReportLab
    canvas, dark modules in black on white, with a quiet zone of `border` modules.

    One literal in its own graphics state (q … Q), so the canvas's colours are left as they were.
    """
    if isinstance(code, str):
        code = qr_modules(code)
    canvas.addLiteral(f"{_placement(code.size, x, y, size, border)}\n{qr_path_operators(code)}\nQ")


@lru_cache(maxsize=16)
def _placement(count: int, x: float, y: float, size: float, border: int) -> str:
    """The white square, then black in module units with row 0 at the top (`qr_path_operators`)."""
    from reportlab.lib.rl_accel import fp_str

    module = size / (count + 2 * border)
    origin = fp_str(x + border * module, y + size - border * module)
    return (
        f"q 1 1 1 rg {fp_str(x, y, size, size)} re f 0 0 0 rg "
        f"{fp_str(module)} 0 0 {fp_str(-module)} {origin} cm"
    )


# Alphanumeric mode at level M ------------------------------------------------------------


def _alphanumeric(payload: str) -> QrModules:
    """`payload` (QR alphanumeric characters) in the smallest version that holds it."""
    bits = 13 + 11 * (len(payload) // 2) + 6 * (len(payload) % 2)  # with mode and count
    fitting = [
        v for v, (ec, blocks, total) in _LEVEL_M.items() if bits <= (total - ec * blocks) * 8
    ]
    if not fitting:
        raise _too_large("a QR code larger than version 4")
    version = fitting[0]
    ec, blocks, total = _LEVEL_M[version]
    codewords = _interleaved(_data_codewords(payload, total - ec * blocks), ec, blocks)
    blank, positions = _template(version)
    rows = bytearray(blank)
    bits = f"{int.from_bytes(codewords):0{len(codewords) * 8}b}".encode().translate(_BITS)
    for position in itertools.compress(positions, bits):
        rows[position] ^= 1
    return QrModules(17 + 4 * version, bytes(rows))


def _data_codewords(payload: str, capacity: int) -> bytes:
    """Mode, count, the characters in pairs, terminator and padding (§7.4)."""
    value, length = 0b0010, 4  # alphanumeric mode indicator
    value, length = (value << 9) | len(payload), length + 9  # character count, versions 1–9
    for start in range(0, len(payload), 2):
        pair = payload[start : start + 2]
        if len(pair) == 2:
            number = 45 * _ALPHANUMERIC_VALUE[pair[0]] + _ALPHANUMERIC_VALUE[pair[1]]
            value, length = (value << 11) | number, length + 11
        else:
            value, length = (value << 6) | _ALPHANUMERIC_VALUE[pair], length + 6
    terminator = min(4, capacity * 8 - length)
    value, length = value << terminator, length + terminator
    value, length = value << (-length % 8), length + (-length % 8)
    data = value.to_bytes(length // 8) if length else b""
    padding = bytes((0xEC, 0x11)) * capacity
    return data + padding[: capacity - len(data)]


def _interleaved(data: bytes, ec: int, blocks: int) -> bytes:
    """Data blocks with their error correction, interleaved (§7.6); blocks are equal here."""
    size = len(data) // blocks
    parts = [data[i * size : (i + 1) * size] for i in range(blocks)]
    corrections = [_remainder(part, ec) for part in parts]
    return bytes(
        [part[i] for i in range(size) for part in parts]
        + [code[i] for i in range(ec) for code in corrections]
    )


def _gf_multiply(x: int, y: int) -> int:
    """Product in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1."""
    product = 0
    for bit in range(7, -1, -1):
        product = (product << 1) ^ ((product >> 7) * 0x11D)
        product ^= ((y >> bit) & 1) * x
    return product


@lru_cache(maxsize=8)
def _divisor_rows(degree: int) -> tuple[int, ...]:
    """For each byte f: the generator polynomial of `degree` times f, as one integer."""
    divisor = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            divisor[j] = _gf_multiply(divisor[j], root)
            if j + 1 < degree:
                divisor[j] ^= divisor[j + 1]
        root = _gf_multiply(root, 2)
    return tuple(
        int.from_bytes(bytes(_gf_multiply(coefficient, factor) for coefficient in divisor))
        for factor in range(256)
    )


def _remainder(data: bytes, degree: int) -> bytes:
    """The Reed–Solomon error correction codewords of `data` (§7.5.2)."""
    rows = _divisor_rows(degree)
    shift, keep = 8 * (degree - 1), (1 << (8 * degree)) - 1
    remainder = 0
    for byte in data:
        remainder = ((remainder << 8) & keep) ^ rows[byte ^ (remainder >> shift)]
    return remainder.to_bytes(degree)


@lru_cache(maxsize=MAX_VERSION)
def _template(version: int) -> tuple[bytes, tuple[int, ...]]:
    """A version's modules (as `QrModules.rows`) with every data bit 0 and masked, and the
    index in them of each data bit, in placement order (§7.7.3)."""
    size = 17 + 4 * version
    modules = [bytearray(size) for _ in range(size)]
    reserved = [bytearray(size) for _ in range(size)]

    def put(row: int, column: int, dark: bool) -> None:
        modules[row][column] = int(dark)
        reserved[row][column] = 1

    for i in range(size):  # timing patterns
        put(6, i, i % 2 == 0)
        put(i, 6, i % 2 == 0)
    for row, column in ((3, 3), (3, size - 4), (size - 4, 3)):  # finders with separators
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                if 0 <= row + dy < size and 0 <= column + dx < size:
                    put(row + dy, column + dx, max(abs(dx), abs(dy)) not in (2, 4))
    if version > 1:  # versions 2–6 have one alignment pattern
        for dy in range(-2, 3):
            for dx in range(-2, 3):
                put(size - 7 + dy, size - 7 + dx, max(abs(dx), abs(dy)) != 1)
    _put_format(put, size)
    positions = []
    right = size - 1
    while right >= 1:  # column pairs from the right, up and down in turn
        if right == 6:
            right = 5  # the vertical timing pattern
        upward = (right + 1) & 2 == 0
        for vertical in range(size):
            row = size - 1 - vertical if upward else vertical
            for column in (right, right - 1):
                if not reserved[row][column]:
                    positions.append(row * (size + 1) + column)
                    modules[row][column] = int(column % 3 == 0)  # mask 2: a 0 bit, masked
        right -= 2
    return b"".join(bytes(row) + b"\0" for row in modules), tuple(positions)


def _put_format(put, size: int) -> None:  # noqa: ANN001 (the template's setter)
    """Both copies of the format information (level M, mask 2) and the dark module (§7.9)."""
    data = _LEVEL_M_BITS << 3 | MASK
    remainder = data
    for _ in range(10):
        remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537)
    bits = ((data << 10) | remainder) ^ _FORMAT_MASK

    def bit(i: int) -> bool:
        return bool((bits >> i) & 1)

    for i in range(6):
        put(i, 8, bit(i))
    put(7, 8, bit(6))
    put(8, 8, bit(7))
    put(8, 7, bit(8))
    for i in range(9, 15):
        put(8, 14 - i, bit(i))
    for i in range(8):
        put(8, size - 1 - i, bit(i))
    for i in range(8, 15):
        put(size - 15 + i, 8, bit(i))
    put(size - 8, 8, True)
