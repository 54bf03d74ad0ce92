"""Rooms and venue: the venue, and each room's floor, seats and number of sessions."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from delegations.printing.booklet.context import Context
from delegations.printing.booklet.flow import ShapedParagraph, Span, escape, para
from delegations.printing.booklet.flowables import (
    restyled,
)
from delegations.printing.booklet.typography import (
    BAND,
    NAVY,
    WHITE,
    table_style,
)


def rooms(ctx: Context) -> list[Flowable]:
    st, event = ctx.st, ctx.booklet.event
    out = ctx.chapter("rooms")
    if event.venue or event.city:
        out.append(ShapedParagraph([Span(event.venue, bold=True)], size=10 * st.s, color=NAVY))
        if event.city:
            out.append(para(event.city, st.meta))
        out.append(Spacer(1, 8 * st.s))
    head = restyled(st.label, textColor=WHITE)
    titles = ("room", "floor", "seats", "sessions")
    rows: list[list] = [[para(ctx.words(t).upper(), head, bold=True) for t in titles]]
    for room in ctx.booklet.rooms:
        rows.append([
            ShapedParagraph([Span(room.name, bold=True)], size=8.6 * st.s),
            Paragraph(escape(room.floor or "—"), st.body_left),
            Paragraph(str(room.capacity) if room.capacity else "—", st.body_left),
            Paragraph(str(room.sessions), st.body_left),
        ])  # fmt: skip
    numbers = 17 * mm * st.s
    table = Table(rows, colWidths=[ctx.w - 3 * numbers, numbers, numbers, numbers], repeatRows=1)
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(NAVY)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor(BAND)]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.HexColor(NAVY)),
    ]))  # fmt: skip
    out.append(table)
    out.append(Spacer(1, 10 * st.s))
    out.append(para(ctx.words("rooms_note"), st.meta))
    return out
