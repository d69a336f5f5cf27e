"""Charts in the exported deck are native, editable, and carry the pack's values."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from jvdesk.core.deckplan import DeckPlan
from jvdesk.export.charts import CHART_TYPES


def test_charts_are_native_and_carry_the_pack_values(deck: Path, plan: DeckPlan) -> None:
    presentation = Presentation(str(deck))
    charted = 0
    for slide, planned in zip(presentation.slides, plan.slides, strict=True):
        charts = [shape.chart for shape in slide.shapes if shape.has_chart]
        if planned.chart is None:
            assert charts == []
            continue
        (chart,) = charts
        charted += 1
        spec = planned.chart
        assert chart.chart_type == CHART_TYPES[spec.kind]
        assert tuple(chart.plots[0].categories) == spec.categories
        assert [s.name for s in chart.series] == [s.name for s in spec.series]
        assert [tuple(s.values) for s in chart.series] == [s.values for s in spec.series]
        assert chart.value_axis.axis_title.text_frame.text == spec.unit
        assert chart.category_axis.axis_title.text_frame.text == spec.category_title
        # The data travels in an embedded workbook, so "Edit Data" works in PowerPoint.
        assert chart.part.chart_workbook.xlsx_part is not None
    assert charted == sum(1 for s in plan.slides if s.chart is not None) == 5
