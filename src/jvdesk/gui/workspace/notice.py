"""A notice across the top of the workspace that stays until the user dismisses it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from jvdesk.core.problems import PackError
from jvdesk.core.snapshot import CheckError
from jvdesk.gui.common.widgets import Box, text_label


class NoticeBar(Box):
    """Says what the user should know about what they see (a pack that did not open).

    Hidden until ``show_notice``; one optional action (such as *Show problems*) and *Dismiss*.
    """

    def __init__(self) -> None:
        super().__init__("notice", accent_edge=True)
        self.setAccessibleName(self.tr("Notice"))
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 10, 8)
        self.text = text_label("", "cardLabel")
        row.addWidget(self.text, 1)
        self.action_button = QPushButton()
        self.action_button.hide()
        row.addWidget(self.action_button)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.hide)
        row.addWidget(self.dismiss_button)
        self._action: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._on_action_clicked)
        self.hide()

    def show_notice(
        self, text: str, action_text: str = "", action: Callable[[], None] | None = None
    ) -> None:
        """Show a notice, with a button for ``action`` when one is given."""
        self.text.setText(text)
        self._action = action
        self.action_button.setText(action_text)
        self.action_button.setVisible(action is not None)
        self.show()

    def _on_action_clicked(self) -> None:
        if self._action is not None:
            self._action()


def start_failure_text(folder: Path, error: PackError | CheckError, shown: str) -> str:
    """The notice for a pack asked for at start that did not open; ``shown`` is shown instead.

    Args:
        folder: the pack folder asked for.
        error: its problems, or why it could not be checked.
        shown: the title of jvdesk's own pack, shown in its place.
    """
    tr = QCoreApplication.translate
    if isinstance(error, PackError):
        count = len(error.problems)
        text = (
            tr(
                "NoticeBar",
                "{folder} was not opened: it has 1 problem. jvdesk shows its own pack, "
                "{title}, instead.",
            )
            if count == 1
            else tr(
                "NoticeBar",
                "{folder} was not opened: it has {count} problems. jvdesk shows its own "
                "pack, {title}, instead.",
            ).replace("{count}", str(count))
        )
    else:
        text = tr(
            "NoticeBar",
            "{folder} could not be checked ({reason}). jvdesk shows its own pack, {title}, "
            "instead. Open the pack again; if the same happens, reinstall jvdesk.",
        ).replace("{reason}", str(error).rstrip("."))
    return text.replace("{folder}", str(folder)).replace("{title}", shown)
