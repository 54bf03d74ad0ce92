"""Signing ceremonies on paper: a ceremony's running order with each agreement's signing table
(A4 portrait) and the organisers' register of agreements (A4 landscape).

Receives plain lines (the service reads the event and lays the tables out with
`domain.signings.table_layout`); text is shaped with the bundled fonts (`printing.text`), flags
are drawn by `printing.flags.draw_flag`. The signing table is drawn from above with the
audience at the bottom of the drawing, so the left of the drawing is the audience's left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from delegations.domain.signings import SEAT_SPACING, TableLayout
from delegations.files import replaced_atomically
from delegations.printing import fonts
from delegations.printing.flags import draw_flag
from delegations.printing.layouts import MM
from delegations.printing.text import draw_cell, draw_fitted, fit_text

A4 = (210 * MM, 297 * MM)
MARGIN = 15 * MM
TEXT = "#1c1c1c"
GREY = "#6b6b6b"
RULE = "#c8c8c8"
WARNING = "#a8321e"
TABLE_FILL = "#efe6d2"
HOST_FILL = "#d9e4f2"
RUNNING_TITLE = ("Running order of the signing ceremony", "签约仪式流程")
REGISTER_TITLE = ("Register of agreements", "协议登记表")


@dataclass(frozen=True, slots=True)
class PartyLine:
    name: str
    country: str  # ISO code: the flag; "" = none
    country_name: str
    signatory: str
    position: str  # the signatory's place at the table ("left", "right", …)
    host: bool


@dataclass(frozen=True, slots=True)
class AgreementLine:
    number: int  # in the ceremony's running order; 0 = at no ceremony
    title_en: str
    title_zh: str
    kind: tuple[str, str]  # English, Chinese
    parties: tuple[PartyLine, ...]
    witnesses: tuple[str, ...]
    ceremony: tuple[str, ...]  # in the register: "no. 2", when, where; () = at no ceremony
    layout: TableLayout
    warnings: tuple[str, ...] = ()  # printed under the agreement in the running order


@dataclass(frozen=True, slots=True)
class CeremonySheet:
    title_en: str
    title_zh: str
    when: str
    place: str
    agreements: tuple[AgreementLine, ...]  # in the running order


def _canvas(path: Path, size: tuple[float, float], title: str):  # noqa: ANN202
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=size, pageCompression=1,
                    initialFontName=fonts.font_name(fonts.Script.LATIN), initialFontSize=9)  # fmt: skip
    canvas.setTitle(title)
    canvas.setCreator("Delegations")
    return canvas


def _rule(canvas, x0: float, x1: float, y: float) -> None:  # noqa: ANN001
    from reportlab.lib.colors import HexColor

    canvas.setStrokeColor(HexColor(RULE))
    canvas.setLineWidth(0.3)
    canvas.line(x0, y, x1, y)


# The running order ------------------------------------------------------------------------

BLOCK = 74 * MM  # one agreement: its text on the left, its table on the right
TEXT_WIDTH = 92 * MM
DRAWING_WIDTH = 86 * MM


def render_running_order(path: Path, sheet: CeremonySheet, *, event: str) -> int:
    """Draw the ceremony's running order into the PDF at `path`; returns the page count."""
    width, height = A4
    with replaced_atomically(path) as temporary:
        canvas = _canvas(temporary, A4, f"{RUNNING_TITLE[0]} — {sheet.title_en}")
        pages = 0

        def new_page() -> float:
            nonlocal pages
            if pages:
                canvas.showPage()
            pages += 1
            top = height - MARGIN
            draw_cell(canvas, f"{RUNNING_TITLE[0]}  {RUNNING_TITLE[1]}", MARGIN, top - 5 * MM,
                      width - 2 * MARGIN, 7 * MM, 9, GREY, bold=True)  # fmt: skip
            box = (MARGIN, top - 22 * MM, width - 2 * MARGIN, 16 * MM)
            fitted = fit_text(sheet.title_en, box[2], 9 * MM, 14, 8, max_lines=2, bold=True)
            draw_fitted(canvas, fitted, box[0], top - 16 * MM, box[2], 9 * MM, "left", "top",
                        TEXT)  # fmt: skip
            draw_cell(canvas, sheet.title_zh, MARGIN, top - 21 * MM, box[2], 6 * MM, 11, TEXT)
            where = "  ·  ".join(part for part in (sheet.when, sheet.place, event) if part)
            draw_cell(canvas, where, MARGIN, top - 27 * MM, box[2], 5 * MM, 9, GREY)
            draw_cell(canvas, f"Page {pages}  第{pages}页", width - MARGIN - 30 * MM,
                      MARGIN - 6 * MM, 30 * MM, 5 * MM, 8, GREY)  # fmt: skip
            return top - 31 * MM

        y = new_page()
        if not sheet.agreements:
            draw_cell(canvas, "No agreements are to be signed at this ceremony yet.  本仪式尚无签约协议。",
                      MARGIN, y - 8 * MM, width - 2 * MARGIN, 6 * MM, 10, GREY)  # fmt: skip
        for agreement in sheet.agreements:
            if y - BLOCK < MARGIN:
                y = new_page()
            _rule(canvas, MARGIN, width - MARGIN, y)
            _agreement_text(canvas, agreement, MARGIN, y - 2 * MM)
            draw_signing_table(canvas, agreement.layout, width - MARGIN - DRAWING_WIDTH,
                               y - BLOCK + 4 * MM, DRAWING_WIDTH, BLOCK - 8 * MM)  # fmt: skip
            y -= BLOCK
        canvas.save()
    return pages


def _agreement_text(canvas, agreement: AgreementLine, x: float, top: float) -> None:  # noqa: ANN001
    draw_cell(canvas, str(agreement.number), x, top - 7 * MM, 10 * MM, 8 * MM, 18, TEXT, True)
    left, w = x + 11 * MM, TEXT_WIDTH - 11 * MM
    draw_cell(canvas, f"{agreement.kind[0]}  {agreement.kind[1]}", left, top - 4 * MM, w,
              4 * MM, 7.5, GREY)  # fmt: skip
    fitted = fit_text(agreement.title_en, w, 10 * MM, 10.5, 6.5, max_lines=2, bold=True)
    draw_fitted(canvas, fitted, left, top - 16 * MM, w, 11 * MM, "left", "top", TEXT)
    draw_cell(canvas, agreement.title_zh, left, top - 20 * MM, w, 5 * MM, 10, TEXT)
    y = top - 27 * MM
    for party in agreement.parties:
        flag = draw_flag(canvas, party.country, left, y - 1 * MM, 4 * MM) if party.country else 0
        name_x = left + (flag + 2 * MM if flag else 0)
        country = f" ({party.country_name})" if party.country_name else ""
        draw_cell(canvas, party.name + country, name_x, y, left + w - name_x, 4.5 * MM, 8.5,
                  TEXT, True)  # fmt: skip
        host = "host, " if party.host else ""
        draw_cell(canvas, f"Signs: {party.signatory}  —  seat: {host}{party.position}",
                  name_x, y - 4.5 * MM, left + w - name_x, 4 * MM, 8, GREY)  # fmt: skip
        y -= 11 * MM
    if agreement.witnesses:
        draw_cell(canvas, "Witnesses 见证人: " + ", ".join(agreement.witnesses), left, y,
                  w, 4 * MM, 8, GREY)  # fmt: skip
        y -= 5 * MM
    for warning in agreement.warnings[:3]:
        draw_cell(canvas, f"Check: {warning}", left, y, w, 4 * MM, 7.5, WARNING)
        y -= 4 * MM


def draw_signing_table(  # noqa: PLR0913
    canvas,  # noqa: ANN001 (reportlab Canvas)
    layout: TableLayout,
    x: float,
    y: float,
    width: float,
    height: float,
) -> None:
    """The signing table from above in the box (x, y, width, height): witnesses standing at
    the back, the signatories' chairs, the table with each party's desk flag, the audience in
    front (at the bottom)."""
    from reportlab.lib.colors import HexColor

    if not layout.places:
        return
    span = layout.width + 1.6  # m across, with room for the witnesses at the ends
    scale = min(width / span, 24 * MM)
    middle = x + width / 2
    table_y, table_h = y + 14 * MM, 0.8 * scale
    table_w = layout.width * scale
    canvas.setStrokeColor(HexColor("#7a6a4f"))
    canvas.setLineWidth(0.8)
    canvas.setFillColor(HexColor(TABLE_FILL))
    canvas.rect(middle - table_w / 2, table_y, table_w, table_h, stroke=1, fill=1)
    chair_y = table_y + table_h + 0.35 * scale
    place_w = 1.3 * scale
    for place in layout.places:
        cx = middle + place.x * scale
        canvas.setFillColor(HexColor(HOST_FILL if place.host else "#ffffff"))
        canvas.setStrokeColor(HexColor("#555555"))
        canvas.circle(cx, chair_y, 0.22 * scale, stroke=1, fill=1)
        draw_cell(canvas, str(place.number), cx - 1.2 * MM, chair_y - 1.2 * MM, 4 * MM, 3 * MM,
                  7, TEXT, True)  # fmt: skip
        _centred(canvas, place.signatory, cx, chair_y + 0.3 * scale, place_w, 7.5, TEXT, True)
        party = fit_text(place.party, place_w, 6 * MM, 6.5, 5, max_lines=2)
        draw_fitted(canvas, party, cx - place_w / 2, chair_y + 0.3 * scale + 3 * MM, place_w,
                    party.height(), "center", "bottom", GREY)  # fmt: skip
        if place.country:
            flag_h = 0.32 * scale
            from delegations.printing.flags import flag_aspect, has_flag

            if has_flag(place.country):
                flag_w = flag_h * flag_aspect(place.country)
                draw_flag(canvas, place.country, cx - flag_w / 2, table_y + 0.12 * scale, flag_h)
        _centred(canvas, f"{place.label}{' (host)' if place.host else ''}", cx,
                 table_y - 4 * MM, place_w, 6.5, GREY)  # fmt: skip
    witness_y = chair_y + 0.3 * scale + 12 * MM
    for witness in layout.witnesses:
        wx = middle + witness.x * scale
        canvas.setFillColor(HexColor("#bbbbbb"))
        canvas.circle(wx, witness_y, 1.2 * MM, stroke=0, fill=1)
        room = min((abs(other.x - witness.x) for other in layout.witnesses if other is not witness),
                   default=SEAT_SPACING)  # fmt: skip
        _centred(canvas, witness.name, wx, witness_y + 2 * MM, 0.95 * room * scale, 6.5, GREY)
    if layout.witnesses:
        _centred(canvas, "Witnesses  见证人", middle, min(y + height - 3 * MM, witness_y + 6 * MM),
                 width, 6, GREY)  # fmt: skip
    _centred(canvas, "Audience and photographers  观众与摄影", middle, y + 2 * MM, width, 6.5,
             GREY, True)  # fmt: skip


def _centred(canvas, text: str, cx: float, baseline: float, width: float, size: float,  # noqa: ANN001, PLR0913
             color: str, bold: bool = False) -> None:  # fmt: skip
    if not text:
        return
    from delegations.printing.text import draw_line

    fitted = fit_text(text, width, size * 1.6, size, 4.0, max_lines=1, bold=bold)
    draw_line(canvas, fitted.lines[0], cx, baseline, fitted.size, "center", color)


# The register -----------------------------------------------------------------------------

LANDSCAPE = (A4[1], A4[0])
# Columns (left edge, width) from the left margin, in points.
_COLUMNS = {
    "number": (0, 12 * MM), "title": (13 * MM, 72 * MM), "parties": (87 * MM, 72 * MM),
    "signatories": (161 * MM, 42 * MM), "witnesses": (205 * MM, 30 * MM),
    "ceremony": (237 * MM, 30 * MM),
}  # fmt: skip
_HEADINGS = {
    "number": "No.  序号", "title": "Agreement  协议名称", "parties": "Parties (country)  签约方",
    "signatories": "Signatories  签署人", "witnesses": "Witnesses  见证人",
    "ceremony": "Ceremony  签约仪式",
}  # fmt: skip
LINE = 4.6 * MM


def render_register(path: Path, agreements: Sequence[AgreementLine], *, event: str) -> int:
    """Draw the register (one row per agreement) into the PDF at `path`; returns pages."""
    width, height = LANDSCAPE
    with replaced_atomically(path) as temporary:
        canvas = _canvas(temporary, LANDSCAPE, f"{REGISTER_TITLE[0]} — {event}")
        pages = 0

        def new_page() -> float:
            nonlocal pages
            if pages:
                canvas.showPage()
            pages += 1
            top = height - MARGIN
            draw_cell(canvas, f"{REGISTER_TITLE[0]}  {REGISTER_TITLE[1]}", MARGIN,
                      top - 6 * MM, width - 2 * MARGIN, 9 * MM, 15, TEXT, True)  # fmt: skip
            summary = f"{event}  ·  {len(agreements)} agreements  共{len(agreements)}项协议"
            draw_cell(canvas, summary, MARGIN, top - 12 * MM, width - 2 * MARGIN, 5 * MM, 9, GREY)
            for key, text in _HEADINGS.items():
                _cell(canvas, text, key, top - 20 * MM, 7.5, GREY, True)
            draw_cell(canvas, f"Page {pages}  第{pages}页", width - MARGIN - 30 * MM,
                      MARGIN - 6 * MM, 30 * MM, 5 * MM, 8, GREY)  # fmt: skip
            _rule(canvas, MARGIN, width - MARGIN, top - 22 * MM)
            return top - 22 * MM

        y = new_page()
        for index, agreement in enumerate(agreements, start=1):
            rows = max(4, len(agreement.parties) * 2, len(agreement.witnesses))
            needed = rows * LINE + 3 * MM
            if y - needed < MARGIN:
                y = new_page()
            _register_row(canvas, index, agreement, y - LINE)
            y -= needed
            _rule(canvas, MARGIN, width - MARGIN, y + 1 * MM)
        canvas.save()
    return pages


def _register_row(canvas, index: int, agreement: AgreementLine, top: float) -> None:  # noqa: ANN001
    _cell(canvas, str(index), "number", top, 10, TEXT, True)
    left, w = _COLUMNS["title"]
    fitted = fit_text(agreement.title_en, w, 2 * LINE, 8.5, 6, max_lines=2, bold=True)
    draw_fitted(canvas, fitted, MARGIN + left, top - 1.25 * LINE, w, 2 * LINE, "left", "top",
                TEXT)  # fmt: skip
    _cell(canvas, agreement.title_zh, "title", top - 2 * LINE, 9, TEXT)
    _cell(canvas, f"{agreement.kind[0]}  {agreement.kind[1]}", "title", top - 3 * LINE, 7, GREY)
    y = top
    for party in agreement.parties:
        left, w = _COLUMNS["parties"]
        flag = draw_flag(canvas, party.country, MARGIN + left, y - 0.6 * MM, 3.2 * MM)
        draw_cell(canvas, party.name, MARGIN + left + (flag + 1.5 * MM if flag else 0), y,
                  w - (flag + 1.5 * MM if flag else 0), LINE, 8.5, TEXT)  # fmt: skip
        _cell(canvas, party.country_name or "country not given", "parties", y - LINE, 7.5, GREY)
        _cell(canvas, party.signatory, "signatories", y, 8.5, TEXT)
        y -= 2 * LINE
    for n, witness in enumerate(agreement.witnesses):
        _cell(canvas, witness, "witnesses", top - n * LINE, 8, TEXT)
    _ceremony_cell(canvas, agreement.ceremony, top)


def _ceremony_cell(canvas, lines: tuple[str, ...], top: float) -> None:  # noqa: ANN001
    for n, line in enumerate(lines or ("—",)):
        first = n == 0
        _cell(canvas, line, "ceremony", top - n * LINE, 8.5 if first else 8,
              TEXT if first else GREY, first)  # fmt: skip


def _cell(canvas, text: str, column: str, y: float, size: float, color: str = TEXT,  # noqa: ANN001, PLR0913
          bold: bool = False) -> None:  # fmt: skip
    left, w = _COLUMNS[column]
    draw_cell(canvas, text, MARGIN + left, y, w, LINE, size, color, bold)
