"""Dialogs that show information: a figure's sources, a pack's problems, About."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jvdesk import __version__
from jvdesk.core.formatting import format_date
from jvdesk.core.pack import ContentPack
from jvdesk.core.problems import PackError
from jvdesk.core.sourcemarks import SourceIndex
from jvdesk.gui.common.theme import style_chrome
from jvdesk.gui.common.widgets import Box, text_label

BUNDLED = (
    ("Qt and PySide6", "PySide6-Essentials", "LGPL-3.0"),
    ("pyqtgraph", "pyqtgraph", "MIT"),
    ("NumPy", "numpy", "BSD-3-Clause"),
    ("python-pptx", "python-pptx", "MIT"),
    ("lxml", "lxml", "BSD-3-Clause"),
    ("Pillow", "pillow", "MIT-CMU"),
    ("XlsxWriter", "XlsxWriter", "BSD-2-Clause"),
    ("PyYAML", "PyYAML", "MIT"),
    ("pydantic", "pydantic", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
)
FONTS = "Carlito, Liberation Sans, Noto Sans Devanagari: SIL Open Font License 1.1"


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
            date = f", {format_date(source.date)}" if source.date else ""
            box.addWidget(text_label(f"{source.publisher}{date} ({source.kind})", "muted"))
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


class ProblemsDialog(QDialog):
    """Every problem of a pack that could not be opened, with Copy details."""

    def __init__(self, error: PackError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style_chrome(self)  # before its widgets exist, so each is styled once
        self.setWindowTitle(self.tr("The content pack has problems"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        count = len(error.problems)
        summary = (
            self.tr(
                "1 problem was found, so the pack was not opened; jvdesk keeps the pack it "
                "had. Fix it in the pack's files and open it again."
            )
            if count == 1
            else self.tr(
                "{count} problems were found, so the pack was not opened; jvdesk keeps the "
                "pack it had. Fix these in the pack's files and open it again."
            ).replace("{count}", str(count))
        )
        self.summary = text_label(summary, "cardLabel")
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit(str(error))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(error)))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_problems(cls, error: PackError, parent: QWidget | None) -> None:
        """Show the dialog modally (tests replace this)."""
        cls(error, parent).exec()


def _version(distribution: str) -> str:
    # Imported here: importlib.metadata takes about 16 ms, and only About needs it.
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    """Version, the loaded pack and its checksum, and the licences of bundled parts."""

    def __init__(self, pack: ContentPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style_chrome(self)  # before its widgets exist, so each is styled once
        self.setWindowTitle(self.tr("About jvdesk"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(f"jvdesk {__version__}", "panelTitle"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Briefing desk for the India–Japan Joint Vision for the Next Decade. "
                    "Works offline; opens no network connection."
                ),
                "summary",
            )
        )
        pack_line = (
            self.tr("Content pack: {title}, version {version}")
            .replace("{title}", pack.title)
            .replace("{version}", pack.meta.version)
        )
        layout.addWidget(text_label(pack_line, "cardLabel"))
        layout.addWidget(text_label(f"{pack.folder}", "muted"))
        self.checksum = text_label(f"SHA-256 {pack.checksum}", "muted")
        layout.addWidget(self.checksum)
        lines = [f"{name} {_version(dist)}: {licence}" for name, dist, licence in BUNDLED]
        lines.append(FONTS)
        licences = QLabel("\n".join(lines))
        licences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidget(licences)
        scroll.setWidgetResizable(True)
        layout.addWidget(
            text_label(self.tr("Bundled components and their licences"), "sectionTitle")
        )
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_about(cls, pack: ContentPack, parent: QWidget | None) -> None:
        """Show the dialog modally (tests replace this)."""
        cls(pack, parent).exec()
