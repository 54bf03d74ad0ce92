"""Reading the PDFs the app writes as a reader, a printer and a desk scanner see them.

Only the app's own dependencies are used (pypdfium2 renders and extracts text, pypdf reads the
font and image dictionaries), so these checks run on any machine the app installs on: no
poppler-utils or other system tool.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

POINTS_PER_INCH = 72
T = TypeVar("T")


@contextmanager
def open_pdf(pdf: Path) -> Iterator[pdfium.PdfDocument]:
    document = pdfium.PdfDocument(pdf)
    try:
        yield document
    finally:
        document.close()


def page_count(pdf: Path) -> int:
    with open_pdf(pdf) as document:
        return len(document)


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Width and height of each page in points (1/72 inch), as a printer dialog shows them."""
    with open_pdf(pdf) as document:
        return [document.get_page_size(index) for index in range(len(document))]


# Text ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Char:
    index: int  # drawing order on the page
    text: str
    x: float  # origin on the baseline
    y: float
    left: float  # glyph box
    right: float  # where the glyph's advance ends
    size: float  # font size in points


def _chars(textpage: pdfium.PdfTextPage) -> list[_Char]:
    """The drawn characters of a page (not the spaces and line breaks pdfium makes up)."""
    raw = textpage.raw
    x, y = ctypes.c_double(), ctypes.c_double()
    chars: list[_Char] = []
    for index in range(textpage.count_chars()):
        if pdfium_c.FPDFText_IsGenerated(raw, index) == 1:
            continue
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        if code in (0x0D, 0x0A):
            continue
        pdfium_c.FPDFText_GetCharOrigin(raw, index, x, y)
        left, _, _, _ = textpage.get_charbox(index)
        _, _, right, _ = textpage.get_charbox(index, loose=True)
        size = max(pdfium_c.FPDFText_GetFontSize(raw, index), 1.0)
        chars.append(_Char(len(chars), chr(code), x.value, y.value, left, right, size))
    return chars


def _same_line(a: _Char, b: _Char) -> bool:
    """Baselines within a third of the font size (a CJK run or a mark sits a little off)."""
    return abs(a.y - b.y) <= max(a.size, b.size) / 3


def _join(chars: list[_Char], layout: bool = False) -> str:
    """Characters of one line as text: a gap of more than a quarter em reads as a space; with
    `layout`, a gap of more than two ems (a column, a right-aligned number) as two or more."""
    text = chars[0].text
    for before, char in zip(chars, chars[1:], strict=False):
        gap = char.x - max(before.right, before.x)
        em = max(before.size, char.size)
        if layout and gap > 2 * em:
            text += " " * max(2, round(gap / (em / 2)))
        elif gap > em / 4 and not before.text.isspace() and not char.text.isspace():
            text += " "
        text += char.text
    return text.rstrip()


def _rows(items: list[T], top: Callable[[T], _Char]) -> list[list[T]]:
    """Items grouped into rows by the baseline of their `top` character, top row first."""
    rows: list[list[T]] = []
    for item in sorted(items, key=lambda i: -top(i).y):
        if rows and _same_line(top(rows[-1][0]), top(item)):
            rows[-1].append(item)
        else:
            rows.append([item])
    return rows


def _layout_lines(chars: list[_Char]) -> list[str]:
    """Every line of print across the whole page width, gaps kept (`pdftotext -layout`).

    On a line, runs of characters drawn one after the other keep their drawing order (shaped
    Thai or Khmer marks stay with their base) and the runs are ordered left to right.
    """
    lines = []
    for row in _rows(chars, lambda c: c):
        row.sort(key=lambda c: c.index)
        runs: list[list[_Char]] = []
        for char in row:
            if runs and char.index == runs[-1][-1].index + 1:
                runs[-1].append(char)
            else:
                runs.append([char])
        ordered = [char for run in sorted(runs, key=lambda run: run[0].x) for char in run]
        lines.append(_join(ordered, layout=True))
    return lines


def _reading_lines(chars: list[_Char]) -> list[str]:
    """The text in reading order (like plain `pdftotext`): blocks top to bottom, left to right.

    A fragment is a run of characters drawn one after the other on one baseline with no gap
    wider than 1.5 em and no step back of more than an em; a block is fragments drawn one after the other, each on the next line
    below the one before and overlapping it horizontally (a paragraph, a wrapped title). So
    the wrapped lines of a title in the right-hand column of a timetable stay together instead
    of interleaving with the times in the left-hand column.
    """
    fragments: list[list[_Char]] = []
    for char in chars:
        last = fragments[-1][-1] if fragments else None
        if (
            last is not None
            and _same_line(last, char)
            and char.x >= last.x - max(last.size, char.size)  # a mark may step back over its base
            and char.x - max(last.right, last.x) <= 1.5 * max(last.size, char.size)
        ):
            fragments[-1].append(char)
        else:
            fragments.append([char])
    blocks: list[list[list[_Char]]] = []
    for fragment in fragments:
        if blocks:
            above = blocks[-1][-1]
            drop = above[0].y - fragment[0].y
            left = min(c.left for c in fragment)
            right = max(c.right for c in fragment)
            if (
                0 < drop <= 2 * max(above[0].size, fragment[0].size)
                and not _same_line(above[0], fragment[0])
                and left < max(c.right for c in above)
                and right > min(c.left for c in above)
            ):
                blocks[-1].append(fragment)
                continue
        blocks.append([fragment])
    lines = []
    for row in _rows(blocks, lambda block: block[0][0]):
        for block in sorted(row, key=lambda block: min(c.left for c in block[0])):
            lines += [_join(fragment) for fragment in block]
    return lines


def pages_text(pdf: Path, layout: bool = False) -> list[str]:
    """The text of each page (index 0 is page 1) as a reader reads it, one line per line.

    With `layout`, each line of print across the page, wide gaps kept as runs of spaces
    (`pdftotext -layout`).
    """
    read = _layout_lines if layout else _reading_lines
    with open_pdf(pdf) as document:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append("\n".join(read(_chars(textpage))) + "\n")
            textpage.close()
            page.close()
        return texts


def pdf_text(pdf: Path) -> str:
    """The whole document's text, pages separated by a form feed."""
    return "\f".join(pages_text(pdf))


def text_in_box(pdf: Path, page: int, box: tuple[float, float, float, float]) -> str:
    """The text of page `page` (1-based) whose glyphs lie inside `box`.

    `box` is (x, y, width, height) in points from the page's top left corner, as
    `pdftotext -x -y -W -H` at 72 dpi takes it.
    """
    x, y, width, height = box
    with open_pdf(pdf) as document:
        pdf_page = document[page - 1]
        top = pdf_page.get_height() - y
        textpage = pdf_page.get_textpage()
        inside = [
            char
            for char in _chars(textpage)
            if x <= (char.left + char.right) / 2 <= x + width and top - height <= char.y <= top
        ]
        textpage.close()
        pdf_page.close()
    return "\n".join(_reading_lines(inside))


# Pictures -----------------------------------------------------------------------------------


def render_pages(pdf: Path, dpi: int = 150, grayscale: bool = True) -> Iterator[Image.Image]:
    """Each page as an image at `dpi`, as a scanner or a printer driver would see it."""
    with open_pdf(pdf) as document:
        for page in document:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=grayscale)
            image = bitmap.to_pil()
            image.load()
            yield image.copy()
            bitmap.close()
            page.close()


def decode_qr_codes(pdf: Path, dpi: int = 150) -> list[str]:
    """Every QR code on every page in page order, as a desk scanner reads a `dpi` print."""
    import zxingcpp

    codes = []
    for image in render_pages(pdf, dpi):
        codes += [r.text for r in zxingcpp.read_barcodes(image) if r.format.name == "QRCode"]
    return codes


# Fonts and images ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Font:
    """One font of the document as `pdffonts` lists it."""

    name: str  # BaseFont, with the "ABCDEF+" tag of a subset
    subtype: str  # Type0, TrueType, Type1, Type3…
    embedded: bool  # its font program (FontFile, FontFile2 or FontFile3) is in the file

    @property
    def subset(self) -> bool:
        tag, plus, _ = self.name.partition("+")
        return bool(plus) and len(tag) == 6 and tag.isupper() and tag.isalpha()


def _dictionary(value: object) -> DictionaryObject:
    return DictionaryObject() if value is None else value.get_object()


def _resources(container: DictionaryObject, seen: set[int]) -> Iterator[DictionaryObject]:
    """The /Resources of a page or form XObject and of the forms drawn in them."""
    resources = container.get("/Resources")
    if resources is None:
        return
    resources = resources.get_object()
    yield resources
    for ref in _dictionary(resources.get("/XObject")).values():
        if isinstance(ref, IndirectObject):
            if ref.idnum in seen:
                continue
            seen.add(ref.idnum)
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield from _resources(xobject, seen)


def _font_embedded(font: DictionaryObject) -> bool:
    if font.get("/Subtype") == "/Type0":
        return all(_font_embedded(f.get_object()) for f in font["/DescendantFonts"])
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False  # a standard font the viewer substitutes, or Type3 (glyphs as drawings)
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def fonts(pdf: Path) -> list[Font]:
    """Every font used on any page (or in a form drawn on it), each font object once."""
    reader = PdfReader(pdf)
    found: dict[int, Font] = {}
    seen: set[int] = set()
    for page in reader.pages:
        for resources in _resources(page, seen):
            for ref in _dictionary(resources.get("/Font")).values():
                font = ref.get_object()
                key = ref.idnum if isinstance(ref, IndirectObject) else id(font)
                if key not in found:
                    name = str(font.get("/BaseFont", "[none]")).lstrip("/")
                    subtype = str(font.get("/Subtype", "")).lstrip("/")
                    found[key] = Font(name, subtype, _font_embedded(font))
    return list(found.values())


def image_sizes(pdf: Path) -> list[tuple[int, int]]:
    """Width and height in pixels of every image drawn (as `pdfimages -list` lists them)."""
    reader = PdfReader(pdf)
    sizes = []
    seen: set[int] = set()
    for page in reader.pages:
        for resources in _resources(page, seen):
            for ref in _dictionary(resources.get("/XObject")).values():
                xobject = ref.get_object()
                if xobject.get("/Subtype") == "/Image":
                    sizes.append((int(xobject["/Width"]), int(xobject["/Height"])))
    return sizes
