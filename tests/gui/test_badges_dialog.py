"""Print badges… and Reprint badge… from the Delegations tab."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from layout_material import designed
from pdf_reading import page_sizes, pages_text
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlmodel import select

from delegations.domain.models import BadgePrint, Delegate, PrintReason
from delegations.services import badges
from delegations.services import delegations as delegation_service
from delegations.services import event as event_service
from delegations.services import layouts as layout_service
from delegations.store import EventFile
from delegations.ui.badges.dialogs import BadgesDialog, ReprintDialog
from delegations.ui.delegations.tab import DelegationsTab
from delegations.ui.dialogs import pdf_output
from delegations.ui.main_window import MainWindow

ReadFile = Callable[[Callable[[Any], Any]], Any]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The PDFs the dialogs would open in the system viewer."""
    paths: list[Path] = []
    monkeypatch.setattr(pdf_output, "open_document", paths.append)
    return paths


def _tab(window: MainWindow) -> DelegationsTab:
    tab = window.show_tab("delegations")
    assert isinstance(tab, DelegationsTab)
    return tab


def _delegation_id(tab: DelegationsTab, name: str) -> int:
    return next(row.id for row in tab.delegation_model.rows() if row.name == name)


def _add_unprintable_name(event_file: EventFile) -> None:
    """A member of Viet Nam whose native name is in a script no bundled font has (Ethiopic)."""
    with event_file.session() as session:
        viet_nam = next(d for d in delegation_service.list_delegations(session=session)
                        if d.name == "Viet Nam")  # fmt: skip
        role = event_service.role_by_code(session=session, code="delegate").id
        delegation_service.add_delegate(
            session,
            delegation_service.DelegateCreate(
                delegation_id=viet_nam.id,
                role_id=role,
                given_name="Abebe",
                family_name="Bekele",
                native_name="አበበ በቀለ",
            ),
        )  # fmt: skip


def _wait_for_preview(qtbot: QtBot, dialog: BadgesDialog, count: int) -> None:
    qtbot.waitUntil(
        lambda: (
            dialog.last_preview is not None
            and dialog.last_preview.count == count
            and not dialog.busy()
        ),
        timeout=15_000,
    )


def test_print_one_delegation_on_a6(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, tmp_path: Path,
    read_file: ReadFile, opened: list[Path],
) -> None:  # fmt: skip
    _add_unprintable_name(event_file)
    window.data_changed.emit("delegates")
    tab = _tab(window)
    dialog = tab.badge_actions.open_badges_dialog()
    assert isinstance(dialog, BadgesDialog)
    _wait_for_preview(qtbot, dialog, 4)  # everyone, as nobody is selected

    dialog.choose(BadgesDialog.DELEGATION, delegation_id=_delegation_id(tab, "Viet Nam"))
    dialog.set_layout("a6")
    _wait_for_preview(qtbot, dialog, 3)

    assert dialog.preview_caption.text() == "3 badges on 3 pages"
    image = dialog.preview.image()
    assert not image.isNull() and image.height() > image.width()  # an A6 portrait page
    preflight = dialog.preflight_texts()
    assert len(preflight) == 1 and preflight[0].startswith("Abebe Bekele")
    assert "missing glyphs" in preflight[0]
    assert dialog.preflight_list.isVisibleTo(dialog)

    out = tmp_path / "viet nam.pdf"
    dialog.print_to(out)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)

    assert out.is_file() and len(PdfReader(out).pages) == 3
    assert opened == [out]
    logged = read_file(lambda s: s.exec(select(BadgePrint.layout, BadgePrint.reason)).all())
    assert sorted(logged) == [("a6", PrintReason.FIRST)] * 3


def test_selected_delegates_and_not_yet_printed(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, tmp_path: Path, opened: list[Path]
) -> None:
    tab = _tab(window)
    ids = [row.id for row in tab.delegate_model.rows()]
    badges.print_badges(event_file, tmp_path / "first.pdf", badges.BadgeSelection([ids[0]]))
    tab.select_delegates(ids[:2])
    dialog = tab.badge_actions.open_badges_dialog()
    assert dialog.selected_radio.isChecked()  # a selection of several is the default
    _wait_for_preview(qtbot, dialog, 2)
    dialog.unprinted_check.setChecked(True)
    _wait_for_preview(qtbot, dialog, 1)
    dialog.choose(BadgesDialog.ALL)
    _wait_for_preview(qtbot, dialog, 2)


def test_nothing_to_print_disables_printing(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, tmp_path: Path
) -> None:
    badges.print_badges(event_file, tmp_path / "all.pdf")
    dialog = _tab(window).badge_actions.open_badges_dialog()
    dialog.unprinted_check.setChecked(True)
    _wait_for_preview(qtbot, dialog, 0)
    assert not dialog.print_button.isEnabled()
    assert dialog.preview.text() == "No badges to print for this choice."


def test_reprint_of_a_lost_badge_asks_the_reason_and_bumps_the_version(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, tmp_path: Path,
    read_file: ReadFile, opened: list[Path],
) -> None:  # fmt: skip
    tab = _tab(window)
    duc = next(row for row in tab.delegate_model.rows() if row.name.startswith("Nguyễn"))
    badges.print_badges(event_file, tmp_path / "first.pdf", badges.BadgeSelection([duc.id]))
    tab.select_delegates([duc.id])
    dialog = tab.badge_actions.open_reprint_dialog()
    assert isinstance(dialog, ReprintDialog)

    assert not dialog.never_printed
    assert not dialog.print_button.isEnabled()  # the reason comes first
    dialog.choose_reason(PrintReason.LOST)
    assert dialog.print_button.isEnabled()
    out = tmp_path / "lost.pdf"
    dialog.print_to(out)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)

    assert out.is_file() and opened == [out]
    version = read_file(lambda s: s.get(Delegate, duc.id).badge_version)
    assert version == 2
    reasons = read_file(lambda s: s.exec(
        select(BadgePrint.reason, BadgePrint.badge_version)
        .where(BadgePrint.delegate_id == duc.id).order_by(BadgePrint.id)
    ).all())  # fmt: skip
    assert reasons == [(PrintReason.FIRST, 1), (PrintReason.LOST, 2)]


def test_reprint_for_someone_never_printed_is_a_first_badge(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, read_file: ReadFile, opened: list[Path]
) -> None:
    tab = _tab(window)
    somchai = next(row for row in tab.delegate_model.rows() if row.name == "Somchai Jaidee")
    tab.select_delegates([somchai.id])
    dialog = tab.badge_actions.open_reprint_dialog()
    assert dialog is not None
    assert dialog.never_printed and dialog.print_button.isEnabled()
    dialog.print_to(tmp_path / "somchai.pdf")
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    reasons = read_file(lambda s: s.exec(select(BadgePrint.reason)).all())
    assert reasons == [PrintReason.FIRST]


def test_first_page_png_draws_the_pdf() -> None:
    import io

    from reportlab.lib.pagesizes import A6
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A6)
    canvas.drawString(20, 200, "Hello")
    canvas.save()
    png = pdf_output.first_page_png(buffer.getvalue(), dpi=72)
    assert png is not None and png.startswith(b"\x89PNG")


# The event's layouts and each person's role layout ------------------------------------------


def _add_media_person(event_file: EventFile) -> None:
    """Lina Tan of Thailand, accredited as Media."""
    with event_file.session() as session:
        thailand = next(d for d in delegation_service.list_delegations(session=session)
                        if d.name == "Thailand")  # fmt: skip
        media = event_service.role_by_code(session=session, code="media").id
        delegation_service.add_delegate(
            session,
            delegation_service.DelegateCreate(
                delegation_id=thailand.id, role_id=media, given_name="Lina", family_name="Tan"
            ),
        )


def _media_on_a_card(event_file: EventFile) -> None:
    """Media print on the event's own CR80 card layout, everyone else on a6."""
    _add_media_person(event_file)
    layout_service.duplicate_layout(event_file, "cr80", "press-card", title="Press card")
    layout_service.assign_layout(event_file, "Media", "press-card")


def test_the_layout_choice_offers_role_layouts_bundled_and_the_events_own(
    qtbot: QtBot, window: MainWindow, event_file: EventFile
) -> None:
    layout_service.duplicate_layout(event_file, "a6", "press", title="Press badge")
    dialog = _tab(window).badge_actions.open_badges_dialog()
    _wait_for_preview(qtbot, dialog, 3)

    titles = dialog.layout_titles()
    assert titles[0] == "Each person's role layout" and dialog.layout_name() is None
    assert titles[1].startswith("A6") and titles[-1] == "Press badge"
    dialog.set_layout("press")
    assert dialog.suggested_name() == "Badges all press"


def test_each_persons_role_layout_prints_media_on_their_card(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, tmp_path: Path,
    read_file: ReadFile, opened: list[Path],
) -> None:  # fmt: skip
    _media_on_a_card(event_file)
    dialog = _tab(window).badge_actions.open_badges_dialog()
    assert dialog.layout_name() is None  # each person's role layout is the default
    _wait_for_preview(qtbot, dialog, 4)
    assert dialog.preview_caption.text() == "4 badges on 4 pages"

    out = tmp_path / "by role.pdf"
    dialog.print_to(out)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)

    texts, sizes = pages_text(out), page_sizes(out)
    [lina] = [i for i, text in enumerate(texts) if "Lina" in text]
    assert [round(v / (72 / 25.4), 1) for v in sizes[lina]] == [85.6, 54.0]
    others = [size for i, size in enumerate(sizes) if i != lina]
    assert len(others) == 3
    assert all(round(w * 25.4 / 72) == 105 and round(h * 25.4 / 72) == 148 for w, h in others)
    logged = read_file(lambda s: s.exec(select(BadgePrint.layout)).all())
    assert sorted(logged) == ["a6", "a6", "a6", "press-card"]


def test_role_layouts_on_different_paper_are_refused_for_a_printer(
    qtbot: QtBot, window: MainWindow, event_file: EventFile, read_file: ReadFile
) -> None:
    _media_on_a_card(event_file)
    dialog = _tab(window).badge_actions.open_badges_dialog()
    _wait_for_preview(qtbot, dialog, 4)

    dialog.print_with_preview()  # refused before any preview or Print dialog opens
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.busy(), timeout=20_000)

    assert dialog.message.text().startswith("The roles' layouts print on pages of different sizes")
    assert "press-card 85.6 × 54 mm" in dialog.message.text()
    assert read_file(lambda s: s.exec(select(BadgePrint)).all()) == []


def test_a_layout_with_a_back_says_it_prints_two_sided(
    qtbot: QtBot, window: MainWindow, event_file: EventFile
) -> None:
    layout_service.save_layout(event_file, "two-sided", designed(title="Two-sided A6"))
    dialog = _tab(window).badge_actions.open_badges_dialog()
    _wait_for_preview(qtbot, dialog, 3)
    dialog.set_layout("two-sided")
    qtbot.waitUntil(
        lambda: (
            dialog.preview_caption.text()
            == "3 badges on 6 pages, printed two-sided (each back on the reverse)"
        )
    )
    assert dialog.prints_two_sided()
    dialog.set_layout("a6")
    qtbot.waitUntil(lambda: dialog.preview_caption.text() == "3 badges on 3 pages")
    assert not dialog.prints_two_sided()


def test_the_layouts_button_opens_the_manager_and_the_choice_follows_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    from delegations.ui.badges.layouts_dialog import LayoutsDialog

    dialog = _tab(window).badge_actions.open_badges_dialog()
    _wait_for_preview(qtbot, dialog, 3)
    dialog.layouts_button.click()
    manager = dialog.findChild(LayoutsDialog)
    assert manager is not None and manager.isVisible()
    manager.duplicate("a6", "press")
    manager.reject()

    assert dialog.layout_titles()[-1].endswith("(copy of a6)")
    dialog.set_layout("press")  # offered as soon as the manager closes
