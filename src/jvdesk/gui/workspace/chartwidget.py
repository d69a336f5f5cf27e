"""A chart spec drawn with pyqtgraph, themed, with value labels and units on the axes.

Importing this module imports pyqtgraph (about a third of a second), so the main window
imports it only after its first paint.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QGraphicsItem,
    QGraphicsSimpleTextItem,
    QSizePolicy,
)

from jvdesk.core.charts import ChartSpec, SeriesSpec
from jvdesk.gui.common.theme import Theme

pg.setConfigOptions(antialias=True, useOpenGL=False)


class ValueLabel(QGraphicsSimpleTextItem):
    """A value written at its bar or point, the same size in pixels whatever the scale.

    Not pyqtgraph's TextItem: that wraps a rich-text item with a text document of its own,
    and the shipped charts' 23 labels cost 7 MiB that way.
    """

    def __init__(self, text: str, colour: QColor, font: QFont, anchor: tuple[float, float]):
        super().__init__(text)
        self.setBrush(colour)
        self.setFont(font)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        box = self.boundingRect()
        self.setTransform(
            QTransform.fromTranslate(-box.width() * anchor[0], -box.height() * anchor[1])
        )


class ChartWidget(pg.PlotWidget):  # type: ignore[misc]
    """One chart of a panel. Not interactive: it is read, not explored."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Scroll the page: a chart is not zoomed, and it spans most of a page's width.

        An ignored wheel event does not climb out of a graphics view's viewport, so it is
        handed to the scroll area the chart sits in.
        """
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            event.ignore()
            return
        QApplication.sendEvent(parent.viewport(), event)

    def __init__(self, spec: ChartSpec, theme: Theme, scale: float = 1.0) -> None:
        super().__init__()
        self.spec = spec
        self.setObjectName("chart")
        # The chart takes the focus, with its name and description; pyqtgraph's inner view
        # would be a second, nameless stop for the keyboard and a screen reader.
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        self.labels: list[ValueLabel] = []
        self.items: list[object] = []
        self.legend: pg.LegendItem | None = None
        self._drawn: tuple[Theme, float, ChartSpec] | None = None
        self.apply_theme(theme, scale)

    def apply_theme(self, theme: Theme, scale: float) -> None:
        """Redraw in a theme's colours at a text scale (and in the words of ``self.spec``).

        Nothing is done when the chart already shows these: a language switch rewords the
        page and then restyles the window, and each redraw rebuilds every plot item.
        """
        spec = self.spec
        drawn = (theme, scale, spec)
        if drawn == self._drawn:
            return
        self._drawn = drawn
        plot = self.getPlotItem()
        plot.clear()
        self.labels = []
        self.setBackground(QColor(theme.surface))
        text = QColor(theme.text)
        tick_font = QFont()
        tick_font.setPointSizeF(10 * scale)
        style = {"color": theme.text, "font-size": f"{11 * scale:.1f}pt"}
        horizontal = spec.kind == "bar"
        value_axis, category_axis = ("bottom", "left") if horizontal else ("left", "bottom")
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.muted, width=1))
            axis.setTextPen(pg.mkPen(text))
            axis.setStyle(tickFont=tick_font)
        plot.setLabel(value_axis, spec.unit, **style)
        plot.setLabel(category_axis, spec.category_title, **style)
        plot.setTitle(spec.title, color=theme.text, size=f"{12 * scale:.1f}pt", bold=True)
        ticks = [(index, category) for index, category in enumerate(spec.categories)]
        plot.getAxis(category_axis).setTicks([ticks])
        step = spec.axis_max / 5
        plot.getAxis(value_axis).setTicks([[(step * i, spec.label(step * i)) for i in range(6)]])
        plot.showGrid(x=horizontal, y=not horizontal, alpha=0.35)
        count = len(spec.categories)
        if horizontal:
            plot.setYRange(-0.6, count - 0.4, padding=0)
            plot.setXRange(0, spec.axis_max * 1.02, padding=0)
            plot.getViewBox().invertY(True)
        else:
            plot.setXRange(-0.6, count - 0.4, padding=0)
            plot.setYRange(0, spec.axis_max * 1.02, padding=0)
        if spec.has_legend:
            # One legend for the chart's life: clearing the plot empties it, and the named
            # series added below fill it again, with labels in the new theme's colour.
            if self.legend is None:
                self.legend = plot.addLegend(offset=(10, 10))
            self.legend.setLabelTextColor(theme.text)
            self.legend.setBrush(pg.mkBrush(theme.surface))
        width = 0.7 / len(spec.series)
        label_font = QFont()
        label_font.setPointSizeF(9.5 * scale)
        for number, series in enumerate(spec.series):
            colour = QColor(theme.series[number % len(theme.series)])
            positions = [i - 0.35 + width * (number + 0.5) for i in range(count)]
            present = [
                (p, v) for p, v in zip(positions, series.values, strict=True) if v is not None
            ]
            if spec.kind == "line":
                xs = list(range(count))
                ys = [v if v is not None else math.nan for v in series.values]
                if series.path:  # computed, not read: dashed, with no markers or values
                    pen = pg.mkPen(colour, width=3, style=Qt.PenStyle.DashLine)
                    item = pg.PlotDataItem(xs, ys, pen=pen, connect="finite", name=series.name)
                else:
                    item = pg.PlotDataItem(
                        xs,
                        ys,
                        pen=pg.mkPen(colour, width=3),
                        symbol="o",
                        symbolSize=8,
                        symbolBrush=colour,
                        symbolPen=colour,
                        connect="finite",
                        name=series.name,
                    )
                present = [(x, v) for x, v in zip(xs, series.values, strict=True) if v is not None]
                if series.path:
                    present = []
            elif horizontal:
                item = pg.BarGraphItem(
                    x0=0,
                    y=[p for p, _ in present],
                    height=width * 0.9,
                    width=[v for _, v in present],
                    brush=colour,
                    pen=pg.mkPen(colour),
                    name=series.name,
                )
            else:
                item = pg.BarGraphItem(
                    x=[p for p, _ in present],
                    height=[v for _, v in present],
                    width=width * 0.9,
                    brush=colour,
                    pen=pg.mkPen(colour),
                    name=series.name,
                )
            plot.addItem(item)  # named items join the legend by themselves
            for position, value in present:
                anchor = (0, 0.5) if horizontal else (0.5, 1.0)
                label = ValueLabel(spec.label(value), text, label_font, anchor)
                label.setPos(value, position) if horizontal else label.setPos(position, value)
                plot.addItem(label, ignoreBounds=True)
                self.labels.append(label)
        self.setToolTip("\n".join(self._described(series) for series in spec.series))
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)

    def _described(self, series: SeriesSpec) -> str:
        """A series in words, for the tooltip: "India: 2022 4.1, 2023 5.9 (USD billion)"."""
        translate = QCoreApplication.translate  # typed, where pyqtgraph's base class is not
        values = [
            translate("ChartWidget", "{category} {value}").format(
                category=category, value=self.spec.label(value)
            )
            if value is not None
            else translate("ChartWidget", "{category} —", "a category with no value").format(
                category=category
            )
            for category, value in zip(self.spec.categories, series.values, strict=True)
        ]
        return translate("ChartWidget", "{series}: {values} ({unit})").format(
            series=series.name,
            values=translate("ChartWidget", ", ", "between two values").join(values),
            unit=self.spec.unit,
        )
