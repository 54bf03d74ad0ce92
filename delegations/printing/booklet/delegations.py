"""The delegations in protocol order, each a table with its head of delegation first."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from delegations.printing.booklet.context import Context
from delegations.printing.booklet.flow import ShapedParagraph, Span, para
from delegations.printing.booklet.flowables import (
    restyled,
)
from delegations.printing.booklet.model import (
    DelegationEntry,
    DelegationMember,
)
from delegations.printing.booklet.typography import (
    INK,
    NAVY,
    RULE,
    table_style,
)


def delegations(ctx: Context) -> list[Flowable]:
    """The chapter as the booklet's `delegation_lists` asks: every member, the heads of
    delegation only (one table), or nothing."""
    lists = ctx.booklet.delegation_lists
    if lists == "none" or not ctx.booklet.delegations:
        return []
    if lists == "heads":
        return heads_of_delegation(ctx)
    st = ctx.st
    out = ctx.chapter("delegations")
    out.append(para(ctx.words("delegations_intro"), restyled(st.meta, spaceAfter=8 * st.s)))
    label_width = 24 * mm * st.s
    for delegation in ctx.booklet.delegations:
        out.append(CondPageBreak(42 * mm * st.s))  # no heading alone at a page's foot
        out.append(delegation_table(ctx, delegation, label_width))
        out.append(Spacer(1, 10 * st.s))
    return out


def heads_of_delegation(ctx: Context) -> list[Flowable]:
    """One table: each delegation in protocol order with its head (about 20 a page)."""
    st = ctx.st
    out = ctx.chapter("delegations")
    out.append(para(ctx.words("delegations_heads_intro"), restyled(st.meta, spaceAfter=8 * st.s)))
    label_width = 34 * mm * st.s
    rows: list[list] = []
    for d in ctx.booklet.delegations:
        title: list[Flowable] = [ShapedParagraph([Span(d.name, bold=True)], size=9 * st.s,
                                                 leading=11 * st.s, color=NAVY)]  # fmt: skip
        if d.country:
            title.append(para(d.country, restyled(st.meta, spaceAfter=0)))
        rows.append([title, _member_cell(ctx, d.head) if d.head else Spacer(0, 0)])
    table = Table(rows, colWidths=[label_width, ctx.w - label_width], splitByRow=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor(RULE)),
    ]))  # fmt: skip
    out.append(table)
    return out


def _member_cell(ctx: Context, member: DelegationMember) -> list[Flowable]:
    st = ctx.st
    name = [Span(" ".join(p for p in (member.honorific, member.name) if p), bold=True)]
    if member.native:
        name.append(Span("  " + member.native, color=INK))
    cell: list[Flowable] = [ShapedParagraph(name, size=8.6 * st.s, leading=11 * st.s)]
    detail = ", ".join(p for p in (member.position, member.organisation) if p)
    if detail:
        cell.append(para(detail, restyled(st.meta, spaceAfter=0)))
    return cell


def delegation_table(ctx: Context, d: DelegationEntry, label_width: float) -> Table:
    st = ctx.st
    title = [ShapedParagraph([Span(d.name, bold=True)], size=11 * st.s, color=NAVY)]
    subtitle = " · ".join(p for p in (d.country, d.institution) if p)
    if subtitle:
        title.append(para(subtitle, restyled(st.meta, spaceAfter=0)))
    rows: list[list] = [[title, Spacer(0, 0)]]
    members: list[tuple[DelegationMember, str]] = []
    if d.head:
        members.append((d.head, ctx.words("head_of_delegation")))
    members += [(m, m.role) for m in d.members]
    for member, role in members:
        rows.append([para(role.upper(), st.label, bold=True), _member_cell(ctx, member)])
    table = Table(rows, colWidths=[label_width, ctx.w - label_width], repeatRows=1, splitByRow=1)
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
