"""The one place the desktop app shows errors: pack problems and unexpected failures."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jvdesk.core.crashlog import write_crash_report
from jvdesk.core.problems import PackError


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


def show_pack_error(parent: QWidget | None, error: PackError) -> None:
    """Tell the user a pack could not be loaded, listing every problem."""
    show_error(
        parent,
        tr("The content pack has problems"),
        tr(
            "{count} problem(s) were found; the pack was not loaded. Fix them and open it again."
        ).replace("{count}", str(len(error.problems))),
        str(error),
    )


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


def install_excepthook() -> None:
    """Log unexpected exceptions and show them in a dialog; the app keeps running."""
    sys.excepthook = _excepthook
