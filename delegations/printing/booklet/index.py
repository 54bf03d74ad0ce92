"""The back matter: the index of speakers (bold pages lead to biographies) and the ruled
"Notes" pages that fill the book to a multiple of four pages."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.flowables import BalancedColumns

from delegations.printing.booklet.context import PLACEHOLDER_PAGE, Context
from delegations.printing.booklet.document import Heading
from delegations.printing.booklet.flow import ShapedParagraph, Span, escape, is_latin, para
from delegations.printing.booklet.flowables import (
    Lines,
    Stack,
    restyled,
)
from delegations.printing.booklet.typography import (
    GOLD,
    GREY,
    NAVY,
)


def index(ctx: Context) -> list[Flowable]:
    st = ctx.st
    out = ctx.chapter("index")
    entries: list[Flowable] = []
    letter = ""
    for profile in sorted(ctx.booklet.speakers, key=lambda p: p.index_label.casefold()):
        person = profile.person
        initial = (profile.index_label[:1] or "#").upper()
        if initial != letter:
            letter = initial
            entries.append(ShapedParagraph([Span(letter, bold=True)], size=9 * st.s,
                                           color=GOLD, keep_with_next=True,
                                           space_before=4 * st.s, space_after=1))  # fmt: skip
        bio_pages = ctx.marks.get(f"bio{person.id}", [PLACEHOLDER_PAGE])
        pages = ctx.marks.get(f"sp{person.id}", [PLACEHOLDER_PAGE])
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
            entry = Stack([entries.pop(), entry])  # no letter alone at a column foot
        entries.append(entry)
    out.append(para(ctx.words("index_intro"), restyled(st.meta, spaceAfter=4 * st.s)))
    out.append(BalancedColumns(entries, nCols=2, innerPadding=6 * mm * st.s))
    return out


def notes_page(ctx: Context) -> list[Flowable]:
    st = ctx.st
    out: list[Flowable] = [Spacer(1, 6 * mm * st.s)]
    notes = ctx.words("notes")
    out.append(Heading(escape(notes) if is_latin(notes) else "", restyled(st.heading, spaceBefore=0),
                       None, notes, 0, notes, opens=False))  # fmt: skip
    if not is_latin(notes):
        out.append(ShapedParagraph([Span(notes, bold=True)], size=st.heading.fontSize,
                                   color=NAVY, space_after=st.heading.spaceAfter))  # fmt: skip
    lines = int((ctx.paper.frame_height - 24 * mm * st.s) // (8.5 * mm * st.s))
    out.append(Lines(ctx.w, lines, 8.5 * mm * st.s))
    return out
