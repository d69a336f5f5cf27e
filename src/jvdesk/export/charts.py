"""Native, editable PowerPoint charts drawn from the core's chart specs."""

from __future__ import annotations

from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.slide import Slide as PptxSlide
from pptx.util import Pt

from jvdesk.core.charts import ChartSpec
from jvdesk.export.slidewriter import Box

CHART_TYPES = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
}


def add_native_chart(slide: PptxSlide, spec: ChartSpec, box: Box, scale: float) -> None:
    """Add an editable chart ("Edit Data" works) drawn from a chart spec.

    Args:
        slide: the slide to draw on.
        spec: what to chart.
        box: where, in points.
        scale: the slide's size relative to the design size; type sizes scale by it.
    """
    data: Any = CategoryChartData(number_format=spec.number_format)
    data.categories = list(spec.categories)
    for series in spec.series:
        data.add_series(series.name, list(series.values), number_format=spec.number_format)
    # python-pptx annotates add_chart as taking a ChartData and returning a Chart; it takes
    # any chart data and returns the GraphicFrame.
    frame: Any = slide.shapes.add_chart(CHART_TYPES[spec.kind], *box.emu(), data)
    frame.name = f"Chart: {spec.title}"
    chart = frame.chart
    chart.font.size = Pt(round(14 * scale))
    chart.has_title = True
    chart.chart_title.text_frame.text = spec.title
    title_font = chart.chart_title.text_frame.paragraphs[0].runs[0].font
    title_font.size = Pt(round(16 * scale))
    title_font.bold = True
    chart.has_legend = len(spec.series) > 1
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
    plot = chart.plots[0]
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = spec.number_format
    labels.number_format_is_linked = False
    labels.font.size = Pt(round(14 * scale))
    labels.position = (
        XL_LABEL_POSITION.ABOVE if spec.kind == "line" else XL_LABEL_POSITION.OUTSIDE_END
    )
    if spec.kind != "line":
        plot.gap_width = 60
