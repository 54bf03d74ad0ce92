"""Every string the window shows goes through a translation it can find: with a pseudo
catalogue that translates every message of the code to ‹source›, no tab, menu or dialog shows
one of those sources as it is (a string whose context lupdate and PySide disagree on would)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_mnemonics import DIALOGS, menus_of

from delegations.store import EventFile
from delegations.ui.main_window import TAB_NAMES, MainWindow
from delegations.ui.translation_files import release, update

OPEN, CLOSE = "‹", "›"
Button = QDialogButtonBox.StandardButton


def pseudo_catalogue(folder: Path) -> tuple[Path, set[str]]:
    """A .qm translating every message of the code to ‹source›; and the sources."""
    ts = folder / "delegations_xx.ts"
    update(ts, "xx")
    tree = ElementTree.parse(ts)
    sources = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        sources.add(source)
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for form in translation.findall("numerusform") or [translation]:
            form.text = OPEN + source + CLOSE
    tree.write(ts, encoding="utf-8")
    qm = ts.with_suffix(".qm")
    release(ts, qm)
    return qm, sources


@pytest.fixture(scope="module")
def pseudo(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[set[str]]:
    """The pseudo catalogue installed over the English one; yields the code's sources."""
    qm, sources = pseudo_catalogue(tmp_path_factory.mktemp("pseudo"))
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield sources
    qapp.removeTranslator(translator)


def column_count(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model: Qt's columnCount is private there
        return 1


def qt_standard_button(button: QAbstractButton) -> bool:
    """An OK/Cancel/Save… of a button box: Qt's own words, from Qt's catalogue."""
    box = button.parent()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != Button.NoButton


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for the words `root` shows: titles, buttons, labels, tabs, headers,
    placeholders, tooltips and accessible names."""

    def shown(widgets: Iterable[QWidget]) -> list[QWidget]:
        return [w for w in widgets if w is root or w.isVisibleTo(root)]

    yield "window title", root.windowTitle()
    for widget in shown([root, *root.findChildren(QWidget)]):
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        yield f"{where} tooltip", widget.toolTip()
        yield f"{where} accessible name", widget.accessibleName()
        if (
            isinstance(widget, QAbstractButton)
            and not qt_standard_button(widget)
            or isinstance(widget, QLabel)
        ):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QTabBar):
            yield from ((where, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(column_count(model)):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                yield f"{where} header", str(header or "")


def untranslated(texts: Iterable[tuple[str, str]], sources: set[str]) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in texts if text in sources})


@pytest.fixture
def pseudo_window(
    qtbot: QtBot, event_file: EventFile, settings: QSettings, pseudo: set[str]
) -> Iterator[MainWindow]:
    window = MainWindow(event_file, settings=settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.event_file.close()


def test_the_pseudo_catalogue_is_what_the_window_shows(
    pseudo_window: MainWindow, pseudo: set[str]
) -> None:
    assert pseudo_window.menuBar().actions()[0].text() == "‹&File›"
    assert "&File" in pseudo


@pytest.mark.parametrize("tab", TAB_NAMES)
def test_each_tab_and_the_menus_show_only_translated_words(
    pseudo_window: MainWindow, pseudo: set[str], tab: str
) -> None:
    pseudo_window.show_tab(tab)
    texts = list(shown_texts(pseudo_window))
    for menu in menus_of(pseudo_window):
        texts.append(("menu", menu.title()))
        for action in menu.actions():
            texts += [("menu item", action.text()), ("menu item tooltip", action.toolTip())]
    assert untranslated(texts, pseudo) == []


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog_shows_only_translated_words(
    pseudo_window: MainWindow, pseudo: set[str], tmp_path: Path, name: str
) -> None:
    dialog = DIALOGS[name](pseudo_window, tmp_path)
    try:
        assert untranslated(shown_texts(dialog), pseudo) == []
    finally:
        dialog.close()
