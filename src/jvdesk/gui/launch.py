"""Start the desktop app: a QApplication, the error hook and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from jvdesk import __version__
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.problems import PackError
from jvdesk.core.resources import shipped_pack_path
from jvdesk.gui.errors import install_excepthook, show_pack_error
from jvdesk.gui.packwindow import PackWindow


def open_pack(path: Path | None) -> ContentPack:
    """Load the chosen pack; when it has problems, say so and fall back to the shipped one."""
    if path is not None:
        try:
            return load_pack(path)
        except PackError as error:
            show_pack_error(None, error)
    return load_pack(shipped_pack_path())


def missing_display() -> str:
    """Say why no window can open here (a Linux machine with no screen), or return ''."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "jvdesk: no screen to open the desktop app on (neither DISPLAY nor WAYLAND_DISPLAY "
        "is set). Run it from a desktop session; on a server, `jvdesk validate` and "
        "`jvdesk info` work without one."
    )


def run(pack: Path | None = None) -> int:
    """Run the desktop app until its window closes.

    Args:
        pack: a content pack folder, or None for the shipped pack.

    Returns:
        The process exit code: 1 when there is no screen to open a window on.
    """
    reason = missing_display()
    if reason:
        print(reason, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("jvdesk")
    app.setApplicationVersion(__version__)
    install_excepthook()
    window = PackWindow(open_pack(pack))
    window.show()
    return app.exec()


def main() -> int:
    """Entry point of the ``jvdesk-gui`` launcher."""
    from jvdesk.__main__ import main as command

    return command(sys.argv[1:])
