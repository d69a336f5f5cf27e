"""The floor of the PDF handout: Qt drawing the same pages into a QPdfWriter, with no fitting.

Run as a fresh process, as ``jvdesk export --format pdf`` is:
``python -m benchmarks.pdf_floor OUT.pdf [--no-notes]``. It loads the shipped pack as the
command does (``load_pack``), plans the same briefing, and draws the same pages
(``benchmarks.pdf_floor_pages``). Prints the number of pages drawn.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from jvdesk.core.loader import load_pack
from jvdesk.core.planning import plan_deck
from jvdesk.core.resources import shipped_pack_path


def main(argv: Sequence[str]) -> int:
    """Draw the shipped pack's full briefing as the floor's handout: ``OUT.pdf [--no-notes]``."""
    notes = "--no-notes" not in argv[1:]
    plan = plan_deck(load_pack(shipped_pack_path()), notes=notes)
    # Qt is imported once the pack is loaded, as `jvdesk export` does: every module imported
    # after PySide6 passes through its import hook, which costs tens of milliseconds.
    from PySide6.QtCore import QLoggingCategory
    from PySide6.QtGui import QGuiApplication

    from benchmarks.pdf_floor_pages import draw

    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    app = QGuiApplication(sys.argv[:1])
    print(draw(plan, Path(argv[0]), notes))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
