"""The booklet's document: page templates, running heads and folios, and the flowables that
steer the layout (a right-hand page, the closing "Notes" pages, headings for the contents).

The document records on which page each heading and each marked flowable lands; the second
layout pass prints those numbers in the contents and the index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from delegations.printing.booklet.cover import draw_back, draw_cover
from delegations.printing.booklet.flow import ShapedParagraph, Span
from delegations.printing.booklet.model import Booklet
from delegations.printing.booklet.typography import GREY, NAVY, RULE, Paper, styles_for


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


def mark(flowable: Flowable, keys: Sequence[str]) -> Flowable:
    """Record the pages `flowable` lands on under each of `keys` (e.g. "sp12": speaker 12)."""
    flowable._marks = tuple(keys)  # noqa: SLF001 (read by BookletDoc.afterFlowable)
    return flowable


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
        draw_back(canvas, self.booklet, self.paper, self.st)
