"""The layout designer's live preview: sample people of the real event, and one badge of the
layout being designed drawn for one of them by the print path's renderer, as a PNG.

Re-exported by `services.layouts` (`PreviewSample`, `preview_samples`, `render_layout_sample`).

Samples: the longest name (the widest as printed: shaped bold width, not characters), one
person per script among the native names (Khmer, Thai, Lao, Myanmar, Chinese) and one with
a Vietnamese name (its own letters ơ ư ă đ and tone marks, in the native or the printed
name), the widest of each; someone with a photo and someone without; one person per role
colour (the first in protocol order). A case the event lacks has no sample; an event with
nobody gets one made-up person.

A drag asks for a picture every few milliseconds, so what does not change between two
renders of the same sample is kept: the sample list and each sample's badge data until
`preview_samples` is called again (the widget calls it when it opens), decoded images (in
`printing`), fonts (registered once). A render of the a6 layout takes ~40 ms on a quiet
laptop (tests/benchmarks/bench_designer_preview.py).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

from delegations.domain.errors import UserError
from delegations.domain.names import full_name
from delegations.printing import fonts
from delegations.printing.badge_alone import pdf_page_png, render_badge_alone
from delegations.printing.layouts import Layout, parse_layout
from delegations.printing.model import BadgeData, EventInfo
from delegations.progress import Cancelled, never
from delegations.store import EventFile, SqlConnection
from delegations.store.stored import stored_name_order

SIDES = ("front", "back")
_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
_SCRIPT_SAMPLES = (  # (key, English label, script of the native name)
    ("km", "Khmer name", fonts.Script.KHMER),
    ("th", "Thai name", fonts.Script.THAI),
    ("lo", "Lao name", fonts.Script.LAO),
    ("my", "Myanmar name", fonts.Script.MYANMAR),
    ("zh", "Chinese name", fonts.Script.HAN),
)
EXAMPLE = BadgeData(
    0,
    "Example Person",
    given_name="Example",
    family_name="Person",
    delegation="Example delegation",
    role="Delegate",
    qr_payload="EXAMPLE",
)


@dataclass(frozen=True, slots=True)
class PreviewSample:
    key: str  # "longest", "km", "th", "lo", "my", "zh", "vi", "photo", "no-photo", "role:<code>"
    label: str  # English label; the widget translates its own labels
    delegate_id: int | None  # None: the made-up person of an event with nobody yet
    person: str = ""  # the name as printed
    role: str = ""  # the role's name, for "role:<code>" samples


@dataclass(frozen=True, slots=True)
class _Person:
    id: int
    name: str
    native_name: str
    has_photo: bool
    role_code: str | None
    role_name: str
    role_color: str | None
    role_order: int


_lock = threading.Lock()
_samples: dict[str, list[PreviewSample]] = {}  # event file path -> its samples
_badges: dict[tuple[str, str], tuple[EventInfo, BadgeData]] = {}  # (path, sample key)


def preview_samples(event_file: EventFile) -> list[PreviewSample]:
    """The event's sample people for the preview, read anew (and the cached badges dropped)."""
    with event_file.read() as connection:
        people = _people(connection)
    samples = _choose(people) or [PreviewSample("example", "Example", None, EXAMPLE.name)]
    path = str(event_file.path)
    with _lock:
        _samples[path] = samples
        for key in [key for key in _badges if key[0] == path]:
            del _badges[key]
    return samples


def render_layout_sample(
    event_file: EventFile,
    data: dict[str, Any],
    sample_key: str,
    side: str = "front",
    dpi: int = 150,
    *,
    superseded: Cancelled = never,
) -> bytes:
    """A PNG of one badge of the layout `data` (its front or back) for the sample person, at
    `dpi`, drawn by the print path's renderer: the pixels the printed badge has at that dpi.

    `superseded()` is asked once the badge is drawn, before it is rasterised (the longer
    part): True returns b"" at once, as the preview does when a newer request waits.

    Raises:
        UserError: the layout is invalid (the sentence names the element), or the sample
            or side is unknown.
    """
    if side not in SIDES:
        raise UserError(f"A badge has a front and a back, not a “{side}”.")
    layout = _layout(data)
    event, badge = _sample_badge(event_file, sample_key)
    pdf = render_badge_alone(layout, event, badge, back=side == "back")
    if superseded():
        return b""
    return pdf_page_png(pdf, dpi=dpi)


def _layout(data: Any) -> Layout:
    title = data.get("title") if isinstance(data, dict) else None
    source = f"“{title}”" if isinstance(title, str) and title else "being designed"
    # An element dragged past the badge's edge is drawn cut off (the checks say by how much).
    return parse_layout(data, "preview", source, elements_inside=False)


def _sample_badge(event_file: EventFile, key: str) -> tuple[EventInfo, BadgeData]:
    from delegations.services import badges  # services.badges imports services.layouts

    path = str(event_file.path)
    with _lock:
        cached = _badges.get((path, key))
        samples = _samples.get(path)
    if cached is not None:
        return cached
    if samples is None:
        samples = preview_samples(event_file)
    sample = next((s for s in samples if s.key == key), None)
    if sample is None:
        known = ", ".join(s.key for s in samples)
        raise UserError(f"There is no preview sample “{key}”; the samples are: {known}.")
    with event_file.read() as connection:
        event = badges.event_info(session=connection)
        found = (
            badges.badge_data(session=connection, delegate_ids=[sample.delegate_id])
            if sample.delegate_id is not None
            else [EXAMPLE]
        )
    if not found:
        raise UserError(f"{sample.person} is no longer in the event; choose another sample.")
    with _lock:
        _badges[(path, key)] = (event, found[0])
    return event, found[0]


# Choosing the samples ------------------------------------------------------------------------


def _people(connection: SqlConnection) -> list[_Person]:
    rows = connection.execute(
        """
        SELECT d.id, d.given_name, d.family_name, d.name_order, d.native_name,
               d.photo IS NOT NULL, r.code, r.name, r.color, r.sort_order
        FROM delegate d JOIN delegation g ON g.id = d.delegation_id
        LEFT JOIN role r ON r.id = d.role_id
        ORDER BY g.protocol_order, g.name, coalesce(r.sort_order, -1), d.family_name,
                 d.given_name, d.id
        """
    )
    return [
        _Person(
            id_,
            full_name(given, family, stored_name_order(order)),
            unicodedata.normalize("NFC", native or ""),
            bool(has_photo),
            code,
            role or "",
            color,
            -1 if role_order is None else role_order,
        )
        for id_, given, family, order, native, has_photo, code, role, color, role_order in rows
    ]


def _width(text: str) -> float:
    return fonts.text_width(text, 1.0, bold=True) if text else 0.0


def _widest(people: list[_Person], text: Any = lambda p: p.name) -> _Person | None:
    return max(people, key=lambda person: _width(text(person)), default=None)


def _sample(key: str, label: str, person: _Person | None, role: str = "") -> list[PreviewSample]:
    return [] if person is None else [PreviewSample(key, label, person.id, person.name, role)]


def _main_script(text: str) -> fonts.Script | None:
    counts: dict[fonts.Script, int] = {}
    for char in text:
        script = fonts.script_of(char)
        if script is not None and script != fonts.Script.LATIN:
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__, default=None)


def _choose(people: list[_Person]) -> list[PreviewSample]:
    if not people:
        return []
    samples = _sample("longest", "Longest name", _widest(people))
    by_script: dict[fonts.Script, list[_Person]] = {}
    for person in people:
        script = _main_script(person.native_name)
        if script is not None:
            by_script.setdefault(script, []).append(person)
    for key, label, script in _SCRIPT_SAMPLES:
        widest = _widest(by_script.get(script, []), lambda p: p.native_name)
        samples += _sample(key, label, widest)
    vietnamese = [p for p in people if _VIETNAMESE.search(p.native_name or p.name)]
    samples += _sample("vi", "Vietnamese name", _widest(vietnamese))
    samples += _sample("photo", "With a photo", _widest([p for p in people if p.has_photo]))
    samples += _sample(
        "no-photo", "Without a photo", _widest([p for p in people if not p.has_photo])
    )
    colours: set[str | None] = set()
    for person in sorted(people, key=lambda p: p.role_order):  # stable: protocol order
        if person.role_color in colours:
            continue
        colours.add(person.role_color)
        if person.role_code is None:
            samples += _sample("no-role", "No role", person)
        else:
            samples += _sample(f"role:{person.role_code}", "Role colour", person, person.role_name)
    return samples
