"""The speaker notes pane under the page: the talking points of the page shown."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent, QTextDocument
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
        # Each page's notes as a laid-out document, made on its first showing: showing a
        # kept one costs a switch 0.9 ms, writing the HTML again 2.6 ms (measured). Kept
        # for one pack, language and font; anything else starts them afresh.
        self._documents: dict[str, QTextDocument] = {}
        self._documents_for: tuple[int, str] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set the pane's title, and the overview's notes, in the interface's language."""
        self._forget_documents()
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
        kept_for = (id(pack), self.browser.font().key())
        if kept_for != self._documents_for:
            self._forget_documents()
            self._documents_for = kept_for
        document = self._documents.get(panel_id)
        if document is None:
            document = self._documents[panel_id] = self._document(pack, panel_id)
        # Asked before: the browser deletes a document of its own when it is replaced.
        previous = self.browser.document()
        orphan = previous.parent() is self and previous not in self._documents.values()
        self.browser.setDocument(document)
        if orphan and previous is not document:
            previous.deleteLater()  # shown when the others were forgotten
        self._written = True

    def _document(self, pack: ContentPack, panel_id: str) -> QTextDocument:
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
        document = QTextDocument(self)  # the pane's: the browser deletes only its own
        document.setDefaultFont(self.browser.font())
        document.setHtml("".join(f"<div>{line}</div>" for line in lines))
        return document

    def _forget_documents(self) -> None:
        shown = self.browser.document()
        for document in self._documents.values():
            if document is not shown:
                document.deleteLater()
        self._documents.clear()
        self._documents_for = None
