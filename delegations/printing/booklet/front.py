"""The front matter after the inside cover: the welcome and the contents."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from delegations.printing.booklet.context import Context
from delegations.printing.booklet.flow import escape, para
from delegations.printing.booklet.typography import (
    GOLD,
    RULE,
    table_style,
)


def welcome(ctx: Context) -> list[Flowable]:
    event, st, words = ctx.booklet.event, ctx.st, ctx.words
    out = ctx.chapter("welcome")
    for paragraph in (event.welcome or "").split("\n"):
        if paragraph.strip():
            out.append(para(paragraph.strip(), st.body))
    if not (event.welcome or "").strip():
        name = event.name_zh if ctx.words.chinese_first and event.name_zh else event.name
        out.append(para(ctx.words("welcome_default", event=name), st.body))
    out.append(Spacer(1, 8 * st.s))
    facts = [
        (words("dates"), event.dates),
        (words("venue"), ", ".join(p for p in (event.venue, event.city) if p)),
        (words("times"), words("local_time", zone=event.time_zone) if event.time_zone else ""),
        (words("edition"), event.version),
    ]
    rows = [
        [para(label.upper(), st.label, bold=True), para(value, st.body_left)]
        for label, value in facts
        if value
    ]
    if rows:
        table = Table(rows, colWidths=[22 * mm * st.s, ctx.w - 22 * mm * st.s])
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor(GOLD)),
        ]))  # fmt: skip
        out.append(table)
    return out


def contents(ctx: Context, entries: list[tuple[str, str, int]]) -> list[Flowable]:
    st = ctx.st
    out = ctx.chapter("contents")
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
        page = ctx.page_ref(key)
        rows.append(
            [para(title, style, markup=link, bold=level == 0), Paragraph(page, st.toc_page)]
        )
        if level == 0:
            styles.append(("TOPPADDING", (0, index), (-1, index), 6 * st.s))
            if index:
                styles.append(("LINEABOVE", (0, index), (-1, index), 0.3, colors.HexColor(RULE)))
    table = Table(rows, colWidths=[ctx.w - 14 * mm, 14 * mm], repeatRows=0)
    table.setStyle(table_style(styles))
    out.append(table)
    return out
