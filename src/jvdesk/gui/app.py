"""Start the desktop app: a QApplication, the error hook, the settings and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from jvdesk import __version__
from jvdesk.core.pack import ContentPack
from jvdesk.core.problems import PackError
from jvdesk.core.resources import ResourceError, shipped_pack_path
from jvdesk.core.snapshot import CheckCancelled, CheckError
from jvdesk.core.snapshot import open_pack as load_pack
from jvdesk.gui.common import language
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.dialogs.errors import ErrorDialog, install_excepthook
from jvdesk.gui.dialogs.packcheck import open_pack_waiting

if TYPE_CHECKING:
    from jvdesk.gui.workspace.mainwindow import MainWindow

BENCH_ENV = "JVDESK_BENCH_QUIT_AFTER_PAINT"  # make bench: quit once the window has painted


StartFailure = PackError | CheckError


def open_pack(
    path: Path | None, interactive: bool = True
) -> tuple[ContentPack, StartFailure | None]:
    """Load the chosen pack; when it cannot be opened, the shipped one, and why not.

    The reason is told once the main window shows (``MainWindow.report_start_failure``),
    so the user sees what jvdesk shows instead, not a dialog over an empty screen.

    Raises:
        PackError: when not interactive (the self-test) and the chosen pack has problems,
            or when even the shipped pack has.
        CheckError: likewise, when a pack could not be checked at all.
    """
    failure: StartFailure | None = None
    if path is not None:
        from jvdesk.core.packpath import is_pack_file

        if is_pack_file(path):
            # A pack file opens once the window shows, asking first who signed it.
            return load_pack(shipped_pack_path()), None
        if not interactive:
            return load_pack(path), None
        try:
            return open_pack_waiting(path, None), None
        except (PackError, CheckError) as error:
            failure = error
        except CheckCancelled:
            pass
    return load_pack(shipped_pack_path()), failure


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


def run(pack: Path | None = None, self_test: bool = False) -> int:
    """Run the desktop app until its window closes.

    Args:
        pack: a content pack folder, or None for the shipped pack.
        self_test: open every panel off screen and exit: 0 when all opened, 1 otherwise.

    Returns:
        The process exit code: 1 when there is no screen to open a window on.
    """
    if self_test and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    reason = missing_display()
    if reason:
        print(reason, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("jvdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("jvdesk")
    hook_failures: list[str] = []
    install_excepthook(hook_failures if self_test else None)
    settings = Settings()
    # Before any window or message exists, so that everything is worded in it from the
    # start; English, the source language, loads no catalogue.
    language.apply(settings.language)
    from jvdesk.gui.workspace.mainwindow import MainWindow

    try:
        chosen, failure = open_pack(pack, interactive=not self_test)
    except (PackError, CheckError, ResourceError) as error:
        summary = error.summary() if isinstance(error, PackError) else ""
        if self_test:
            print(error, file=sys.stderr)
            print(f"jvdesk self-test: {summary or error}", file=sys.stderr)
        else:  # only the shipped pack can fail here: jvdesk's own files are damaged
            ErrorDialog.show_error(
                None,
                QCoreApplication.translate("launch", "jvdesk cannot start"),
                QCoreApplication.translate(
                    "launch",
                    "jvdesk's own content pack cannot be opened ({reason}). Reinstall jvdesk.",
                ).format(reason=str(error).splitlines()[0]),
            )
        return 1
    window = MainWindow(chosen, settings)
    if self_test:
        failures = window.self_test() + hook_failures
        for line in failures:
            print(f"jvdesk self-test: {line}", file=sys.stderr)
        if not failures:
            print(f"jvdesk self-test: {window.nav.count()} pages opened")
        window.close()
        return 1 if failures else 0
    if os.environ.get(BENCH_ENV):
        window.first_painted.connect(app.quit)
    else:
        window.first_painted.connect(lambda: QTimer.singleShot(100, window.prebuild_pages))
    window.show()
    if failure is not None and pack is not None:
        window.report_start_failure(pack, failure)
    if pack is not None and pack.suffix.lower() == ".jvpack":  # opened asking who signed it
        QTimer.singleShot(0, lambda: window.open_pack(pack))
    # macOS gives a double-clicked file as an event, not as an argument.
    opener = FileOpener(window)
    app.installEventFilter(opener)
    return app.exec()


class FileOpener(QObject):
    """Opens the pack file the system asks the app to open (double-click on macOS)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            QTimer.singleShot(0, lambda: self.window.open_pack(path))
            return True
        return super().eventFilter(watched, event)
