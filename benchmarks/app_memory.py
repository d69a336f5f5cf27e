"""Run the app in this process, visit every panel, and print the peak memory (KiB).

The pack is the shipped one, or the folder given (``make bench`` gives the 10× pack).
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.snapshot import open_pack
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.workspace.mainwindow import MainWindow


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else shipped_pack_path()
    app = QApplication(sys.argv[:1])
    window = MainWindow(open_pack(folder), Settings())
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    failures = window.self_test()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    window.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
