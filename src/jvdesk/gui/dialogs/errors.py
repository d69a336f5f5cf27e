"""The one place the desktop app shows errors: messages, pack problems, unexpected failures."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QTextOption
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


class ErrorDialog(QMessageBox):
    """One error: what went wrong and what to do; with details, a Copy details button."""

    def __init__(self, parent: QWidget | None, title: str, message: str, details: str = "") -> None:
        super().__init__(QMessageBox.Icon.Warning, title, message, parent=parent)
        if details:
            self.setDetailedText(details)
            self.copy_button = self.addButton(
                self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole
            )
            self.copy_button.clicked.disconnect()  # a message box closes on any button
            self.copy_button.clicked.connect(lambda: self._copy(details))
        self.addButton(QMessageBox.StandardButton.Close)

    def _copy(self, details: str) -> None:
        QGuiApplication.clipboard().setText(details)
        self.copy_button.setText(self.tr("Copied"))

    @classmethod
    def show_error(
        cls, parent: QWidget | None, title: str, message: str, details: str = ""
    ) -> None:
        """Show the dialog modally (tests replace this)."""
        cls(parent, title, message, details).exec()


class ProblemsDialog(QDialog):
    """Every problem of a pack that could not be opened, with Copy details.

    ``instead`` says what the user sees now: the pack they had ("kept"), or, when the pack
    was asked for at start and there was none before, jvdesk's own ("shipped").
    """

    def __init__(
        self, error: PackError, parent: QWidget | None = None, instead: str = "kept"
    ) -> None:
        super().__init__(parent)
        style_chrome(self)  # before its widgets exist, so each is styled once
        self.setWindowTitle(self.tr("The content pack has problems"))
        self.resize(860, 460)
        layout = QVBoxLayout(self)
        self.summary = text_label(self._summary(len(error.problems), instead), "cardLabel")
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit(str(error))
        self.details.setReadOnly(True)
        # Wrapped: a problem's hint is at its end, and must not hide past the right edge.
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.details, 1)
        self.copied = text_label("", "muted")
        layout.addWidget(self.copied)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(lambda: self._copy(str(error)))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _summary(self, count: int, instead: str) -> str:
        if instead == "shipped":
            if count == 1:
                return self.tr(
                    "%n problem was found, so the pack was not opened; jvdesk shows its own "
                    "pack instead. Fix it in the pack's files and open it again.",
                    "",
                    count,
                )
            return self.tr(
                "%n problems were found, so the pack was not opened; jvdesk shows its "
                "own pack instead. Fix these in the pack's files and open it again.",
                "",
                count,
            )
        if count == 1:
            return self.tr(
                "%n problem was found, so the pack was not opened; jvdesk keeps the pack it "
                "had. Fix it in the pack's files and open it again.",
                "",
                count,
            )
        return self.tr(
            "%n problems were found, so the pack was not opened; jvdesk keeps the "
            "pack it had. Fix these in the pack's files and open it again.",
            "",
            count,
        )

    def _copy(self, details: str) -> None:
        QGuiApplication.clipboard().setText(details)
        self.copy_button.setText(self.tr("Copied"))
        self.copied.setText(
            self.tr("The problems are on the clipboard: paste them into an e-mail or a note.")
        )

    @classmethod
    def show_problems(cls, error: PackError, parent: QWidget | None, instead: str = "kept") -> None:
        """Show the dialog modally (tests replace this)."""
        cls(error, parent, instead).exec()


def _excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log = write_crash_report(error.with_traceback(trace))
    message = (
        QCoreApplication.translate(
            "ErrorDialog",
            "jvdesk hit an unexpected error and carried on. Details were written to {log}.",
        ).format(log=log)
        if log
        else QCoreApplication.translate(
            "ErrorDialog", "jvdesk hit an unexpected error and carried on."
        )
    )
    ErrorDialog.show_error(
        None,
        QCoreApplication.translate("ErrorDialog", "Something went wrong"),
        message,
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
