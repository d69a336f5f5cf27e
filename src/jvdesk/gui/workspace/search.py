"""Search in the workspace: the search box, its results pane, and what choosing a result does."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

from jvdesk.core.pack import ContentPack
from jvdesk.core.search import Hit, SearchIndex

TYPING_PAUSE_MS = 150  # search once the user stops typing for this long


class SearchPane(QObject):
    """The search box (for the tool bar) and the dock that lists what it finds.

    The pack's search index is built on the first search, not when a pack opens.

    Signals:
        hit_chosen(object, str): a result (a ``Hit``) was chosen, with the query that found it.
        cleared(): the search was cleared (Esc, or an empty box).
    """

    hit_chosen = Signal(object, str)
    cleared = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setMinimumWidth(220)
        self.box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        # Entries wrap to the list's width: a sideways scroll bar would hide their ends.
        self.results.setWordWrap(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setSpacing(2)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("searchDock")
        self.dock.setWidget(self.results)
        self.retranslate()
        self.fit_to_text()
        self.pack: ContentPack | None = None
        self._index: SearchIndex | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _: self._timer.start())
        self.box.returnPressed.connect(self._on_return)
        escape = QShortcut(QKeySequence("Escape"), self.box)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.clear)
        self.results.itemActivated.connect(self._on_result_activated)
        self.results.itemClicked.connect(self._on_result_activated)

    def retranslate(self) -> None:
        """Word the box and the pane, and the results shown, in the interface's language."""
        self.box.setPlaceholderText(self.tr("Search panels, targets, quotes, sources (Ctrl+F)"))
        self.box.setAccessibleName(self.tr("Search"))
        self.dock.setWindowTitle(self.tr("Search results"))
        if self.dock.isVisible():
            self.run()

    def fit_to_text(self) -> None:
        """Make the results pane wide enough for a snippet's line at the current text size."""
        self.dock.setMinimumWidth(max(340, self.results.fontMetrics().averageCharWidth() * 38))

    def set_pack(self, pack: ContentPack) -> None:
        """Search this pack from now on (the results shown, if any, are searched again)."""
        self.pack = pack
        self._index = None
        if self.dock.isVisible():
            self.run()

    def focus(self) -> None:
        """Put the cursor in the search box, its text selected (Ctrl+F)."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def clear(self) -> None:
        """Empty the box and hide the results."""
        self.box.clear()
        self.dock.hide()
        self.cleared.emit()

    def run(self) -> None:
        """Search for what the box holds and list the results."""
        query = self.box.text().strip()
        self.results.clear()
        if not query or self.pack is None:
            self.dock.hide()
            return
        if self._index is None:
            self._index = SearchIndex(self.pack)
        hits = self._index.find(query)
        titles = {panel.id: panel.short_title for panel in self.pack.panels}
        for hit in hits:
            where = titles.get(hit.panel_id or "", self.tr("Overview"))
            kind = self._kind_names().get(hit.kind, hit.kind)
            entry = self.tr("{page} · {kind}\n{snippet}").format(
                page=where, kind=kind, snippet=hit.snippet
            )
            item = QListWidgetItem(entry, self.results)
            item.setData(Qt.ItemDataRole.UserRole, hit)
        if not hits:
            QListWidgetItem(self.tr("Nothing matches “{query}”.").format(query=query), self.results)
        self.dock.show()

    def _kind_names(self) -> dict[str, str]:
        return {
            "Panel": self.tr("Panel"),
            "Target": self.tr("Target"),
            "Key figure": self.tr("Key figure"),
            "Initiative": self.tr("Initiative"),
            "Quote": self.tr("Quote"),
            "Chart": self.tr("Chart"),
            "Speaker notes": self.tr("Speaker notes"),
            "Follow-up": self.tr("Follow-up"),
            "Source": self.tr("Source"),
        }

    def _on_return(self) -> None:
        self._timer.stop()
        self.run()
        if self.results.count() and isinstance(
            self.results.item(0).data(Qt.ItemDataRole.UserRole), Hit
        ):
            self.results.setCurrentRow(0)
            self._on_result_activated(self.results.item(0))

    def _on_result_activated(self, item: QListWidgetItem) -> None:
        hit = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(hit, Hit):
            self.hit_chosen.emit(hit, self.box.text())
