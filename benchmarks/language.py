"""Time a live language switch in the real main window (offscreen), painted each time.

Prints the 95th percentile, in ms, of switching English → 日本語 → हिन्दी → English on a panel
page, each switch timed from the menu's choice until the window has repainted in the new
language (catalogues installed, menus relabelled, the page rebuilt from the pack in that
language). The first switch into each language, which reads its catalogue and fonts, is
counted like the others.
"""

from __future__ import annotations

import statistics
import time

from PySide6.QtWidgets import QApplication

from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.snapshot import open_pack
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.workspace.mainwindow import MainWindow

ROUNDS = 10
PANEL_ROW = 1  # the first direction's page: cards, a chart, quotes


def main() -> None:
    app = QApplication([])
    window = MainWindow(open_pack(shipped_pack_path()), Settings())
    window.resize(1280, 800)
    window.show()
    window.show_row(PANEL_ROW)
    app.processEvents()
    times = []
    for _ in range(ROUNDS):
        for language in ("ja", "hi", "en"):
            start = time.perf_counter()
            window.set_language(language)  # type: ignore[arg-type]
            window.repaint()
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
    window.close()
    print(f"{statistics.quantiles(times, n=20)[-1]:.1f} {len(times)}")


if __name__ == "__main__":
    main()
