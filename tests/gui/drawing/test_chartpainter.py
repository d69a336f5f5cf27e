"""Charts drawn by Qt: category labels stand on one line, angled or shortened, inside the chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from jvdesk.core.charts import ChartSpec, SeriesSpec
from jvdesk.gui.drawing.chartpainter import paint_chart
from jvdesk.gui.drawing.slidetheme import LIGHT

AREA = QRectF(300, 200, 800, 500)


def _spec(categories: tuple[str, ...]) -> ChartSpec:
    return ChartSpec(
        id="c",
        title="A chart",
        kind="column",
        categories=categories,
        category_title="Year",
        series=(SeriesSpec("India", tuple(float(i + 1) for i in range(len(categories)))),),
        unit="USD billion",
        decimals=1,
        axis_max=10.0,
        source_ids=("s",),
        note=None,
    )


def _ink_outside(spec: ChartSpec) -> int:
    """How many pixels the chart painted outside its area."""
    image = QImage(1400, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_chart(painter, AREA, spec, LIGHT, size=28)
    painter.end()
    white = QColor("white").rgb()
    inside = AREA.adjusted(-2, -2, 2, 2)
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) != white and not inside.contains(x, y)
    )


@pytest.mark.parametrize(
    "categories",
    [
        ("2022", "2023", "2024"),
        tuple(f"Fiscal year 20{year}-{year + 1}" for year in range(10, 18)),
        tuple(f"A category label that goes on and on and on, number {n}" for n in range(6)),
    ],
)
def test_category_labels_stay_inside_the_chart(qapp: object, categories: tuple[str, ...]) -> None:
    assert _ink_outside(_spec(categories)) == 0
