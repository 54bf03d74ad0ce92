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

Every name and title goes through `flow.ShapedParagraph` (the badge work's script runs and
shaping); Latin body text through ReportLab's `Paragraph`.

The modules, in the order of the book:
- `model`: the plain read models the services hand in (also for the errata and door sheets);
- `typography`, `flow`, `flowables`: palette and styles, multi-script paragraphs, small parts;
- `document`: page templates, running heads, recto breaks, the page records of a pass;
- `cover`: front cover, colophon, back cover; `context`: what the sections share;
- `front` (welcome, contents), `programme` (days, session details), `speakers`,
  `delegations`, `rooms`, `index` (index of speakers, notes pages);
- `render`: the two passes (`render_booklet`); `imposition`: two-up saddle stitch on A4;
- `errata`: the errata sheet and the door sheets, in the booklet's type.
"""
