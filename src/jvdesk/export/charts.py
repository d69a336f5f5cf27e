"""Native, editable PowerPoint charts drawn from the core's chart specs.

python-pptx leaves a chart's layout to the program that opens the deck, and LibreOffice
gives the plot what its title, axis titles and wrapped category labels leave over: a few
lines in a short frame. So the plot area is placed by hand (``c:manualLayout``), with room
measured for each piece of text around it, and category labels too wide for their place
are angled, or shortened when even angled they would crowd out the plot; never wrapped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.oxml.ns import qn
from pptx.slide import Slide as PptxSlide
from pptx.util import Pt

from jvdesk.core.charts import ChartSpec
from jvdesk.export.ooxml import positive_axis_ids, rotate_text, set_description, set_plot_layout
from jvdesk.export.slidewriter import Box
from jvdesk.export.textfit import Metrics

CHART_TYPES = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
}
LABEL_SIZE = 14  # design sizes, scaled with the slide
TITLE_SIZE = 16
ANGLE = 45  # degrees category labels turn when they are too wide to stand level
ANGLED_SHARE = 0.34  # the most of the frame's height (width, for bars) angled labels may take
SLANT = math.sin(math.radians(ANGLE))
ELLIPSIS = "\u2026"


@dataclass(frozen=True)
class ChartLayout:
    """Where the plot goes in a chart frame, and how its category labels are set.

    Attributes:
        x: the plot's left edge as a share of the frame's width.
        y: the plot's top edge as a share of the frame's height.
        w: the plot's width as a share of the frame's width.
        h: the plot's height as a share of the frame's height.
        angled: whether category labels are turned by ``ANGLE`` degrees.
        categories: the category labels as drawn (shortened where they had to be).
    """

    x: float
    y: float
    w: float
    h: float
    angled: bool
    categories: tuple[str, ...]


def _shortened(text: str, metrics: Metrics, size: float, width: float) -> str:
    """``text``, cut with an ellipsis to at most ``width`` points at ``size``."""
    if metrics.width(text, size) <= width:
        return text
    while text and metrics.width(text + ELLIPSIS, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def chart_layout(spec: ChartSpec, box: Box, scale: float, metrics: Metrics) -> ChartLayout:
    """Measure the room the chart's text takes around the plot, and give the plot the rest.

    Args:
        spec: what the chart shows.
        box: the chart frame, in points.
        scale: the slide's size relative to the design size.
        metrics: the measurements of the font the chart's text is set in.
    """
    label = round(LABEL_SIZE * scale)
    line = metrics.line_height("Ag", label)
    title = metrics.line_height("Ag", round(TITLE_SIZE * scale))
    ticks = [spec.label(spec.axis_max * i / 5) for i in range(6)]
    tick_width = max(metrics.width(text, label) for text in ticks)
    category_width = max(metrics.width(text, label) for text in spec.categories)
    legend = line * 1.6 if spec.has_legend else 0.0
    pad = line * 0.4
    top = title * 1.5 + pad
    categories = spec.categories
    if spec.kind == "bar":  # categories down the left, values along the bottom
        bottom = pad + line + pad + line + legend + pad
        room = box.w * ANGLED_SHARE
        if category_width > room:
            categories = tuple(_shortened(c, metrics, label, room) for c in categories)
            category_width = room
        left = pad + line + pad + category_width + pad
        right = pad + tick_width / 2
        return _placed(box, left, top, right, bottom, False, categories)
    left = pad + line + pad + tick_width + pad
    right = pad * 2
    band = (box.w - left - right) / len(categories)
    angled = category_width > band - pad
    labels = line
    if angled:
        room = box.h * ANGLED_SHARE
        labels = category_width * SLANT + line * SLANT
        if labels > room:
            most = (room - line * SLANT) / SLANT
            categories = tuple(_shortened(c, metrics, label, most) for c in categories)
            labels = room
    bottom = pad + labels + pad + line + legend + pad
    return _placed(box, left, top, right, bottom, angled, categories)


def _placed(
    box: Box,
    left: float,
    top: float,
    right: float,
    bottom: float,
    angled: bool,
    categories: tuple[str, ...],
) -> ChartLayout:
    """The plot inside margins given in points, as shares of the frame (a tenth at least)."""
    x, y = left / box.w, top / box.h
    return ChartLayout(
        x, y, max(0.1, 1 - x - right / box.w), max(0.1, 1 - y - bottom / box.h), angled, categories
    )


def add_native_chart(
    slide: PptxSlide,
    spec: ChartSpec,
    box: Box,
    scale: float,
    metrics: Metrics,
    description: str = "",
) -> ChartLayout:
    """Add an editable chart ("Edit Data" works) drawn from a chart spec.

    Args:
        slide: the slide to draw on.
        spec: what to chart.
        box: where, in points.
        scale: the slide's size relative to the design size; type sizes scale by it.
        metrics: the measurements of the font the chart's text is set in.
        description: its alternative text, for screen readers
            (``jvdesk.core.descriptions.describe_chart``).

    Returns:
        Where the plot was put.
    """
    layout = chart_layout(spec, box, scale, metrics)
    data: Any = CategoryChartData(number_format=spec.number_format)
    data.categories = list(layout.categories)
    for series in spec.series:
        data.add_series(series.name, list(series.values), number_format=spec.number_format)
    # python-pptx annotates add_chart as taking a ChartData and returning a Chart; it takes
    # any chart data and returns the GraphicFrame.
    frame: Any = slide.shapes.add_chart(CHART_TYPES[spec.kind], *box.emu(), data)
    frame.name = f"Chart: {spec.title}"
    if description:
        set_description(frame._element, description)
    chart = frame.chart
    chart.font.size = Pt(round(LABEL_SIZE * scale))
    chart.has_title = True
    chart.chart_title.text_frame.text = spec.title
    title_font = chart.chart_title.text_frame.paragraphs[0].runs[0].font
    title_font.size = Pt(round(TITLE_SIZE * scale))
    title_font.bold = True
    chart.has_legend = spec.has_legend
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    values = chart.value_axis
    values.minimum_scale = 0
    values.maximum_scale = spec.axis_max
    values.has_major_gridlines = True
    values.major_gridlines.format.line.color.rgb = RGBColor(0xD0, 0xD0, 0xD0)
    values.tick_labels.number_format = spec.number_format
    values.tick_labels.number_format_is_linked = False
    values.has_title = True
    values.axis_title.text_frame.text = spec.value_title
    categories = chart.category_axis
    categories.has_title = True
    categories.axis_title.text_frame.text = spec.category_title
    categories.tick_labels.font.size = Pt(round(LABEL_SIZE * scale))
    if layout.angled:
        rotate_text(categories._element.find(qn("c:txPr")), -ANGLE)
    plot = chart.plots[0]
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = spec.number_format
    labels.number_format_is_linked = False
    labels.font.size = Pt(round(LABEL_SIZE * scale))
    labels.position = (
        XL_LABEL_POSITION.ABOVE if spec.kind == "line" else XL_LABEL_POSITION.OUTSIDE_END
    )
    if spec.kind != "line":
        plot.gap_width = 60
    for drawn, series in zip(plot.series, spec.series, strict=True):
        if series.path:  # a computed path: dashed, with no markers or values, never data
            drawn.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
            drawn.marker.style = XL_MARKER_STYLE.NONE
            drawn.data_labels.show_value = False
    chart_space = chart._chartSpace
    set_plot_layout(chart_space.chart.plotArea, layout.x, layout.y, layout.w, layout.h)
    positive_axis_ids(chart_space)
    return layout
