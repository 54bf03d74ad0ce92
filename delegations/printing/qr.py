"""QR codes drawn as vector paths: one rectangle per run of dark modules in a row.

No bitmap per badge: the path is a few hundred bytes of PDF, sharp at any printer resolution.
All rectangles go into one path filled at once, so renderers show no seams between them.
"""

from __future__ import annotations

from functools import lru_cache

MAX_VERSION = 4
# A fixed mask pattern: every mask is valid QR, and choosing the "best" one is most of
# segno's time (≈10 ms per code in pure Python). Badge codes are HMAC output, which is
# uniformly random, so no mask helps readability more than another in practice.
MASK = 2


@lru_cache(maxsize=256)
def qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """(modules per side, runs) with runs as (row, first column, length) of dark modules.

    Raises:
        ValueError: the payload needs a QR code larger than version 4 at level M.
    """
    import segno

    code = segno.make(payload, error="m", micro=False, boost_error=False, mask=MASK)
    if code.version > MAX_VERSION:
        raise ValueError(f"badge code needs QR version {code.version}; at most 4 fits a badge")
    matrix = code.matrix
    runs = []
    for row, modules in enumerate(matrix):
        column, width = 0, len(modules)
        while column < width:
            if modules[column] & 1:
                start = column
                while column < width and modules[column] & 1:
                    column += 1
                runs.append((row, start, column - start))
            else:
                column += 1
    return len(matrix), tuple(runs)


def qr_path_operators(payload: str, x: float, y: float, size: float, border: int = 2) -> str:
    """PDF path operators drawing the code in the square (x, y, size) with a quiet `border`."""
    count, runs = qr_runs(payload)
    module = size / (count + 2 * border)
    left = x + border * module
    top = y + size - border * module
    parts = [
        f"{left + start * module:.2f} {top - (row + 1) * module:.2f} "
        f"{length * module:.2f} {module:.2f} re"
        for row, start, length in runs
    ]
    parts.append("f")
    return "\n".join(parts)


def draw_qr(canvas, payload: str, x: float, y: float, size: float, border: int = 2) -> None:  # noqa: ANN001
    """Draw the QR code for `payload` on a ReportLab canvas, dark modules in black."""
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.addLiteral(qr_path_operators(payload, x, y, size, border))
    canvas.restoreState()
