"""A hotel's rooming list on A4 landscape: one line per guest, grouped by room, with the room
type, dates, nights and requests; then the rooms taken against the rooms held, night by night.

Receives a plain `RoomingSheet` (the service reads the event); names in every script are
shaped and shrunk to their column (`printing.text`). Headings are in English and Chinese, as
Guiyang hotels' reservation desks read either. Written to a temporary file, then renamed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from delegations.files import replaced_atomically
from delegations.printing import fonts
from delegations.printing.layouts import MM
from delegations.printing.text import TextObjects, draw_cell, fit_text

PAGE_WIDTH, PAGE_HEIGHT = 297 * MM, 210 * MM
MARGIN = 15 * MM
ROW = 6 * MM
TEXT = "#1c1c1c"
GREY = "#6b6b6b"
RULE = "#c8c8c8"
BAND = "#cdbf9c"
OVER = "#a8321e"
TITLE = ("Rooming list", "入住名单")
# (heading in English, in Chinese, left edge, width) from the left margin; 267 mm in all.
COLUMNS = (
    ("Room", "房号", 0, 16 * MM),
    ("Room type", "房型", 16 * MM, 30 * MM),
    ("Guest", "宾客", 46 * MM, 54 * MM),
    ("Own script", "本国文字", 100 * MM, 30 * MM),
    ("Delegation", "代表团", 130 * MM, 29 * MM),
    ("Check-in, arrives", "入住、抵达", 159 * MM, 31 * MM),
    ("Check-out, leaves", "退房、离开", 190 * MM, 31 * MM),
    ("Nights", "晚数", 221 * MM, 10 * MM),
    ("Requests", "特殊要求", 231 * MM, 36 * MM),
)
_ROOM, _TYPE, _GUEST, _NATIVE, _DELEGATION, _IN, _OUT, _NIGHTS, _REQUESTS = (
    (left, width) for _en, _zh, left, width in COLUMNS
)


@dataclass(frozen=True, slots=True)
class GuestLine:
    name: str
    native_name: str
    delegation: str
    check_in: dt.date
    check_out: dt.date
    nights: int
    requests: str
    arrives: str = ""  # "20:25 CZ3427": printed after the check-in date
    leaves: str = ""


@dataclass(frozen=True, slots=True)
class RoomLine:
    number: str  # "" until the hotel gives one
    room_type: str
    sleeps: int
    guests: tuple[GuestLine, ...]


@dataclass(frozen=True, slots=True)
class RoomingSheet:
    hotel: str
    hotel_zh: str
    address: str
    event: str
    rooms: tuple[RoomLine, ...]  # in the order to print
    nights: tuple[tuple[str, dt.date, int, int], ...]  # (room type, night, held, taken)


class _Ink:
    """Cells drawn with each distinct text encoded once and moved into place (`cm`): a
    delegation's name, the room types and the dates repeat down every page, and ReportLab's
    encoding of text (shaping for non-Latin scripts) is most of the list's time. ASCII is drawn
    in the Latin font as it is, shrunk to its column; other text is shaped (`fit_text`)."""

    def __init__(self, canvas) -> None:  # noqa: ANN001
        from reportlab.lib.colors import HexColor

        self.canvas = canvas
        self.objects = TextObjects()
        self.colors = {name: HexColor(name) for name in (TEXT, GREY, RULE, BAND, OVER)}
        self._codes: dict[tuple[str, float, float, bool], str] = {}

    def draw(self, text: str, x: float, y: float, width: float, size: float,
             color: str = TEXT, bold: bool = False) -> None:  # fmt: skip
        if not text:
            return
        if bold and not text.isascii():  # headings: a synthetic bold needs its stroke set
            draw_cell(self.canvas, text, x, y, width, ROW, size, color, bold)
            return
        self.objects.set_fill(self.canvas, self.colors[color])
        key = (text, width, size, bold)
        code = self._codes.get(key)
        if code is None:
            code = self._ascii(*key) if text.isascii() else self._shaped(*key)
            if len(self._codes) > 20_000:  # names are mostly drawn once
                self._codes.clear()
            self._codes[key] = code
        self.canvas.addLiteral(f"q 1 0 0 1 {x:.2f} {y:.2f} cm {code} Q")

    def _ascii(self, text: str, width: float, size: float, bold: bool) -> str:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        font = fonts.font_name(fonts.Script.LATIN, bold)
        wide = stringWidth(text, font, size)
        text_object = self.canvas.beginText(0, 0)
        text_object.setFont(font, size if wide <= width else max(5.0, size * width / wide))
        text_object.textOut(text)
        return text_object.getCode()

    def _shaped(self, text: str, width: float, size: float, bold: bool) -> str:
        fitted = fit_text(text, width, ROW, size, 5.0, max_lines=1, bold=bold)
        return self.objects.code(self.canvas, fitted.lines[0], 0, 0, fitted.size)


def _cell(ink: _Ink, text: str, column: tuple[float, float], y: float, size: float,
          color: str = TEXT, bold: bool = False) -> None:  # fmt: skip
    left, width = column
    ink.draw(text, MARGIN + left, y, width - 1.5 * MM, size, color, bold)


_STROKES: dict[tuple[str, float], str] = {}


def _rule(canvas, y: float, color: str = RULE, width: float = 0.3) -> None:  # noqa: ANN001
    """A rule across the page, as literal operators: ReportLab formats every number of a
    colour and a line on each call, a third of the list's time when drawn per room."""
    code = _STROKES.get((color, width))
    if code is None:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.rl_accel import fp_str

        rgb = HexColor(color)
        code = _STROKES[(color, width)] = f"{fp_str(rgb.red, rgb.green, rgb.blue)} RG {width} w"
    canvas.addLiteral(f"{code} {MARGIN:.2f} {y:.2f} m {PAGE_WIDTH - MARGIN:.2f} {y:.2f} l S")


def render_rooming(path: Path, sheet: RoomingSheet) -> int:
    """Draw the rooming list into the PDF at `path`; returns the page count."""
    from reportlab.pdfgen.canvas import Canvas

    with replaced_atomically(path) as temporary:
        canvas = Canvas(str(temporary), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1,
                        initialFontName=fonts.font_name(fonts.Script.LATIN), initialFontSize=9)  # fmt: skip
        canvas.setTitle(f"{TITLE[0]} — {sheet.hotel}")
        canvas.setCreator("Delegations")
        ink = _Ink(canvas)
        pages = _Pages(ink, sheet)
        y = pages.new(with_columns=True)
        for room in sheet.rooms:
            height = ROW * max(1, len(room.guests))
            if y - height < MARGIN:
                y = pages.new(with_columns=True)
            _draw_room(ink, room, y)
            y -= height
            _rule(canvas, y)
        if not sheet.rooms:
            _cell(ink, "No one is roomed at this hotel yet.  本酒店尚无入住安排。",
                  (0, PAGE_WIDTH), y - ROW, 10)  # fmt: skip
            y -= ROW
        _draw_nights(ink, pages, sheet.nights, y - 6 * MM)
        canvas.save()
    return pages.count


class _Pages:
    def __init__(self, ink: _Ink, sheet: RoomingSheet) -> None:
        self.ink = ink
        self.canvas = ink.canvas
        self.sheet = sheet
        self.count = 0
        self.guests = sum(len(room.guests) for room in sheet.rooms)

    def new(self, *, with_columns: bool) -> float:
        """Start a page (its heading, and the columns' when a table goes on); returns the y
        below them."""
        canvas, sheet, ink = self.canvas, self.sheet, self.ink
        if self.count:
            canvas.showPage()
        self.count += 1
        top = PAGE_HEIGHT - MARGIN
        full = (0, PAGE_WIDTH - 2 * MARGIN)
        _cell(ink, f"{TITLE[0]}  {TITLE[1]}", full, top - 4 * MM, 9, GREY, bold=True)
        title = f"{sheet.hotel}  {sheet.hotel_zh}".strip()
        draw_cell(canvas, title, MARGIN, top - 11 * MM, full[1], 8 * MM, 15, TEXT, bold=True)
        guests = self.guests
        counts = f"{len(sheet.rooms)} rooms, {guests} guests  {len(sheet.rooms)}间 {guests}人"
        where = "  ·  ".join(part for part in (sheet.address, sheet.event, counts) if part)
        _cell(ink, where, full, top - 17 * MM, 9, GREY)
        draw_cell(canvas, f"Page {self.count}  第{self.count}页", PAGE_WIDTH - MARGIN - 30 * MM,
                  MARGIN - 7 * MM, 30 * MM, 5 * MM, 8, GREY)  # fmt: skip
        y = top - 21 * MM
        if with_columns:
            for english, chinese, left, width in COLUMNS:
                _cell(ink, english, (left, width), y - 4 * MM, 8, TEXT, bold=True)
                _cell(ink, chinese, (left, width), y - 8 * MM, 7.5, GREY)
            y -= 10 * MM
            _rule(canvas, y, TEXT, 0.6)
        return y


def _draw_room(ink: _Ink, room: RoomLine, y: float) -> None:
    canvas = ink.canvas
    baseline = y - ROW + 1.8 * MM
    _cell(ink, room.number or "—", _ROOM, baseline, 10, bold=True)
    crowded = len(room.guests) > room.sleeps
    kind = f"{room.room_type} ({len(room.guests)}/{room.sleeps})"
    _cell(ink, kind, _TYPE, baseline, 8.5, OVER if crowded else TEXT)
    if len(room.guests) > 1:  # a band ties the sharers together
        ink.objects.set_fill(canvas, ink.colors[BAND])
        height = ROW * len(room.guests)
        canvas.rect(MARGIN + _GUEST[0] - 1.6 * MM, y - height + 0.8 * MM, 1 * MM,
                    height - 1.6 * MM, stroke=0, fill=1)  # fmt: skip
    for guest in room.guests:
        _cell(ink, guest.name, _GUEST, baseline, 9.5)
        _cell(ink, guest.native_name, _NATIVE, baseline, 9.5)
        _cell(ink, guest.delegation, _DELEGATION, baseline, 8.5)
        _cell(ink, f"{guest.check_in:%d %b}  {guest.arrives}".strip(), _IN, baseline, 9)
        _cell(ink, f"{guest.check_out:%d %b}  {guest.leaves}".strip(), _OUT, baseline, 9)
        _cell(ink, str(guest.nights), _NIGHTS, baseline, 9)
        _cell(ink, guest.requests, _REQUESTS, baseline, 8, GREY)
        baseline -= ROW


NIGHT_COLUMN = 17 * MM
TYPE_COLUMN = 40 * MM


def _draw_nights(ink: _Ink, pages: _Pages, lines: tuple, y: float) -> None:
    """Rooms taken / held per room type, a column per night (14 nights to a band)."""
    if not lines:
        return
    dates = sorted({night for _t, night, _h, _k in lines})
    kinds = list(dict.fromkeys(kind for kind, *_rest in lines))
    cells = {(kind, night): (held, taken) for kind, night, held, taken in lines}
    per_band = int((PAGE_WIDTH - 2 * MARGIN - TYPE_COLUMN) // NIGHT_COLUMN)
    for start in range(0, len(dates), per_band):
        band = dates[start : start + per_band]
        height = 12 * MM + ROW * (len(kinds) + 1)
        if y - height < MARGIN:
            y = pages.new(with_columns=False)
        _cell(ink, "Rooms taken / held each night  每晚用房 / 预留房", (0, 200 * MM),
              y - 5 * MM, 10, TEXT, bold=True)  # fmt: skip
        y -= 8 * MM
        for i, night in enumerate(band):
            column = (TYPE_COLUMN + i * NIGHT_COLUMN, NIGHT_COLUMN)
            _cell(ink, f"{night:%a %d %b}", column, y - 4 * MM, 8, TEXT, bold=True)
        y -= ROW
        _rule(ink.canvas, y, TEXT, 0.6)
        for kind in kinds:
            baseline = y - ROW + 1.8 * MM
            _cell(ink, kind, (0, TYPE_COLUMN), baseline, 9)
            for i, night in enumerate(band):
                held, taken = cells.get((kind, night), (0, 0))
                column = (TYPE_COLUMN + i * NIGHT_COLUMN, NIGHT_COLUMN)
                _cell(ink, f"{taken} / {held}", column, baseline, 9,
                      OVER if taken > held else TEXT, bold=taken > held)  # fmt: skip
            y -= ROW
            _rule(ink.canvas, y)
        y -= 4 * MM
