"""A notice across the top of the workspace that stays until the user dismisses it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton

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
