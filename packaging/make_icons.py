"""Render the app icon for every platform from the one SVG master in resources/icons.

    python packaging/make_icons.py OUT_DIR

Writes jvdesk-<size>.png (16 … 1024), jvdesk.ico (Windows) and jvdesk.icns (macOS). Qt's SVG
renderer draws the PNGs; Pillow (already needed by python-pptx) packs the .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
MASTER = Path(__file__).resolve().parents[1] / "resources" / "icons" / "jvdesk.svg"


def render(out: Path) -> list[Path]:
    """Render the PNGs, the .ico and the .icns into ``out``."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the icon master {MASTER}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out / f"jvdesk-{size}.png"
        image.save(str(path))
        written.append(path)
    del app
    largest = Image.open(out / "jvdesk-1024.png")
    largest.save(out / "jvdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(out / "jvdesk.icns")
    return [*written, out / "jvdesk.ico", out / "jvdesk.icns"]


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")):
        print(path)
