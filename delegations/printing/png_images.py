"""PNG images into a PDF as they are: their compressed pixels are already what a PDF's
FlateDecode filter with the PNG predictors reads, so nothing is decoded or compressed again.

ReportLab's `drawImage` decodes a PNG, hashes and recompresses its pixels: about 3 s for a
1,200 × 1,700 px badge artwork on a busy laptop, against a few milliseconds here. Only the
common case is taken this way (8 bits, grey or RGB, no transparency, not interlaced); any
other PNG returns None and goes through `drawImage`.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import dataclass
from functools import lru_cache

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOUR_TYPES = {0: ("DeviceGray", 1), 2: ("DeviceRGB", 3)}


@dataclass(frozen=True, slots=True)
class PngPixels:
    width: int
    height: int
    colour_space: str
    colours: int
    stream: bytes  # the IDAT chunks' data, joined
    deflated: bool = True  # False: the pixels themselves (`decoded_png_pixels`)


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    chunks, position = [], len(_SIGNATURE)
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        chunks.append((kind, data[position + 8 : position + 8 + length]))
        if kind == b"IEND":
            break
        position += 12 + length
    return chunks


@lru_cache(maxsize=4)  # the layout designer's preview draws the same artwork at every move
def png_pixels(data: bytes) -> PngPixels | None:
    """The PNG's compressed pixels, when a PDF reads them as they are; else None."""
    if not data.startswith(_SIGNATURE):
        return None
    chunks = _chunks(data)
    kinds = {kind for kind, _ in chunks}
    if not chunks or chunks[0][0] != b"IHDR" or len(chunks[0][1]) != 13 or b"tRNS" in kinds:
        return None
    width, height, depth, colour_type, _method, _filter, interlace = struct.unpack(
        ">IIBBBBB", chunks[0][1]
    )
    if depth != 8 or colour_type not in _COLOUR_TYPES or interlace or not width or not height:
        return None
    stream = b"".join(body for kind, body in chunks if kind == b"IDAT")
    colour_space, colours = _COLOUR_TYPES[colour_type]
    try:  # a damaged stream is refused here rather than drawn blank by the reader
        rows = zlib.decompress(stream)
    except zlib.error:
        return None
    if len(rows) != height * (1 + width * colours):
        return None
    return PngPixels(width, height, colour_space, colours, stream)


@lru_cache(maxsize=4)
def decoded_png_pixels(data: bytes) -> PngPixels | None:
    """The pixels of a PNG that `png_pixels` passes through, decoded: the same samples, which
    a PDF reader draws without inflating and unfiltering them (~25 ms for 1,200 × 1,700 px in
    PDFium, at every render of the layout designer's preview). Bigger: not for print runs."""
    pixels = png_pixels(data)
    if pixels is None:
        return None
    import io

    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        samples = image.tobytes()
    return PngPixels(
        pixels.width, pixels.height, pixels.colour_space, pixels.colours, samples, deflated=False
    )


def draw_png(canvas, pixels: PngPixels, x: float, y: float, w: float, h: float) -> None:  # noqa: ANN001, PLR0913 (reportlab Canvas)
    """Draw the pixels stretched to the box (x, y, w, h) in points; stored once a document."""
    from reportlab.pdfbase import pdfdoc

    class _PngXObject(pdfdoc.PDFImageXObject):
        def format(self, document):  # noqa: ANN001, ANN202
            stream = pdfdoc.PDFStream(content=pixels.stream)
            entries = stream.dictionary
            entries["Type"] = pdfdoc.PDFName("XObject")
            entries["Subtype"] = pdfdoc.PDFName("Image")
            entries["Width"] = pixels.width
            entries["Height"] = pixels.height
            entries["BitsPerComponent"] = 8
            entries["ColorSpace"] = pdfdoc.PDFName(pixels.colour_space)
            if pixels.deflated:
                entries["Filter"] = pdfdoc.PDFName("FlateDecode")
                entries["DecodeParms"] = pdfdoc.PDFDictionary(
                    {
                        "Predictor": 15,
                        "Colors": pixels.colours,
                        "BitsPerComponent": 8,
                        "Columns": pixels.width,
                    }  # fmt: skip
                )
            entries["Length"] = len(pixels.stream)
            return stream.format(document)

    name = _xobject_name(pixels.stream)
    registered = canvas._doc.getXObjectName(name)  # noqa: SLF001 (as Canvas.drawImage does)
    if canvas._doc.idToObject.get(registered) is None:  # noqa: SLF001
        image = _PngXObject(name)
        image.width, image.height = pixels.width, pixels.height
        canvas._setXObjects(image)  # noqa: SLF001
        canvas._doc.Reference(image, registered)  # noqa: SLF001
        canvas._doc.addForm(name, image)  # noqa: SLF001
    canvas._currentPageHasImages = 1  # noqa: SLF001
    canvas._formsinuse.append(name)  # noqa: SLF001 (the page's or form's resources name it)
    canvas._code.append(f"q {w:.4f} 0 0 {h:.4f} {x:.4f} {y:.4f} cm /{registered} Do Q")  # noqa: SLF001


@lru_cache(maxsize=4)
def _xobject_name(stream: bytes) -> str:
    return "png" + hashlib.sha1(stream, usedforsecurity=False).hexdigest()
