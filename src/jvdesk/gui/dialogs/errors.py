"""The one place the desktop app shows errors: messages, pack problems, unexpected failures."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jvdesk.core.crashlog import write_crash_report
from jvdesk.core.problems import PackError
from jvdesk.gui.common.theme import style_chrome
from jvdesk.gui.common.widgets import text_label


def tr(text: str) -> str:
    """Translate a string of the error dialogs."""
    return QCoreApplication.translate("errors", text)


class ErrorDialog(QMessageBox):
    """One error: what went wrong and what to do; with details, a Copy details button."""

    def __init__(self, parent: QWidget | None, title: str, message: str, details: str = "") -> None:
        super().__init__(QMessageBox.Icon.Warning, title, message, parent=parent)
        if details:
            self.setDetailedText(details)
            copy = self.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
            copy.clicked.disconnect()  # a message box closes on any button; this one stays
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        self.addButton(QMessageBox.StandardButton.Close)

    @classmethod
    def show_error(
        cls, parent: QWidget | None, title: str, message: str, details: str = ""
    ) -> None:
        """Show the dialog modally (tests replace this)."""
        cls(parent, title, message, details).exec()


class ProblemsDialog(QDialog):
    """Every problem of a pack that could not be opened, with Copy details."""

    def __init__(self, error: PackError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style_chrome(self)  # before its widgets exist, so each is styled once
        self.setWindowTitle(self.tr("The content pack has problems"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        count = len(error.problems)
        summary = (
            self.tr(
                "1 problem was found, so the pack was not opened; jvdesk keeps the pack it "
                "had. Fix it in the pack's files and open it again."
            )
            if count == 1
            else self.tr(
                "{count} problems were found, so the pack was not opened; jvdesk keeps the "
                "pack it had. Fix these in the pack's files and open it again."
            ).replace("{count}", str(count))
        )
        self.summary = text_label(summary, "cardLabel")
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit(str(error))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(error)))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_problems(cls, error: PackError, parent: QWidget | None) -> None:
        """Show the dialog modally (tests replace this)."""
        cls(error, parent).exec()


def _excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log = write_crash_report(error.with_traceback(trace))
    where = tr("Details were written to {log}.").replace("{log}", str(log)) if log else ""
    ErrorDialog.show_error(
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
