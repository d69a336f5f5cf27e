"""About jvdesk: its version, the loaded pack and its checksum, the bundled parts' licences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jvdesk import __version__
from jvdesk.core.pack import ContentPack
from jvdesk.gui.common.theme import style_chrome
from jvdesk.gui.common.widgets import text_label

BUNDLED = (
    ("Qt / PySide6", "PySide6-Essentials", "LGPL-3.0"),  # names only: no words to translate
    ("pyqtgraph", "pyqtgraph", "MIT"),
    ("NumPy", "numpy", "BSD-3-Clause"),
    ("python-pptx", "python-pptx", "MIT"),
    ("lxml", "lxml", "BSD-3-Clause"),
    ("Pillow", "pillow", "MIT-CMU"),
    ("XlsxWriter", "XlsxWriter", "BSD-2-Clause"),
    ("PyYAML", "PyYAML", "MIT"),
    ("pydantic", "pydantic", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("Babel", "babel", "BSD-3-Clause"),
    ("uharfbuzz and HarfBuzz", "uharfbuzz", "Apache-2.0 and Old MIT"),
)
FONTS = (
    "Carlito, Liberation Sans, Noto Sans CJK JP, Noto Sans Devanagari: SIL Open Font License 1.1"
)


def _version(distribution: str) -> str:
    # Imported here: importlib.metadata takes about 16 ms, and only About needs it.
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    """Version, the loaded pack and its checksum, and the licences of bundled parts."""

    def __init__(
        self, pack: ContentPack, parent: QWidget | None = None, signature: str = ""
    ) -> None:
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
        pack_line = self.tr("Content pack: {title}, version {version}").format(
            title=pack.title, version=pack.meta.version
        )
        layout.addWidget(text_label(pack_line, "cardLabel"))
        # Who vouches for it: "signed by …, verified", "unsigned", "jvdesk's own pack".
        self.signature = text_label(
            self.tr("Publisher and signature: {signature}").format(signature=signature), "muted"
        )
        if not signature:
            self.signature.hide()
        layout.addWidget(self.signature)
        layout.addWidget(text_label(f"{pack.folder}", "muted"))
        self.checksum = text_label(
            self.tr("SHA-256 {checksum}").format(checksum=pack.checksum), "muted"
        )
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
    def show_about(cls, pack: ContentPack, parent: QWidget | None, signature: str = "") -> None:
        """Show the dialog modally (tests replace this)."""
        cls(pack, parent, signature).exec()
