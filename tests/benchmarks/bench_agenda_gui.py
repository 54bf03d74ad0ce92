"""Benchmark: the Agenda tab's time grid at scale — 300 sessions over 5 days and 12 rooms.

Run: .venv/bin/python tests/benchmarks/bench_agenda_gui.py [--sessions N] [--drags D]

Makes the demo event with `demo --sessions N` (as a user would), then, offscreen:

- opening the Agenda tab: the main window is built on the Delegations tab and shown; the
  time runs from `show_tab("agenda")` until the grid has painted. Target ≤ 300 ms.
- the grid redrawn after a drag: a block is pressed and dragged with QTest mouse events on
  the grid's viewport; the time runs from the mouse release until the grid has painted the
  result, which includes the write (one transaction), reading the agenda again, the full
  conflict check and the list and grid updates. Target ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

OPEN_TARGET_MS = 300.0
DRAG_TARGET_MS = 100.0


def _make_event(path: Path, sessions: int) -> None:
    subprocess.run(
        [sys.executable, "-m", "delegations", "--db", str(path), "demo", "--sessions",
         str(sessions)],
        check=True, cwd=ROOT, capture_output=True,
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--drags", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from delegations.services import event as event_service
    from delegations.ui.agenda.grid import PIXELS_PER_MINUTE
    from delegations.ui.agenda.tab import AgendaTab
    from delegations.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        _make_event(path, args.sessions)
        event_file = event_service.open_event(path)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(event_file, tab="delegations", settings=settings, remember=False)
        window.resize(1280, 800)
        window.show()
        for _ in range(5):
            app.processEvents()

        start = time.perf_counter()
        tab = window.show_tab("agenda")
        assert isinstance(tab, AgendaTab)
        while tab.grid.paint_count == 0:
            app.processEvents()
        open_ms = (time.perf_counter() - start) * 1000
        total = tab.model.rowCount()
        day_sessions = len(tab.grid.blocks())
        rooms = len(tab.grid.columns)

        painted_at: list[int] = []
        written = tab.agenda_written

        def recording(select: object) -> None:
            written(select)  # type: ignore[arg-type]
            painted_at.append(tab.grid.paint_count)

        tab.agenda_written = recording  # type: ignore[method-assign]
        viewport = tab.grid.viewport()
        times: list[float] = []
        ids = sorted(tab.grid.blocks())
        for drag in range(args.drags):
            session_id = ids[drag % len(ids)]
            tab.grid.ensureVisible(tab.grid.block(session_id), 10, 80)
            app.processEvents()
            a = tab.grid.block_centre(session_id).toPoint()
            step = 15 if (drag // len(ids)) % 2 == 0 else -15
            b = a + QPoint(0, round(step * PIXELS_PER_MINUTE))
            QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
            for fraction in (0.3, 0.6, 1.0):
                point = QPointF(a) + (QPointF(b) - QPointF(a)) * fraction
                QTest.mouseMove(viewport, point.toPoint())
            app.processEvents()
            count = tab.undo_stack.count()
            painted_at.clear()
            start = time.perf_counter()
            QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier, b)  # fmt: skip
            while not painted_at or tab.grid.paint_count <= painted_at[0]:
                app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
            assert tab.undo_stack.count() == count + 1, "the drag did not write"
        conflicts = len(tab.conflicts())
        window.close()
        event_file.close()

    median, worst = statistics.median(times), max(times)
    print(f"Agenda GUI: {total} sessions; the day shown has {day_sessions} sessions in "
          f"{rooms} columns; {conflicts} conflicts")  # fmt: skip
    print(
        f"  open the Agenda tab until painted: {open_ms:7.1f} ms   "
        f"(target ≤ {OPEN_TARGET_MS:.0f} ms) {'OK' if open_ms <= OPEN_TARGET_MS else 'SLOW'}"
    )
    print(f"  drag → written, checked, repainted: median {median:6.1f} ms, worst {worst:6.1f} ms"
          f" over {len(times)} drags   (target ≤ {DRAG_TARGET_MS:.0f} ms) "
          f"{'OK' if worst <= DRAG_TARGET_MS else 'SLOW'}")  # fmt: skip
    return 0 if open_ms <= OPEN_TARGET_MS and worst <= DRAG_TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
