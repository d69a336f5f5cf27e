"""The main window until the full briefing workspace lands: the pack and its panels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from jvdesk.core.formatting import format_date_range
from jvdesk.core.pack import ContentPack


class PackWindow(QMainWindow):
    """Shows the loaded pack's title, its summit and its panels in order."""

    def __init__(self, pack: ContentPack) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("jvdesk — {title}").replace("{title}", pack.title))
        summit = pack.meta.summit
        heading = QLabel(pack.title)
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        occasion = QLabel(
            f"{summit.title} · {summit.place} · "
            f"{format_date_range(summit.start_date, summit.end_date)}"
        )
        self.panels = QListWidget()
        self.panels.setObjectName("panels")
        self.panels.setWordWrap(True)
        self.panels.setSpacing(4)
        for panel in pack.panels:
            number = f"{panel.number}. " if panel.number is not None else ""
            status = pack.status_label(panel)
            item = QListWidgetItem(f"{number}{panel.title}\n{panel.summary}\n{status}")
            item.setData(Qt.ItemDataRole.UserRole, panel.id)
            self.panels.addItem(item)
        if self.panels.count():
            self.panels.setCurrentRow(0)
        layout = QVBoxLayout()
        layout.addWidget(heading)
        layout.addWidget(occasion)
        layout.addWidget(QLabel(self.tr("Panels")))
        layout.addWidget(self.panels, 1)
        body = QWidget()
        body.setLayout(layout)
        self.setCentralWidget(body)
        self.resize(1000, 700)
