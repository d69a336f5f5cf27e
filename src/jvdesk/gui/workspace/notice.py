"""A notice across the top of the workspace that stays until the user dismisses it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from jvdesk.core.problems import PackError
from jvdesk.core.snapshot import CheckError
from jvdesk.gui.common.widgets import Box, text_label
from jvdesk.gui.dialogs.errors import ProblemsDialog

Words = Callable[[], str]  # a text worded anew in the language in force at each call


class NoticeBar(Box):
    """Says what the user should know about what they see (a pack that did not open).

    Hidden until ``show_notice``; one optional action (such as *Show problems*) and *Dismiss*.
    A notice given as functions is worded again when the interface's language changes.
    """

    def __init__(self) -> None:
        super().__init__("notice", accent_edge=True)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 10, 8)
        self.text = text_label("", "cardLabel")
        row.addWidget(self.text, 1)
        self.action_button = QPushButton()
        self.action_button.hide()
        row.addWidget(self.action_button)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.hide)
        row.addWidget(self.dismiss_button)
        self._action: Callable[[], None] | None = None
        self._words: tuple[Words, Words] = (str, str)
        self.action_button.clicked.connect(self._on_action_clicked)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Word the bar, and the notice it holds, in the interface's language."""
        self.setAccessibleName(self.tr("Notice"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        text, action_text = self._words
        self.text.setText(text())
        self.action_button.setText(action_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_notice(
        self,
        text: str | Words,
        action_text: str | Words = "",
        action: Callable[[], None] | None = None,
        dismissable: bool = True,
    ) -> None:
        """Show a notice, with a button for ``action`` when one is given.

        Args:
            text: the notice, or a function wording it in the language in force.
            action_text: the button's text, likewise.
            action: what the button does; no button when None.
            dismissable: whether it has *Dismiss*; a notice that holds while the pack is
                loaded (an unsigned pack) has not.
        """
        self._words = (_words(text), _words(action_text))
        self._action = action
        self.action_button.setVisible(action is not None)
        self.dismiss_button.setVisible(dismissable)
        self.retranslate()
        self.show()

    def report_start_failure(
        self, folder: Path, error: PackError | CheckError, shown: Words
    ) -> None:
        """Say that the pack asked for at start did not open, and why, until dismissed.

        Pack problems are also listed in a dialog over the window, at once.

        Args:
            folder: the pack folder asked for.
            error: its problems, or why it could not be checked.
            shown: the title of the pack shown in its place, in the language in force.
        """

        def text() -> str:
            return start_failure_text(folder, error, shown())

        if not isinstance(error, PackError):
            self.show_notice(text)
            return
        problems = error

        def show() -> None:
            ProblemsDialog.show_problems(problems, self.window(), "shipped")

        self.show_notice(text, lambda: self.tr("Show problems"), show)
        QTimer.singleShot(0, show)

    def _on_action_clicked(self) -> None:
        if self._action is not None:
            self._action()


def _words(text: str | Words) -> Words:
    return text if callable(text) else lambda: text


def start_failure_text(folder: Path, error: PackError | CheckError, shown: str) -> str:
    """The notice for a pack asked for at start that did not open; ``shown`` is shown instead.

    Args:
        folder: the pack folder asked for.
        error: its problems, or why it could not be checked.
        shown: the title of jvdesk's own pack, shown in its place.
    """
    if isinstance(error, PackError):
        count = len(error.problems)
        # Two messages, so that English needs no catalogue for its plural; each is a
        # pattern translators word for every count.
        text = (
            QCoreApplication.translate(
                "NoticeBar",
                "{folder} was not opened: it has 1 problem. jvdesk shows its own pack, "
                "{title}, instead.",
            )
            if count == 1
            else QCoreApplication.translate(
                "NoticeBar",
                "{folder} was not opened: it has {count} problems. jvdesk shows its own "
                "pack, {title}, instead.",
            )
        )
        return text.format(folder=folder, title=shown, count=count)
    text = QCoreApplication.translate(
        "NoticeBar",
        "{folder} could not be checked ({reason}). jvdesk shows its own pack, {title}, "
        "instead. Open the pack again; if the same happens, reinstall jvdesk.",
    )
    return text.format(folder=folder, title=shown, reason=str(error).rstrip("."))
