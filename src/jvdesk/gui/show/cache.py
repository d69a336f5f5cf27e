"""Slides drawn once per size into pixmaps, so advancing a slide only copies pixels."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPixmap

from jvdesk.core.deckplan import DeckPlan
from jvdesk.gui.drawing.slidepainter import HEIGHT, WIDTH, SlidePainter

MOST_PIXMAPS = 120  # a full briefing at two sizes, with room for the overview grid's


class SlideCache:
    """Slides drawn once per size into pixmaps, so advancing only copies pixels."""

    def __init__(self, plan: DeckPlan, painter: SlidePainter) -> None:
        self.plan = plan
        self.painter = painter
        self._pixmaps: dict[tuple[int, int, int], QPixmap] = {}

    def get(self, index: int, size: QSize, ratio: float = 1.0) -> QPixmap:
        width = max(16, round(size.width() * ratio))
        height = max(9, round(width * HEIGHT / WIDTH))
        key = (index, width, height)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(width, height)
            painter = QPainter(pixmap)
            self.painter.paint(painter, QRectF(0, 0, width, height), self.plan.slides[index])
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            if len(self._pixmaps) > MOST_PIXMAPS:
                self._pixmaps.clear()
            self._pixmaps[key] = pixmap
        return pixmap


def letterbox(outer: QRectF) -> QRectF:
    """The largest 16:9 rectangle centred in ``outer`` (letterboxing)."""
    scale = min(outer.width() / WIDTH, outer.height() / HEIGHT)
    width, height = WIDTH * scale, HEIGHT * scale
    return QRectF(
        outer.left() + (outer.width() - width) / 2,
        outer.top() + (outer.height() - height) / 2,
        width,
        height,
    )
