"""The run: the story of the whole book in reading order, laid out twice (the first pass
finds the pages, the second prints them in the contents and the index)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from delegations.printing.booklet import delegations, front, index, programme, rooms, speakers
from delegations.printing.booklet.context import Context
from delegations.printing.booklet.cover import Colophon
from delegations.printing.booklet.document import BookletDoc, FinishBook
from delegations.printing.booklet.flowables import print_photo
from delegations.printing.booklet.model import Booklet
from delegations.printing.booklet.typography import Paper, paper_for
from delegations.progress import Cancelled, Progress, never, no_progress


class _Cancelled(Exception):
    """Raised inside the layout when the caller's `cancelled()` says so."""


@dataclass(slots=True)
class BookletResult:
    pages: int = 0
    cancelled: bool = False
    headings: dict[str, tuple[str, int, int]] = field(
        default_factory=dict
    )  # key -> (title, level, page)
    marks: dict[str, list[int]] = field(default_factory=dict)  # "sp12" -> pages naming speaker 12


def _story(
    booklet: Booklet,
    paper: Paper,
    headings: dict | None,
    marks: dict | None,
    photos: dict[int, bytes | None],
) -> list[Flowable]:
    ctx = Context(booklet, paper, headings, marks)
    cover: list[Flowable] = [Spacer(1, 1), NextPageTemplate("body"), PageBreak()]
    inside = [Spacer(1, 1), Colophon(booklet, paper)]
    welcome = front.welcome(ctx)
    ctx.toc.clear()  # welcome and contents are before the contents: not listed
    body = [
        *programme.programme(ctx),
        *programme.details(ctx),
        *speakers.speakers(ctx, photos),
        *delegations.delegations(ctx),
        *rooms.rooms(ctx),
        *index.index(ctx),
    ]
    contents = front.contents(ctx, list(ctx.toc))
    finish = FinishBook(lambda: index.notes_page(ctx))
    return [*cover, *inside, *welcome, *contents, *body, finish]


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
            raise _Cancelled

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
    except _Cancelled:
        return BookletResult(cancelled=True)
    progress(total, total)
    pages = doc.page
    return BookletResult(pages=pages, headings=dict(doc.headings), marks=dict(doc.marks))
