"""The sources behind a figure, chart or quote: title, publisher, date and address."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jvdesk.core.formatting import format_date
from jvdesk.core.model import Source
from jvdesk.core.pack import ContentPack
from jvdesk.core.sourcemarks import SourceIndex
from jvdesk.gui.common.theme import style_chrome
from jvdesk.gui.common.widgets import Box, text_label


class SourceDialog(QDialog):
    """The sources behind a figure, chart or quote: title, publisher, date, address."""

    def __init__(
        self,
        pack: ContentPack,
        marks: SourceIndex,
        source_ids: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        style_chrome(self)  # before its widgets exist, so each is styled once
        self.setWindowTitle(self.tr("Source"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.copy_buttons: list[QPushButton] = []
        for source_id in dict.fromkeys(source_ids):
            source = pack.sources[source_id]
            frame = Box("card", accent_edge=True)
            box = QVBoxLayout(frame)
            number = marks.cite([source_id])
            box.addWidget(text_label(f"{number} {source.title}", "cardLabel"))
            box.addWidget(text_label(self._byline(source), "muted"))
            row = QHBoxLayout()
            address = text_label(source.url, "muted")
            row.addWidget(address, 1)
            copy = QPushButton(self.tr("Copy address"))
            copy.clicked.connect(
                lambda _=False, url=source.url: QGuiApplication.clipboard().setText(url)
            )
            self.copy_buttons.append(copy)
            row.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
            box.addLayout(row)
            if source.note:
                box.addWidget(text_label(source.note, "muted"))
            layout.addWidget(frame)
        note = self.tr("jvdesk works offline: copy the address to open it in a browser later.")
        layout.addWidget(text_label(note, "muted"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _byline(self, source: Source) -> str:
        """Who published a source, when, and what kind of source it is, in words."""
        kinds = {
            "official": self.tr("official", "kind of source"),
            "press": self.tr("press", "kind of source"),
            "reference": self.tr("reference", "kind of source"),
        }
        kind = kinds.get(source.kind, source.kind)
        if source.date is None:
            return self.tr("{publisher} ({kind})").format(publisher=source.publisher, kind=kind)
        return self.tr("{publisher}, {date} ({kind})").format(
            publisher=source.publisher, date=format_date(source.date), kind=kind
        )

    @classmethod
    def show_sources(
        cls,
        pack: ContentPack,
        marks: SourceIndex,
        source_ids: Sequence[str],
        parent: QWidget | None,
    ) -> None:
        """Show the dialog modally (tests replace this)."""
        cls(pack, marks, source_ids, parent).exec()
