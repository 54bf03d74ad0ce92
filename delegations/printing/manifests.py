"""The day's transfer manifests on A4, and the greeters' sign list.

Receives plain `ManifestRun`s and `SignLine`s (already planned and ordered by the service) and
draws, for each vehicle, a heading (its code, size, time, route, meeting point, greeter and
what its passengers need) and a row per passenger with a tick box: time, flight or train,
name (in their own order, with the name in their own script beneath), delegation, phone,
hotel. After the vehicles (arrivals only) the sign list: per greeting officer, the flights in
time order with the sign to hold up (the delegation in English and Chinese), how many to meet
and whom to greet by name. Names in every script are shaped (`printing.fonts`) and shrunk to
their column (`printing.text`). The PDF is written beside `path` and renamed into place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from delegations.files import Abandon, replaced_atomically
from delegations.printing import fonts
from delegations.printing.text import TextObjects, fit_text
from delegations.progress import Cancelled, Progress, never, no_progress

MM = 72 / 25.4  # as printing.layouts, without importing the layout machinery
PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM
MARGIN = 14 * MM
WIDTH = PAGE_WIDTH - 2 * MARGIN
ROW = 8.5 * MM
RUN_HEADING = 12.5 * MM
TEXT = "#1c1c1c"
GREY = "#6b6b6b"
RULE = "#c8c8c8"
BAND = "#e8eef5"
NAVY = "#1f3a5f"

# Manifest columns: (left edge, width) in points from the left margin; 182 mm in all.
_TICK = (0, 6 * MM)
_TIME, _FLIGHT, _NAME, _DELEGATION, _PHONE, _HOTEL = (
    (7 * MM, 12 * MM),
    (19 * MM, 19 * MM),
    (38 * MM, 54 * MM),
    (93 * MM, 31 * MM),
    (125 * MM, 27 * MM),
    (153 * MM, 29 * MM),
)
# Sign list columns.
_S_TIME, _S_FLIGHT, _S_SIGN, _S_COUNT, _S_NAMES, _S_VEHICLES = (
    (0, 13 * MM),
    (14 * MM, 30 * MM),
    (45 * MM, 50 * MM),
    (96 * MM, 10 * MM),
    (107 * MM, 55 * MM),
    (163 * MM, 19 * MM),
)

WORDS = {
    "arrival": ("Arrivals", "抵达接站"),
    "departure": ("Departures", "离会送站"),
    "signs": ("Greeters' sign list", "接站举牌清单"),
    "time": ("Time", "时间"),
    "flight": ("Flight", "航班/车次"),
    "name": ("Name", "姓名"),
    "delegation": ("Delegation", "代表团"),
    "phone": ("Phone", "电话"),
    "hotel": ("Hotel", "酒店"),
    "sign": ("Sign", "接站牌"),
    "people": ("Pax", "人数"),
    "greet": ("Greet by name", "重点迎接"),
    "vehicles": ("Vehicles", "车辆"),
    "no_greeter": ("No greeting officer assigned", "未指定接站人员"),
    "none": ("No transfer on this day.", "当日无接送安排。"),
}


@dataclass(frozen=True, slots=True)
class ManifestRow:
    time: str  # "10:50": the leg's time
    flight: str  # "VN5402 HAN" / "G2961"
    name: str
    native_name: str = ""
    delegation: str = ""
    phone: str = ""
    hotel: str = ""
    head: bool = False  # printed in bold


@dataclass(frozen=True, slots=True)
class ManifestRun:
    """One vehicle: `title` "A3 · Van, 7 seats · leaves 11:35", `route` "KWE T2 → hotels",
    `details` the meeting point, greeter and needs as one line."""

    title: str
    route: str
    details: str
    rows: tuple[ManifestRow, ...]


@dataclass(frozen=True, slots=True)
class SignLine:
    time: str
    flight: str  # "VN5402 from HAN"
    place: str  # "KWE T2"
    sign: str  # "Viet Nam"
    sign_zh: str  # "越南"
    people: int
    names: str  # heads of delegation and VIPs to greet by name
    vehicles: str  # "A1, A2"


@dataclass(frozen=True, slots=True)
class Greeter:
    name: str  # "" = nobody assigned
    lines: tuple[SignLine, ...]


@dataclass(frozen=True, slots=True)
class ChangeLine:
    kind: str  # "added", "removed", "changed"
    who: str  # "Mr. Lê Văn Hùng (Viet Nam)"
    detail: str  # "now A3: leaves 2025-07-24 11:25 (was …)"


@dataclass(frozen=True, slots=True)
class ChangesBlock:
    """The changes of one direction since its last print; `heading` says which and when."""

    heading: str
    lines: tuple[ChangeLine, ...]


_CHANGE_MARK = {"added": ("Added", "新增"), "removed": ("Removed", "取消"),
                "changed": ("Changed", "变更")}  # fmt: skip


def _both(key: str) -> str:
    english, chinese = WORDS[key]
    return f"{english}  {chinese}"


class _Cells:
    """Table cells drawn with each distinct line encoded once: a line is drawn at the origin
    and moved into place (`cm`), so the delegation, time, flight and hotel repeated down a
    page cost a lookup, not ReportLab's encoding of shaped text again (most of a manifest)."""

    def __init__(self, canvas) -> None:  # noqa: ANN001
        from reportlab.lib.colors import HexColor

        self.canvas = canvas
        self.objects = TextObjects()
        self._ascii: dict[tuple[str, float, float, bool], str] = {}
        self._strokes: dict[tuple[str, float], str] = {}
        self.colors = {name: HexColor(name) for name in (TEXT, GREY, RULE, BAND, NAVY)}

    def draw(self, text: str, x: float, y: float, width: float, size: float,
             color: str = TEXT, bold: bool = False) -> None:  # fmt: skip
        """`text` left-aligned at `x` on baseline `y`, shrunk (to 5 pt) to fit `width`."""
        if not text:
            return
        canvas = self.canvas
        self.objects.set_fill(canvas, self.colors[color])
        if text.isascii():
            code = self._plain(text, width, size, bold)
        else:
            fitted = fit_text(text, width, ROW, size, 5.0, max_lines=1, bold=bold)
            line = fitted.lines[0]
            if any(run.synthetic_bold for run in line.runs):
                canvas.setStrokeColor(self.colors[color])
                canvas.setLineWidth(fitted.size * 0.03)
            code = self.objects.code(canvas, line, 0, 0, fitted.size)
        canvas.addLiteral(f"q 1 0 0 1 {x:.2f} {y:.2f} cm {code} Q")

    def stroke(self, color: str, width: float) -> None:
        """The stroke colour and line width as literal operators (ReportLab formats each
        number on every call: a third of drawing a row of rules and boxes)."""
        code = self._strokes.get((color, width))
        if code is None:
            from reportlab.lib.rl_accel import fp_str

            rgb = self.colors[color]
            code = f"{fp_str(rgb.red, rgb.green, rgb.blue)} RG {fp_str(width)} w"
            self._strokes[(color, width)] = code
        self.canvas.addLiteral(code)

    def _plain(self, text: str, width: float, size: float, bold: bool) -> str:
        """ASCII text (most names, phones, flights) in the Latin font as it is: nothing to
        shape in it (the bundled Latin fonts do not kern much ASCII), so a list of 700 names
        is drawn in a fraction of the time the shaping of each would take."""
        key = (text, width, size, bold)
        code = self._ascii.get(key)
        if code is None:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            font = fonts.font_name(fonts.Script.LATIN, bold)
            wide = stringWidth(text, font, size)
            text_object = self.canvas.beginText(0, 0)
            text_object.setFont(font, size if wide <= width else max(5.0, size * width / wide))
            text_object.textOut(text)
            code = self._ascii[key] = text_object.getCode()
        return code


def _cell(cells: _Cells, text: str, column: tuple[float, float], y: float, size: float,
          color: str = TEXT, bold: bool = False) -> None:  # fmt: skip
    left, width = column
    cells.draw(text, MARGIN + left, y, width - 1.5 * MM, size, color, bold)


class _Pages:
    """The canvas with its page count and the running page header and footer."""

    def __init__(self, cells: _Cells, title: str, subtitle: str, footer: str) -> None:
        self.cells, self.canvas = cells, cells.canvas
        self.title, self.subtitle, self.footer = title, subtitle, footer
        self.count = 0

    def new(self, heading: str = "") -> float:
        """Start a page; returns the top of its body."""
        if self.count:
            self.canvas.showPage()
        self.count += 1
        top, draw = PAGE_HEIGHT - MARGIN, self.cells.draw
        draw(self.title, MARGIN, top - 5 * MM, WIDTH, 14, TEXT, True)
        draw(self.subtitle, MARGIN, top - 10.5 * MM, WIDTH, 9, GREY)
        if heading:
            draw(heading, MARGIN, top - 16 * MM, WIDTH, 10, NAVY, True)
        draw(f"{self.footer}  ·  Page {self.count}  第{self.count}页", MARGIN, MARGIN - 6 * MM,
             WIDTH, 8, GREY)  # fmt: skip
        return top - (19 if heading else 14) * MM


def _rule(cells: _Cells, y: float, color: str = RULE, width: float = 0.3) -> None:
    cells.stroke(color, width)
    cells.canvas.addLiteral(f"{MARGIN:.2f} {y:.2f} m {PAGE_WIDTH - MARGIN:.2f} {y:.2f} l S")


def _column_heads(cells: _Cells, y: float, columns) -> float:  # noqa: ANN001
    for key, column in columns:
        _cell(cells, _both(key), column, y - 4 * MM, 7, GREY)
    _rule(cells, y - 5.5 * MM, GREY, 0.5)
    return y - 5.5 * MM


_MANIFEST_HEADS = (("time", _TIME), ("flight", _FLIGHT), ("name", _NAME),
                   ("delegation", _DELEGATION), ("phone", _PHONE), ("hotel", _HOTEL))  # fmt: skip
_SIGN_HEADS = (("time", _S_TIME), ("flight", _S_FLIGHT), ("sign", _S_SIGN),
               ("people", _S_COUNT), ("greet", _S_NAMES), ("vehicles", _S_VEHICLES))  # fmt: skip


def render_manifest(
    path: Path,
    *,
    title: str,
    subtitle: str,
    runs: Sequence[ManifestRun],
    greeters: Sequence[Greeter] = (),
    changes: Sequence[ChangesBlock] = (),
    changes_only: bool = False,
    progress: Progress = no_progress,
    cancelled: Cancelled = never,
) -> int | None:
    """Draw the changes since the last print (if any), the vehicles, then the sign list per
    greeter (if any), into the PDF at `path` (`changes_only`: the changes alone); returns
    the number of pages, or None when `cancelled()` (nothing is written then).
    `title` is e.g. "Arrivals — Thursday 24 July 2025"; `progress(done, total)` counts the
    vehicles drawn."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0  # binary streams, as the badges: no pure-Python ASCII85 pass
    with replaced_atomically(path) as temporary:
        canvas = Canvas(str(temporary), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1,
                        initialFontName=fonts.font_name(fonts.Script.LATIN), initialFontSize=9)  # fmt: skip
        canvas.setTitle(title)
        canvas.setCreator("Delegations")
        people = sum(len(run.rows) for run in runs)
        changed = sum(len(block.lines) for block in changes)
        footer = (f"{changed} changes" if changes_only
                  else f"{len(runs)} vehicles · {people} people")  # fmt: skip
        pages = _Pages(_Cells(canvas), title, subtitle, footer)
        if changes:
            _draw_changes(pages, changes)
        if changes_only:
            canvas.save()
            return pages.count
        if not _draw_runs(pages, runs, progress, cancelled):
            raise Abandon
        if greeters:
            _draw_signs(pages, greeters)
        canvas.save()
        return pages.count
    return None  # abandoned: `replaced_atomically` removed the partial file


def _draw_runs(pages: _Pages, runs: Sequence[ManifestRun], progress: Progress,
               cancelled: Cancelled) -> bool:  # fmt: skip
    """The vehicles in turn; False when cancelled."""
    cells = pages.cells
    y = _column_heads(cells, pages.new(), _MANIFEST_HEADS)
    if not runs:
        _cell(cells, _both("none"), (0, WIDTH), y - ROW, 11)
    for done, run in enumerate(runs):
        if cancelled():
            return False
        progress(done, len(runs))
        first = True
        rows = list(run.rows)
        while first or rows:
            if y - RUN_HEADING - ROW * min(len(rows), 2) < MARGIN:
                y = _column_heads(cells, pages.new(), _MANIFEST_HEADS)
            y = _run_heading(cells, run, y, continued=not first)
            first = False
            while rows and y - ROW >= MARGIN:
                y = _manifest_row(cells, rows.pop(0), y - ROW)
    progress(len(runs), len(runs))
    return True


def _run_heading(cells: _Cells, run: ManifestRun, y: float, continued: bool) -> float:
    canvas, draw = cells.canvas, cells.draw
    top = y - 1.5 * MM
    canvas.setFillColor(cells.colors[BAND])
    canvas.rect(MARGIN, top - RUN_HEADING + 1.5 * MM, WIDTH, RUN_HEADING - 1.5 * MM,
                stroke=0, fill=1)  # fmt: skip
    title = run.title + ("  (continued)" if continued else "")
    draw(title, MARGIN + 2 * MM, top - 5 * MM, 95 * MM, 11, NAVY, True)
    draw(run.route, MARGIN + 100 * MM, top - 5 * MM, WIDTH - 102 * MM, 10, TEXT, True)
    draw(run.details, MARGIN + 2 * MM, top - 9.5 * MM, WIDTH - 4 * MM, 8.5, TEXT)
    return top - RUN_HEADING + 1.5 * MM


def _manifest_row(cells: _Cells, row: ManifestRow, y: float) -> float:
    high = y + (5.2 if row.native_name else 3.2) * MM
    cells.stroke(TEXT, 0.6)
    cells.canvas.addLiteral(f"{MARGIN + 0.5 * MM:.2f} {y + 2.2 * MM:.2f} {4 * MM:.2f} "
                            f"{4 * MM:.2f} re S")  # the tick box  # fmt: skip
    _cell(cells, row.time, _TIME, high, 9.5, TEXT, True)
    _cell(cells, row.flight, _FLIGHT, high, 8.5)
    _cell(cells, row.name, _NAME, high, 9.5, TEXT, row.head)
    if row.native_name:
        _cell(cells, row.native_name, _NAME, y + 1.6 * MM, 7.5, GREY)
    _cell(cells, row.delegation, _DELEGATION, high, 8.5)
    _cell(cells, row.phone, _PHONE, high, 8)
    _cell(cells, row.hotel, _HOTEL, high, 8)
    _rule(cells, y)
    return y


def _draw_signs(pages: _Pages, greeters: Sequence[Greeter]) -> None:
    cells = pages.cells
    for greeter in greeters:
        heading = f"{_both('signs')} · {greeter.name or _both('no_greeter')}"
        y = _column_heads(cells, pages.new(heading), _SIGN_HEADS)
        for line in greeter.lines:
            if y - ROW - 2 * MM < MARGIN:
                y = _column_heads(cells, pages.new(heading), _SIGN_HEADS)
            y -= ROW + 2 * MM
            high = y + 5.5 * MM
            _cell(cells, line.time, _S_TIME, high, 10, TEXT, True)
            _cell(cells, line.flight, _S_FLIGHT, high, 9)
            _cell(cells, line.place, _S_FLIGHT, y + 1.8 * MM, 7.5, GREY)
            _cell(cells, line.sign, _S_SIGN, high, 12, NAVY, True)
            _cell(cells, line.sign_zh, _S_SIGN, y + 1.6 * MM, 9, NAVY)
            _cell(cells, str(line.people), _S_COUNT, high, 10, TEXT, True)
            _cell(cells, line.names, _S_NAMES, high, 8.5)
            _cell(cells, line.vehicles, _S_VEHICLES, high, 8.5, GREY)
            _rule(cells, y)


def _draw_changes(pages: _Pages, blocks: Sequence[ChangesBlock]) -> None:
    """Like the programme's errata: each direction's changes since its last print, one
    entry each (what, who, then what changed beneath), before the manifest itself."""
    cells = pages.cells
    heading = "Changes since the last print  自上次打印以来的变更"
    y = pages.new(heading)
    for block in blocks:
        if y - 2 * ROW < MARGIN:
            y = pages.new(heading)
        y -= 7 * MM
        cells.draw(block.heading, MARGIN, y, WIDTH, 10.5, NAVY, True)
        _rule(cells, y - 1.8 * MM, GREY, 0.5)
        y -= 1.8 * MM
        if not block.lines:
            y -= ROW
            cells.draw("No change.  无变更。", MARGIN + 2 * MM, y + 2 * MM, WIDTH, 9, GREY)
        for line in block.lines:
            if y - ROW - 2 * MM < MARGIN:
                y = pages.new(heading)
            y -= ROW + 2 * MM
            english, chinese = _CHANGE_MARK.get(line.kind, (line.kind, ""))
            _cell(cells, english, (0, 24 * MM), y + 5.5 * MM, 9, NAVY, True)
            _cell(cells, chinese, (0, 24 * MM), y + 1.6 * MM, 7.5, GREY)
            _cell(cells, line.who, (25 * MM, WIDTH - 25 * MM), y + 5.5 * MM, 9.5, TEXT, True)
            _cell(cells, line.detail, (25 * MM, WIDTH - 25 * MM), y + 1.6 * MM, 8, TEXT)
            _rule(cells, y)
