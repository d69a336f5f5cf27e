"""The floor for exporting a deck: python-pptx alone writing what jvdesk's deck holds.

A recipe is read back, once and outside any timing, from a deck jvdesk exported: the slide
size, and per slide each shape's position, its texts with their run sizes (and boldness),
tables with their column widths, row heights and cell texts, native charts with their type,
categories, series and number format, and the speaker notes; it is saved as JSON
(``write_recipe``). The floor itself is a fresh process that loads python-pptx, rebuilds the
deck from the recipe on ``Presentation()`` with its blank layout, and saves it: no text
fitting, no template, no reproducible rewrite. What python-pptx costs on its own (parsing its
default template, the notes master, each chart's embedded workbook written by XlsxWriter,
lxml serialization, the zip) is in the floor as it is in jvdesk's export.

Usage (the timed process): ``python -m benchmarks.pptx_floor RECIPE.json OUT.pptx``;
``python -m benchmarks.pptx_floor --recipe DECK.pptx RECIPE.json`` writes a recipe.
Only python-pptx is imported, never jvdesk.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE
from pptx.oxml.ns import qn
from pptx.util import Emu

BLANK_LAYOUT = 6  # "Blank" in python-pptx's default template

Runs = list[list[Any]]  # [text, size in EMU or None, bold or None] per run


def _paragraphs(frame: Any) -> list[Runs]:
    return [
        [[run.text, run.font.size, run.font.bold] for run in paragraph.runs]
        for paragraph in frame.paragraphs
    ]


def _box(shape: Any) -> list[int]:
    return [int(shape.left), int(shape.top), int(shape.width), int(shape.height)]


def _chart(shape: Any) -> dict[str, Any]:
    chart = shape.chart
    plot = chart.plots[0]
    code = chart._chartSpace.find(".//" + qn("c:val") + "//" + qn("c:formatCode"))
    return {
        "kind": "chart",
        "box": _box(shape),
        "type": int(chart.chart_type),
        "categories": [str(category) for category in plot.categories],
        "series": [[series.name, list(series.values)] for series in plot.series],
        "number_format": code.text if code is not None else "General",
    }


def _table(shape: Any) -> dict[str, Any]:
    table = shape.table
    return {
        "kind": "table",
        "box": _box(shape),
        "columns": [int(column.width) for column in table.columns],
        "rows": [
            {
                "height": int(row.height),
                "cells": [_paragraphs(cell.text_frame) for cell in row.cells],
            }
            for row in table.rows
        ],
    }


def read_recipe(deck: Path) -> dict[str, Any]:
    """What a deck holds, as the floor rebuilds it."""
    presentation = Presentation(str(deck))
    slides = []
    for slide in presentation.slides:
        shapes: list[dict[str, Any]] = []
        for shape in slide.shapes:
            if shape.has_chart:
                shapes.append(_chart(shape))
            elif shape.has_table:
                shapes.append(_table(shape))
            elif shape.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE and not shape.text_frame.text:
                shapes.append({"kind": "rectangle", "box": _box(shape)})
            elif shape.has_text_frame:
                paragraphs = _paragraphs(shape.text_frame)
                shapes.append({"kind": "text", "box": _box(shape), "paragraphs": paragraphs})
        notes = ""
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            notes = slide.notes_slide.notes_text_frame.text
        slides.append({"shapes": shapes, "notes": notes})
    return {
        "width": int(presentation.slide_width),
        "height": int(presentation.slide_height),
        "slides": slides,
    }


def write_recipe(deck: Path, target: Path) -> int:
    """Save the recipe of ``deck`` to ``target`` as JSON; return its number of slides."""
    recipe = read_recipe(deck)
    target.write_text(json.dumps(recipe, ensure_ascii=False), encoding="utf-8")
    return len(recipe["slides"])


def _write_text(frame: Any, paragraphs: list[Runs]) -> None:
    frame.word_wrap = True
    for index, runs in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        for text, size, bold in runs:
            run = paragraph.add_run()
            run.text = text
            if size is not None:
                run.font.size = Emu(size)
            if bold is not None:
                run.font.bold = bold


def _add(slide: Any, item: dict[str, Any]) -> None:
    box = [Emu(value) for value in item["box"]]
    kind = item["kind"]
    if kind == "text":
        _write_text(slide.shapes.add_textbox(*box).text_frame, item["paragraphs"])
    elif kind == "rectangle":
        slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, *box)
    elif kind == "table":
        rows, columns = item["rows"], item["columns"]
        table = slide.shapes.add_table(len(rows), len(columns), *box).table
        for index, width in enumerate(columns):
            table.columns[index].width = Emu(width)
        for r, row in enumerate(rows):
            table.rows[r].height = Emu(row["height"])
            for c, paragraphs in enumerate(row["cells"]):
                _write_text(table.cell(r, c).text_frame, paragraphs)
    elif kind == "chart":
        data = CategoryChartData(number_format=item["number_format"])
        data.categories = item["categories"]
        for name, values in item["series"]:
            data.add_series(name, values)
        slide.shapes.add_chart(XL_CHART_TYPE(item["type"]), *box, data)


def build(recipe: dict[str, Any], target: Path) -> None:
    """Rebuild a recipe's deck with python-pptx alone and save it to ``target``."""
    presentation = Presentation()
    presentation.slide_width = Emu(recipe["width"])
    presentation.slide_height = Emu(recipe["height"])
    layout = presentation.slide_layouts[BLANK_LAYOUT]
    for planned in recipe["slides"]:
        slide = presentation.slides.add_slide(layout)
        for item in planned["shapes"]:
            _add(slide, item)
        if planned["notes"]:
            slide.notes_slide.notes_text_frame.text = planned["notes"]
    presentation.save(str(target))


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "--recipe":
        print(write_recipe(Path(argv[1]), Path(argv[2])))
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    recipe = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    build(recipe, Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
