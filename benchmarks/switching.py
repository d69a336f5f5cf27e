"""Time switching between panels in the real main window (offscreen), painted each time.

Prints the 95th percentile, in ms, of first visits (pages prebuilt while idle, as the app
does), of revisits, and of first visits that build the page on the spot.
"""

from __future__ import annotations

import statistics
import sys
import time

from PySide6.QtWidgets import QApplication

from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.snapshot import open_pack
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.workspace.mainwindow import MainWindow

ROUNDS = 20


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def _switch(app: QApplication, window: MainWindow, row: int) -> float:
    start = time.perf_counter()
    window.show_row(row)
    window.stack.repaint()  # what a switch redraws: the page, and the list
    window.nav.viewport().repaint()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def _build(app: QApplication, window: MainWindow, row: int) -> float:
    """A first visit that builds the page then and there (no prebuilding)."""
    return _switch(app, window, row)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = MainWindow(open_pack(shipped_pack_path()), Settings())
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    rows = range(1, window.nav.count())
    built = [_build(app, window, row) for row in rows]
    window.close()
    window = MainWindow(open_pack(shipped_pack_path()), Settings())
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.prebuild_pages()  # as the app does once its first screen has painted
    while len(window.pages) <= len(window.pack.panels):  # let it finish, as an idle app would
        app.processEvents()
    first = [_switch(app, window, row) for row in rows]
    again = [_switch(app, window, row) for _ in range(ROUNDS) for row in [0, *rows]]
    print(f"{_p95(first):.2f} {_p95(again):.2f} {_p95(built):.2f}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
