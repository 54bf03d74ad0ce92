"""Sorting the delegates table by a name column in the window's language (QCollator).

Run: python tests/benchmarks/bench_sort_names.py [--delegates 20000] [--locale vi_VN]

A click on a column header is simulated with the header's sort indicator (what a click sets),
timed until the pending events (the repaint) are processed: the first click on a column (its
collation keys and ranks are computed) and the clicks after it (integers sorted).
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delegates", type=int, default=20_000)
    parser.add_argument("--locale", default="vi_VN")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        event = Path(folder) / "big.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "delegations", "--db", str(event), "demo",
             "--delegates", str(args.delegates)],
            check=True, capture_output=True,
        )  # fmt: skip
        measure(event, args.locale)


def measure(event: Path, locale: str) -> None:
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from delegations.services.event import open_event
    from delegations.ui.main_window import MainWindow

    window = MainWindow(open_event(event), remember=False)
    window.show()
    app.processEvents()
    QLocale.setDefault(QLocale(locale))
    view = window.tab("delegations").delegate_view  # type: ignore[attr-defined]
    header, model = view.horizontalHeader(), view.model()
    print(f"{model.rowCount():,} delegates, {locale}")
    for column in (1, 2, 5):
        times = []
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * 3:
            start = time.perf_counter()
            header.setSortIndicator(column, order)
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        title = model.headerData(column, Qt.Orientation.Horizontal)
        print(f"{title}: first {times[0]:.0f} ms, then median "
              f"{statistics.median(times[1:]):.0f} ms, worst {max(times[1:]):.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
