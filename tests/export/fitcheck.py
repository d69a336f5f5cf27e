"""Re-read an exported deck and check every piece of text fits its box and the slide.

It reads the file as any reader would (python-pptx), takes each text frame's box, insets,
paragraph sizes and bullets from the file itself, and measures the text with the metrics of
the font the deck names. It shares only the measuring (jvdesk.export.textfit) with the
writer, not the writer's layout decisions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn

from jvdesk.export.template import theme_fonts
from jvdesk.export.textfit import Metrics, wrap

EMU_PER_PT = 12700
TOLERANCE_PT = 1.0


def _paragraph_size(paragraph: Any) -> float:
    sizes = [run.font.size.pt for run in paragraph.runs if run.font.size is not None]
    assert sizes, f"a paragraph without an explicit size: {paragraph.text!r}"
    return max(sizes)


def _master_titles_bold(slide: Any) -> bool:
    """Whether the slide's master draws titles bold (runs that say nothing inherit it)."""
    master = slide.slide_layout.slide_master.element
    style = master.find(f"{qn('p:txStyles')}/{qn('p:titleStyle')}/{qn('a:lvl1pPr')}")
    props = style.find(qn("a:defRPr")) if style is not None else None
    return props is not None and props.get("b") in ("1", "true")


def _frame_problems(
    frame: Any,
    width: float,
    height: float,
    metrics: Metrics,
    where: str,
    inherited_bold: bool = False,
) -> list[str]:
    inner_w = width - (frame.margin_left + frame.margin_right) / EMU_PER_PT
    inner_h = height - (frame.margin_top + frame.margin_bottom) / EMU_PER_PT
    used = 0.0
    problems = []
    for index, paragraph in enumerate(frame.paragraphs):
        if not paragraph.runs:
            continue
        size = _paragraph_size(paragraph)
        bold = any(run.font.bold for run in paragraph.runs) or (
            inherited_bold and all(run.font.bold is None for run in paragraph.runs)
        )
        p_pr = paragraph._p.find(qn("a:pPr"))
        indent = int(p_pr.get("marL", "0")) / EMU_PER_PT if p_pr is not None else 0.0
        available = inner_w - indent
        lines = wrap(paragraph.text, metrics, size, available, bold)
        for line in lines:
            if metrics.width(line, size, bold) > available + TOLERANCE_PT:
                problems.append(f"{where}: line {line!r} is wider than its box")
        if index and paragraph.space_before is not None:
            used += paragraph.space_before.pt
        used += sum(metrics.line_height(line or paragraph.text, size) for line in lines)
    if used > inner_h + TOLERANCE_PT:
        text = frame.text.replace("\n", " / ")[:60]
        problems.append(
            f"{where}: text needs {used:.1f} pt but the box has {inner_h:.1f} pt ({text!r})"
        )
    return problems


def overflows(deck: Path) -> list[str]:
    """Every piece of text in a deck that does not fit its box, or a shape off the slide."""
    presentation = Presentation(str(deck))
    heading, body = theme_fonts(presentation)
    heading_metrics, body_metrics = Metrics.for_font(heading), Metrics.for_font(body)
    # Text boxes and placeholders have lines LibreOffice sets 1.2 em apart in any font; table
    # cells, lines as tall as their font's (a substitute's too).
    heading_boxes, body_boxes = heading_metrics.in_text_boxes(), body_metrics.in_text_boxes()
    slide_w = presentation.slide_width / EMU_PER_PT
    slide_h = presentation.slide_height / EMU_PER_PT
    problems: list[str] = []
    for number, slide in enumerate(presentation.slides, start=1):
        for shape in slide.shapes:
            where = f"slide {number}, {shape.name}"
            x, y = shape.left / EMU_PER_PT, shape.top / EMU_PER_PT
            w, h = shape.width / EMU_PER_PT, shape.height / EMU_PER_PT
            if (
                x < -TOLERANCE_PT
                or y < -TOLERANCE_PT
                or x + w > slide_w + TOLERANCE_PT
                or y + h > slide_h + TOLERANCE_PT
            ):
                problems.append(f"{where}: the shape reaches off the slide")
            title = shape.is_placeholder and shape.placeholder_format.type in (
                PP_PLACEHOLDER.TITLE,
                PP_PLACEHOLDER.CENTER_TITLE,
            )
            metrics = heading_boxes if title else body_boxes
            if shape.has_text_frame:
                bold = title and _master_titles_bold(slide)
                problems += _frame_problems(shape.text_frame, w, h, metrics, where, bold)
            if shape.has_table:
                table = shape.table
                for r, row in enumerate(table.rows):
                    for c, cell in enumerate(row.cells):
                        width = table.columns[c].width / EMU_PER_PT
                        problems += _frame_problems(
                            cell.text_frame,
                            width,
                            row.height / EMU_PER_PT,
                            body_metrics,
                            f"{where} cell {r},{c}",
                        )
                if sum(row.height for row in table.rows) / EMU_PER_PT + y > slide_h + TOLERANCE_PT:
                    problems.append(f"{where}: the table runs off the slide")
    return problems
