"""What every section of the booklet's story shares: the booklet, the paper and its styles,
the pages the previous layout pass found, and the contents collected on the way."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from delegations.printing.booklet.document import Heading, RectoBreak
from delegations.printing.booklet.flow import ShapedParagraph, Span, escape, hex_color, is_latin
from delegations.printing.booklet.flowables import Rule
from delegations.printing.booklet.model import Booklet, PersonRef
from delegations.printing.booklet.typography import GOLD, GREY, INK, Paper, styles_for
from delegations.printing.words import Words

PLACEHOLDER_PAGE = 888  # first pass: as wide as any real page number of a booklet


class Context:
    """The state of one layout pass; `headings` and `marks` are the previous pass's pages."""

    def __init__(
        self,
        booklet: Booklet,
        paper: Paper,
        headings: dict[str, tuple[str, int, int]] | None,
        marks: dict[str, list[int]] | None,
    ) -> None:
        self.booklet, self.paper, self.st = booklet, paper, styles_for(paper.scale)
        self.words = Words(booklet.edition)
        self.headings = headings or {}
        self.marks = marks or {}
        self.toc: list[tuple[str, str, int]] = []  # key, title, level
        self.w = paper.frame_width

    def names(
        self, person: PersonRef, size: float, bold: bool = False, color: str = INK
    ) -> list[Span]:
        spans = [Span(person.name or person.native, bold=bold, color=color)]
        if person.native and person.name:
            spans.append(Span(" " + person.native, color=GREY if not bold else color, bold=bold))
        return spans

    def heading(  # noqa: PLR0913
        self,
        key: str,
        title: str,
        level: int,
        style,  # noqa: ANN001
        running: str,
        markup: str | None = None,
        in_toc: bool = True,
    ) -> list[Flowable]:
        """The heading's flowables: a `Heading` (contents, outline, running head), which is
        the visible title when it is Latin script, else an empty anchor above the title
        shaped in its own script (Chinese in the Chinese edition)."""
        if in_toc:
            self.toc.append((key, title, level))
        if is_latin(title):
            flowable = Heading(markup or escape(title), style, key, title, level, running)
            flowable.keepWithNext = True
            return [flowable]
        anchor = Heading("", style, key, title, level, running)
        anchor.keepWithNext = True
        shaped = ShapedParagraph(
            [Span(title, bold=True)], size=style.fontSize, leading=style.leading,
            color=hex_color(style.textColor), keep_with_next=True, space_after=style.spaceAfter,
        )  # fmt: skip
        return [anchor, shaped]

    def chapter(self, key: str, recto: bool = False) -> list[Flowable]:
        """A chapter's first page: its title from the catalogue (`printing.words`) in the
        edition's language, the other language in small type beneath."""
        st, words = self.st, self.words
        title = words(key)
        out: list[Flowable] = [RectoBreak() if recto else PageBreak()]
        out.append(Spacer(1, 14 * mm * st.s))
        out.extend(self.heading(key, title, 0, st.chapter, title))
        out.append(ShapedParagraph([Span(words.beneath(key))], size=9.5 * st.s, color=GOLD,
                                   keep_with_next=True, space_after=1.5 * st.s))  # fmt: skip
        out.append(Rule(self.w * 0.12, GOLD, 1.0, space_before=2 * st.s, space_after=10 * st.s))
        return out

    def page_ref(self, key: str) -> str:
        entry = self.headings.get(key)
        return str(entry[2]) if entry else str(PLACEHOLDER_PAGE)
