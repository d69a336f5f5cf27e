"""A deck saved in one pass is the deck saved and then made reproducible (export.saving)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

from jvdesk.export.pptx import default_template
from jvdesk.export.saving import FIXED_ZIP_TIME, reproducible, save_reproducibly
from jvdesk.export.template import open_template

WHEN = dt.datetime(2025, 8, 30, 12, 0, tzinfo=dt.UTC)


def test_one_pass_gives_the_bytes_of_save_then_reproducible() -> None:
    presentation = open_template(default_template("16:9"))
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])
    data = CategoryChartData()
    data.categories = ["2023", "2024"]
    data.add_series("India", [1.5, 2.5])
    slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1), Inches(4), Inches(3), data
    )
    slide.notes_slide.notes_text_frame.text = "Notes"  # type: ignore[union-attr]
    saved = io.BytesIO()
    presentation.save(saved)
    deck = save_reproducibly(presentation, WHEN)
    assert deck == reproducible(saved.getvalue(), WHEN)
    with zipfile.ZipFile(io.BytesIO(deck)) as package:
        assert {entry.date_time for entry in package.infolist()} == {FIXED_ZIP_TIME}
        assert b"2025-08-30T12:00:00Z" in package.read("docProps/core.xml")
        (workbook,) = [name for name in package.namelist() if name.endswith(".xlsx")]
        with zipfile.ZipFile(io.BytesIO(package.read(workbook))) as inner:
            assert {entry.date_time for entry in inner.infolist()} == {FIXED_ZIP_TIME}
