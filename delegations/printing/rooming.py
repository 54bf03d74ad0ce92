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
from delegations.printing.text import draw_cell

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
    ("Guest", "宾客", 46 * MM, 56 * MM),
    ("Own script", "本国文字", 102 * MM, 32 * MM),
    ("Delegation", "代表团", 134 * MM, 31 * MM),
    ("Check-in", "入住", 165 * MM, 17 * MM),
    ("Check-out", "退房", 182 * MM, 17 * MM),
    ("Nights", "晚数", 199 * MM, 11 * MM),
    ("Requests", "特殊要求", 210 * MM, 57 * MM),
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


def _cell(canvas, text: str, column: tuple[float, float], y: float, size: float,  # noqa: ANN001
          color: str = TEXT, bold: bool = False) -> None:  # fmt: skip
    left, width = column
    draw_cell(canvas, text, MARGIN + left, y, width - 1.5 * MM, ROW, size, color, bold)


def _rule(canvas, y: float, color: str = RULE, width: float = 0.3) -> None:  # noqa: ANN001
    from reportlab.lib.colors import HexColor

    canvas.setStrokeColor(HexColor(color))
    canvas.setLineWidth(width)
    canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)


def render_rooming(path: Path, sheet: RoomingSheet) -> int:
    """Draw the rooming list into the PDF at `path`; returns the page count."""
    from reportlab.pdfgen.canvas import Canvas

    with replaced_atomically(path) as temporary:
        canvas = Canvas(str(temporary), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1,
                        initialFontName=fonts.font_name(fonts.Script.LATIN), initialFontSize=9)  # fmt: skip
        canvas.setTitle(f"{TITLE[0]} — {sheet.hotel}")
        canvas.setCreator("Delegations")
        pages = _Pages(canvas, sheet)
        y = pages.new(with_columns=True)
        for room in sheet.rooms:
            height = ROW * max(1, len(room.guests))
            if y - height < MARGIN:
                y = pages.new(with_columns=True)
            _draw_room(canvas, room, y)
            y -= height
            _rule(canvas, y)
        if not sheet.rooms:
            _cell(canvas, "No one is roomed at this hotel yet.  本酒店尚无入住安排。",
                  (0, PAGE_WIDTH), y - ROW, 10)  # fmt: skip
            y -= ROW
        _draw_nights(canvas, pages, sheet.nights, y - 6 * MM)
        canvas.save()
    return pages.count


class _Pages:
    def __init__(self, canvas, sheet: RoomingSheet) -> None:  # noqa: ANN001
        self.canvas = canvas
        self.sheet = sheet
        self.count = 0

    def new(self, *, with_columns: bool) -> float:
        """Start a page (its heading, and the columns' when a table goes on); returns the y
        below them."""
        canvas, sheet = self.canvas, self.sheet
        if self.count:
            canvas.showPage()
        self.count += 1
        top = PAGE_HEIGHT - MARGIN
        full = (0, PAGE_WIDTH - 2 * MARGIN)
        _cell(canvas, f"{TITLE[0]}  {TITLE[1]}", full, top - 4 * MM, 9, GREY, bold=True)
        title = f"{sheet.hotel}  {sheet.hotel_zh}".strip()
        draw_cell(canvas, title, MARGIN, top - 11 * MM, full[1], 8 * MM, 15, TEXT, bold=True)
        guests = sum(len(room.guests) for room in sheet.rooms)
        counts = f"{len(sheet.rooms)} rooms, {guests} guests  {len(sheet.rooms)}间 {guests}人"
        where = "  ·  ".join(part for part in (sheet.address, sheet.event, counts) if part)
        _cell(canvas, where, full, top - 17 * MM, 9, GREY)
        draw_cell(canvas, f"Page {self.count}  第{self.count}页", PAGE_WIDTH - MARGIN - 30 * MM,
                  MARGIN - 7 * MM, 30 * MM, 5 * MM, 8, GREY)  # fmt: skip
        y = top - 21 * MM
        if with_columns:
            for english, chinese, left, width in COLUMNS:
                _cell(canvas, english, (left, width), y - 4 * MM, 8, TEXT, bold=True)
                _cell(canvas, chinese, (left, width), y - 8 * MM, 7.5, GREY)
            y -= 10 * MM
            _rule(canvas, y, TEXT, 0.6)
        return y


def _draw_room(canvas, room: RoomLine, y: float) -> None:  # noqa: ANN001
    from reportlab.lib.colors import HexColor

    baseline = y - ROW + 1.8 * MM
    _cell(canvas, room.number or "—", _ROOM, baseline, 10, bold=True)
    crowded = len(room.guests) > room.sleeps
    kind = f"{room.room_type} ({len(room.guests)}/{room.sleeps})"
    _cell(canvas, kind, _TYPE, baseline, 8.5, OVER if crowded else TEXT)
    if len(room.guests) > 1:  # a band ties the sharers together
        canvas.setFillColor(HexColor(BAND))
        height = ROW * len(room.guests)
        canvas.rect(MARGIN + _GUEST[0] - 1.6 * MM, y - height + 0.8 * MM, 1 * MM,
                    height - 1.6 * MM, stroke=0, fill=1)  # fmt: skip
    for guest in room.guests:
        _cell(canvas, guest.name, _GUEST, baseline, 9.5)
        _cell(canvas, guest.native_name, _NATIVE, baseline, 9.5)
        _cell(canvas, guest.delegation, _DELEGATION, baseline, 8.5)
        _cell(canvas, f"{guest.check_in:%d %b}", _IN, baseline, 9)
        _cell(canvas, f"{guest.check_out:%d %b}", _OUT, baseline, 9)
        _cell(canvas, str(guest.nights), _NIGHTS, baseline, 9)
        _cell(canvas, guest.requests, _REQUESTS, baseline, 8, GREY)
        baseline -= ROW


NIGHT_COLUMN = 17 * MM
TYPE_COLUMN = 40 * MM


def _draw_nights(canvas, pages: _Pages, lines: tuple, y: float) -> None:  # noqa: ANN001
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
        _cell(canvas, "Rooms taken / held each night  每晚用房 / 预留房", (0, 200 * MM),
              y - 5 * MM, 10, TEXT, bold=True)  # fmt: skip
        y -= 8 * MM
        for i, night in enumerate(band):
            column = (TYPE_COLUMN + i * NIGHT_COLUMN, NIGHT_COLUMN)
            _cell(canvas, f"{night:%a %d %b}", column, y - 4 * MM, 8, TEXT, bold=True)
        y -= ROW
        _rule(canvas, y, TEXT, 0.6)
        for kind in kinds:
            baseline = y - ROW + 1.8 * MM
            _cell(canvas, kind, (0, TYPE_COLUMN), baseline, 9)
            for i, night in enumerate(band):
                held, taken = cells.get((kind, night), (0, 0))
                column = (TYPE_COLUMN + i * NIGHT_COLUMN, NIGHT_COLUMN)
                _cell(canvas, f"{taken} / {held}", column, baseline, 9,
                      OVER if taken > held else TEXT, bold=taken > held)  # fmt: skip
            y -= ROW
            _rule(canvas, y)
        y -= 4 * MM
