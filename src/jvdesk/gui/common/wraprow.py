"""A row of widgets that takes more lines when the window is too narrow for one.

A laptop at 1024 pixels, long words (German, Hindi) or a long handling marking can make a
row of buttons or clocks wider than the window; a box layout would then push the window
past the screen's edge. This row breaks into lines instead, each with as many widgets as
the others (two and two rather than three and one), and is as tall as its lines.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

SPACING = 8  # pixels between two widgets, and between two lines


class WrappingRow(QWidget):
    """Widgets side by side, in as few lines as the width allows.

    Each widget keeps the width it asks for. With ``fill``, the widgets of a line share its
    width equally (a row of buttons); without it, the room a line has to spare goes after
    each widget (clocks spread across the top of a window), as stretches would in a row.

    Args:
        widgets: the widgets, in reading order; hidden ones take no room.
        fill: whether the widgets grow to fill their line.
    """

    def __init__(
        self, widgets: Sequence[QWidget], *, fill: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.widgets = list(widgets)
        self.fill = fill
        for widget in self.widgets:
            widget.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def shown(self) -> list[QWidget]:
        """The widgets that take room (not hidden)."""
        return [widget for widget in self.widgets if not widget.isHidden()]

    def lines(self, width: int) -> list[list[QWidget]]:
        """The widgets in as few lines of equal length as fit ``width`` (one a line at most)."""
        shown = self.shown()
        for count in range(1, len(shown) + 1):
            per_line = math.ceil(len(shown) / count)
            lines = [shown[i : i + per_line] for i in range(0, len(shown), per_line)]
            if all(self._needed(line) <= width for line in lines):
                return lines
        return [[widget] for widget in shown]

    def _needed(self, line: Sequence[QWidget]) -> int:
        widths = [widget.sizeHint().width() for widget in line]
        if not widths:
            return 0
        spacing = SPACING * (len(widths) - 1)
        return len(widths) * max(widths) + spacing if self.fill else sum(widths) + spacing

    @staticmethod
    def _height(line: Sequence[QWidget]) -> int:
        return max((widget.sizeHint().height() for widget in line), default=0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lines = self.lines(width)
        return sum(self._height(line) for line in lines) + SPACING * max(0, len(lines) - 1)

    def sizeHint(self) -> QSize:
        shown = self.shown()
        return QSize(self._needed(shown), self._height(shown))

    def minimumSizeHint(self) -> QSize:
        # As narrow as its widest widget; the layout it is in asks ``heightForWidth`` how
        # tall it is at the width it gets.
        shown = self.shown()
        width = max((widget.sizeHint().width() for widget in shown), default=0)
        return QSize(width, self._height(shown))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a widget's text or visibility changed
            self.updateGeometry()
            self._place()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        top = 0
        for line in self.lines(self.width()):
            height = self._height(line)
            widths = [widget.sizeHint().width() for widget in line]
            if self.fill:
                cell = (self.width() - SPACING * (len(line) - 1)) / len(line)
                widths = [math.floor(cell)] * len(line)
                gap = float(SPACING)
            else:
                gap = (self.width() - sum(widths)) / len(line)
            left = 0.0
            for widget, width in zip(line, widths, strict=True):
                widget.setGeometry(round(left), top, width, height)
                left += width + gap
            top += height + SPACING
