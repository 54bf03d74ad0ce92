"""The event's badge layouts: stored in the event file, chosen per role, moved between events.

The bundled layouts (`resources/layouts`) are read-only starting points: `duplicate_layout`
copies one into the event, where it can be changed (`save_layout`). A layout is stored as
its file's JSON (format 1) with `elements_from` resolved and every image embedded as a data
URI (`data:image/png;base64,…`), so the JSON that `export_layout` writes is the whole layout
and `import_layout` needs nothing beside it.

Names are shared: an event layout may not take a bundled layout's name, so a name always
means one layout. A role may be given a layout (`assign_layout`); a print run that names no
layout gives each person their role's one, the default (a6) for the others.

Reads and writes are plain SQL through SQLAlchemy Core (`EventFile.read()`), as the print path's,
the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delegations.domain.errors import NotFound, UserError
from delegations.files import replaced_atomically
from delegations.printing.badges import check_images
from delegations.printing.layouts import (
    DEFAULT_LAYOUT,
    FORMAT,
    Layout,
    LayoutError,
    bundled_layout_data,
    layout_names,
    load_layout,
    parse_layout,
)
from delegations.printing.layouts.design_checks import DesignProblem, layout_problems
from delegations.printing.layouts.schema import IMAGE_TYPES, MAX_IMAGE_BYTES
from delegations.printing.model import TEXT_FIELDS
from delegations.services.outputs import checked_output
from delegations.store import EventFile, SqlConnection, sql_connection

_NAME = re.compile(r"[A-Za-z0-9_-]{1,40}")
_TIMESTAMP = "%Y-%m-%d %H:%M:%S.%f"
MAX_FILE_BYTES = 64 * 2**20  # a layout file with a few images of up to 10 MB each


@dataclass(frozen=True, slots=True)
class LayoutEntry:
    """A layout as the list shows it: bundled or the event's, and the roles that use it."""

    layout: Layout
    bundled: bool
    roles: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.layout.name


# Reading ---------------------------------------------------------------------------------------


def _event_rows(connection: SqlConnection) -> dict[str, str]:
    return dict(connection.execute("SELECT name, data FROM eventlayout ORDER BY name").fetchall())


def _parse_stored(name: str, data: str) -> Layout:
    return parse_layout(json.loads(data), name, f"“{name}” of the event")


def find_layout(*, session: Any, name: str) -> Layout:
    """The layout `name`: the event's own or a bundled one.

    `session` is an `EventFile.read()` connection or an ORM session; None: bundled only.

    Raises:
        LayoutError: no layout has that name (the sentence lists them), or it is invalid.
    """
    connection = None if session is None else sql_connection(session)
    if connection is not None:
        row = connection.execute("SELECT data FROM eventlayout WHERE name = ?", (name,))
        if (found := row.fetchone()) is not None:
            return _parse_stored(name, found[0])
    if name in layout_names():
        return load_layout(name)
    stored = _event_rows(connection) if connection is not None else {}
    known = ", ".join([*layout_names(), *stored])
    raise LayoutError(f"There is no badge layout “{name}”; the layouts are: {known}.")


def role_layouts(*, session: Any) -> dict[int, str]:
    """The layout name of each role that has one, by role id."""
    rows = sql_connection(session).execute("SELECT role_id, layout FROM rolelayout")
    return dict(rows.fetchall())


def list_event_layouts(event_file: EventFile) -> list[LayoutEntry]:
    """The bundled layouts (the default first), then the event's, each with its roles."""
    with event_file.read() as connection:
        stored = _event_rows(connection)
        roles: dict[str, list[str]] = {}
        for layout, role in connection.execute(
            "SELECT l.layout, r.name FROM rolelayout l JOIN role r ON r.id = l.role_id"
            " ORDER BY r.sort_order, r.name"
        ):
            roles.setdefault(layout, []).append(role)
    entries = [
        LayoutEntry(load_layout(name), True, tuple(roles.get(name, ()))) for name in layout_names()
    ]
    entries += [
        LayoutEntry(_parse_stored(name, data), False, tuple(roles.get(name, ())))
        for name, data in stored.items()
    ]
    return entries


def layout_json(event_file: EventFile, name: str) -> dict[str, Any]:
    """The layout's JSON data as `save_layout` takes it back (the event's or a bundled one,
    `elements_from` resolved, images embedded): what an editor starts from."""
    with event_file.read() as connection:
        return _layout_data(connection, name)


def _layout_data(connection: SqlConnection, name: str) -> dict[str, Any]:
    row = connection.execute("SELECT data FROM eventlayout WHERE name = ?", (name,)).fetchone()
    if row is not None:
        return json.loads(row[0])
    find_layout(session=connection, name=name)  # refuses an unknown name with the list
    return {"format": FORMAT, **bundled_layout_data(name)}


# Writing ---------------------------------------------------------------------------------------


def _check_new_name(connection: SqlConnection, name: str) -> None:
    if not _NAME.fullmatch(name):
        raise UserError(
            f"“{name}” cannot name a layout: use up to 40 letters, digits, - and _ (no spaces)."
        )
    if name in layout_names():
        raise UserError(f"“{name}” is a bundled layout; give the event's layout another name.")
    if connection.execute("SELECT 1 FROM eventlayout WHERE name = ?", (name,)).fetchone():
        raise UserError(f"The event already has a layout “{name}”; choose another name.")


def _checked(data: Any, name: str, source: str) -> str:
    """The layout's JSON as stored, once the layout and its images are checked."""
    layout = parse_layout(data, name, source)
    check_images(layout, source)
    stored = {"format": FORMAT, **{k: v for k, v in data.items() if k != "format"}}
    return json.dumps(stored, ensure_ascii=False)


def _insert(connection: SqlConnection, name: str, data: str) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).strftime(_TIMESTAMP)
    connection.execute(
        "INSERT INTO eventlayout (name, data, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
        (name, data, now),
    )


def duplicate_layout(
    event_file: EventFile, name: str, new_name: str, *, title: str | None = None
) -> Layout:
    """Duplicate to edit: a copy of the bundled or event layout `name` stored in the event.

    Raises:
        UserError: `name` is unknown, or `new_name` is taken or not a usable name.
    """
    with event_file.write_locked() as connection:
        data = _layout_data(connection, name)
        _check_new_name(connection, new_name)
        data["title"] = title or f"{data['title']} (copy of {name})"
        _insert(connection, new_name, _checked(data, new_name, f"“{new_name}”"))
        return _parse_stored(new_name, json.dumps(data))


def save_layout(event_file: EventFile, name: str, data: dict[str, Any]) -> Layout:
    """Store the event layout `name` (new or changed) from its JSON data, once checked.

    Raises:
        UserError: a bundled layout's name, or an invalid layout (the element is named).
    """
    with event_file.write_locked() as connection:
        exists = connection.execute("SELECT 1 FROM eventlayout WHERE name = ?", (name,))
        if exists.fetchone() is None:
            _check_new_name(connection, name)
        stored = _checked(data, name, f"“{name}”")
        _insert(connection, name, stored)
    return _parse_stored(name, stored)


def export_layout(event_file: EventFile, name: str, out: Path | str) -> Path:
    """Write the layout `name` (the event's or a bundled one) as one JSON file, its images
    embedded.

    Raises:
        UserError: unknown layout, or the file cannot be written.
    """
    out = Path(out)
    with event_file.read() as connection:
        data = _layout_data(connection, name)
    checked_output(out)
    try:
        with replaced_atomically(out, make_folder=False) as temporary:
            temporary.write_text(
                json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
    except OSError as error:
        raise UserError(f"Cannot write {out}: {error.strerror or error}.") from error
    return out


def _read_layout_file(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(
                f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB; it is not a layout."
            )
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise UserError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder; give the layout's JSON file.") from None
    except OSError as error:
        raise UserError(f"Cannot read {path}: {error.strerror or error}.") from None
    except UnicodeDecodeError as error:
        raise LayoutError(
            f"Badge layout {path.name} is not UTF-8 text (byte {error.start + 1})."
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise LayoutError(
            f"Badge layout {path.name} is not valid JSON: {error.msg} at line "
            f"{error.lineno}, column {error.colno}."
        ) from None


def import_layout(event_file: EventFile, path: Path | str, *, name: str | None = None) -> Layout:
    """Store the layout file `path` (as `export_layout` writes it) in the event, named
    `name` or after the file. Nothing is stored unless the whole layout is valid.

    Raises:
        UserError: unreadable or invalid file (the element is named), or the name is taken.
    """
    path = Path(path)
    data = _read_layout_file(path)
    if isinstance(data, dict) and "elements_from" in data:
        raise LayoutError(
            f"Badge layout {path.name}: “elements_from” cannot be imported; export the layout "
            "it names from its event, which writes the whole layout."
        )
    name = name or path.stem
    stored = _checked(data, name, path.name)
    with event_file.write_locked() as connection:
        _check_new_name(connection, name)
        _insert(connection, name, stored)
    return _parse_stored(name, stored)


def assign_layout(event_file: EventFile, role: str, name: str) -> tuple[str, Layout]:
    """Give the role `role` (its name or code) the layout `name`; the default layout's name
    takes a role's own layout away. Returns the role's name and the layout.

    Raises:
        NotFound: no such role (the sentence lists them).
        LayoutError: no such layout.
    """
    with event_file.write_locked() as connection:
        layout = find_layout(session=connection, name=name)
        role_id, role_name = _find_role(connection, role)
        if name == DEFAULT_LAYOUT:
            connection.execute("DELETE FROM rolelayout WHERE role_id = ?", (role_id,))
        else:
            connection.execute(
                "INSERT INTO rolelayout (role_id, layout) VALUES (?, ?)"
                " ON CONFLICT (role_id) DO UPDATE SET layout = excluded.layout",
                (role_id, name),
            )
    return role_name, layout


def _find_role(connection: SqlConnection, text: str) -> tuple[int, str]:
    roles = connection.execute("SELECT id, code, name FROM role ORDER BY sort_order").fetchall()
    wanted = text.strip().casefold()
    for role_id, code, name in roles:
        if wanted in (code.casefold(), name.casefold()):
            return role_id, name
    known = ", ".join(name for _, _, name in roles)
    raise NotFound(f"There is no role “{text}”; the roles are: {known}.")


# The designer ---------------------------------------------------------------------------------


def text_fields() -> tuple[str, ...]:
    """The fields a text element can show, and a {placeholder} or `when`/`unless` can name."""
    return TEXT_FIELDS


def image_data_uri(path: Path | str) -> str:
    """The PNG, JPEG or SVG file `path` as the data URI an image element takes (`src`).

    Raises:
        UserError: one sentence naming the file: unreadable, larger than 10 MB, not such an
            image, or an image that cannot be drawn.
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_IMAGE_BYTES:
            raise UserError(
                f"{path.name} is larger than {MAX_IMAGE_BYTES // 2**20} MB; choose a smaller image."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder; choose a PNG, JPEG or SVG image.") from None
    except OSError as error:
        raise UserError(f"Cannot read {path}: {error.strerror or error}.") from None
    media = _image_media_type(data)
    if media is None:
        raise UserError(f"{path.name} is not a PNG, JPEG or SVG image.")
    uri = f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"
    probe = {
        "title": "image",
        "badge": {"width": 10, "height": 10},
        "sheet": {"page": [10, 10]},
        "elements": [{"type": "image", "x": 0, "y": 0, "w": 10, "h": 10, "src": uri}],
    }
    try:
        check_images(parse_layout(probe, "image", path.name), path.name)
    except LayoutError:
        raise UserError(f"{path.name} is damaged or not an image Delegations can draw.") from None
    return uri


def _image_media_type(data: bytes) -> str | None:
    for media, magic in IMAGE_TYPES.items():
        found = magic in data[:4096] if media == "image/svg+xml" else data.startswith(magic)
        if found:
            return media
    return None


# Checks while designing ------------------------------------------------------------------------


def design_problems(data: dict[str, Any]) -> list[DesignProblem]:
    """What the layout `data` (as `layout_json` gives it) would print badly: elements outside
    the badge or the printable area, text below 6 pt, a QR code too small to scan at 150 dpi,
    overlapping text; both sides, in the order of the elements.

    `DesignProblem` is defined beside the checks (printing); the ui takes it from here.

    Raises:
        UserError: `data` is not a valid layout (one sentence naming the key).
    """
    title = data.get("title") if isinstance(data, dict) else None
    source = f"“{title}”" if isinstance(title, str) else "being designed"
    layout = parse_layout(data, "design", source, elements_inside=False)
    return layout_problems(layout)


# Deleting --------------------------------------------------------------------------------------


def delete_layout(event_file: EventFile, name: str) -> None:
    """Delete the event's own layout `name`; the bundled ones stay.

    Raises:
        UserError: a bundled layout, a layout some role prints with (named), or no such layout.
    """
    if name in layout_names():
        raise UserError(f"“{name}” is a bundled layout; only the event's own can be deleted.")
    with event_file.write_locked() as connection:
        stored = connection.execute("SELECT 1 FROM eventlayout WHERE name = ?", (name,))
        if stored.fetchone() is None:
            raise NotFound(f"The event has no layout “{name}”.")
        roles = [
            role
            for (role,) in connection.execute(
                "SELECT r.name FROM rolelayout l JOIN role r ON r.id = l.role_id"
                " WHERE l.layout = ? ORDER BY r.sort_order, r.name",
                (name,),
            )
        ]
        if roles:
            raise UserError(
                f"Layout “{name}” prints the badges of {', '.join(roles)}; give "
                f"{'that role' if len(roles) == 1 else 'those roles'} another layout first."
            )
        connection.execute("DELETE FROM eventlayout WHERE name = ?", (name,))


# The designer's live preview, written in its own module (services.layout_preview) -------------

from delegations.services.layout_preview import (  # noqa: E402, F401 (re-exported)
    PreviewSample,
    preview_samples,
    render_layout_sample,
)
