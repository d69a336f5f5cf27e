"""Time advancing through a whole briefing in presentation mode (offscreen).

Each advance is timed from the key's action to the audience window repainted; between
advances the event loop runs, as it does while the presenter speaks (that is when the next
slide is drawn ahead). Prints the 95th percentile in ms.
"""

from __future__ import annotations

import statistics
import sys
import time

from PySide6.QtWidgets import QApplication

from jvdesk.core.loader import load_pack
from jvdesk.core.planning import plan_deck
from jvdesk.core.resources import shipped_pack_path
from jvdesk.gui.show.presentation import Presentation


def main() -> int:
    app = QApplication(sys.argv[:1])
    show = Presentation(plan_deck(load_pack(shipped_pack_path())))
    show.start()
    app.processEvents()
    times = []
    for index in range(1, show.show.count):
        app.processEvents()
        start = time.perf_counter()
        show.show.go(index)
        show.audience.repaint()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{statistics.quantiles(times, n=20)[-1]:.2f} {len(times)}")
    show.end()
    return 0


if __name__ == "__main__":
    sys.exit(main())
