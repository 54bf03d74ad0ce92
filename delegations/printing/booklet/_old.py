"""The printed programme booklet (ReportLab platypus), A5 by default, A4 on request.

Order of the book: cover; inside cover (colophon); welcome; contents; the programme, each
day opening on a right-hand (odd) page; session details; speakers with biographies and
photos; the delegations in protocol order; rooms and venue; the index of speakers; "Notes"
pages and a back cover so that the page count is a multiple of four (saddle stitching).

Page numbers are physical: the cover is page 1. The book is laid out twice: the first pass
records on which page every heading and every mention of a speaker lands; the second prints
the contents and the index with those numbers. Nothing before the index changes size
between the passes (the contents has a fixed number of rows and a fixed column for the
numbers), so the numbers of the second pass are the pages of the second pass; only the index
itself may grow, and the padding to a multiple of four is decided while laying out, at the
very end. `BookletResult.headings` and `.marks` report where things are, for tests.

Every name and title goes through `printing.flow.ShapedParagraph` (the badge work's script
runs and shaping); Latin body text through ReportLab's `Paragraph`.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import BalancedColumns

from delegations.domain.errors import InvalidInput
from delegations.domain.photos import square_photo
from delegations.printing.flow import ShapedParagraph, Span, escape, para
from delegations.printing.programme_model import (
    Booklet,
    DelegationEntry,
    DelegationMember,
    PersonRef,
    ProgrammeSession,
)
from delegations.printing.typography import (
    BAND,
    GOLD,
    GREY,
    INK,
    LIGHT,
    NAVY,
    RULE,
    WHITE,
    Paper,
    Styles,
    day_long,
    day_zh,
    paper_for,
    styles_for,
    table_style,
)
from delegations.progress import Cancelled, Progress, never, no_progress

log = logging.getLogger(__name__)

PLACEHOLDER_PAGE = 888  # first pass: as wide as any real page number of a booklet

ROLE_LABELS = {
    "keynote": ("Keynote", "Keynote speakers"),
    "panellist": ("Panellist", "Panellists"),
    "moderator": ("Moderator", "Moderators"),
    "chair": ("Chair", "Chairs"),
}


class Cancelled_(Exception):  # noqa: N801 (private signal, not an error)
    """Raised inside the layout when the caller's `cancelled()` says so."""


@dataclass(slots=True)
class BookletResult:
    pages: int = 0
    cancelled: bool = False
    headings: dict[str, tuple[str, int, int]] = field(
        default_factory=dict
    )  # key -> (title, level, page)
    marks: dict[str, list[int]] = field(default_factory=dict)  # "sp12" -> pages naming speaker 12


# Flowables with a job in the layout ------------------------------------------------------


class RectoBreak(ActionFlowable):
    """Continue on the next right-hand (odd) page, leaving a blank left-hand page if needed."""

    def __init__(self) -> None:
        super().__init__()


class FinishBook(ActionFlowable):
    """Add "Notes" pages and the back cover so that the book has a multiple of 4 pages."""

    def __init__(self, notes: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.notes = notes


class Heading(Paragraph):
    """A heading that is listed in the contents and the PDF outline."""

    def __init__(  # noqa: PLR0913
        self,
        text: str,
        style,  # noqa: ANN001
        key: str | None,
        title: str,
        level: int,
        running: str,
        opens: bool = True,
    ) -> None:
        super().__init__(text, style)
        self.key, self.title, self.level, self.running = key, title, level, running
        self.opens = opens  # a chapter or day opens here: no running head on this page


def _mark(flowable: Flowable, keys: Sequence[str]) -> Flowable:
    flowable._marks = tuple(keys)  # noqa: SLF001 (read by BookletDoc.afterFlowable)
    return flowable


# The document ------------------------------------------------------------------------------


class BookletDoc(BaseDocTemplate):
    def __init__(self, target, booklet: Booklet, paper: Paper, **kw) -> None:  # noqa: ANN001, ANN003
        self.booklet, self.paper = booklet, paper
        self.st = styles_for(paper.scale)
        super().__init__(
            target,
            pagesize=(paper.width, paper.height),
            leftMargin=paper.inner,
            rightMargin=paper.outer,
            topMargin=paper.top,
            bottomMargin=paper.bottom,
            title=f"{booklet.event.name} — Programme",
            author=booklet.event.name,
            subject=f"Programme booklet; {booklet.event.version}",
            creator="Delegations",
            keywords="programme, agenda, speakers, delegations",
            initialFontName=styles_for(paper.scale).body.fontName,
            initialFontSize=9,
            **kw,
        )
        frame = Frame(
            paper.inner, paper.bottom, paper.frame_width, paper.frame_height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )  # fmt: skip
        self.addPageTemplates([
            PageTemplate("cover", [frame], onPageEnd=self._draw_cover),
            PageTemplate("body", [frame], onPageEnd=self._draw_running),
            PageTemplate("back", [frame], onPageEnd=self._draw_back),
        ])  # fmt: skip
        self.headings: dict[str, tuple[str, int, int]] = {}
        self.marks: dict[str, list[int]] = {}
        self._running = ""
        self._page_running = ""
        self._page_opening = False
        self._page_heading_seen = False

    # layout hooks

    dry_run = False  # True: a pass that only finds the pages; shaped text is not drawn

    def handle_documentBegin(self) -> None:  # noqa: N802 (ReportLab override)
        super().handle_documentBegin()
        self.canv.dry_run = self.dry_run

    def handle_pageBegin(self) -> None:  # noqa: N802 (ReportLab override)
        super().handle_pageBegin()
        self._page_running = self._running
        self._page_opening = False
        self._page_heading_seen = False

    def handle_flowable(self, flowables: list) -> None:
        first = flowables[0]
        if isinstance(first, RectoBreak):
            del flowables[0]
            if not self.frame._atTop:  # noqa: SLF001
                flowables[0:0] = [PageBreak(), first]
            elif self.page % 2 == 0:
                flowables[0:0] = [PageBreak()]  # a blank left-hand page
            return
        if isinstance(first, FinishBook):
            del flowables[0]
            notes_needed = (-(self.page + 1)) % 4  # the back cover is the last page
            extra: list[Flowable] = []
            for _ in range(notes_needed):
                extra += [PageBreak(), *first.notes()]
            extra += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
            flowables[0:0] = extra
            return
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        page = self.page
        if isinstance(flowable, Heading):
            if flowable.key:
                self.headings[flowable.key] = (flowable.title, flowable.level, page)
                self.canv.bookmarkPage(flowable.key)
                self.canv.addOutlineEntry(
                    flowable.title, flowable.key, flowable.level, closed=flowable.level == 0
                )
            self._running = flowable.running
            if not self._page_heading_seen:
                self._page_running = flowable.running
                self._page_heading_seen = True
            if flowable.opens:
                self._page_opening = True
        if getattr(flowable, "quiet_page", False):
            self._page_opening = True  # the inside cover: no running head
        for key in getattr(flowable, "_marks", ()):
            pages = self.marks.setdefault(key, [])
            if not pages or pages[-1] != page:
                pages.append(page)

    # page decoration

    def _draw_running(self, canvas, doc) -> None:  # noqa: ANN001
        if self._curPageFlowableCount == 0:
            return  # a blank page stays blank
        paper, st = self.paper, self.st
        page = canvas.getPageNumber()
        recto = page % 2 == 1
        left, right = paper.inner, paper.width - paper.outer
        canvas.saveState()
        if not self._page_opening:
            y = paper.height - paper.top + 7 * mm * paper.scale
            text = self._page_running if recto else self.booklet.event.name
            running = ShapedParagraph(
                [Span(text)], size=6.8 * st.s, color=GREY, align="right" if recto else "left"
            )
            _, height = running.wrap(paper.frame_width, 40)
            running.drawOn(canvas, left, y)
            canvas.setStrokeColor(colors.HexColor(RULE))
            canvas.setLineWidth(0.4)
            canvas.line(left, y - 2.2 * st.s, right, y - 2.2 * st.s)
        canvas.setFont(st.body.fontName, 7.6 * st.s)
        canvas.setFillColor(colors.HexColor(NAVY))
        y = paper.bottom - 10 * mm * paper.scale
        if recto:
            canvas.drawRightString(right, y, str(page))
        else:
            canvas.drawString(left, y, str(page))
        canvas.restoreState()

    def _draw_cover(self, canvas, doc) -> None:  # noqa: ANN001
        draw_cover(canvas, self.booklet, self.paper, self.st)

    def _draw_back(self, canvas, doc) -> None:  # noqa: ANN001
        paper, st, event = self.paper, self.st, self.booklet.event
        canvas.saveState()
        lines = [Span(event.name, bold=True, color=NAVY)]
        block = ShapedParagraph(lines, size=8 * st.s, align="center")
        block.wrap(paper.frame_width, 100)
        block.drawOn(canvas, paper.inner, paper.bottom + 14 * mm)
        small = ShapedParagraph(
            [Span(" · ".join(p for p in (event.dates, event.venue) if p))],
            size=7 * st.s, color=GREY, align="center",
        )  # fmt: skip
        small.wrap(paper.frame_width, 100)
        small.drawOn(canvas, paper.inner, paper.bottom + 8 * mm)
        canvas.setStrokeColor(colors.HexColor(GOLD))
        canvas.setLineWidth(0.8)
        mid = paper.width / 2
        canvas.line(mid - 8 * mm, paper.bottom + 21 * mm, mid + 8 * mm, paper.bottom + 21 * mm)
        canvas.restoreState()


# The cover -----------------------------------------------------------------------------------


def draw_cover(canvas, booklet: Booklet, paper: Paper, st: Styles) -> None:  # noqa: ANN001
    event = booklet.event
    s = paper.scale
    width, height = paper.width, paper.height
    left, frame_width = paper.inner, paper.frame_width
    canvas.saveState()
    # The navy panel at the foot of the page, bled off the edges.
    panel = height * 0.30
    canvas.setFillColor(colors.HexColor(NAVY))
    canvas.rect(0, 0, width, panel, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor(GOLD))
    canvas.rect(0, panel, width, 1.6 * s, stroke=0, fill=1)

    y = height - paper.top - 6 * mm
    canvas.setStrokeColor(colors.HexColor(GOLD))
    canvas.setLineWidth(1.2)
    canvas.line(left, y, left + 16 * mm, y)
    y -= 10 * mm

    title = ShapedParagraph([Span(event.name, bold=True)], size=23 * s, leading=27 * s, color=NAVY)
    title.wrap(frame_width, height)
    title.drawOn(canvas, left, y - title.height)
    y -= title.height + 5 * mm
    if event.name_zh:
        title_zh = ShapedParagraph([Span(event.name_zh)], size=15 * s, leading=20 * s, color=NAVY)
        title_zh.wrap(frame_width, height)
        title_zh.drawOn(canvas, left, y - title_zh.height)
        y -= title_zh.height + 8 * mm

    # "Programme" in the quiet space above the panel.
    word = ShapedParagraph([Span("Programme")], size=26 * s, color=GOLD)
    word.wrap(frame_width, height)
    word_zh = ShapedParagraph([Span("会议手册")], size=13 * s, color=GOLD)
    word_zh.wrap(frame_width, height)
    base = panel + 12 * mm
    word_zh.drawOn(canvas, left, base)
    word.drawOn(canvas, left, base + word_zh.height + 1 * mm)

    # Dates, venue and the programme version in the panel.
    y = panel - 14 * mm
    for text, size, color, bold in (
        (event.dates, 13 * s, WHITE, True),
        (event.venue, 9 * s, "#d9e1ec", False),
        (event.city, 9 * s, "#d9e1ec", False),
    ):
        if not text:
            continue
        line = ShapedParagraph([Span(text, bold=bold)], size=size, color=color)
        line.wrap(frame_width, height)
        line.drawOn(canvas, left, y - line.height)
        y -= line.height + 1.2 * mm
    version = ShapedParagraph([Span(event.version)], size=7.4 * s, color="#c9a45c")
    version.wrap(frame_width, height)
    version.drawOn(canvas, left, paper.bottom * 0.75)
    canvas.restoreState()


# Building blocks ------------------------------------------------------------------------


class _Builder:
    """Builds the story; `pages` are the heading and mark pages of the previous pass."""

    def __init__(
        self,
        booklet: Booklet,
        paper: Paper,
        headings: dict[str, tuple[str, int, int]] | None,
        marks: dict[str, list[int]] | None,
    ) -> None:
        self.b, self.paper, self.st = booklet, paper, styles_for(paper.scale)
        self.headings = headings or {}
        self.marks = marks or {}
        self.toc: list[tuple[str, str, int]] = []  # key, title, level
        self.photos: dict[int, bytes | None] = {}
        self.w = paper.frame_width

    # primitives

    def names(
        self, person: PersonRef, size: float, bold: bool = False, color: str = INK
    ) -> list[Span]:
        spans = [Span(person.name or person.native, bold=bold, color=color)]
        if person.native and person.name:
            spans.append(Span(" " + person.native, color=GREY if not bold else color, bold=bold))
        return spans

    def heading(
        self,
        key: str,
        title: str,
        level: int,
        style,  # noqa: ANN001
        running: str,
        markup: str | None = None,
        in_toc: bool = True,
    ) -> Heading:
        if in_toc:
            self.toc.append((key, title, level))
        flowable = Heading(markup or escape(title), style, key, title, level, running)
        flowable.keepWithNext = True
        return flowable

    def chapter(self, key: str, title: str, title_zh: str, recto: bool = False) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [RectoBreak() if recto else PageBreak()]
        out.append(Spacer(1, 14 * mm * st.s))
        out.append(ShapedParagraph([Span(title_zh)], size=8.6 * st.s, color=GOLD,
                                   keep_with_next=True, space_after=1.5 * st.s))  # fmt: skip
        head = self.heading(key, title, 0, st.chapter, title)
        out.append(head)
        out.append(_Rule(self.w * 0.12, GOLD, 1.0, space_before=2 * st.s, space_after=10 * st.s))
        return out

    def page_ref(self, key: str) -> str:
        entry = self.headings.get(key)
        return str(entry[2]) if entry else str(PLACEHOLDER_PAGE)

    # sections

    def welcome(self) -> list[Flowable]:
        event, st = self.b.event, self.st
        out = self.chapter("welcome", "Welcome", "欢迎辞")
        for paragraph in (event.welcome or "").split("\n"):
            if paragraph.strip():
                out.append(para(paragraph.strip(), st.body))
        if not (event.welcome or "").strip():
            out.append(Paragraph(escape(
                f"Welcome to {event.name}. This booklet holds the programme day by day, the "
                "sessions in detail, the speakers, the delegations and the rooms."
            ), st.body))  # fmt: skip
        out.append(Spacer(1, 8 * st.s))
        facts = [
            ("Dates", event.dates),
            ("Venue", ", ".join(p for p in (event.venue, event.city) if p)),
            ("Times", f"local time ({event.time_zone})" if event.time_zone else ""),
            ("Edition", event.version),
        ]
        rows = [
            [Paragraph(label.upper(), st.label), para(value, st.body_left)]
            for label, value in facts
            if value
        ]
        if rows:
            table = Table(rows, colWidths=[22 * mm * st.s, self.w - 22 * mm * st.s])
            table.setStyle(table_style([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor(GOLD)),
            ]))  # fmt: skip
            out.append(table)
        return out

    def contents(self, entries: list[tuple[str, str, int]]) -> list[Flowable]:
        st = self.st
        out = self.chapter("contents", "Contents", "目录")
        rows, styles = (
            [],
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ],
        )
        for index, (key, title, level) in enumerate(entries):
            style = st.toc0 if level == 0 else st.toc1
            link = f'<a href="#{key}">{escape(title)}</a>'
            page = self.page_ref(key)
            rows.append([Paragraph(link, style), Paragraph(page, st.toc_page)])
            if level == 0:
                styles.append(("TOPPADDING", (0, index), (-1, index), 6 * st.s))
                if index:
                    styles.append(
                        ("LINEABOVE", (0, index), (-1, index), 0.3, colors.HexColor(RULE))
                    )
        table = Table(rows, colWidths=[self.w - 14 * mm, 14 * mm], repeatRows=0)
        table.setStyle(table_style(styles))
        out.append(table)
        return out

    def programme(self) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = []
        by_day: dict = {}
        for s in self.b.sessions:
            by_day.setdefault(s.day, []).append(s)
        self.toc.append(("programme", "Programme", 0))
        first = True
        for day, sessions in sorted(by_day.items()):
            key = f"day-{day:%Y%m%d}"
            out.append(RectoBreak())
            out.append(Spacer(1, 10 * mm * st.s))
            out.append(ShapedParagraph(
                [Span("PROGRAMME", bold=True), Span("   日程   "), Span(day_zh(day))],
                size=7.6 * st.s, color=GOLD, keep_with_next=True, space_after=2 * st.s,
            ))  # fmt: skip
            if first:
                # The chapter's own outline entry and contents line point at the first day.
                anchor = Heading("", st.small, "programme", "Programme", 0, "Programme")
                anchor.keepWithNext = True
                out.append(anchor)
                first = False
            title = day_long(day)
            out.append(self.heading(key, title, 1, st.day, f"Programme · {title}"))
            out.append(_Rule(self.w, NAVY, 0.9, space_before=4 * st.s, space_after=2 * st.s))
            for agenda_session in sessions:
                out.append(self.session_row(agenda_session))
        return out

    def session_row(self, s: ProgrammeSession) -> Flowable:
        st = self.st
        time_width = 19 * mm * st.s
        if s.is_break:
            time_cell = Paragraph(
                s.times, _with(st.time, textColor=LIGHT, fontName=st.body.fontName)
            )
            spans = [Span(s.title_en, color=GREY)]
            if s.title_zh:
                spans.append(Span("  " + s.title_zh, color=LIGHT))
            if s.room:
                spans.append(Span(" · " + s.room, color=LIGHT))
            body: list[Flowable] = [ShapedParagraph(spans, size=8 * st.s, leading=10.6 * st.s)]
            padding = (2.2, 2.2)
        else:
            time_cell = Paragraph(s.times, st.time)
            body = [ShapedParagraph([Span(s.title_en, bold=True)], size=9.2 * st.s,
                                    leading=11.8 * st.s, color=INK)]  # fmt: skip
            if s.title_zh:
                body.append(ShapedParagraph([Span(s.title_zh)], size=8.6 * st.s,
                                            leading=11.6 * st.s, color=NAVY))  # fmt: skip
            body.extend(self.session_people(s, size=7.6 * st.s))
            padding = (5, 5.5)
        table = Table([[time_cell, body]], colWidths=[time_width, self.w - time_width])
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), padding[0]),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding[1]),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor(RULE)),
        ]))  # fmt: skip
        keys = [f"s{s.id}"] + [f"sp{ref.person.id}" for ref in s.speakers]
        if s.chair:
            keys.append(f"sp{s.chair.id}")
        return _mark(table, keys)

    def session_people(
        self, s: ProgrammeSession, size: float, with_room: bool = True
    ) -> list[Flowable]:
        out: list[Flowable] = []
        leading = size * 1.38
        first_line: list[Span] = []
        if s.room and with_room:
            first_line.append(Span(s.room, bold=True, color=GOLD))
        if s.chair:
            if first_line:
                first_line.append(Span("  ·  ", color=LIGHT))
            first_line += [Span("Chair ", color=GREY), *self.names(s.chair, size)]
        if first_line:
            out.append(ShapedParagraph(first_line, size=size, leading=leading, space_before=1.5))
        groups: dict[str, list[PersonRef]] = {}
        for ref in s.speakers:
            groups.setdefault(ref.role, []).append(ref.person)
        for role, people in groups.items():
            label = ROLE_LABELS.get(role, (role.title(), role.title() + "s"))
            spans = [Span((label[0] if len(people) == 1 else label[1]) + " ", color=GREY)]
            for index, person in enumerate(people):
                if index:
                    spans.append(Span(", ", color=GREY))
                spans += self.names(person, size)
            out.append(ShapedParagraph(spans, size=size, leading=leading))
        return out

    def details(self) -> list[Flowable]:
        st = self.st
        out = self.chapter("details", "Session details", "会议详情")
        current = None
        for s in self.b.sessions:
            if s.is_break:
                continue
            if s.day != current:
                current = s.day
                out.append(CondPageBreak(40 * mm * st.s))
                out.append(ShapedParagraph(
                    [Span(day_long(s.day), bold=True), Span("   " + day_zh(s.day), color=GOLD)],
                    size=10.5 * st.s, color=NAVY, keep_with_next=True,
                    space_before=(8 if len(out) > 5 else 0) * st.s, space_after=3 * st.s,
                ))  # fmt: skip
                out.append(_Rule(self.w, NAVY, 0.6, space_after=4 * st.s))
            block: list[Flowable] = [
                ShapedParagraph([Span(s.title_en, bold=True)], size=9.2 * st.s,
                                leading=11.8 * st.s),
            ]  # fmt: skip
            if s.title_zh:
                block.append(ShapedParagraph([Span(s.title_zh)], size=8.6 * st.s,
                                             leading=11.6 * st.s, color=NAVY))  # fmt: skip
            where = " · ".join(p for p in (s.times, s.room) if p)
            block.append(Paragraph(escape(where), _with(st.meta, spaceBefore=1, spaceAfter=2)))
            if s.description:
                block.append(para(s.description, _with(st.body, spaceAfter=2)))
            block.extend(self.session_people(s, size=7.8 * st.s, with_room=False))
            if s.interpretation:
                block.append(Paragraph(escape(f"Interpretation: {s.interpretation}"), st.meta))
            block.append(Spacer(1, 9 * st.s))
            keys = [f"s{s.id}"] + [f"sp{ref.person.id}" for ref in s.speakers]
            if s.chair:
                keys.append(f"sp{s.chair.id}")
            _mark(block[0], keys)
            out.append(KeepTogether(block))
        return out

    def speakers(self, photos: dict[int, bytes | None]) -> list[Flowable]:
        st = self.st
        out = self.chapter("speakers", "Speakers", "演讲嘉宾")
        photo_size = 21 * mm * st.s
        gap = 4 * mm * st.s
        for profile in self.b.speakers:
            person = profile.person
            text: list[Flowable] = [
                ShapedParagraph(
                    [Span(" ".join(p for p in (person.honorific, person.name) if p), bold=True)],
                    size=9.6 * st.s,
                    leading=12 * st.s,
                    color=NAVY,
                )
            ]
            if person.native:
                text.append(ShapedParagraph([Span(person.native)], size=9.6 * st.s,
                                            leading=13 * st.s, color=INK))  # fmt: skip
            role = ", ".join(p for p in (profile.position, profile.organisation) if p)
            if role:
                text.append(para(role, _with(st.meta, spaceBefore=1)))
            if profile.country:
                text.append(
                    Paragraph(escape(profile.country.upper()), _with(st.label, spaceBefore=2))
                )
            picture = _photo_flowable(photos.get(person.id), photo_size) or _Monogram(
                person, photo_size
            )
            header = Table(
                [[picture, text]], colWidths=[photo_size + gap, self.w - photo_size - gap]
            )
            header.setStyle(table_style([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]))  # fmt: skip
            _mark(header, [f"sp{person.id}", f"bio{person.id}"])
            block: list[Flowable] = [header, Spacer(1, 4 * st.s)]
            for paragraph in profile.bio.split("\n"):
                if paragraph.strip():
                    block.append(para(paragraph.strip(), st.body))
            block.append(_Rule(self.w, RULE, 0.3, space_before=3 * st.s, space_after=9 * st.s))
            out.append(KeepTogether(block))
        return out

    def delegations(self) -> list[Flowable]:
        st = self.st
        out = self.chapter("delegations", "Delegations", "代表团")
        out.append(Paragraph(
            "The delegations in protocol order, each with its head of delegation first.",
            _with(st.meta, spaceAfter=8 * st.s),
        ))  # fmt: skip
        label_width = 24 * mm * st.s
        for delegation in self.b.delegations:
            out.append(CondPageBreak(42 * mm * st.s))  # no heading alone at a page's foot
            out.append(self.delegation_table(delegation, label_width))
            out.append(Spacer(1, 10 * st.s))
        return out

    def delegation_table(self, d: DelegationEntry, label_width: float) -> Table:
        st = self.st
        title = [ShapedParagraph([Span(d.name, bold=True)], size=11 * st.s, color=NAVY)]
        subtitle = " · ".join(p for p in (d.country, d.institution) if p)
        if subtitle:
            title.append(para(subtitle, _with(st.meta, spaceAfter=0)))
        rows: list[list] = [[title, Spacer(0, 0)]]
        members: list[tuple[DelegationMember, str]] = []
        if d.head:
            members.append((d.head, "Head of Delegation"))
        members += [(m, m.role) for m in d.members]
        for member, role in members:
            name = [Span(" ".join(p for p in (member.honorific, member.name) if p), bold=True)]
            if member.native:
                name.append(Span("  " + member.native, color=INK))
            cell: list[Flowable] = [ShapedParagraph(name, size=8.6 * st.s, leading=11 * st.s)]
            detail = ", ".join(p for p in (member.position, member.organisation) if p)
            if detail:
                cell.append(para(detail, _with(st.meta, spaceAfter=0)))
            rows.append([Paragraph(escape(role.upper()), st.label), cell])
        table = Table(
            rows, colWidths=[label_width, self.w - label_width], repeatRows=1, splitByRow=1
        )
        table.setStyle(table_style([
            ("SPAN", (0, 0), (-1, 0)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 3.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
            ("TOPPADDING", (0, 1), (-1, 1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.HexColor(NAVY)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor(RULE)),
            ("TOPPADDING", (0, 1), (0, -1), 4.6),
        ]))  # fmt: skip
        return table

    def rooms(self) -> list[Flowable]:
        st, event = self.st, self.b.event
        out = self.chapter("rooms", "Rooms and venue", "会场信息")
        if event.venue or event.city:
            out.append(ShapedParagraph([Span(event.venue, bold=True)], size=10 * st.s, color=NAVY))
            if event.city:
                out.append(para(event.city, st.meta))
            out.append(Spacer(1, 8 * st.s))
        head = _with(st.label, textColor=WHITE)
        rows: list[list] = [[Paragraph(t, head) for t in ("ROOM", "FLOOR", "SEATS", "SESSIONS")]]
        for room in self.b.rooms:
            rows.append([
                ShapedParagraph([Span(room.name, bold=True)], size=8.6 * st.s),
                Paragraph(escape(room.floor or "—"), st.body_left),
                Paragraph(str(room.capacity) if room.capacity else "—", st.body_left),
                Paragraph(str(room.sessions), st.body_left),
            ])  # fmt: skip
        numbers = 17 * mm * st.s
        table = Table(
            rows, colWidths=[self.w - 3 * numbers, numbers, numbers, numbers], repeatRows=1
        )
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
        out.append(Paragraph(
            "Sessions without a room (site visits, breaks) are announced at the registration desk. "
            "Door sheets at each room list its sessions of the day.",
            st.meta,
        ))  # fmt: skip
        return out

    def index(self) -> list[Flowable]:
        st = self.st
        out = self.chapter("index", "Index of speakers", "嘉宾索引")
        entries: list[Flowable] = []
        letter = ""
        for profile in sorted(self.b.speakers, key=lambda p: p.index_label.casefold()):
            person = profile.person
            initial = (profile.index_label[:1] or "#").upper()
            if initial != letter:
                letter = initial
                entries.append(ShapedParagraph([Span(letter, bold=True)], size=9 * st.s,
                                               color=GOLD, keep_with_next=True,
                                               space_before=4 * st.s, space_after=1))  # fmt: skip
            bio_pages = self.marks.get(f"bio{person.id}", [PLACEHOLDER_PAGE])
            pages = self.marks.get(f"sp{person.id}", [PLACEHOLDER_PAGE])
            spans = [Span(profile.index_label)]
            if person.native:
                spans.append(Span(" " + person.native, color=GREY))
            spans.append(Span("  "))
            for index, page in enumerate(sorted(set(pages))):
                if index:
                    spans.append(Span(", ", color=NAVY))
                spans.append(Span(str(page), bold=page in bio_pages, color=NAVY))
            entry = ShapedParagraph(spans, size=7.8 * st.s, leading=10.4 * st.s)
            if entries and isinstance(entries[-1], ShapedParagraph) and entries[-1].keepWithNext:
                entry = _Stack([entries.pop(), entry])  # no letter alone at a column foot
            entries.append(entry)
        out.append(Paragraph(
            "Page numbers in bold lead to the speaker's biography.",
            _with(st.meta, spaceAfter=4 * st.s),
        ))  # fmt: skip
        out.append(BalancedColumns(entries, nCols=2, innerPadding=6 * mm * st.s))
        return out

    def notes_page(self) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [Spacer(1, 6 * mm * st.s)]
        out.append(Heading("Notes", _with(st.heading, spaceBefore=0), None, "Notes", 0, "Notes",
                           opens=False))  # fmt: skip
        lines = int((self.paper.frame_height - 24 * mm * st.s) // (8.5 * mm * st.s))
        out.append(_Lines(self.w, lines, 8.5 * mm * st.s))
        return out


def _with(style, **changes):  # noqa: ANN001, ANN003, ANN202
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style.name + "+", parent=style, **changes)


class _Rule(Flowable):
    def __init__(
        self, width: float, color: str, thickness: float, space_before: float = 0,
        space_after: float = 0,
    ) -> None:  # fmt: skip
        super().__init__()
        self.rule_width, self.color, self.thickness = width, color, thickness
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return min(self.rule_width, availWidth), self.thickness

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor(self.color))
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.rule_width, self.thickness / 2)


class _Stack(Flowable):
    """Flowables one above the other that move as one (never split)."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts
        self.spaceBefore = parts[0].getSpaceBefore()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.sizes = [part.wrap(availWidth, availHeight) for part in self.parts]
        gaps = sum(part.getSpaceAfter() for part in self.parts[:-1])
        self.width, self.height = availWidth, sum(h for _, h in self.sizes) + gaps
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, (_, height) in zip(self.parts, self.sizes, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)
            y -= part.getSpaceAfter()


class _Lines(Flowable):
    """Ruled lines for notes."""

    def __init__(self, width: float, count: int, step: float) -> None:
        super().__init__()
        self.w, self.count, self.step = width, max(count, 1), step

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.count = max(1, min(self.count, int(availHeight // self.step)))
        return self.w, self.count * self.step

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor(RULE))
        self.canv.setLineWidth(0.4)
        for row in range(self.count):
            y = row * self.step
            self.canv.line(0, y, self.w, y)


class _Monogram(Flowable):
    """A square with the speaker's initials where there is no photo."""

    def __init__(self, person: PersonRef, size: float) -> None:
        super().__init__()
        self.person, self.size = person, size
        words = [w for w in person.name.split() if w[:1].isalpha()]
        self.initials = "".join(w[0] for w in words[:2]).upper() or (person.native[:1] or "?")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(colors.HexColor(BAND))
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        initials = ShapedParagraph([Span(self.initials, bold=True)], size=self.size * 0.34,
                                   color=NAVY, align="center")  # fmt: skip
        _, height = initials.wrap(self.size, self.size)
        initials.drawOn(canvas, 0, (self.size - height) / 2)


def _photo_flowable(data: bytes | None, size: float) -> Flowable | None:
    if not data:
        return None
    return Image(io.BytesIO(data), width=size, height=size)


def print_photo(data: bytes | None, pixels: int = 320) -> bytes | None:
    """The photo as every photo is kept (`domain.photos`), small enough for print; None if
    unreadable, since a broken photo must not stop the booklet."""
    if not data:
        return None
    try:
        return square_photo(data, pixels)
    except InvalidInput:
        log.warning("a speaker's photo cannot be read; printed without it", exc_info=True)
        return None


# The run ---------------------------------------------------------------------------------


def _story(
    booklet: Booklet,
    paper: Paper,
    headings: dict | None,
    marks: dict | None,
    photos: dict[int, bytes | None],
) -> list[Flowable]:
    builder = _Builder(booklet, paper, headings, marks)
    cover: list[Flowable] = [Spacer(1, 1), NextPageTemplate("body"), PageBreak()]
    inside = [Spacer(1, 1), _Colophon(booklet, paper)]
    welcome = builder.welcome()
    builder.toc.clear()  # welcome and contents are before the contents: not listed
    body = [
        *builder.programme(),
        *builder.details(),
        *builder.speakers(photos),
        *builder.delegations(),
        *builder.rooms(),
        *builder.index(),
    ]
    contents = builder.contents(list(builder.toc))
    finish = FinishBook(builder.notes_page)
    return [*cover, *inside, *welcome, *contents, *body, finish]


class _Colophon(Flowable):
    """The inside cover: the edition, at the foot of page 2."""

    quiet_page = True

    def __init__(self, booklet: Booklet, paper: Paper) -> None:
        super().__init__()
        self.booklet, self.paper = booklet, paper

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.avail = availWidth
        return availWidth, availHeight - 1

    def draw(self) -> None:
        event, st = self.booklet.event, styles_for(self.paper.scale)
        y = 0.0
        lines = [
            (event.version, GREY),
            (f"Printed {event.printed_on:%-d %B %Y}" if event.printed_on else "", GREY),
            (f"All times are local time ({event.time_zone})." if event.time_zone else "", GREY),
            ("The programme may change; the registration desk has the latest version.", LIGHT),
        ]
        for text, color in reversed([line for line in lines if line[0]]):
            p = ShapedParagraph([Span(text)], size=7 * st.s, color=color)
            _, height = p.wrap(self.avail, 100)
            p.drawOn(self.canv, 0, y)
            y += height
        y += 4
        p = ShapedParagraph([Span(event.name, bold=True)], size=8 * st.s, color=NAVY)
        _, height = p.wrap(self.avail, 100)
        p.drawOn(self.canv, 0, y)
        self.canv.setStrokeColor(colors.HexColor(GOLD))
        self.canv.setLineWidth(0.8)
        self.canv.line(0, y + height + 5, 12 * mm, y + height + 5)


def render_booklet(
    out: BinaryIO | Path | str,
    booklet: Booklet,
    paper: str = "a5",
    *,
    progress: Progress = no_progress,
    cancelled: Cancelled = never,
) -> BookletResult:
    """Lay the booklet out twice and write the second pass to `out`.

    `progress(done, total)` is called as flowables are laid out (both passes); `cancelled()`
    is polled as often, and a cancelled run writes nothing useful to `out` and returns
    `BookletResult(cancelled=True)`.
    """
    spec = paper_for(paper)
    photos = {p.person.id: print_photo(p.photo) for p in booklet.speakers if p.photo}
    first = _story(booklet, spec, None, None, {})  # a monogram takes a photo's place
    total = 2 * len(first) + 2
    state = {"done": 0, "base": 0}

    def on_progress(kind: str, value: int) -> None:
        if kind == "PROGRESS":
            done = min(total, state["base"] + max(0, value))
            if done > state["done"]:
                state["done"] = done
                progress(done, total)
        if cancelled():
            raise Cancelled_

    try:
        scratch = BookletDoc(io.BytesIO(), booklet, spec)
        scratch.dry_run = True
        scratch.setProgressCallBack(on_progress)
        scratch.build(first)
        state["base"] = len(first) + 1
        story = _story(booklet, spec, scratch.headings, scratch.marks, photos)
        doc = BookletDoc(out, booklet, spec)
        doc.setProgressCallBack(on_progress)
        doc.build(story)
    except Cancelled_:
        return BookletResult(cancelled=True)
    progress(total, total)
    pages = doc.page
    return BookletResult(pages=pages, headings=dict(doc.headings), marks=dict(doc.marks))
