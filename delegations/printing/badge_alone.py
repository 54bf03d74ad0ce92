"""One badge alone, for the layout designer's live preview: a PDF page of the badge's size
drawn by the print path's `BadgeRenderer`, and that page as PNG pixels (PDFium).

The preview is the printed badge: the same renderer draws the same elements at the same
place (a one-per-page sheet puts its badge at the page's origin), so rasterised at the same
dpi the two give the same pixels (`tests/unit/test_layout_preview_service.py`).

Speed matters more than size here (a drag asks for a picture every few milliseconds): the
PDF's page streams are not compressed, its PNG images are stored decoded (the same pixels;
PDFium inflates and unfilters a 1,200 × 1,700 px artwork in ~25 ms at every render), and
the PNG made of the page is stored, not deflated (a deflated 150 dpi badge with artwork
takes ~40 ms to encode, a stored one ~3 ms).
"""

from __future__ import annotations

import io
import struct
import zlib

from delegations.pdfium import lock as pdfium_lock
from delegations.printing import fonts
from delegations.printing.badges import BadgeRenderer
from delegations.printing.layouts import Layout
from delegations.printing.model import BadgeData, EventInfo


def render_badge_alone(
    layout: Layout,
    event: EventInfo,
    badge: BadgeData,
    *,
    back: bool = False,
    family_caps: bool | None = None,
) -> bytes:
    """A one-page PDF of the badge's size with the badge's front (or `back`) on it."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0
    renderer = BadgeRenderer(layout, event, family_caps=family_caps, decoded_images=True)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(renderer.width, renderer.height),
        pageCompression=0,
        initialFontName=fonts.font_name(fonts.Script.LATIN),
        initialFontSize=10,
    )
    renderer.draw(canvas, badge, back=back)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pdf_page_png(pdf: bytes, *, dpi: float = 150, page_index: int = 0) -> bytes:
    """The page of `pdf` as an RGB PNG at `dpi`, rendered by PDFium.

    Raises:
        ImportError: pypdfium2 is not installed.
    """
    import pypdfium2 as pdfium

    with pdfium_lock:
        document = pdfium.PdfDocument(pdf)
        try:
            page = document[page_index]
            try:
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, no alpha
                try:
                    return _stored_png(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride)
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()


def _stored_png(pixels: memoryview, width: int, height: int, stride: int) -> bytes:
    """A PNG of the RGB rows (`stride` bytes apart), stored uncompressed."""
    view = memoryview(pixels).cast("B")
    row_bytes = width * 3
    rows = b"".join(
        b"\x00" + view[start : start + row_bytes]  # filter type 0 (none)
        for start in range(0, height * stride, stride)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(rows, 0)),
            _chunk(b"IEND", b""),
        )
    )


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
