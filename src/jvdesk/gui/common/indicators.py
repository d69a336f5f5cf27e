"""Check boxes and radio buttons that can be seen in every theme: outlined in the text colour.

Qt's Fusion style draws an unchecked check box's outline in a shade of the window colour,
which all but vanishes on the dark theme's and disappears on the high-contrast theme's
black (WCAG 1.4.11 asks 3:1 for a control's boundary). A style sheet could restyle the
indicator, but then must supply its own images for every state; this proxy keeps the
platform's drawing and adds a one-pixel outline in the palette's text colour, which every
theme already holds to 4.5:1 or more against its backgrounds (tests/gui/common/
test_contrast.py).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

PE = QStyle.PrimitiveElement
BOXES = (PE.PE_IndicatorCheckBox, PE.PE_IndicatorItemViewItemCheck)
ROUND = (PE.PE_IndicatorRadioButton,)


class OutlinedIndicators(QProxyStyle):
    """The application's style, with its check and radio indicators outlined."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in BOXES and element not in ROUND:
            return
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(option.palette.color(group, QPalette.ColorRole.Text), 1))
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element in ROUND:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()


def outline_indicators(app: QApplication) -> None:
    """Give the application the outlined indicators, over the style it has, once."""
    if not isinstance(app.style(), OutlinedIndicators):
        app.setStyle(OutlinedIndicators(app.style().name()))
