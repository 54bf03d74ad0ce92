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

Choosing the language: View ▸ Language lists the languages each named in itself; the choice is
the `ui/language` setting and the window reopens in it at once (`reopen_in_language`).
`delegations --lang zh_CN …` chooses one for that run only (`use_for_session`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from delegations.domain.errors import UserError
from delegations.paths import resources_dir

LANGUAGE_KEY = "ui/language"
CATALOGUE = "delegations"
QT_CATALOGUE = "qtbase"

# The window's languages, each named in itself, as View ▸ Language lists them.
LANGUAGES: dict[str, str] = {
    "zh_CN": "简体中文",
    "vi": "Tiếng Việt",
    "th": "ไทย",
    "km": "ខ្មែរ",
    "lo": "ລາວ",
    "my": "မြန်မာ",
    "id": "Bahasa Indonesia",
    "ms": "Bahasa Melayu",
    "en": "English",
}
SYSTEM = ""  # the setting's value (and the menu item) that follows the system's language

_session_language: str | None = None  # `--lang`, for this run only
_installed: list[QTranslator] = []  # what `apply_language` installed, removed at a switch


def translations_dir() -> Path:
    """Where our `.ts` and `.qm` files live."""
    return resources_dir() / "translations"


def use_for_session(language: str) -> None:
    """`delegations --lang LANG`: the window in `language` for this run; the choice remembered
    in the settings stays as it is.

    Raises:
        UserError: not one of the window's languages.
    """
    global _session_language
    if language not in LANGUAGES:
        raise UserError(
            f"There is no “{language}” translation; choose one of {', '.join(LANGUAGES)}."
        )
    _session_language = language


def chosen_language(settings: QSettings) -> str:
    """The language chosen for this run, else in the settings; `SYSTEM` when none is."""
    if _session_language is not None:
        return _session_language
    chosen = settings.value(LANGUAGE_KEY, SYSTEM)
    return chosen if isinstance(chosen, str) else SYSTEM


def ui_locale(settings: QSettings) -> QLocale:
    """The language the user chose, else the system's; the bare C locale counts as English."""
    chosen = chosen_language(settings)
    locale = QLocale(chosen) if chosen else QLocale.system()
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
        (QLocale(QLocale.Language.English), CATALOGUE, translations_dir()),
        (locale, CATALOGUE, translations_dir()),
        # Qt's own words: Qt's catalogue where it ships one (Chinese), and ours above it (the
        # ASEAN languages, and the strings newer than Qt's Chinese).
        (locale, QT_CATALOGUE, qt_folder),
        (locale, QT_CATALOGUE, translations_dir()),
    )
    for language, name, folder in candidates:
        translator = QTranslator(app)
        if not translator.load(language, name, "_", str(folder)):
            continue  # no catalogue for this language: the ones below answer
        if translator.filePath() in {done.filePath() for done in installed}:
            continue  # English chosen: its catalogue is in already
        if app.installTranslator(translator):
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def apply_language(app: QCoreApplication, locale: QLocale) -> None:
    """Make `locale` the application's language: its translators replace the ones this
    installed before, and numbers and dates follow it."""
    remove_translators(app, _installed)
    _installed[:] = install_translators(app, locale)
    QLocale.setDefault(locale)


class LanguageWindow(Protocol):
    """What View ▸ Language needs of the main window."""

    replacement: QMainWindow | None

    @property
    def settings(self) -> QSettings: ...

    def tabs_can_close(self) -> bool: ...

    def reopened(self) -> QMainWindow: ...


def reopen_in_language(window: LanguageWindow, language: str) -> QMainWindow | None:
    """Remember `language` (or `SYSTEM`), install it, and show a new window in it where
    `window` was (same event, tab and geometry); `window` goes. None if the window cannot
    close now (desk mode asks for its PIN first)."""
    global _session_language
    if not window.tabs_can_close():
        return None
    _session_language = None
    window.settings.setValue(LANGUAGE_KEY, language)
    app = QCoreApplication.instance()
    assert app is not None
    apply_language(app, ui_locale(window.settings))
    new = window.reopened()
    window.replacement = new  # for whoever held the old window (`ui.app.run_app`)
    new.show()
    old: QMainWindow = window  # type: ignore[assignment]
    old.hide()
    old.deleteLater()
    return new


def latest_window(window: QMainWindow) -> QMainWindow:
    """The window that replaced `window` (and so on), or `window` itself."""
    while (replacement := getattr(window, "replacement", None)) is not None:
        window = replacement
    return window


class LanguageMenu(QObject):
    """View ▸ Language: the system's language, then each language named in itself."""

    def __init__(self, window: LanguageWindow, view_menu: QMenu) -> None:
        super().__init__(view_menu)
        self._window = window
        self.menu = view_menu.addMenu(self.tr("&Language"))
        self.group = QActionGroup(self)
        current = chosen_language(window.settings)
        system = _native_name(QLocale.system())
        items = [(SYSTEM, self.tr("System language ({language})").format(language=system))]
        for language, name in [*items, *LANGUAGES.items()]:
            action = QAction(name, self.group, checkable=True, checked=language == current)
            action.setData(language)
            self.menu.addAction(action)
            if language == SYSTEM:
                self.menu.addSeparator()
        self.group.triggered.connect(self._on_triggered)

    def action(self, language: str) -> QAction:
        return next(a for a in self.group.actions() if a.data() == language)

    def _on_triggered(self, action: QAction) -> None:
        language = str(action.data())
        if language == chosen_language(self._window.settings):
            return
        if reopen_in_language(self._window, language) is None:
            self.action(chosen_language(self._window.settings)).setChecked(True)


def _native_name(locale: QLocale) -> str:
    """The language of `locale` named in itself, as the menu names it (C: English)."""
    if locale.language() == QLocale.Language.C:
        return LANGUAGES["en"]
    return LANGUAGES.get(locale.name(), LANGUAGES.get(locale.name().split("_")[0], "")) or (
        locale.nativeLanguageName()
    )


def add_language_menu(window: LanguageWindow, view_menu: QMenu) -> LanguageMenu:
    return LanguageMenu(window, view_menu)
