"""The seating chart of a session: one A3 or A4 landscape page.

The room is drawn to scale in the plan's frame (the chair or the stage at the top): tables,
every seat with its label, seats in each delegation's colour, the chair's seats dark and
marked. At a table layout each delegation's name is written inside the square beside its
place; in rows, over its block. Where the room is too large for a label in every seat (a
1,500-seat theatre on A3), rows carry their letter at both ends and the front row its seat
numbers, and the legend lists each delegation's seats ("A1–12, B1–12"). The legend beside the
plan gives every delegation's number, colour, quota and seats, and the plan's warnings.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from delegations.domain.seating import Table, delegation_colour
from delegations.files import replaced_atomically
from delegations.printing import fonts
from delegations.printing.layouts import MM
from delegations.printing.text import draw_cell, draw_fitted, fit_text

PAPERS = {"a3": (420 * MM, 297 * MM), "a4": (297 * MM, 210 * MM)}
MARGIN = 10 * MM
TEXT, GREY, RULE, WARN = "#1c1c1c", "#5f5f5f", "#b5b5b5", "#b3261e"
CHAIR_FILL = "#1c1c1c"
FREE_FILL = "#ffffff"
MIN_LABEL = 7.0  # pt: below it, seats lose their labels and rows are named at their ends


@dataclass(frozen=True, slots=True)
class ChartSeat:
    label: str
    x: float  # m, room frame
    y: float
    tier: str  # "chair", "table", "behind", "row"
    number: int | None  # the delegation's number in the legend; None: a free seat
    country: str = ""
    at_table: bool = False
    occupant: str = ""


@dataclass(frozen=True, slots=True)
class LegendEntry:
    number: int
    name: str
    country: str
    quota_table: int
    quota_behind: int
    held: int


@dataclass(frozen=True, slots=True)
class Chart:
    event: str
    title: str
    title_zh: str
    room: str
    when: str
    kind: str
    seats: tuple[ChartSeat, ...]
    tables: tuple[Table, ...]
    front: str  # "chair" or "stage"
    legend: tuple[LegendEntry, ...]
    warnings: tuple[str, ...]


def colour_of(number: int | None) -> str:
    return FREE_FILL if number is None else delegation_colour(number)


def seat_ranges(seats: Sequence[ChartSeat], number: int) -> str:
    """A delegation's seats as a reader finds them: runs in a row joined ("A1–12, B3"), or
    the labels themselves when they are not row seats."""
    runs: list[tuple[str, int, int]] = []
    others: list[str] = []
    for seat in seats:
        if seat.number != number:
            continue
        row = seat.label.rstrip("0123456789")
        digits = seat.label[len(row) :]
        runs_in_row = row.isalpha() or row.endswith("-")  # A1–12, T3-1–8
        if not digits or not runs_in_row or seat.tier == "chair":
            others.append(seat.label)
        elif runs and runs[-1][0] == row and runs[-1][2] + 1 == int(digits):
            runs[-1] = (row, runs[-1][1], int(digits))
        else:
            runs.append((row, int(digits), int(digits)))
    parts = others + [f"{r}{a}" if a == b else f"{r}{a}–{b}" for r, a, b in runs]
    return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class _Frame:
    """Room metres to page points."""

    scale: float  # pt per m
    x0: float  # page point of room x = 0
    y0: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.x0 + x * self.scale, self.y0 + y * self.scale


def _bounds(chart: Chart, boxes: Sequence[_NameBox]) -> tuple[float, float, float, float]:
    xs = [s.x for s in chart.seats] + [t.x - t.width / 2 for t in chart.tables]
    xs += [t.x + t.width / 2 for t in chart.tables]
    ys = [s.y for s in chart.seats] + [t.y - t.depth / 2 for t in chart.tables]
    ys += [t.y + t.depth / 2 for t in chart.tables]
    for box in boxes:
        xs += [box.x - box.width / 2, box.x + box.width / 2]
        ys += [box.y - box.height / 2, box.y + box.height / 2]
    pad = 0.6
    return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def _frame(
    chart: Chart, box: tuple[float, float, float, float], names: Sequence[_NameBox]
) -> _Frame:
    left, bottom, width, height = box
    x1, y1, x2, y2 = _bounds(chart, names)
    scale = min(width / (x2 - x1), height / (y2 - y1))
    x0 = left + (width - (x2 - x1) * scale) / 2 - x1 * scale
    y0 = bottom + (height - (y2 - y1) * scale) / 2 - y1 * scale
    return _Frame(scale, x0, y0)


def _seat_pitch(chart: Chart) -> float:
    """The smallest distance between neighbouring seats (m): seats come in order along a
    row, round a table or along a place, so neighbours are next to each other."""
    seats = chart.seats
    gaps = [math.dist((a.x, a.y), (b.x, b.y)) for a, b in zip(seats, seats[1:], strict=False)]
    return min((gap for gap in gaps if gap > 0.05), default=0.8)


def render_seating_chart(out: Path, chart: Chart, *, paper: str = "a3") -> int:
    """Draw the chart into the PDF at `out` (through the one atomic writer); returns pages."""
    from reportlab.pdfgen.canvas import Canvas

    width, height = PAPERS[paper]
    with replaced_atomically(out, make_folder=False) as temporary:
        canvas = Canvas(str(temporary), pagesize=(width, height), pageCompression=1,
                        initialFontName=fonts.font_name(fonts.Script.LATIN), initialFontSize=9)  # fmt: skip
        canvas.setTitle(f"Seating chart — {chart.title}")
        canvas.setCreator("Delegations")
        top = _header(canvas, chart, width, height)
        legend_width = (118 if paper == "a3" else 88) * MM
        plan_box = (MARGIN, MARGIN, width - 2 * MARGIN - legend_width - 6 * MM, top - MARGIN)
        _plan(canvas, chart, plan_box, paper)
        _legend(canvas, chart, (width - MARGIN - legend_width, MARGIN, legend_width, top - MARGIN))
        canvas.save()
    return 1


def _header(canvas, chart: Chart, width: float, height: float) -> float:  # noqa: ANN001
    """Title, Chinese title, room, time and layout; returns the top of what is below."""
    top = height - MARGIN
    inner = width - 2 * MARGIN
    draw_cell(canvas, f"Seating chart · {chart.title}", MARGIN, top - 7 * MM, inner, 10 * MM,
              20, TEXT, bold=True)  # fmt: skip
    y = top - 7 * MM
    if chart.title_zh:
        y -= 7 * MM
        draw_cell(canvas, f"座位图 · {chart.title_zh}", MARGIN, y, inner, 7 * MM, 13, TEXT)
    y -= 6 * MM
    facts = f"{chart.room}  ·  {chart.when}  ·  {chart.kind.replace('-', ' ')}  ·  {chart.event}"
    draw_cell(canvas, facts, MARGIN, y, inner, 6 * MM, 11, GREY)
    return y - 4 * MM


def _seat_side(chart: Chart, frame: _Frame) -> float:
    return min(_seat_pitch(chart) * frame.scale * 0.8, 15 * MM)


def _label_size(chart: Chart, frame: _Frame) -> float:
    return min(_seat_side(chart, frame) * 0.36, 11.0)


def _plan(canvas, chart: Chart, box: tuple[float, float, float, float], paper: str) -> None:  # noqa: ANN001
    from reportlab.lib.colors import HexColor

    left, bottom, width, height = box
    front_room = 9 * MM  # "CHAIR" / "STAGE" arrow above the plan
    plan_box = (left, bottom, width, height - front_room)
    labelled = _label_size(chart, _frame(chart, plan_box, ())) >= MIN_LABEL
    boxes = _name_boxes(chart, labelled=labelled)
    frame = _frame(chart, plan_box, boxes)
    canvas.setLineWidth(0.6)
    for table in chart.tables:
        _table(canvas, frame, table)
    side = _seat_side(chart, frame)
    label_size = _label_size(chart, frame)
    labelled = label_size >= MIN_LABEL
    canvas.setLineWidth(0.5 if labelled else 0.2)
    for seat in chart.seats:
        x, y = frame.point(seat.x, seat.y)
        chair = seat.tier == "chair"
        canvas.setFillColor(HexColor(CHAIR_FILL if chair else colour_of(seat.number)))
        canvas.setStrokeColor(HexColor(TEXT if seat.number or chair else RULE))
        radius = side * 0.18 if labelled else 0
        canvas.roundRect(x - side / 2, y - side / 2, side, side, radius, stroke=1, fill=1)
        if labelled:
            canvas.setFillColor(HexColor("#ffffff" if chair else TEXT))
            size = min(label_size, side * 0.95 / max(1, len(seat.label)) / 0.56)
            canvas.setFont("Helvetica-Bold", size)
            canvas.drawCentredString(x, y - size * 0.35, seat.label)
    if not labelled:
        _row_names(canvas, chart, frame, side)
    _chair_mark(canvas, chart, frame, side)
    _names(canvas, chart, frame, boxes)


def _table(canvas, frame: _Frame, table: Table) -> None:  # noqa: ANN001
    from reportlab.lib.colors import HexColor

    x, y = frame.point(table.x - table.width / 2, table.y - table.depth / 2)
    w, d = table.width * frame.scale, table.depth * frame.scale
    canvas.setFillColor(HexColor("#e9e4da"))
    canvas.setStrokeColor(HexColor(GREY))
    if table.round:
        canvas.circle(x + w / 2, y + d / 2, w / 2, stroke=1, fill=1)
    else:
        canvas.rect(x, y, w, d, stroke=1, fill=1)
    if table.label:
        canvas.setFillColor(HexColor(GREY))
        size = min(14.0, d * 0.45, w / max(1, len(table.label)) / 0.6)
        canvas.setFont("Helvetica-Bold", size)
        canvas.drawCentredString(x + w / 2, y + d / 2 - size * 0.35, table.label.upper())


def _row_names(canvas, chart: Chart, frame: _Frame, side: float) -> None:  # noqa: ANN001
    """Row letters at both ends of each row, seat numbers above the front row."""
    from reportlab.lib.colors import HexColor

    rows: dict[str, list[ChartSeat]] = {}
    for seat in chart.seats:
        if seat.tier in ("row", "table") and seat.label[:1].isalpha() and "-" not in seat.label:
            rows.setdefault(seat.label.rstrip("0123456789"), []).append(seat)
    if not rows:
        return
    size = max(6.0, min(9.0, abs(frame.scale) * 0.8))
    canvas.setFont("Helvetica-Bold", size)
    canvas.setFillColor(HexColor(TEXT))
    for name, seats in rows.items():
        first = min(seats, key=lambda s: s.x)
        last = max(seats, key=lambda s: s.x)
        x1, y = frame.point(first.x, first.y)
        x2, _ = frame.point(last.x, last.y)
        canvas.drawRightString(x1 - side, y - size * 0.35, name)
        canvas.drawString(x2 + side, y - size * 0.35, name)
    front = max(rows.values(), key=lambda seats: seats[0].y)
    canvas.setFont("Helvetica", max(5.0, size - 2))
    for seat in front:
        number = seat.label.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if number == "1" or int(number) % 5 == 0:
            x, y = frame.point(seat.x, seat.y)
            canvas.drawCentredString(x, y + side * 0.8, number)


def _chair_mark(canvas, chart: Chart, frame: _Frame, side: float) -> None:  # noqa: ANN001
    """ "CHAIR 主席" above the chair's seat (a stage is labelled on its table)."""
    chair = [s for s in chart.seats if s.label == "Chair"]
    if not chair:
        return
    x, y = frame.point(chair[0].x, chair[0].y)
    fitted = fit_text("CHAIR  主席", 40 * MM, 8 * MM, 13, 8, max_lines=1, bold=True)
    draw_fitted(canvas, fitted, x - 20 * MM, y + side / 2 + 1 * MM, 40 * MM, 8 * MM, "center",
                "bottom", TEXT)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _NameBox:
    number: int
    x: float  # centre, m
    y: float
    width: float
    height: float
    over_seats: bool  # drawn on a white ground over a block of seats


def _name_boxes(chart: Chart, *, labelled: bool = False) -> list[_NameBox]:
    """Where each delegation's name goes: beyond the rows of its side of the table at a table
    layout; on its round table; in rows, over its block of seats when it spans three rows
    or more and the seats show no labels, else in the gap above the row where it has the
    most seats (on the desk in a classroom)."""
    if not chart.seats:
        return []
    by_number: dict[int, list[ChartSeat]] = {}
    for seat in chart.seats:
        if seat.number is not None:
            by_number.setdefault(seat.number, []).append(seat)
    ring = chart.kind in ("hollow-square", "u-shape")
    boxes = []
    for number, seats in by_number.items():
        placed = [s for s in seats if s.tier in ("table", "behind")]
        if ring and placed:
            boxes.append(_beyond(number, placed, chart.seats))
            continue
        block = [s for s in seats if s.tier == "row"] or seats
        xs, ys = [s.x for s in block], [s.y for s in block]
        width = max(max(xs) - min(xs) + 0.6, 1.6)
        height = max(min(max(ys) - min(ys) + 0.6, 2.0), 1.2)
        if chart.kind == "rounds":  # on the table, inside its ring of seats
            width, height = min(width, 1.4), min(height, 1.0)
        elif labelled or len({s.y for s in block}) < 3:  # between rows, over its longest run
            row = _longest_row(block)
            xs = [s.x for s in row]
            above = 0.65 if chart.kind == "classroom" else 0.47
            boxes.append(_NameBox(number, (max(xs) + min(xs)) / 2, row[0].y + above,
                                  max(xs) - min(xs) + 0.5, 0.42, False))  # fmt: skip
            continue
        boxes.append(_NameBox(number, (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2,
                              width, height, True))  # fmt: skip
    return boxes


def _longest_row(block: list[ChartSeat]) -> list[ChartSeat]:
    """The seats of a block in the row where it has the most."""
    rows: dict[float, list[ChartSeat]] = {}
    for seat in block:
        rows.setdefault(seat.y, []).append(seat)
    return max(rows.values(), key=len)


def _beyond(number: int, seats: list[ChartSeat], every: Sequence[ChartSeat]) -> _NameBox:
    """A box outside the last row of the room's side a place is on (past free seats too)."""
    cx = (max(s.x for s in every) + min(s.x for s in every)) / 2
    cy = (max(s.y for s in every) + min(s.y for s in every)) / 2
    x = sum(s.x for s in seats) / len(seats)
    y = sum(s.y for s in seats) / len(seats)
    xs, ys = [s.x for s in seats], [s.y for s in seats]
    if abs(x - cx) > abs(y - cy) * 1.2:  # a long side: the name to its left or right
        width, height = 2.6, max(ys) - min(ys) + 0.7
        edge = max(s.x for s in every) + 0.4 if x > cx else min(s.x for s in every) - 0.4
        return _NameBox(number, edge + (width / 2 if x > cx else -width / 2), y, width, height,
                        False)  # fmt: skip
    width, height = max(xs) - min(xs) + 0.7, 1.6
    edge = max(s.y for s in every) + 0.4 if y > cy else min(s.y for s in every) - 0.4
    return _NameBox(number, x, edge + (height / 2 if y > cy else -height / 2), width, height,
                    False)  # fmt: skip


def _names(canvas, chart: Chart, frame: _Frame, boxes: list[_NameBox]) -> None:  # noqa: ANN001
    from reportlab.lib.colors import Color

    names = {entry.number: entry.name for entry in chart.legend}
    for box in boxes:
        w, h = box.width * frame.scale, box.height * frame.scale
        px, py = frame.point(box.x, box.y)
        text = f"{box.number}  {names.get(box.number, '')}"
        fitted = fit_text(text, w, h, 16, 6, max_lines=2, bold=True)
        if box.over_seats:
            tw = max(line.width for line in fitted.lines) * fitted.size + 4
            th = fitted.height() + 3
            canvas.setFillColor(Color(1, 1, 1, alpha=0.85))
            canvas.roundRect(px - tw / 2, py - th / 2, tw, th, 2, stroke=0, fill=1)
        draw_fitted(canvas, fitted, px - w / 2, py - h / 2, w, h, "center", "middle", TEXT)


def _legend(canvas, chart: Chart, box: tuple[float, float, float, float]) -> None:  # noqa: ANN001
    from reportlab.lib.colors import HexColor

    left, bottom, width, height = box
    y = bottom + height
    draw_cell(canvas, "Delegations  代表团", left, y - 5 * MM, width, 7 * MM, 12, TEXT, bold=True)
    draw_cell(canvas, "quota at table + behind · seats held", left, y - 9.5 * MM, width, 4 * MM,
              7.5, GREY)  # fmt: skip
    y -= 12 * MM
    rows = len(chart.legend) + 2
    warnings_room = (5 * MM * min(len(chart.warnings), 4) + 6 * MM) if chart.warnings else 0
    row = min(11 * MM, max(6 * MM, (height - 14 * MM - warnings_room) / max(rows, 1)))
    for entry in chart.legend:
        _swatch(canvas, left, y - row * 0.8, row * 0.7, colour_of(entry.number), str(entry.number))
        text_left = left + row * 0.85
        draw_cell(canvas, entry.name, text_left, y - row * 0.42, width - row - 22 * MM, row / 2,
                  11, TEXT, bold=True)  # fmt: skip
        quota = f"{entry.quota_table} + {entry.quota_behind}"
        held = entry.held == entry.quota_table + entry.quota_behind
        draw_cell(canvas, f"{quota} · {entry.held}", left + width - 20 * MM, y - row * 0.42,
                  20 * MM, row / 2, 9, TEXT if held else WARN, bold=not held)  # fmt: skip
        draw_cell(canvas, seat_ranges(chart.seats, entry.number), text_left, y - row * 0.82,
                  width - row, row / 2.6, 7.5, GREY)  # fmt: skip
        y -= row
    y -= 1 * MM
    _swatch(canvas, left, y - row * 0.8, row * 0.7, CHAIR_FILL, "")
    draw_cell(canvas, "Chair  主席", left + row * 0.85, y - row * 0.5, width, row / 2, 10, TEXT)
    y -= row
    _swatch(canvas, left, y - row * 0.8, row * 0.7, FREE_FILL, "")
    draw_cell(canvas, "Free seat  空座", left + row * 0.85, y - row * 0.5, width, row / 2, 10, TEXT)
    y -= row + 2 * MM
    canvas.setStrokeColor(HexColor(RULE))
    for warning in chart.warnings[:4]:
        fitted = fit_text(f"! {warning}", width, 9 * MM, 8.5, 5.5, max_lines=2)
        draw_fitted(canvas, fitted, left, y - 9 * MM, width, 9 * MM, "left", "top", WARN)
        y -= 5 * MM * len(fitted.lines) + 1 * MM


def _swatch(canvas, x: float, y: float, side: float, fill: str, text: str) -> None:  # noqa: ANN001, PLR0913
    from reportlab.lib.colors import HexColor

    canvas.setFillColor(HexColor(fill))
    canvas.setStrokeColor(HexColor(TEXT))
    canvas.setLineWidth(0.5)
    canvas.roundRect(x, y, side, side, side * 0.18, stroke=1, fill=1)
    if text:
        canvas.setFillColor(HexColor(TEXT))
        size = min(11.0, side * 0.55)
        canvas.setFont("Helvetica-Bold", size)
        canvas.drawCentredString(x + side / 2, y + side / 2 - size * 0.35, text)
