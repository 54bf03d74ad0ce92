"""The window follows the system's dark palette, and text on a colour stays readable.

The dark palette here is the one a dark desktop hands Qt (light text on a dark window and
base); the window must paint with it, not over it with white surfaces. Readability is
measured as WCAG 2 contrast (≥ 4.5:1 for text) on what the widgets actually show.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from delegations.domain.roles import DEFAULT_ROLES
from delegations.services.checkin import CheckInResult, Outcome
from delegations.ui.checkin.card import COLOURS, ResultCard
from delegations.ui.main_window import TAB_NAMES, MainWindow
from delegations.ui.palette import (
    DONE_GREEN,
    MIN_TEXT_CONTRAST,
    contrast_ratio,
    error_style,
    is_dark,
    meaning_colour,
    relative_luminance,
    surface_colours,
    text_on,
    warning_style,
)

_DARK = {
    QPalette.ColorRole.Window: "#2d2d2d",
    QPalette.ColorRole.WindowText: "#eeeeee",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#eeeeee",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#eeeeee",
    QPalette.ColorRole.Highlight: "#3a6ea5",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.ToolTipBase: "#2d2d2d",
    QPalette.ColorRole.ToolTipText: "#eeeeee",
    QPalette.ColorRole.Light: "#505050",
    QPalette.ColorRole.Midlight: "#404040",
    QPalette.ColorRole.Mid: "#2a2a2a",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Link: "#7ab7ff",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield qapp.palette()
    qapp.setPalette(before)


def _bright_share(image: QImage) -> float:
    """The share of pixels (sampled every 4th) that are near white."""
    bright = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            total += 1
            bright += relative_luminance(QColor(image.pixel(x, y))) > 0.8
    return bright / total


def _tab_images(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, QImage]]:
    window.resize(1100, 700)
    for name in TAB_NAMES:
        window.show_tab(name)
        qtbot.wait(20)
        yield name, window.grab().toImage()


def test_the_tabs_follow_the_dark_palette_without_white_surfaces(
    qtbot: QtBot, window: MainWindow, dark: QPalette
) -> None:
    assert is_dark(dark)
    for name, image in _tab_images(qtbot, window):
        share = _bright_share(image)
        assert share < 0.03, f"{name}: {share:.0%} of the tab is near white in dark mode"


def test_the_same_measure_sees_a_light_window(qtbot: QtBot, window: MainWindow) -> None:
    shares = {name: _bright_share(image) for name, image in _tab_images(qtbot, window)}
    assert all(share > 0.3 for share in shares.values()), shares


def test_the_agenda_grid_paints_its_surface_from_the_palette(
    qtbot: QtBot, window: MainWindow, dark: QPalette
) -> None:
    grid = window.show_tab("agenda").grid  # type: ignore[attr-defined]
    qtbot.wait(20)
    image = grid.viewport().grab().toImage()
    corner = QColor(image.pixel(image.width() - 3, image.height() - 3))
    assert corner == dark.color(QPalette.ColorRole.Base)
    colours = surface_colours(dark)
    assert contrast_ratio(colours.text, colours.header) >= MIN_TEXT_CONTRAST
    assert contrast_ratio(colours.quiet_text, colours.header) >= MIN_TEXT_CONTRAST


def _every_colour() -> list[QColor]:
    """Hues round the wheel at every lightness and saturation step: what a role may be."""
    return [
        QColor.fromHslF(hue / 24, saturation / 4, lightness / 20)
        for hue in range(24)
        for saturation in range(5)
        for lightness in range(21)
    ]


def test_text_on_any_role_colour_reaches_4_5_to_1() -> None:
    worst = min(contrast_ratio(text_on(colour), colour) for colour in _every_colour())
    assert worst >= MIN_TEXT_CONTRAST


@pytest.mark.parametrize("role", DEFAULT_ROLES, ids=lambda role: role.code)
def test_the_cards_role_chip_is_readable_in_light_and_dark(
    qtbot: QtBot, qapp: QApplication, role: object
) -> None:
    for palette in (qapp.palette(), dark_palette()):
        before = qapp.palette()
        qapp.setPalette(palette)
        try:
            card = ResultCard()
            qtbot.addWidget(card)
            card.show_result(CheckInResult(
                outcome=Outcome.ADMITTED, message="", delegate_id=1, name="Lê Văn Anh",
                role=role.name, role_color=role.color,  # type: ignore[attr-defined]
            ))  # fmt: skip
            style = card.role.styleSheet()
            background = QColor(re.search(r"background: (#\w+)", style).group(1))  # type: ignore[union-attr]
            text = QColor(re.search(r"[^-]color: (#\w+)", style).group(1))  # type: ignore[union-attr]
            assert background == QColor(role.color)  # type: ignore[attr-defined]
            assert contrast_ratio(text, background) >= MIN_TEXT_CONTRAST, role
        finally:
            qapp.setPalette(before)


def test_the_cards_white_words_are_readable_on_every_state_colour() -> None:
    for state, colour in COLOURS.items():
        assert contrast_ratio(QColor("white"), colour) >= MIN_TEXT_CONTRAST, state


def test_error_warning_and_done_words_are_readable_on_light_and_dark(qapp: QApplication) -> None:
    for palette in (qapp.palette(), dark_palette()):
        label = QLabel()
        for style in (error_style(palette), warning_style(palette)):
            colour = QColor(style.removeprefix("color: ").removesuffix(";"))
            for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
                assert contrast_ratio(colour, palette.color(role)) >= MIN_TEXT_CONTRAST
        done = meaning_colour(DONE_GREEN, palette)
        assert contrast_ratio(done, palette.color(QPalette.ColorRole.Base)) >= MIN_TEXT_CONTRAST
        label.deleteLater()
    # Red stays red on dark: more red than green or blue.
    red = QColor(error_style(dark_palette()).removeprefix("color: ").removesuffix(";"))
    assert red.red() > red.green() and red.red() > red.blue()
