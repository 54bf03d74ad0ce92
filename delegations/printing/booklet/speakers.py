"""The speakers' profiles: photo (or monogram), names, position, country and biography."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from delegations.printing.booklet.context import Context
from delegations.printing.booklet.document import mark
from delegations.printing.booklet.flow import ShapedParagraph, Span, escape, para
from delegations.printing.booklet.flowables import (
    Monogram,
    Rule,
    photo_flowable,
    restyled,
)
from delegations.printing.booklet.typography import (
    INK,
    NAVY,
    RULE,
    table_style,
)


def speakers(ctx: Context, photos: dict[int, bytes | None]) -> list[Flowable]:
    st = ctx.st
    out = ctx.chapter("speakers")
    photo_size = 21 * mm * st.s
    gap = 4 * mm * st.s
    for profile in ctx.booklet.speakers:
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
            text.append(para(role, restyled(st.meta, spaceBefore=1)))
        if profile.country:
            text.append(
                Paragraph(escape(profile.country.upper()), restyled(st.label, spaceBefore=2))
            )
        picture = photo_flowable(photos.get(person.id), photo_size) or Monogram(person, photo_size)
        header = Table([[picture, text]], colWidths=[photo_size + gap, ctx.w - photo_size - gap])
        header.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))  # fmt: skip
        mark(header, [f"sp{person.id}", f"bio{person.id}"])
        block: list[Flowable] = [header, Spacer(1, 4 * st.s)]
        for paragraph in profile.bio.split("\n"):
            if paragraph.strip():
                block.append(para(paragraph.strip(), st.body))
        block.append(Rule(ctx.w, RULE, 0.3, space_before=3 * st.s, space_after=9 * st.s))
        out.append(KeepTogether(block))
    return out
