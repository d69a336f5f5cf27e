"""Panel icons drawn in code, crisp at any screen scale."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from jvdesk.core.model import Panel

SIZE = 64


def _pixmap(background: QColor, foreground: QColor, text: str, grid: bool = False) -> QPixmap:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(QRectF(2, 2, SIZE - 4, SIZE - 4), 14, 14)
    painter.setBrush(foreground)
    if grid:
        for row in range(2):
            for column in range(2):
                painter.drawRoundedRect(QRectF(14 + column * 20, 14 + row * 20, 16, 16), 3, 3)
    else:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(30 if len(text) == 1 else 22)
        painter.setFont(font)
        painter.setPen(foreground)
        painter.drawText(QRectF(0, 0, SIZE, SIZE), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return pixmap


def overview_icon(accent: str, on_accent: str) -> QIcon:
    """The overview's icon: four tiles."""
    return QIcon(_pixmap(QColor(accent), QColor(on_accent), "", grid=True))


def panel_icon(panel: Panel, accent: str, on_accent: str) -> QIcon:
    """A direction's number, or a document's initials, on the theme's accent."""
    if panel.number is not None:
        text = str(panel.number)
    else:
        words = [w for w in panel.short_title.replace("–", " ").split() if w[:1].isalpha()]
        if words and words[0].isupper() and 1 < len(words[0]) <= 3:
            text = words[0]  # an acronym such as "HR"
        else:
            text = "".join(word[0] for word in words[:2]).upper() or "•"
    return QIcon(_pixmap(QColor(accent), QColor(on_accent), text))
