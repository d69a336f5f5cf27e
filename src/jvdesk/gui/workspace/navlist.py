"""The panel list at the workspace's left: the overview, then each panel with its icon."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QMainWindow, QWidget

from jvdesk.core.pack import ContentPack
from jvdesk.gui.common.theme import Theme
from jvdesk.gui.workspace.icons import overview_icon, panel_icon

PAGE_ID = Qt.ItemDataRole.UserRole  # a row's page: a panel id, or "" for the overview


class PanelList(QListWidget):
    """One row a page; names wrap rather than being cut, icons grow with the text."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("nav")
        self.setMinimumWidth(280)
        self.setMaximumWidth(340)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.dock: QDockWidget | None = None
        self.retranslate()

    def put_in_dock(self, window: QMainWindow) -> None:
        """Sit at the window's left in a dock that cannot move, close or float."""
        self.dock = QDockWidget(window)
        self.dock.setObjectName("navDock")
        self.dock.setWidget(self)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setTitleBarWidget(QWidget())
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.retranslate()

    def retranslate(self) -> None:
        """Word the list, and the overview's row, in the interface's language."""
        self.setAccessibleName(self.tr("Pages"))
        if self.dock is not None:
            self.dock.setWindowTitle(self.tr("Panels"))
        if self.count():
            self.item(0).setText(self.tr("Overview"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fill(self, pack: ContentPack) -> None:
        """List the overview and the pack's panels, without reporting a change of row.

        The names are the pack's as given: a localized pack's, in its language.
        """
        self.blockSignals(True)
        self.clear()
        QListWidgetItem(self.tr("Overview"), self).setData(PAGE_ID, "")
        for panel in pack.panels:
            item = QListWidgetItem(panel.short_heading(), self)
            item.setData(PAGE_ID, panel.id)
            item.setToolTip(panel.title)
        self.blockSignals(False)

    def page_id(self, row: int) -> str:
        """The page a row shows: a panel id, or "" for the overview."""
        return str(self.item(row).data(PAGE_ID))

    def restyle(self, pack: ContentPack, theme: Theme, scale: float) -> None:
        """Draw the icons in the theme's colours, at a size that goes with the text."""
        icon = round(20 * scale)
        self.setIconSize(QSize(icon, icon))
        for row in range(self.count()):
            panel_id = self.page_id(row)
            if panel_id:
                self.item(row).setIcon(
                    panel_icon(pack.panel(panel_id), theme.accent, theme.accent_text)
                )
            else:
                self.item(row).setIcon(overview_icon(theme.accent, theme.accent_text))
