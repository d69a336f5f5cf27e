"""Time switching between panels in the real main window (offscreen), painted each time.

A switch is timed from the choice of a panel until the event loop has nothing left to do:
it has laid out and painted the page once, as it does for a user. A filter on the page
stack checks that each timed switch did paint it. (Runs up to stop 20 also called
``repaint()`` on the stack and the list before that: the window was then painted three
times a switch, twice before its new page was laid out, which a user never sees.)

Prints the 95th percentile, in ms, of first visits (pages prebuilt while idle, as the app
does), of revisits, and of first visits that build the page on the spot (not with
``--no-build``). The pack is the shipped one, or the folder given (``make bench`` gives the
10× pack of ``bigpack.py``). With ``--floor`` it prints the revisits of a bare Qt window
instead: a stack of scroll areas holding plain wrapped labels with the same texts as the
app's pages, switched and painted the same way, the least Qt itself needs for a switch.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jvdesk.core.pack import ContentPack
from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.snapshot import open_pack
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.workspace.mainwindow import MainWindow

# Revisits: 20 rounds of the shipped pack's 11 pages; a larger pack gets fewer rounds, for
# about as many switches (2 rounds of the 10× pack's 101 pages).
REVISITS = 220


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


class _Paints(QObject):
    """Counts the paint events of the widget it watches."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _timed(app: QApplication, paints: _Paints, switch: Callable[[], object]) -> float:
    """How long ``switch`` and the event loop's work after it take, in ms; painted once."""
    before = paints.count
    start = time.perf_counter()
    switch()
    app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    assert paints.count > before, "the switch did not paint the page"
    return elapsed


def _switch(app: QApplication, window: MainWindow, row: int) -> float:
    paints = window.stack.findChild(_Paints) or _Paints(window.stack)
    return _timed(app, paints, lambda: window.show_row(row))


def _build(app: QApplication, window: MainWindow, row: int) -> float:
    """A first visit that builds the page then and there (no prebuilding)."""
    return _switch(app, window, row)


def _built(app: QApplication, pack: ContentPack) -> list[float]:
    """First visits of every panel in a window that builds each page on the spot."""
    window = MainWindow(pack, Settings())
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    built = [_build(app, window, row) for row in range(1, window.nav.count())]
    window.close()
    return built


def _floor(app: QApplication, window: MainWindow, rounds: int) -> list[float]:
    """Revisits of a bare window whose pages hold the app's page texts as plain labels."""
    bare = QMainWindow()
    stack = QStackedWidget()
    bare.setCentralWidget(stack)
    for page in window.pages.values():
        area = QScrollArea()
        area.setWidgetResizable(True)
        body = QWidget()
        column = QVBoxLayout(body)
        for label in page.findChildren(QLabel):
            plain = QLabel(label.text())
            plain.setWordWrap(True)
            column.addWidget(plain)
        area.setWidget(body)
        stack.addWidget(area)
    bare.resize(window.stack.size())
    bare.show()
    app.processEvents()
    paints = _Paints(stack)
    times = [
        _timed(app, paints, lambda index=index: stack.setCurrentIndex(index))
        for _ in range(rounds)
        for index in [*range(1, stack.count()), 0]  # each one a switch, as in the app
    ]
    bare.close()
    return times


def main() -> int:
    folders = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("--")]
    app = QApplication(sys.argv[:1])
    pack = open_pack(folders[0] if folders else shipped_pack_path())
    rounds = max(1, round(REVISITS / (len(pack.panels) + 1)))
    built = [] if "--no-build" in sys.argv else _built(app, pack)
    window = MainWindow(pack, Settings())
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.prebuild_pages()  # as the app does once its first screen has painted
    # Let it finish, as an idle app would: every page built, and every overview tile (a
    # pack of many panels gets the tiles past the first screen once the overview painted).
    while len(window.pages) <= len(window.pack.panels) or not window.stack.overview().complete():
        app.processEvents()
    rows = range(1, window.nav.count())
    if "--floor" in sys.argv:
        print(f"{_p95(_floor(app, window, rounds)):.2f}")
        window.close()
        return 0
    first = [_switch(app, window, row) for row in rows]
    again = [_switch(app, window, row) for _ in range(rounds) for row in [0, *rows]]
    print(" ".join(f"{_p95(times):.2f}" for times in (first, again, built) if times))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
