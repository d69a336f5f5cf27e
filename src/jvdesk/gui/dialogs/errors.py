"""The one place the desktop app shows errors: pack problems and unexpected failures."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jvdesk.core.crashlog import write_crash_report


def tr(text: str) -> str:
    """Translate a string of the error dialogs."""
    return QCoreApplication.translate("errors", text)


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """Show one error dialog; with details, offer them and a Copy details button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
    if details:
        box.setDetailedText(details)
        copy = box.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()


def _excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log = write_crash_report(error.with_traceback(trace))
    where = tr("Details were written to {log}.").replace("{log}", str(log)) if log else ""
    show_error(
        None,
        tr("Something went wrong"),
        tr("jvdesk hit an unexpected error and carried on. {where}").replace("{where}", where),
        f"{kind.__name__}: {error}",
    )


def install_excepthook(failures: list[str] | None = None) -> None:
    """Log unexpected exceptions and show them in a dialog; the app keeps running.

    Args:
        failures: when given (the self-test, which has no one to click a dialog away),
            each error is logged, printed and added to this list instead of shown.
    """
    if failures is None:
        sys.excepthook = _excepthook
        return

    def record(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        write_crash_report(error.with_traceback(trace))
        failures.append(f"{kind.__name__}: {error}")

    sys.excepthook = record
