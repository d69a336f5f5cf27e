"""What the room sees: the slide letterboxed on black; or a black or white screen, the grid."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from jvdesk.gui.drawing.slidepainter import HEIGHT, WIDTH
from jvdesk.gui.show.cache import SlideCache, letterbox
from jvdesk.gui.show.keys import GRID_COLUMNS, key_help
from jvdesk.gui.show.state import Show


class AudienceWindow(QWidget):
    """What the room sees: the slide, letterboxed on black; or black, white, the grid."""

    def __init__(self, show: Show, cache: SlideCache) -> None:
        super().__init__()
        self.show_state = show
        self.cache = cache
        self.setWindowTitle(self.tr("jvdesk presentation"))
        self.setObjectName("audience")
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pointer = QPointF(-1, -1)
        show.changed.connect(self.update)
        show.changed.connect(self._prefetch)

    def slide_rect(self) -> QRectF:
        return letterbox(QRectF(self.rect()))

    def _prefetch(self) -> None:
        QTimer.singleShot(0, self._draw_neighbours)

    def _draw_neighbours(self) -> None:
        index = self.show_state.index
        size = self.slide_rect().size().toSize()
        for neighbour in (index + 1, index - 1):
            if 0 <= neighbour < self.show_state.count and not size.isEmpty():
                self.cache.get(neighbour, size, self.devicePixelRatioF())

    def paintEvent(self, event: QPaintEvent) -> None:
        show = self.show_state
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if show.blank == "white":
            painter.fillRect(self.rect(), Qt.GlobalColor.white)
        elif show.blank != "black":
            if show.grid:
                self._paint_grid(painter)
            else:
                target = self.slide_rect()
                pixmap = self.cache.get(
                    show.index, target.size().toSize(), self.devicePixelRatioF()
                )
                if show.zoom and self.rect().contains(self.pointer.toPoint()):
                    self._paint_zoomed(painter, pixmap, target)
                else:
                    painter.drawPixmap(target.topLeft(), pixmap)
            if show.laser and self.rect().contains(self.pointer.toPoint()):
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                glow = QColor(255, 0, 0, 90)
                painter.setBrush(glow)
                radius = max(8.0, self.height() / 90)
                painter.drawEllipse(self.pointer, radius * 1.8, radius * 1.8)
                painter.setBrush(QColor(255, 20, 20))
                painter.drawEllipse(self.pointer, radius, radius)
        if show.typed:
            self._paint_banner(
                painter, self.tr("Go to slide {number}").replace("{number}", show.typed)
            )
        if show.help:
            self._paint_help(painter)
        painter.end()

    def _paint_zoomed(self, painter: QPainter, pixmap: QPixmap, target: QRectF) -> None:
        factor = 2.0
        ratio = pixmap.devicePixelRatio()
        x = (self.pointer.x() - target.left()) * ratio
        y = (self.pointer.y() - target.top()) * ratio
        width, height = pixmap.width() / factor, pixmap.height() / factor
        source = QRectF(
            min(max(0.0, x - width / 2), pixmap.width() - width),
            min(max(0.0, y - height / 2), pixmap.height() - height),
            width,
            height,
        )
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, pixmap, source)

    def grid_cells(self) -> list[QRectF]:
        rows = (self.show_state.count + GRID_COLUMNS - 1) // GRID_COLUMNS
        margin = 24.0
        cell_w = (self.width() - margin * (GRID_COLUMNS + 1)) / GRID_COLUMNS
        cell_h = cell_w * HEIGHT / WIDTH
        first_row = max(0, self.show_state.grid_choice // GRID_COLUMNS - 1)
        cells = []
        for index in range(self.show_state.count):
            row, column = divmod(index, GRID_COLUMNS)
            y = margin + (row - first_row) * (cell_h + margin)
            cells.append(QRectF(margin + column * (cell_w + margin), y, cell_w, cell_h))
        del rows
        return cells

    def _paint_grid(self, painter: QPainter) -> None:
        show = self.show_state
        for index, cell in enumerate(self.grid_cells()):
            if cell.bottom() < 0 or cell.top() > self.height():
                continue
            pixmap = self.cache.get(index, cell.size().toSize(), self.devicePixelRatioF())
            painter.drawPixmap(cell.topLeft(), pixmap)
            if index == show.grid_choice:
                pen = painter.pen()
                pen.setColor(QColor("#FFD400"))
                pen.setWidth(6)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(-4, -4, 4, 4))
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(
                cell.adjusted(6, 4, 0, 0), int(Qt.AlignmentFlag.AlignLeft), str(index + 1)
            )

    def _paint_banner(self, painter: QPainter, text: str) -> None:
        font = QFont()
        font.setPixelSize(max(18, self.height() // 18))
        painter.setFont(font)
        box = QRectF(0, self.height() * 0.8, self.width(), self.height() * 0.12)
        painter.fillRect(box, QColor(0, 0, 0, 200))
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_help(self, painter: QPainter) -> None:
        rows = key_help()
        font = QFont()
        font.setPixelSize(max(14, self.height() // 40))
        painter.setFont(font)
        line = font.pixelSize() * 1.6
        box = QRectF(
            self.width() * 0.1, self.height() * 0.08, self.width() * 0.8, line * (len(rows) + 2)
        )
        painter.fillRect(box, QColor(0, 0, 0, 225))
        painter.setPen(Qt.GlobalColor.white)
        y = box.top() + line
        for keys, meaning in rows:
            painter.drawText(
                QRectF(box.left() + line, y, box.width() * 0.5, line),
                int(Qt.AlignmentFlag.AlignLeft),
                keys,
            )
            painter.drawText(
                QRectF(box.left() + box.width() * 0.52, y, box.width() * 0.46, line),
                int(Qt.AlignmentFlag.AlignLeft),
                meaning,
            )
            y += line

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.show_state.key(Qt.Key(event.key()), event.text(), event.isAutoRepeat()):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.show_state.key_released(Qt.Key(event.key()), event.isAutoRepeat())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.pointer = event.position()
        if self.show_state.laser or self.show_state.zoom:
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        show = self.show_state
        self.pointer = event.position()
        if event.button() == Qt.MouseButton.RightButton:
            show.laser = True
            show.changed.emit()
        elif event.button() == Qt.MouseButton.LeftButton:
            if show.grid:
                for index, cell in enumerate(self.grid_cells()):
                    if cell.contains(self.pointer):
                        show.grid = False
                        show.go(index)
                        return
            else:
                show.blank = None
                show.go(show.index + 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.show_state.laser = False
            self.show_state.changed.emit()
