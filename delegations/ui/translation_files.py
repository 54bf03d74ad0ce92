"""Refresh the Qt Linguist files from the code, then build what the app loads.

    .venv/bin/python -m delegations.ui.translation_files [LANG ...]

`pyside6-lupdate` reads every `tr()` of `delegations/ui` into each
`resources/translations/delegations_<lang>.ts` (translations already made are kept; strings no
longer in the code are dropped; the English file holds only the plural forms), and
`pyside6-lrelease` compiles each `.ts` into the `.qm` beside it. Naming a language that has no
`.ts` yet (`zh_CN`) starts one. Works in a source checkout, not in the frozen app.

Qt's own strings (dialog buttons, file dialog, context menus): `qt_sources.json` lists, by
Qt's context, the ones the window can show. Each language gets `qtbase_<lang>.ts` holding them
(translations made are kept) -- where Qt ships a catalogue (Chinese), only those it lacks --
compiled to `qtbase_<lang>.qm`, which `delegations.ui.language` installs above Qt's.
See `delegations.ui.language` for adding a plural.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator

from delegations.paths import resources_dir

SOURCE_LANGUAGE = "en"
UI_SOURCES = Path(__file__).resolve().parent
TRANSLATIONS = resources_dir() / "translations"
QT_SOURCES = TRANSLATIONS / "qt_sources.json"


def qt_tool(name: str) -> Path:
    """The `lupdate` or `lrelease` program inside the installed PySide6 package."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("PySide6 is not installed")
    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(next(iter(spec.submodule_search_locations))) / f"{name}{suffix}"


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"delegations_{language}.ts"


def languages(folder: Path = TRANSLATIONS) -> list[str]:
    """The languages that have a `.ts` file, English first."""
    found = {path.stem.removeprefix("delegations_") for path in folder.glob("delegations_*.ts")}
    return sorted(found, key=lambda language: (language != SOURCE_LANGUAGE, language))


def source_files() -> list[Path]:
    return sorted(path for path in UI_SOURCES.rglob("*.py") if "__pycache__" not in path.parts)


def update(ts: Path, language: str) -> None:
    """Merge the code's strings into `ts` (created if missing), keeping translations made."""
    only_plurals = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
    _run(
        qt_tool("lupdate"),
        *map(str, source_files()),
        "-no-obsolete",
        "-locations", "relative",
        "-source-language", SOURCE_LANGUAGE,
        "-target-language", language,
        *only_plurals,
        "-ts", str(ts),
    )  # fmt: skip


def qt_catalogue(language: str) -> QTranslator | None:
    """PySide6's own `qtbase_<language>.qm` (Chinese has one, the ASEAN languages none)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    translator = QTranslator()
    return translator if translator.load(str(folder / f"qtbase_{language}.qm")) else None


def qt_strings_to_translate(language: str) -> dict[str, list[str]]:
    """The Qt strings of `qt_sources()` our catalogue translates into `language`: all of them,
    or, where Qt ships a catalogue, those it lacks (strings newer than its translation)."""
    shipped = qt_catalogue(language)
    if shipped is None:
        return qt_sources()
    return {
        context: missing
        for context, sources in qt_sources().items()
        if (missing := [s for s in sources if not shipped.translate(context, s)])
    }


def qt_ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"qtbase_{language}.ts"


def qt_sources() -> dict[str, list[str]]:
    """Qt's context -> the English strings of it the window can show."""
    return json.loads(QT_SOURCES.read_text(encoding="utf-8"))


def update_qt(ts: Path, language: str) -> None:
    """Write `ts` with the Qt strings to translate into `language`, keeping the translations
    it holds."""
    kept = _translations(ts) if ts.exists() else {}
    root = ElementTree.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for context, sources in qt_strings_to_translate(language).items():
        element = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(element, "name").text = context
        for source in sources:
            message = ElementTree.SubElement(element, "message")
            ElementTree.SubElement(message, "source").text = source
            old = kept.get((context, source))
            translation = ElementTree.SubElement(message, "translation")
            if old is not None and old.get("type") is None and old.text:
                translation.text = old.text
            else:
                translation.set("type", "unfinished")
    ElementTree.indent(root, space="    ")
    body = ElementTree.tostring(root, encoding="unicode", short_empty_elements=False)
    # Quotes escaped in text as lupdate writes them, so filling the file changes only translations.
    body = re.sub(
        r">[^<]+<", lambda text: text[0].replace("'", "&apos;").replace('"', "&quot;"), body
    )
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def _translations(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                found[(name, message.findtext("source", ""))] = translation
    return found


def release(ts: Path, qm: Path) -> None:
    """Compile `ts` into `qm` (unfinished translations left out: Qt shows the source text)."""
    _run(qt_tool("lrelease"), str(ts), "-qm", str(qm))


def _run(*command: str | Path) -> None:
    subprocess.run(
        [str(part) for part in command], check=True, stdout=subprocess.DEVNULL, text=True
    )


def main(argv: list[str] | None = None) -> int:
    wanted = list(dict.fromkeys([*languages(), *(sys.argv[1:] if argv is None else argv)]))
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in wanted or [SOURCE_LANGUAGE]:
        ts = ts_path(language)
        update(ts, language)
        release(ts, ts.with_suffix(".qm"))
        print(f"{ts.name} and {ts.with_suffix('.qm').name} updated")
        if language != SOURCE_LANGUAGE:
            qt_ts = qt_ts_path(language)
            update_qt(qt_ts, language)
            release(qt_ts, qt_ts.with_suffix(".qm"))
            print(f"{qt_ts.name} and {qt_ts.with_suffix('.qm').name} updated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
