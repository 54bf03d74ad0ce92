"""Bilateral meetings on paper: a delegation's schedule (A4) and a bilateral room's door sheet
for a day, in the booklet's palette, type and band (as its door sheets look)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer, Table

from delegations.printing.booklet.errata import MARGIN, _A4Doc, _Band
from delegations.printing.booklet.flow import ShapedParagraph, Span
from delegations.printing.booklet.model import BookletEvent
from delegations.printing.booklet.typography import (
    GREY,
    INK,
    LIGHT,
    NAVY,
    RULE,
    day_long,
    day_zh,
    table_style,
)

TITLE_ZH = "双边会见"


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """One scheduled meeting as printed; `participants` are (delegation, name) pairs."""

    day: dt.date
    start: dt.time
    end: dt.time
    title: str  # "Viet Nam – Thailand" on the door; the counterpart on a delegation's schedule
    room: str = ""
    floor: str = ""
    participants: tuple[tuple[str, str], ...] = ()
    languages: str = ""
    interpretation: str = ""
    notes: str = ""


def _participants(row: MeetingRow, size: float) -> ShapedParagraph | None:
    spans: list[Span] = []
    side = None
    for delegation, name in row.participants:
        if delegation != side:
            if spans:
                spans.append(Span("  ·  ", color=LIGHT))
            spans.append(Span(f"{delegation}: ", color=GREY))
            side = delegation
        else:
            spans.append(Span(", ", color=GREY))
        spans.append(Span(name, color=INK))
    return ShapedParagraph(spans, size=size, leading=size * 1.3, space_before=3) if spans else None


def _talk(row: MeetingRow) -> str:
    parts = [f"Languages: {row.languages}" if row.languages else "",
             f"Interpretation: {row.interpretation}" if row.interpretation else "", row.notes]  # fmt: skip
    return "  ·  ".join(p for p in parts if p)


def _time_cell(row: MeetingRow, size: float) -> list[Flowable]:
    return [
        ShapedParagraph([Span(f"{row.start:%H:%M}", bold=True)], size=size, color=NAVY),
        ShapedParagraph([Span(f"to {row.end:%H:%M}")], size=size / 2, color=GREY),
    ]


def _table(rows: list[list], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=0)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ("LINEBELOW", (0, 0), (-1, -2), 0.6, colors.HexColor(RULE)),
    ]))  # fmt: skip
    return table


def render_delegation_schedules(
    out: BinaryIO | Path | str,
    event: BookletEvent,
    schedules: Sequence[tuple[str, Sequence[MeetingRow]]],
) -> int:
    """Each delegation's meetings in time order, a heading per day, each delegation from a
    new page; `schedules` are (delegation, meetings). Returns the pages written."""
    title = (f"Bilateral meetings — {schedules[0][0]}" if len(schedules) == 1
             else "Bilateral meetings")  # fmt: skip
    doc = _A4Doc(out, event, f"{event.name} — {title}", f"{event.name} · {title}")
    story: list[Flowable] = []
    for index, (delegation, meetings) in enumerate(schedules):
        if index:
            story.append(PageBreak())
        story.extend(_schedule(event, delegation, meetings))
    doc.build(story)
    return doc.page


def _schedule(event: BookletEvent, delegation: str, meetings: Sequence[MeetingRow]) -> list:
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = [
        _Band([Span(delegation, bold=True)], [Span(f"Bilateral meetings · {event.name}")], 28,
              beneath=TITLE_ZH),
        Spacer(1, 6 * mm),
    ]  # fmt: skip
    if not meetings:
        story.append(ShapedParagraph([Span("No bilateral meeting is scheduled.")], size=12))
    time_w, room_w = 28 * mm, 42 * mm
    for day in sorted({m.day for m in meetings}):
        story.append(ShapedParagraph([Span(day_long(day), bold=True), Span("   " + day_zh(day))],
                                     size=13, color=NAVY, space_before=4))  # fmt: skip
        rows = []
        for row in sorted((m for m in meetings if m.day == day), key=lambda m: m.start):
            body: list[Flowable] = [ShapedParagraph([Span(f"with {row.title}", bold=True)],
                                                    size=13, leading=16)]  # fmt: skip
            people = _participants(row, 9.5)
            if people is not None:
                body.append(people)
            if _talk(row):
                body.append(ShapedParagraph([Span(_talk(row))], size=8.5, color=GREY,
                                            space_before=2))  # fmt: skip
            room = [ShapedParagraph([Span(row.room, bold=True)], size=10.5)]
            if row.floor:
                room.append(ShapedParagraph([Span(f"Floor {row.floor}")], size=8.5, color=GREY))
            rows.append([_time_cell(row, 16), body, room])
        story.append(_table(rows, [time_w, width - time_w - room_w, room_w]))
        story.append(Spacer(1, 4 * mm))
    return story


def render_room_door_sheet(
    out: BinaryIO | Path | str,
    event: BookletEvent,
    room: str,
    floor: str,
    day: dt.date,
    meetings: Sequence[MeetingRow],
) -> int:
    """One A4 page for a bilateral room's door on a day: the booklet's door-sheet band, then
    each meeting's time, sides and participants."""
    doc = _A4Doc(out, event, f"{event.name} — {room}", f"{event.name} · {room}")
    width, height = A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - 6 * mm
    subtitle = " · ".join(p for p in (f"Bilateral meetings {TITLE_ZH}",
                                      f"Floor {floor}" if floor else "") if p)  # fmt: skip
    band = _Band([Span(room, bold=True)], [Span(subtitle)], 34,
                 beneath=f"{day_long(day)}   {day_zh(day)}")  # fmt: skip
    rows = []
    for row in sorted(meetings, key=lambda m: m.start):
        body: list[Flowable] = [ShapedParagraph([Span(row.title, bold=True)], size=19, leading=23)]
        people = _participants(row, 11.5)
        if people is not None:
            body.append(people)
        if _talk(row):
            body.append(ShapedParagraph([Span(_talk(row))], size=10, color=GREY, space_before=2))
        rows.append([_time_cell(row, 24), body])
    if not rows:
        rows = [["", ShapedParagraph([Span("No bilateral meeting this day.")], size=14)]]
    time_w = 36 * mm
    band.wrap(width, height)
    story = [band, Spacer(1, 8 * mm),
             KeepInFrame(width, height - band.height - 8 * mm - 2,
                         [_table(rows, [time_w, width - time_w])], mode="shrink")]  # fmt: skip
    doc.build(story)
    return doc.page
