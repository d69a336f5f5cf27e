"""Table slides: rows that do not fit at a readable size continue on further slides."""

from __future__ import annotations

import io
from dataclasses import replace

from pptx import Presentation

from jvdesk.core.deckplan import DeckPlan
from jvdesk.export.pptx import build_pptx

LONG_ROW = ("[1]", "A publisher: " + "a title that goes on and on " * 12, "https://example.org/")


def test_rows_that_do_not_fit_continue_on_another_slide(plan: DeckPlan) -> None:
    sources = next(slide for slide in plan.slides if slide.kind == "sources")
    crowded = replace(plan, slides=(replace(sources, rows=(LONG_ROW,) * 8),))
    warnings: list[str] = []
    presentation = Presentation(io.BytesIO(build_pptx(crowded, warnings=warnings)))
    titles = [slide.shapes.title.text for slide in presentation.slides]
    assert sources.title == "Sources (1 of 13)"  # the plan tells its sources slides apart
    assert titles == ["Sources (1 of 13)", "Sources (1 of 13) (continued)"]
    tables = [
        shape.table for slide in presentation.slides for shape in slide.shapes if shape.has_table
    ]
    assert len(tables) == len(titles)
    # Every slide repeats the header; together they hold every row once.
    assert all(table.cell(0, 1).text == "Source" for table in tables)
    assert sum(len(table.rows) - 1 for table in tables) == 8
    assert warnings == []


def test_a_table_continued_on_several_slides_says_which_each_is(plan: DeckPlan) -> None:
    sources = next(slide for slide in plan.slides if slide.kind == "sources")
    crowded = replace(plan, slides=(replace(sources, rows=(LONG_ROW,) * 20),))
    presentation = Presentation(io.BytesIO(build_pptx(crowded)))
    titles = [slide.shapes.title.text for slide in presentation.slides]
    more = len(titles) - 1
    assert more > 1
    assert titles == ["Sources (1 of 13)"] + [
        f"Sources (1 of 13) (continued, {n} of {more})" for n in range(1, more + 1)
    ]
