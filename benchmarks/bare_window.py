"""The floor for the app's figures: a bare PySide6 window holding one pyqtgraph plot.

Run as a fresh process. With --memory it prints its peak memory (KiB) once painted;
otherwise it quits as soon as it has painted.
"""

from __future__ import annotations

import resource
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

import pyqtgraph as pg  # isort: skip  (after PySide6, so pyqtgraph binds to it)


class _Quit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot([1, 2, 3], [4, 5, 6])
    window.setCentralWidget(plot)
    watcher = _Quit()
    plot.viewport().installEventFilter(watcher)  # a graphics view paints its viewport
    window.resize(1280, 800)
    window.show()
    app.exec()
    if "--memory" in sys.argv:
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
