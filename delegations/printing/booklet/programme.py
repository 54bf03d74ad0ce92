"""The programme day by day (each day on a right-hand page) and the session details."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from delegations.printing.booklet.context import Context
from delegations.printing.booklet.document import Heading, RectoBreak, mark
from delegations.printing.booklet.flow import ShapedParagraph, Span, escape, para
from delegations.printing.booklet.flowables import (
    Rule,
    restyled,
)
from delegations.printing.booklet.model import (
    PersonRef,
    ProgrammeSession,
)
from delegations.printing.booklet.typography import (
    GOLD,
    GREY,
    INK,
    LIGHT,
    NAVY,
    RULE,
    table_style,
)

ROLE_LABELS = {  # a session's role: its catalogue keys for one person and for several
    "keynote": ("keynote", "keynotes"),
    "panellist": ("panellist", "panellists"),
    "moderator": ("moderator", "moderators"),
    "chair": ("chair", "chairs"),
}


def programme(ctx: Context) -> list[Flowable]:
    st, words = ctx.st, ctx.words
    out: list[Flowable] = []
    by_day: dict = {}
    for s in ctx.booklet.sessions:
        by_day.setdefault(s.day, []).append(s)
    ctx.toc.append(("programme", words("programme"), 0))
    first = True
    for day, sessions in sorted(by_day.items()):
        key = f"day-{day:%Y%m%d}"
        out.append(RectoBreak())
        out.append(Spacer(1, 10 * mm * st.s))
        title, beneath = words.day(day)
        out.append(ShapedParagraph(
            [Span(words("programme").upper(), bold=True),
             Span(f"   {words.beneath('programme')}   "), Span(beneath)],
            size=7.6 * st.s, color=GOLD, keep_with_next=True, space_after=2 * st.s,
        ))  # fmt: skip
        if first:
            # The chapter's own outline entry and contents line point at the first day.
            programme_title = words("programme")
            anchor = Heading("", st.small, "programme", programme_title, 0, programme_title)
            anchor.keepWithNext = True
            out.append(anchor)
            first = False
        out.extend(ctx.heading(key, title, 1, st.day, f"{words('programme')} · {title}"))
        out.append(Rule(ctx.w, NAVY, 0.9, space_before=4 * st.s, space_after=2 * st.s))
        for agenda_session in sessions:
            out.append(session_row(ctx, agenda_session))
    return out


def session_row(ctx: Context, s: ProgrammeSession) -> Flowable:
    st = ctx.st
    time_width = 19 * mm * st.s
    if s.is_break:
        time_cell = Paragraph(
            s.times, restyled(st.time, textColor=LIGHT, fontName=st.body.fontName)
        )
        title, beneath = ctx.words.title(s.title_en, s.title_zh)
        spans = [Span(title, color=GREY)]
        if beneath:
            spans.append(Span("  " + beneath, color=LIGHT))
        if s.room:
            spans.append(Span(" · " + s.room, color=LIGHT))
        body: list[Flowable] = [ShapedParagraph(spans, size=8 * st.s, leading=10.6 * st.s)]
        padding = (2.2, 2.2)
    else:
        time_cell = Paragraph(s.times, st.time)
        body = title_lines(ctx, s)
        body.extend(session_people(ctx, s, size=7.6 * st.s))
        padding = (5, 5.5)
    table = Table([[time_cell, body]], colWidths=[time_width, ctx.w - time_width])
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
    return mark(table, keys)


def title_lines(ctx: Context, s: ProgrammeSession) -> list[Flowable]:
    """A session's title in the edition's language (bold), the other one beneath if the agenda
    has it (the Chinese edition: the Chinese title first)."""
    st = ctx.st
    title, beneath = ctx.words.title(s.title_en, s.title_zh)
    lines: list[Flowable] = [ShapedParagraph([Span(title, bold=True)], size=9.2 * st.s,
                                             leading=11.8 * st.s, color=INK)]  # fmt: skip
    if beneath:
        lines.append(ShapedParagraph([Span(beneath)], size=8.6 * st.s, leading=11.6 * st.s,
                                     color=NAVY))  # fmt: skip
    return lines


def session_people(
    ctx: Context, s: ProgrammeSession, size: float, with_room: bool = True
) -> list[Flowable]:
    out: list[Flowable] = []
    leading = size * 1.38
    first_line: list[Span] = []
    if s.room and with_room:
        first_line.append(Span(s.room, bold=True, color=GOLD))
    if s.chair:
        if first_line:
            first_line.append(Span("  ·  ", color=LIGHT))
        first_line += [Span(ctx.words("chair") + " ", color=GREY), *ctx.names(s.chair, size)]
    if first_line:
        out.append(ShapedParagraph(first_line, size=size, leading=leading, space_before=1.5))
    groups: dict[str, list[PersonRef]] = {}
    for ref in s.speakers:
        groups.setdefault(ref.role, []).append(ref.person)
    for role, people in groups.items():
        one, several = ROLE_LABELS.get(role, ("", ""))
        label = ctx.words(one if len(people) == 1 else several) if one else role.title()
        spans = [Span(label + " ", color=GREY)]
        for index, person in enumerate(people):
            if index:
                spans.append(Span(", ", color=GREY))
            spans += ctx.names(person, size)
        out.append(ShapedParagraph(spans, size=size, leading=leading))
    return out


def details(ctx: Context) -> list[Flowable]:
    st, words = ctx.st, ctx.words
    out = ctx.chapter("details")
    current = None
    for s in ctx.booklet.sessions:
        if s.is_break:
            continue
        if s.day != current:
            current = s.day
            out.append(CondPageBreak(40 * mm * st.s))
            day, beneath = words.day(s.day)
            out.append(ShapedParagraph(
                [Span(day, bold=True), Span("   " + beneath, color=GOLD)],
                size=10.5 * st.s, color=NAVY, keep_with_next=True,
                space_before=(8 if len(out) > 5 else 0) * st.s, space_after=3 * st.s,
            ))  # fmt: skip
            out.append(Rule(ctx.w, NAVY, 0.6, space_after=4 * st.s))
        block: list[Flowable] = title_lines(ctx, s)
        where = " · ".join(p for p in (s.times, s.room) if p)
        block.append(Paragraph(escape(where), restyled(st.meta, spaceBefore=1, spaceAfter=2)))
        if s.description:
            block.append(para(s.description, restyled(st.body, spaceAfter=2)))
        block.extend(session_people(ctx, s, size=7.8 * st.s, with_room=False))
        if s.interpretation:
            block.append(para(words("interpretation", languages=s.interpretation), st.meta))
        block.append(Spacer(1, 9 * st.s))
        keys = [f"s{s.id}"] + [f"sp{ref.person.id}" for ref in s.speakers]
        if s.chair:
            keys.append(f"sp{s.chair.id}")
        mark(block[0], keys)
        out.append(KeepTogether(block))
    return out
