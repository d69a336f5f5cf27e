"""Draw a chart spec with QPainter: vector output for the PDF handout and the projector."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen

from jvdesk.core.charts import ChartSpec
from jvdesk.gui.drawing.fonts import slide_font
from jvdesk.gui.drawing.slidetheme import SlideTheme
from jvdesk.gui.drawing.textlayer import draw_text

TICKS = 5
ANGLE = 45  # degrees category labels turn when they are too wide to stand level
ANGLED_SHARE = 0.3  # the most of the chart's height (width, for bars) category labels take
SLANT = math.sin(math.radians(ANGLE))


def _text(painter: QPainter, rect: QRectF, text: str, flags: Qt.AlignmentFlag | int) -> None:
    draw_text(painter, rect, int(flags), text)


def _elided(metrics: QFontMetricsF, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def paint_chart(
    painter: QPainter, area: QRectF, spec: ChartSpec, theme: SlideTheme, size: float = 12
) -> None:
    """Paint a chart into ``area`` (logical units; ``size`` is the label size in points).

    Category labels stand on one line each, as the deck's charts have them: turned by
    ``ANGLE`` degrees when too wide for their place, and shortened with an ellipsis when
    even turned they would take more than ``ANGLED_SHARE`` of the chart; never wrapped.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = slide_font(size)
    bold = slide_font(size * 1.15, bold=True)
    painter.setFont(small)
    metrics = QFontMetricsF(painter.fontMetrics())
    line = metrics.height()
    painter.setPen(theme.text)
    painter.setFont(bold)
    title_h = metrics.height() * 1.15 * 1.3
    _text(
        painter,
        QRectF(area.left(), area.top(), area.width(), title_h),
        spec.title,
        Qt.AlignmentFlag.AlignCenter,
    )
    top = area.top() + title_h
    legend_h = line * 1.6 if spec.has_legend else 0.0
    bottom = area.bottom() - legend_h
    horizontal = spec.kind == "bar"
    value_labels = [spec.label(spec.axis_max * i / TICKS) for i in range(TICKS + 1)]
    label_w = max(metrics.horizontalAdvance(text) for text in value_labels) + line * 0.4
    categories = list(spec.categories)
    widest = max(metrics.horizontalAdvance(text) for text in categories)
    angled = False
    painter.setFont(small)
    if horizontal:
        most = area.width() * ANGLED_SHARE
        if widest > most:
            categories = [_elided(metrics, text, most) for text in categories]
            widest = most
        cat_w = widest + line * 0.6
        plot = QRectF(area.left() + line * 1.6 + cat_w, top, 0, 0)
        plot.setRight(area.right() - line)
        plot.setBottom(bottom - line * 2.6)
    else:
        plot = QRectF(area.left() + line * 1.6 + label_w, top + line * 0.8, 0, 0)
        plot.setRight(area.right() - line * 0.5)
        band = plot.width() / len(categories)
        labels_h = line
        if widest > band - line * 0.3:
            angled = True
            labels_h = (widest + line) * SLANT
            most = area.height() * ANGLED_SHARE
            if labels_h > most:
                categories = [_elided(metrics, text, most / SLANT - line) for text in categories]
                labels_h = most
        plot.setBottom(bottom - (labels_h + line * 2.0))
    if plot.width() <= 0 or plot.height() <= 0:
        painter.restore()
        return
    grid = QPen(theme.grid)
    grid.setWidthF(0.6)
    axis = QPen(theme.muted)
    axis.setWidthF(1.0)

    def value_pos(value: float) -> float:
        share = value / spec.axis_max if spec.axis_max else 0.0
        return (
            plot.left() + share * plot.width()
            if horizontal
            else plot.bottom() - share * plot.height()
        )

    for index, text in enumerate(value_labels):
        tick = spec.axis_max * index / TICKS
        pos = value_pos(tick)
        painter.setPen(grid)
        if horizontal:
            painter.drawLine(QPointF(pos, plot.top()), QPointF(pos, plot.bottom()))
            painter.setPen(theme.muted)
            _text(
                painter,
                QRectF(pos - label_w, plot.bottom() + 2, label_w * 2, line),
                text,
                Qt.AlignmentFlag.AlignCenter,
            )
        else:
            painter.drawLine(QPointF(plot.left(), pos), QPointF(plot.right(), pos))
            painter.setPen(theme.muted)
            _text(
                painter,
                QRectF(plot.left() - label_w - 4, pos - line / 2, label_w, line),
                text,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
    painter.setPen(axis)
    if horizontal:
        painter.drawLine(plot.topLeft(), plot.bottomLeft())
    else:
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    count = len(categories)
    band = (plot.height() if horizontal else plot.width()) / count
    for index, category in enumerate(categories):
        painter.setPen(theme.text)
        if horizontal:
            rect = QRectF(
                area.left() + line * 1.6, plot.top() + index * band, cat_w - line * 0.3, band
            )
            _text(
                painter,
                rect,
                category,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
        elif angled:
            # Turned about the tick, the label ends there and reads upwards from the left.
            painter.save()
            painter.translate(plot.left() + (index + 0.5) * band + line * 0.3, plot.bottom() + 3)
            painter.rotate(-ANGLE)
            width = metrics.horizontalAdvance(category) + 2
            _text(
                painter,
                QRectF(-width, 0, width, line),
                category,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            )
            painter.restore()
        else:
            rect = QRectF(plot.left() + index * band, plot.bottom() + 3, band, line)
            _text(
                painter,
                rect,
                category,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            )

    series_count = len(spec.series)
    for number, series in enumerate(spec.series):
        colour = theme.series[number % len(theme.series)]
        if spec.kind == "line":
            path = QPainterPath()
            started = False
            points = []
            for index, value in enumerate(series.values):
                if value is None:
                    started = False
                    continue
                point = QPointF(plot.left() + band * (index + 0.5), value_pos(value))
                points.append((point, value))
                if started:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    started = True
            pen = QPen(colour)
            pen.setWidthF(2.5)
            if series.path:  # computed, not read: dashed, with no markers or values
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            if series.path:
                continue
            painter.setBrush(colour)
            for point, value in points:
                painter.drawEllipse(point, 3.5, 3.5)
                painter.setPen(theme.text)
                _text(
                    painter,
                    QRectF(point.x() - band / 2, point.y() - line * 1.4, band, line),
                    spec.label(value),
                    Qt.AlignmentFlag.AlignCenter,
                )
                painter.setPen(pen)
            continue
        slot = band * 0.7 / series_count
        for index, value in enumerate(series.values):
            if value is None:
                continue
            start = index * band + band * 0.15 + number * slot
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            if horizontal:
                bar = QRectF(
                    plot.left(), plot.top() + start, value_pos(value) - plot.left(), slot * 0.92
                )
                painter.drawRect(bar)
                painter.setPen(theme.text)
                _text(
                    painter,
                    QRectF(bar.right() + 4, bar.top(), label_w * 1.5, bar.height()),
                    spec.label(value),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                )
            else:
                bar = QRectF(
                    plot.left() + start,
                    value_pos(value),
                    slot * 0.92,
                    plot.bottom() - value_pos(value),
                )
                painter.drawRect(bar)
                painter.setPen(theme.text)
                _text(
                    painter,
                    QRectF(bar.left() - slot, bar.top() - line * 1.2, slot * 3, line),
                    spec.label(value),
                    Qt.AlignmentFlag.AlignCenter,
                )

    painter.setPen(theme.muted)
    painter.setFont(slide_font(size, bold=True))
    if horizontal:
        _text(
            painter,
            QRectF(plot.left(), plot.bottom() + line * 1.3, plot.width(), line * 1.2),
            spec.unit,
            Qt.AlignmentFlag.AlignCenter,
        )
    else:
        _text(
            painter,
            QRectF(plot.left(), bottom - line * 1.5, plot.width(), line * 1.2),
            spec.category_title,
            Qt.AlignmentFlag.AlignCenter,
        )
        painter.save()
        painter.translate(area.left() + line * 0.2, plot.center().y())
        painter.rotate(-90)
        _text(
            painter,
            QRectF(-plot.height() / 2, 0, plot.height(), line * 1.2),
            spec.unit,
            Qt.AlignmentFlag.AlignCenter,
        )
        painter.restore()
    if legend_h:
        painter.setFont(small)
        x = (
            area.left()
            + area.width() / 2
            - sum(metrics.horizontalAdvance(s.name) + line * 2 for s in spec.series) / 2
        )
        y = area.bottom() - legend_h / 2
        for number, series in enumerate(spec.series):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.series[number % len(theme.series)])
            painter.drawRect(QRectF(x, y - line * 0.3, line * 0.6, line * 0.6))
            painter.setPen(theme.text)
            width = metrics.horizontalAdvance(series.name)
            _text(
                painter,
                QRectF(x + line * 0.8, y - line / 2, width + 2, line),
                series.name,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            )
            x += width + line * 2
    painter.restore()
