"""Opening a content pack from the desktop app: checked in a child process, which the user
can wait for or cancel; the window stays alive meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from jvdesk.core.pack import ContentPack
from jvdesk.core.snapshot import open_pack

SHOW_AFTER_MS = 400  # the shipped pack and small packs open before the dialog would show


def open_pack_waiting(folder: Path, parent: QWidget | None) -> ContentPack:
    """Open a pack; while it is checked, a progress dialog with Cancel shows after a moment.

    Raises:
        PackError: the pack's problems.
        CheckError: why it could not be checked.
        CheckCancelled: the user pressed Cancel.
    """
    # Made at the first wait: a pack opened from its snapshot, as at most starts, never
    # waits, and making the dialog cost such a start 11 ms (measured with cProfile).
    dialog: QProgressDialog | None = None

    def waiting() -> bool:
        nonlocal dialog
        if dialog is None:
            dialog = _dialog(parent)
        # Until the dialog shows, no clicks or keys reach the window behind it.
        flags = (
            QEventLoop.ProcessEventsFlag.AllEvents
            if dialog.isVisible()
            else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        )
        QApplication.processEvents(flags)
        return not dialog.wasCanceled()

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return open_pack(folder, waiting)
    finally:
        if dialog is None or not dialog.isVisible():
            QApplication.restoreOverrideCursor()
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()


def _dialog(parent: QWidget | None) -> QProgressDialog:
    """A busy dialog with Cancel, shown SHOW_AFTER_MS from now unless closed before."""
    dialog = QProgressDialog(parent)
    dialog.setLabelText(QCoreApplication.translate("PackCheck", "Checking the content pack…"))
    dialog.setRange(0, 0)
    dialog.setWindowTitle(QCoreApplication.translate("PackCheck", "Opening a content pack"))
    dialog.setMinimumWidth(420)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def show() -> None:
        if QApplication.activeModalWidget() is not None:
            return  # another dialog (an error, say) is up: showing over it would block it
        show_later.stop()
        QApplication.restoreOverrideCursor()  # an arrow, to reach Cancel
        dialog.show()

    # A busy dialog never gets a new value, so Qt's own delayed showing would wait 4 s.
    show_later = QTimer(dialog)
    show_later.timeout.connect(show)
    show_later.start(SHOW_AFTER_MS)
    return dialog
