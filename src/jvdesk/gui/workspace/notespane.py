"""The speaker notes pane under the page: the talking points of the page shown."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from jvdesk.core.pack import ContentPack


class NotesPane(QDockWidget):
    """A dock with the current page's talking points (F9 shows or hides it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("notesDock")
        self.browser = QTextBrowser()
        self.browser.setObjectName("notes")
        self.browser.setOpenLinks(False)
        self.setWidget(self.browser)
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
        self._shown: tuple[ContentPack, str] | None = None
        self._written = True
        self.retranslate()

    def retranslate(self) -> None:
        """Set the pane's title, and the overview's notes, in the interface's language."""
        self.setWindowTitle(self.tr("Speaker notes"))
        self.browser.setAccessibleName(self.tr("Speaker notes"))
        if self._shown is not None:
            self.show_for(*self._shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_for(self, pack: ContentPack, panel_id: str) -> None:
        """Show the talking points of a panel, or the pack's description for the overview.

        While the pane is hidden (F9), the points are written when it is next shown, not
        at every switch: writing them costs a switch about 2.3 ms (measured).
        """
        self._shown = (pack, panel_id)
        self._written = False
        if self.isVisible():
            self._write()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._written:
            self._write()
        super().showEvent(event)

    def _write(self) -> None:
        if self._shown is None:
            return
        pack, panel_id = self._shown
        if panel_id:
            panel = pack.panel(panel_id)
            points = panel.talking_points
            title = panel.title
        else:
            points = [pack.meta.description]
            title = self.tr("Overview")
        # One HTML document: append() takes a line without tags for plain text, which
        # would show an escaped apostrophe as "&#x27;".
        lines = [f"<b>{html.escape(title)}</b>", *(f"• {html.escape(point)}" for point in points)]
        self.browser.setHtml("".join(f"<div>{line}</div>" for line in lines))
        self._written = True
