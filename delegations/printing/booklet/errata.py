"""A4 papers around the booklet: the "Errata since version N" sheet and the door sheets.

Both use the booklet's palette and type (`typography`) and its multi-script paragraphs
(`flow`), so names and titles print in their own scripts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from delegations.printing import words
from delegations.printing.booklet.flow import ShapedParagraph, Span, escape, para
from delegations.printing.booklet.model import (
    BookletEvent,
    DoorSheet,
    Errata,
    ProgrammeSession,
)
from delegations.printing.booklet.typography import (
    BAND,
    GOLD,
    GREY,
    INK,
    LIGHT,
    NAVY,
    RULE,
    WHITE,
    day_long,
    day_zh,
    styles_for,
    table_style,
)
from delegations.progress import Cancelled, Progress, never, no_progress

MARGIN = 18 * mm
ROLE_KEYS = {"keynote": "keynote", "panellist": "panellist", "moderator": "moderator",
             "chair": "chair"}  # fmt: skip


class _A4Doc(BaseDocTemplate):
    def __init__(self, target, event: BookletEvent, title: str, footer: str) -> None:  # noqa: ANN001
        st = styles_for(1.25)
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN + 6 * mm, title=title, author=event.name, subject=title,
            creator="Delegations", initialFontName=st.body.fontName, initialFontSize=9,
        )  # fmt: skip
        self.event, self.footer = event, footer
        frame = Frame(
            MARGIN, MARGIN + 6 * mm, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - 6 * mm,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates([PageTemplate("a4", [frame], onPageEnd=self._foot)])

    def _foot(self, canvas, doc) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor(RULE))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, MARGIN + 2 * mm, A4[0] - MARGIN, MARGIN + 2 * mm)
        foot = ShapedParagraph([Span(self.footer)], size=8, color=GREY)
        foot.wrap(A4[0] - 2 * MARGIN - 20 * mm, 30)
        foot.drawOn(canvas, MARGIN, MARGIN - 3 * mm)
        canvas.setFont(styles_for(1.25).body.fontName, 8)
        canvas.setFillColor(colors.HexColor(NAVY))
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm, str(canvas.getPageNumber()))
        canvas.restoreState()


class _Band(Flowable):
    """A navy band across the frame with a title, the title's Chinese beneath (if any) and a
    smaller last line, in white."""

    def __init__(
        self, title: Sequence[Span], subtitle: Sequence[Span], size: float, beneath: str = ""
    ) -> None:
        super().__init__()
        self.title = ShapedParagraph(title, size=size, color=WHITE, leading=size * 1.2)
        self.beneath = ShapedParagraph([Span(beneath)], size=size * 0.62, color=WHITE,
                                       leading=size * 0.8)  # fmt: skip
        self.has_beneath = bool(beneath)
        self.subtitle = ShapedParagraph(subtitle, size=size * 0.42, color="#d9e1ec")
        self.pad = 6 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        inner = availWidth - 2 * self.pad
        _, h1 = self.title.wrap(inner, availHeight)
        _, h2 = self.subtitle.wrap(inner, availHeight)
        h3 = self.beneath.wrap(inner, availHeight)[1] + 1 * mm if self.has_beneath else 0
        self.width, self.height = availWidth, h1 + h2 + h3 + 2 * self.pad + 2 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(colors.HexColor(NAVY))
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor(GOLD))
        canvas.rect(0, 0, self.width, 1.4, stroke=0, fill=1)
        self.subtitle.drawOn(canvas, self.pad, self.pad)
        y = self.pad + self.subtitle.height + 2 * mm
        if self.has_beneath:
            self.beneath.drawOn(canvas, self.pad, y)
            y += self.beneath.height + 1 * mm
        self.title.drawOn(canvas, self.pad, y)


def _people(session: ProgrammeSession, size: float) -> list[Span]:
    spans: list[Span] = []

    def label(role: str) -> str:
        return words.both(ROLE_KEYS[role]) if role in ROLE_KEYS else role.title()

    people = ([(label("chair"), session.chair)] if session.chair else []) + [
        (label(ref.role), ref.person) for ref in session.speakers
    ]
    for index, (role, person) in enumerate(people):
        if index:
            spans.append(Span(" · ", color=LIGHT))
        spans.append(Span(f"{role} ", color=GREY))
        spans.append(Span(person.name or person.native, color=INK))
        if person.native and person.name:
            spans.append(Span(" " + person.native, color=GREY))
    return spans


# Errata --------------------------------------------------------------------------------------


def render_errata(out: BinaryIO | Path | str, errata: Errata) -> int:
    """Write the errata sheet (A4, one page or more); returns the number of pages."""
    st = styles_for(1.2)
    event = errata.event
    number = re.search(r"\d+", errata.since)
    title = (words.english("errata_since", number=number.group()) if number
             else f"Errata since {errata.since.split(',')[0]}")  # fmt: skip
    beneath = words.chinese("errata_since", number=number.group()) if number else ""
    doc = _A4Doc(out, event, f"{event.name} — {title}",
                 f"{event.name} · {event.version}")  # fmt: skip
    story: list[Flowable] = [
        _Band(
            [Span(title, bold=True)],
            [Span(f"{event.name} · changes to the programme since {errata.since}")],
            26,
            beneath=beneath or words.chinese("errata"),
        ),
        Spacer(1, 6 * mm),
    ]
    if not errata.entries:
        story.append(Paragraph(
            escape(f"No changes since {errata.since}: the printed programme is up to date."),
            st.body_left,
        ))  # fmt: skip
    else:
        count = len(errata.entries)
        story.append(Paragraph(escape(
            f"{count} {'change' if count == 1 else 'changes'} to the programme since "
            f"{errata.since}. Please note them in your booklet."
        ), st.body_left))  # fmt: skip
        story.append(Spacer(1, 3 * mm))
        width = A4[0] - 2 * MARGIN
        when_w, kind_w = 30 * mm, 24 * mm
        head = [
            para(words.both(t).upper(), st.label, bold=True) for t in ("when", "session", "change")
        ]
        rows: list[list] = [head]
        for entry in errata.entries:
            when = []
            if entry.day:
                when.append(Paragraph(escape(day_long(entry.day)), st.time))
            if entry.start:
                when.append(Paragraph(f"{entry.start:%H:%M}", st.meta))
            session = [ShapedParagraph([Span(entry.title_en, bold=True)], size=9.5,
                                       leading=12.5)]  # fmt: skip
            if entry.title_zh:
                session.append(ShapedParagraph([Span(entry.title_zh)], size=9, color=NAVY))
            label = (words.both(entry.kind) if entry.kind in words.WORDS
                     else entry.kind.capitalize())  # fmt: skip
            session.append(ShapedParagraph(
                [Span(label.upper() + "  ", bold=True, color=GOLD), Span(entry.sentence)],
                size=9, leading=12.5, space_before=2,
            ))  # fmt: skip
            change = []
            if entry.before:
                change.append(
                    ShapedParagraph(
                        [
                            Span(words.both("was") + " ", color=GREY),
                            Span(entry.before, color=LIGHT),
                        ],
                        size=8.4,
                    )
                )
            if entry.after:
                change.append(
                    ShapedParagraph(
                        [Span(words.both("now") + " ", color=GREY), Span(entry.after, bold=True)],
                        size=8.4,
                    )
                )
            rows.append([when, session, change or [Paragraph("—", st.meta)]])
        table = Table(
            rows, colWidths=[when_w, width - when_w - kind_w * 2.4, kind_w * 2.4],
            repeatRows=1, splitByRow=1,
        )  # fmt: skip
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.HexColor(NAVY)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor(RULE)),
        ]))  # fmt: skip
        story.append(table)
    doc.build(story)
    return doc.page


# Door sheets ---------------------------------------------------------------------------------


def _door_page(
    sheet: DoorSheet, event: BookletEvent, width: float, height: float
) -> list[Flowable]:
    floor = words.both("floor_number", floor=sheet.floor) if sheet.floor else ""
    today = words.both("door_sheet")
    band = _Band(
        [Span(sheet.room, bold=True)],
        [Span(" · ".join(p for p in (today, floor) if p))],
        34,
        beneath=f"{day_long(sheet.day)}   {day_zh(sheet.day)}",
    )
    rows: list[list] = []
    for session in sheet.sessions:
        time_cell = [
            ShapedParagraph([Span(f"{session.start:%H:%M}", bold=True)], size=24, color=NAVY),
            ShapedParagraph([Span(f"to {session.end:%H:%M}")], size=12, color=GREY),
        ]
        body: list[Flowable] = [
            ShapedParagraph([Span(session.title_en, bold=True)], size=19, leading=23,
                            color=INK if not session.is_break else GREY),
        ]  # fmt: skip
        if session.title_zh:
            body.append(ShapedParagraph([Span(session.title_zh)], size=16, leading=22, color=NAVY))
        people = _people(session, 11)
        if people:
            body.append(ShapedParagraph(people, size=11.5, leading=15, space_before=4))
        rows.append([time_cell, body])
    time_w = 36 * mm
    table = Table(rows, colWidths=[time_w, width - time_w])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 10),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
        ("LINEBELOW", (0, 0), (-1, -2), 0.6, colors.HexColor(RULE)),
    ]))  # fmt: skip
    band.wrap(width, height)
    return [band, Spacer(1, 8 * mm),
            KeepInFrame(width, height - band.height - 8 * mm - 2, [table], mode="shrink")]  # fmt: skip


def render_door_sheets(
    out: BinaryIO | Path | str,
    event: BookletEvent,
    sheets: Sequence[DoorSheet],
    *,
    progress: Progress = no_progress,
    cancelled: Cancelled = never,
) -> int | None:
    """One A4 page per room per day; returns the pages written, None when cancelled."""
    doc = _A4Doc(out, event, f"{event.name} — {words.english('door_sheets')}",
                 f"{event.name} · {event.version}")  # fmt: skip
    width, height = A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - 6 * mm
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        if cancelled():
            return None
        if index:
            story.append(PageBreak())
        story.extend(_door_page(sheet, event, width, height))
        progress(index + 1, len(sheets) + 1)
    doc.build(story)
    progress(len(sheets) + 1, len(sheets) + 1)
    return doc.page


__all__ = ["BAND", "render_door_sheets", "render_errata"]
