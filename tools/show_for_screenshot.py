"""Open presentation mode on the shipped pack for a screenshot (used by make screenshots).

python tools/show_for_screenshot.py audience|presenter SLIDE [help|grid]

The optional third word opens the ``?`` key overlay or the overview grid, as its key would.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jvdesk.core.loader import load_pack
from jvdesk.core.planning import plan_deck
from jvdesk.core.resources import shipped_pack_path
from jvdesk.gui.show.presentation import Presentation

MODES = {"help": (Qt.Key.Key_Question, "?"), "grid": (Qt.Key.Key_G, "g")}


def main() -> int:
    view, slide = sys.argv[1], int(sys.argv[2])
    modes = [MODES[word] for word in sys.argv[3:]]
    app = QApplication(sys.argv[:1])
    show = Presentation(plan_deck(load_pack(shipped_pack_path())), slide)
    show.start()
    for key, text in modes:
        show.show.key(key, text)
    if view == "presenter":
        show.toggle_presenter()  # one screen under Xvfb: the presenter view is one key away
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
