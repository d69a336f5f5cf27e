"""Slides and notes pages made by copying are the ones python-pptx makes (export.slidemaker)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.text.text import TextFrame
from pptx.util import Inches

from jvdesk.export.ooxml import add_notes_body, remove_element
from jvdesk.export.pptx import default_template
from jvdesk.export.saving import save_reproducibly
from jvdesk.export.slidemaker import SlideMaker
from jvdesk.export.template import (
    add_missing_view_properties,
    open_template,
    pick_layout,
    remove_all_slides,
)

WHEN = dt.datetime(2025, 8, 30, tzinfo=dt.UTC)
KINDS = ["title", "content", "content", "content", "title", "content", "content"] * 3


def _keep_titles(slide: Slide, kind: str) -> None:
    keep = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}
    if kind == "title":
        keep.add(PP_PLACEHOLDER.SUBTITLE)
    for placeholder in list(slide.placeholders):
        if placeholder.placeholder_format.type not in keep:
            remove_element(placeholder._element)


def _content(slide: Slide, number: int) -> None:
    box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(4), Inches(1))
    box.text_frame.text = f"Slide {number}"
    if number % 4 == 1:
        data = CategoryChartData()
        data.categories = ["2023", "2024"]
        data.add_series("India", [1.5, 2.5])
        slide.shapes.add_chart(
            XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(3), Inches(4), Inches(3), data
        )


def _deck(template: Path, copying: bool) -> bytes:
    """A deck of title and content slides with text, charts and notes, saved."""
    presentation: PresentationType = open_template(template)
    remove_all_slides(presentation)
    add_missing_view_properties(presentation)
    maker = SlideMaker(presentation) if copying else None
    for number, kind in enumerate(KINDS):
        layout = pick_layout(presentation, kind)
        if maker is None:
            slide = presentation.slides.add_slide(layout)
            _keep_titles(slide, kind)
            notes = slide.notes_slide
            if notes.notes_text_frame is None:
                add_notes_body(notes.shapes._spTree)
            frame = notes.notes_text_frame
            assert frame is not None
        else:
            slide, first = maker.add_slide(kind, layout)
            if first:
                _keep_titles(slide, kind)
                maker.settle(kind, slide)
            body, _ = maker.notes_body(slide)
            frame = TextFrame(body, None)
        frame.text = f"Notes for slide {number}"
        _content(slide, number)
    return save_reproducibly(presentation, WHEN)


@pytest.fixture(scope="module")
def without_notes_body(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """jvdesk's template with its notes master's body placeholder taken out."""
    presentation = open_template(default_template("16:9"))
    for placeholder in list(presentation.notes_master.placeholders):
        if placeholder.placeholder_format.type == PP_PLACEHOLDER.BODY:
            remove_element(placeholder._element)
    target = tmp_path_factory.mktemp("templates") / "no-notes-body.pptx"
    presentation.save(str(target))
    return target


@pytest.mark.parametrize("which", ["16:9", "4:3", "no notes body"])
def test_copied_slides_and_notes_are_the_ones_python_pptx_makes(
    which: str, without_notes_body: Path
) -> None:
    template = without_notes_body if which == "no notes body" else default_template(which)  # type: ignore[arg-type]
    assert _deck(template, copying=True) == _deck(template, copying=False)
