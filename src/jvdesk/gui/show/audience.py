"""What the room sees: the slide letterboxed on black; or a black or white screen, the grid."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

from jvdesk.gui.drawing.slidepainter import HEIGHT, WIDTH
from jvdesk.gui.show.cache import SlideCache, letterbox
from jvdesk.gui.show.helpoverlay import HelpLayout, layout_help, paint_help
from jvdesk.gui.show.keys import GRID_COLUMNS, help_title, key_help
from jvdesk.gui.show.state import Show

CHOICE = QColor("#FFD400")  # the frame and number of the slide chosen in the overview grid


class AudienceWindow(QWidget):
    """What the room sees: the slide, letterboxed on black; or black, white, the grid."""

    def __init__(self, show: Show, cache: SlideCache) -> None:
        super().__init__()
        self.show_state = show
        self.cache = cache
        self.setObjectName("audience")
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pointer = QPointF(-1, -1)
        self._help_layout: tuple[tuple[object, ...], HelpLayout] | None = None
        show.changed.connect(self.update)
        show.changed.connect(self._prefetch)
        show.changed.connect(self._describe)
        self.retranslate()

    def retranslate(self) -> None:
        """Word the window in the interface's language (again after a change of language).

        The slides keep the deck's language; the banner and the ``?`` overlay are worded
        when drawn, so a repaint is all they need.
        """
        self.setWindowTitle(self.tr("jvdesk presentation"))
        self._describe()
        self.update()

    def _describe(self) -> None:
        """Tell a screen reader which slide the room sees: the window holds only a picture."""
        show = self.show_state
        self.setAccessibleDescription(
            self.tr("Slide {number} of {count}: {title}").format(
                number=show.index + 1, count=show.count, title=show.plan.slides[show.index].title
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
            self._paint_banner(painter, self.tr("Go to slide {number}").format(number=show.typed))
        if show.help:
            paint_help(painter, self.help_layout())
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

    def grid_layout(self) -> list[tuple[QRectF, QRectF]]:
        """Each slide's thumbnail in the overview grid, and the strip under it for its number.

        The rows scroll so that the chosen slide's row is the second one (or the first).
        """
        margin = max(16, self.width() // 64)
        cell_w = (self.width() - margin * (GRID_COLUMNS + 1)) // GRID_COLUMNS
        cell_h = round(cell_w * HEIGHT / WIDTH)
        label_h = max(20, round(cell_h * 0.22))
        gap = margin // 4  # between a thumbnail and its number
        pitch = cell_h + gap + label_h + margin
        first_row = max(0, self.show_state.grid_choice // GRID_COLUMNS - 1)
        cells = []
        for index in range(self.show_state.count):
            row, column = divmod(index, GRID_COLUMNS)
            x = margin + column * (cell_w + margin)
            y = margin + (row - first_row) * pitch
            thumbnail = QRectF(x, y, cell_w, cell_h)
            cells.append((thumbnail, QRectF(x, y + cell_h + gap, cell_w, label_h)))
        return cells

    def grid_cells(self) -> list[QRectF]:
        """Each slide's thumbnail in the overview grid."""
        return [thumbnail for thumbnail, _ in self.grid_layout()]

    def grid_number_font(self) -> QFont:
        """The font of the slide numbers under the grid's thumbnails."""
        labels = [label for _, label in self.grid_layout()]
        room = labels[0].height() if labels else 20.0
        font = QFont()
        font.setBold(True)
        pixels = round(room * 0.8)
        font.setPixelSize(pixels)
        while pixels > 8 and QFontMetricsF(font).height() > room:  # the line fits its strip
            pixels -= 1
            font.setPixelSize(pixels)
        return font

    def _paint_grid(self, painter: QPainter) -> None:
        show = self.show_state
        painter.setFont(self.grid_number_font())
        for index, (cell, label) in enumerate(self.grid_layout()):
            if label.bottom() < 0 or cell.top() > self.height():
                continue
            pixmap = self.cache.get(index, cell.size().toSize(), self.devicePixelRatioF())
            painter.drawPixmap(cell.topLeft(), pixmap)
            chosen = index == show.grid_choice
            if chosen:
                pen = painter.pen()
                pen.setColor(CHOICE)
                pen.setWidth(6)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.united(label).adjusted(-4, -4, 4, 4))
            painter.setPen(CHOICE if chosen else Qt.GlobalColor.white)
            painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter), str(index + 1))

    def _paint_banner(self, painter: QPainter, text: str) -> None:
        font = QFont()
        font.setPixelSize(max(18, self.height() // 18))
        painter.setFont(font)
        box = QRectF(0, self.height() * 0.8, self.width(), self.height() * 0.12)
        painter.fillRect(box, QColor(0, 0, 0, 200))
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def help_layout(self) -> HelpLayout:
        """Where the ``?`` overlay's panel, title and rows go in this window."""
        key = (self.width(), self.height(), help_title(), tuple(key_help()))
        if self._help_layout is None or self._help_layout[0] != key:
            self._help_layout = (key, layout_help(QSizeF(self.size())))  # measured once
        return self._help_layout[1]

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
                for index, (cell, label) in enumerate(self.grid_layout()):
                    if cell.united(label).contains(self.pointer):
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
