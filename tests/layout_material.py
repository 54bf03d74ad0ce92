"""Images and layouts for the badge-layout tests: small real PNG, JPEG and SVG files as the
data URIs a layout embeds, and where a text lands on a PDF page.

Importable from any test: pytest puts this folder on `sys.path` for the root conftest.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image

from delegations.printing.layouts import bundled_layout_data

SVG_LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
    '<rect width="40" height="20" fill="#1a237e"/><circle cx="10" cy="10" r="6" fill="#ffd600"/>'
    "</svg>"
)


def data_uri(media: str, data: bytes) -> str:
    return f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"


def raster(kind: str = "PNG", color: tuple[int, int, int] = (200, 30, 30)) -> str:
    """A 60 × 30 pixel image of one colour as a data URI (PNG or JPEG)."""
    buffer = io.BytesIO()
    Image.new("RGB", (60, 30), color).save(buffer, kind)
    return data_uri(f"image/{kind.lower()}", buffer.getvalue())


def svg() -> str:
    return data_uri("image/svg+xml", SVG_LOGO.encode())


def designed(base: str = "a6", **changes: Any) -> dict[str, Any]:
    """A bundled layout with artwork behind everything, a logo, a free text and a back side."""
    data = bundled_layout_data(base)
    width, height = data["badge"]["width"], data["badge"]["height"]
    data["elements"] = [
        {"type": "image", "src": raster(color=(225, 230, 250)), "x": 0, "y": 0,
         "w": width, "h": height, "fit": "cover", "opacity": 0.4},
        *data["elements"],
        {"type": "image", "src": svg(), "x": 2, "y": 2, "w": 12, "h": 6},
        {"type": "text", "text": "{delegation} · {role}", "x": 2, "y": height - 14, "w": width - 4,
         "h": 5, "size": 8},
    ]  # fmt: skip
    data["back"] = [
        {"type": "text", "text": "BACK {name}", "x": 0, "y": 2, "w": width, "h": 8,
         "size": 9, "min_size": 4, "align": "center"},
        {"type": "image", "src": raster("JPEG"), "x": 2, "y": 12, "w": 20, "h": 10},
    ]  # fmt: skip
    data.update(changes)
    return data


def text_centres(pdf: Path, page: int, text: str) -> list[tuple[float, float]]:
    """Centre (x, y in points from the bottom left) of each occurrence of `text` on `page`
    (0-based)."""
    document = pdfium.PdfDocument(pdf)
    try:
        textpage = document[page].get_textpage()
        searcher = textpage.search(text, match_case=True)
        centres = []
        while (found := searcher.get_next()) is not None:
            first, count = found
            left, bottom, _, top = textpage.get_charbox(first)
            _, _, right, _ = textpage.get_charbox(first + count - 1)
            centres.append(((left + right) / 2, (bottom + top) / 2))
        return centres
    finally:
        document.close()
