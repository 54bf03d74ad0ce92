"""QR codes drawn as vector paths: one rectangle per run of dark modules in a row.

No bitmap per badge: the path is a few hundred bytes of PDF, sharp at any printer resolution.
All rectangles go into one path filled at once, so renderers show no seams between them.

zxing-cpp encodes, in C++: level M, the smallest version that holds the text, a fixed mask.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import zxingcpp

MAX_VERSION = 4
# A fixed mask: every mask is valid QR, and scoring all eight is most of an encoder's time
# (three quarters of zxing-cpp's). Badge codes are HMAC output, uniformly random, so no mask
# reads better than another in practice.
MASK = 2
_MAX_SIZE = 17 + 4 * MAX_VERSION
_LIGHT = b"\xff"  # zxing-cpp's image: 0 is a dark module, 255 a light one
_DARK_TO_ONE = bytes.maketrans(b"\0" + _LIGHT, b"\1\0")
_RUN = re.compile(rb"\x01+")


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
    barcode = zxingcpp.create_barcode(
        payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M", data_mask=MASK
    )
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    size = image.shape[0]
    if size > _MAX_SIZE:
        raise ValueError(
            f"badge code needs QR version {(size - 17) // 4}; at most QR version 4 fits a badge"
        )
    pixels = bytes(image)
    rows = _LIGHT.join(pixels[start : start + size] for start in range(0, len(pixels), size))
    return QrModules(size, (rows + _LIGHT).translate(_DARK_TO_ONE))


@lru_cache(maxsize=256)
def qr_modules(payload: str) -> QrModules:
    """`encode`, cached (previews and tent cards draw the same code more than once)."""
    return encode(payload)


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
