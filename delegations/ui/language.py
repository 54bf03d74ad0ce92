"""The window's language: our translations and Qt's own, installed at start-up.

The language is the one the user chose (the `ui/language` setting, a locale name such as
`zh_CN`), else the system's. Our catalogue is `resources/translations/delegations_<lang>.qm`;
Qt's own strings (dialog buttons, context menus) come from `qtbase_<lang>.qm` in PySide6's
translations folder, which ships them for Chinese but not for the ASEAN languages; for those,
our own `qtbase_<lang>.qm` beside our catalogue (see `delegations.ui.translation_files`).

English is always installed underneath: it carries nothing but the plural forms, so a count
reads "1 delegate" / "2 delegates" in English and in any language whose catalogue lacks that
string.

Plurals. Never build "1 thing" / "n things" by hand; let Qt pick the form for the language:

    self.tr("%Ln delegate(s)", "", count)

(`%Ln` writes the count with the locale's digit grouping, "2,000"; `%n` without it.)
The call must sit in a method of the object's own class: lupdate files the string under the
class around the call, and PySide looks it up under `type(self).__name__`, so a plural in a base
class's method run on a subclass, or in a module function, shows "2 page(s)". There, give the
words a small class of their own (`class _Counts(QObject): def pages(self, n): return
self.tr("%Ln page(s)", "", n)`). `QCoreApplication.translate(...)` with a count is no way out:
lupdate does not see it as a plural.

Then give it its English forms:

1. run `.venv/bin/python -m delegations.ui.translation_files` (lupdate adds the new string to
   every `.ts`, unfinished);
2. in `resources/translations/delegations_en.ts`, fill the new message's two
   `<numerusform>`s ("%Ln delegate", "%Ln delegates") and drop `type="unfinished"`;
3. run the same command again: lrelease rebuilds the `.qm` files, which are committed.

`tests/unit/test_translations_files.py` fails while a numerus string of the code has no finished
English forms or a `.qm` does not match its `.ts`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from delegations.paths import resources_dir

LANGUAGE_KEY = "ui/language"
CATALOGUE = "delegations"
QT_CATALOGUE = "qtbase"


def translations_dir() -> Path:
    """Where our `.ts` and `.qm` files live."""
    return resources_dir() / "translations"


def ui_locale(settings: QSettings) -> QLocale:
    """The language the user chose, else the system's; the bare C locale counts as English."""
    chosen = settings.value(LANGUAGE_KEY, "")
    locale = QLocale(chosen) if isinstance(chosen, str) and chosen else QLocale.system()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Install English plurals, then the catalogue of `locale` and Qt's own strings for it.

    Qt asks the translator installed last first, so the language's catalogue wins and English
    answers what it lacks. Returns the installed translators (the caller keeps them alive and
    may remove them again)."""
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = (
        (QLocale(QLocale.Language.English), CATALOGUE, (translations_dir(),)),
        (locale, CATALOGUE, (translations_dir(),)),
        # Qt's own words: Qt's catalogue where it ships one (Chinese), else ours (ASEAN).
        (locale, QT_CATALOGUE, (qt_folder, translations_dir())),
    )
    for language, name, folders in candidates:
        translator = _loaded(app, language, name, folders)
        if translator is None:
            continue  # no catalogue for this language: the ones below answer
        if translator.filePath() in {done.filePath() for done in installed}:
            continue  # English chosen: its catalogue is in already
        if app.installTranslator(translator):
            installed.append(translator)
    return installed


def _loaded(
    app: QCoreApplication, locale: QLocale, name: str, folders: tuple[str | Path, ...]
) -> QTranslator | None:
    """The catalogue `name` for `locale` from the first folder that has it."""
    for folder in folders:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder)):
            return translator
    return None


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
