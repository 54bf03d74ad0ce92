"""Saddle-stitch imposition: a finished booklet two-up on A4 landscape, in folding order.

For a booklet of n pages (n a multiple of 4) there are n/4 sheets; sheet k (from 0) carries
on its front pages n-2k (left) and 2k+1 (right), and on its back 2k+2 (left) and n-2k-1
(right). Printed double-sided, flipped on the short edge, the stacked sheets folded in the
middle read 1, 2, …, n.

Each booklet page becomes a PDF form XObject (pypdf), drawn scaled and centred in its half
of the sheet; the page content is not copied twice.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape

SHEET = landscape(A4)


def saddle_stitch_order(pages: int) -> list[tuple[int, int]]:
    """(left, right) booklet page numbers (1-based) of each imposed side, in print order:
    sheet 1 front, sheet 1 back, sheet 2 front, …

    Raises:
        ValueError: `pages` is not a positive multiple of 4.
    """
    if pages <= 0 or pages % 4:
        raise ValueError(f"a saddle-stitched booklet has a multiple of 4 pages, not {pages}")
    sides: list[tuple[int, int]] = []
    for k in range(pages // 4):
        sides.append((pages - 2 * k, 2 * k + 1))
        sides.append((2 * k + 2, pages - 2 * k - 1))
    return sides


def impose_saddle_stitch(pdf: bytes, out: BinaryIO) -> int:
    """Write `pdf` (a booklet whose page count is a multiple of 4) imposed two-up on A4
    landscape to `out`; returns the number of sides written (two per sheet)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
    )

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    forms = []
    for page in reader.pages:
        contents = page.get_contents()
        raw = DecodedStreamObject()
        raw.set_data(contents.get_data() if contents is not None else b"")
        form = raw.flate_encode()
        box = page.mediabox
        form.update({
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(v) for v in (box.left, box.bottom, box.right, box.top)]),
            NameObject("/Resources"): page["/Resources"].clone(writer) if "/Resources" in page else DictionaryObject(),
        })  # fmt: skip
        forms.append((writer._add_object(form), float(box.width), float(box.height)))  # noqa: SLF001
    sheet_width, sheet_height = SHEET
    half = sheet_width / 2
    sides = saddle_stitch_order(len(forms))
    for left, right in sides:
        page = writer.add_blank_page(sheet_width, sheet_height)
        xobjects = DictionaryObject()
        commands = []
        for slot, number in enumerate((left, right)):
            ref, width, height = forms[number - 1]
            name = f"/P{number}"
            xobjects[NameObject(name)] = ref
            scale = min(half / width, sheet_height / height)
            x = slot * half + (half - width * scale) / 2
            y = (sheet_height - height * scale) / 2
            commands.append(f"q {scale:.5f} 0 0 {scale:.5f} {x:.3f} {y:.3f} cm {name} Do Q")
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): xobjects})
        content = DecodedStreamObject()
        content.set_data("\n".join(commands).encode("ascii"))
        page[NameObject("/Contents")] = writer._add_object(content)  # noqa: SLF001
    metadata = reader.metadata
    if metadata:
        writer.add_metadata({key: str(value) for key, value in metadata.items()})
        writer.add_metadata({"/Subject": f"{metadata.get('/Subject', '')} (imposed two-up)"})
    writer.write(out)
    return len(sides)
