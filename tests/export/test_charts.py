"""Charts in the exported deck: native, editable, with the pack's values and a plot to read.

Issue 11: LibreOffice drew the panel slide's chart with a plot a few lines high. Every chart
now has a slide of its own, its plot area placed by hand, and must get at least a quarter
of the slide's height, both as the deck says (``c:manualLayout``) and as LibreOffice draws
it; its category labels stand on one line, angled if they must, never wrapped.
"""

from __future__ import annotations

import io
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.oxml.ns import qn

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.loader import load_pack
from jvdesk.core.planning import plan_deck
from jvdesk.export.charts import CHART_TYPES
from jvdesk.export.pptx import DeckOptions, build_pptx
from tests.conftest import Edit
from tests.export.pdfwords import category_axis_span, read_page, value_axis_span

LEAST_PLOT_SHARE = 0.25  # of the slide's height


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
        # python-pptx names a line chart by its first series' markers: a trajectory has none.
        expected = XL_CHART_TYPE.LINE if spec.series[0].path else CHART_TYPES[spec.kind]
        assert chart.chart_type == expected
        assert tuple(chart.plots[0].categories) == spec.categories
        assert [s.name for s in chart.series] == [s.name for s in spec.series]
        assert [tuple(s.values) for s in chart.series] == [s.values for s in spec.series]
        assert chart.value_axis.axis_title.text_frame.text == spec.unit
        assert chart.category_axis.axis_title.text_frame.text == spec.category_title
        # The data travels in an embedded workbook, so "Edit Data" works in PowerPoint.
        assert chart.part.chart_workbook.xlsx_part is not None
    assert charted == sum(1 for s in plan.slides if s.chart is not None) == 14


def _plot_share(presentation: object, shape: object) -> float:
    """The plot's height as the deck places it, as a share of the slide's height."""
    layout = shape.chart._chartSpace.find(  # type: ignore[attr-defined]
        f"{qn('c:chart')}/{qn('c:plotArea')}/{qn('c:layout')}/{qn('c:manualLayout')}"
    )
    assert layout is not None, "the plot area is not placed"
    assert layout.find(qn("c:layoutTarget")).get("val") == "inner"
    share = float(layout.find(qn("c:h")).get("val"))
    return share * shape.height / presentation.slide_height  # type: ignore[attr-defined]


def test_every_plot_takes_a_quarter_of_the_slide_height(deck: Path) -> None:
    presentation = Presentation(str(deck))
    shares = [
        _plot_share(presentation, shape)
        for slide in presentation.slides
        for shape in slide.shapes
        if shape.has_chart
    ]
    assert len(shares) == 14
    assert min(shares) >= LEAST_PLOT_SHARE, shares


def test_libreoffice_draws_every_plot_a_quarter_of_the_slide_high(
    deck_pdf: Path, plan: DeckPlan
) -> None:
    for number, slide in enumerate(plan.slides, start=1):
        if slide.chart is None:
            continue
        page = read_page(deck_pdf, number)
        if slide.chart.kind == "bar":  # bars stand along the vertical axis
            span = category_axis_span(page, slide.chart.categories)
        else:
            span = value_axis_span(page)
        assert span >= LEAST_PLOT_SHARE * page.height, (slide.title, span, page.height)
        # Category labels each stand on one line: none is wrapped.
        for category in slide.chart.categories:
            assert any(category in line for line in page.lines), (slide.title, category)


def test_axis_ids_are_positive_and_every_axis_crosses_one_that_exists(deck: Path) -> None:
    presentation = Presentation(str(deck))
    for slide in presentation.slides:
        for shape in slide.shapes:
            if not shape.has_chart:
                continue
            plot_area = shape.chart._chartSpace.find(f"{qn('c:chart')}/{qn('c:plotArea')}")
            axes = [child for child in plot_area if child.tag.endswith("Ax")]
            ids = [int(axis.find(qn("c:axId")).get("val")) for axis in axes]
            crossed = [int(axis.find(qn("c:crossAx")).get("val")) for axis in axes]
            used = [int(e.get("val")) for e in plot_area.iter(qn("c:axId"))]
            assert len(set(ids)) == len(ids) == 2
            assert all(0 < value < 2**31 for value in ids)  # LibreOffice reads signed 32 bit
            assert sorted(crossed) == sorted(ids) and set(used) == set(ids)


LONG_CATEGORIES = tuple(f"Fiscal year 20{year}-{year + 1}" for year in range(10, 18))


def test_long_category_labels_are_angled_not_wrapped(pack_dir: Path, edit: Edit) -> None:
    edit(
        "panels/alpha.yaml",
        'categories: ["2022", "2023", "2024"]',
        f"categories: {list(LONG_CATEGORIES)}",
    )
    edit("panels/alpha.yaml", "values: [4.1, 5.9, 5.3]", f"values: {[4.1] * 8}")
    plan = plan_deck(load_pack(pack_dir))
    for aspect in ("16:9", "4:3"):
        presentation = Presentation(io.BytesIO(build_pptx(plan, DeckOptions(aspect=aspect))))
        (shape,) = [s for slide in presentation.slides for s in slide.shapes if s.has_chart]
        labels = shape.chart._chartSpace.find(
            f"{qn('c:chart')}/{qn('c:plotArea')}/{qn('c:catAx')}/{qn('c:txPr')}/{qn('a:bodyPr')}"
        )
        assert labels.get("rot") == "-2700000", etree.tostring(labels)
        assert tuple(shape.chart.plots[0].categories) == LONG_CATEGORIES
        assert _plot_share(presentation, shape) >= LEAST_PLOT_SHARE


def test_labels_too_long_even_angled_are_shortened(pack_dir: Path, edit: Edit) -> None:
    words = "a category label that goes on and on and on " * 4
    edit(
        "panels/alpha.yaml",
        'categories: ["2022", "2023", "2024"]',
        f'categories: ["{words}1", "{words}2", "{words}3"]',
    )
    plan = plan_deck(load_pack(pack_dir))
    presentation = Presentation(io.BytesIO(build_pptx(plan)))
    (shape,) = [s for slide in presentation.slides for s in slide.shapes if s.has_chart]
    shown = tuple(shape.chart.plots[0].categories)
    assert all(label.endswith("\u2026") and len(label) < len(words) for label in shown)
    assert len(set(shown)) <= 3
    assert _plot_share(presentation, shape) >= LEAST_PLOT_SHARE
