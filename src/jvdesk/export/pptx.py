"""Render a deck plan as an editable PowerPoint deck: native charts, fitted text, notes."""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide as PptxSlide
from pptx.text.text import TextFrame
from pptx.util import Emu, Pt

from jvdesk.core.charts import ChartSpec
from jvdesk.core.deckplan import DeckPlan, Slide
from jvdesk.core.resources import resource_path
from jvdesk.export.atomic import ExportCancelled, ExportError, check_target, write_atomically
from jvdesk.export.ooxml import (
    TemplateError,
    content_frame,
    open_template,
    pick_layout,
    remove_all_slides,
    reproducible,
    set_script_fonts,
    theme_fonts,
    titles_are_bold,
)
from jvdesk.export.textfit import Metrics, Paragraph, fit, overflow_warning, run_size

Aspect = Literal["16:9", "4:3"]
Progress = Callable[[int, int], None]

EAST_ASIAN_FONT = "Yu Gothic"  # Windows 8.1+ and Office for Mac; LibreOffice falls back to Noto
COMPLEX_SCRIPT_FONT = "Nirmala UI"  # Windows' Devanagari UI font; others fall back
EMU_PER_PT = 12700
DESIGN_HEIGHT_PT = 540.0  # 7.5 in: sizes below are for this slide height and scale with it
INSET_X, INSET_Y = 7.2, 3.6  # python-pptx's default text insets (0.1 in, 0.05 in), points


@dataclass(frozen=True)
class DeckOptions:
    """How to render a deck.

    Attributes:
        template: an official's own .pptx/.potx; None for jvdesk's template.
        aspect: the shape of jvdesk's own template (a given template keeps its size).
        notes: whether to write speaker notes.
    """

    template: Path | None = None
    aspect: Aspect = "16:9"
    notes: bool = True


@dataclass(frozen=True)
class Box:
    """A rectangle on a slide, in points."""

    x: float
    y: float
    w: float
    h: float

    def emu(self) -> tuple[Emu, Emu, Emu, Emu]:
        return (
            Emu(round(self.x * EMU_PER_PT)),
            Emu(round(self.y * EMU_PER_PT)),
            Emu(round(self.w * EMU_PER_PT)),
            Emu(round(self.h * EMU_PER_PT)),
        )


def default_template(aspect: Aspect) -> Path:
    """jvdesk's own template for an aspect ratio."""
    return resource_path(f"templates/jvdesk-{aspect.replace(':', 'x')}.pptx")


def _report(progress: Progress | None, done: int, total: int) -> None:
    """Tell the caller how far the export is; the caller may cancel by raising."""
    if progress is not None:
        progress(done, total)


class _Writer:
    """Writes the slides of one deck into a presentation."""

    def __init__(self, presentation: PresentationType, notes: bool) -> None:
        self.prs = presentation
        self.notes = notes
        assert presentation.slide_width is not None and presentation.slide_height is not None
        self.width = presentation.slide_width / EMU_PER_PT
        self.height = presentation.slide_height / EMU_PER_PT
        self.scale = self.height / DESIGN_HEIGHT_PT
        heading, body = theme_fonts(presentation)
        self.heading = Metrics.for_font(heading)
        self.bold_titles = titles_are_bold(presentation)  # measured as they will be drawn
        self.body = Metrics.for_font(body)
        self.title_layout = pick_layout(presentation, "title")
        self.content_layout = pick_layout(presentation, "content")
        frame = content_frame(presentation)
        self.title_frame = Box(*(value / EMU_PER_PT for value in frame.title))
        self.body_frame = Box(*(value / EMU_PER_PT for value in frame.body))
        self.margin = self.body_frame.x
        self.overflows: list[str] = []  # text too long for its box even at the smallest size
        self.slide_number = 0
        self.slide_title = ""

    def overflowed(self, what: str) -> None:
        """Note that a piece of the current slide's text does not fit its box."""
        self.overflows.append(overflow_warning(self.slide_number, self.slide_title, what))

    # --- text -------------------------------------------------------------------------

    def pt(self, size: float) -> float:
        """A design size scaled to this slide, in whole half points (what a run can hold)."""
        return max(1.0, math.floor(size * self.scale * 2) / 2)

    def write_text(
        self,
        frame: TextFrame,
        paragraphs: Sequence[Paragraph],
        size: float,
        *,
        align: PP_ALIGN = PP_ALIGN.LEFT,
        colours: Sequence[MSO_THEME_COLOR | None] = (),
        italic: Sequence[bool] = (),
        bullets: bool = False,
        links: Sequence[str | None] = (),
    ) -> None:
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.clear()
        for index, paragraph in enumerate(paragraphs):
            p = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            p.alignment = align
            if index and paragraph.space_before:
                p.space_before = Pt(run_size(size, paragraph.scale) * paragraph.space_before)
            if bullets:
                _bullet(p, round(size * paragraph.scale * 1.1 * EMU_PER_PT))
            run = p.add_run()
            run.text = paragraph.text
            font = run.font
            font.size = Pt(run_size(size, paragraph.scale))
            if paragraph.bold:  # otherwise inherit: a template's titles may be bold
                font.bold = True
            if index < len(italic) and italic[index]:
                font.italic = True
            colour = colours[index] if index < len(colours) else None
            if colour is not None:
                font.color.theme_color = colour
            if index < len(links) and links[index]:
                run.hyperlink.address = links[index]
            set_script_fonts(run._r.get_or_add_rPr(), EAST_ASIAN_FONT, COMPLEX_SCRIPT_FONT)

    def text_box(
        self,
        slide: PptxSlide,
        box: Box,
        paragraphs: Sequence[Paragraph],
        largest: float,
        smallest: float,
        *,
        metrics: Metrics | None = None,
        anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
        bullets: bool = False,
        what: str = "some text",
        **style: object,
    ) -> float:
        """Add a text box whose text is sized to fit it; return the size used.

        ``what`` names the text when it cannot fit, for the export's warnings.
        """
        metrics = metrics or self.body
        indent = self.pt(largest) * 1.1 if bullets else 0.0
        result = fit(
            paragraphs,
            metrics,
            box.w - 2 * INSET_X - indent,
            box.h - 2 * INSET_Y,
            self.pt(largest),
            self.pt(smallest),
        )
        if not result.fits:
            self.overflowed(what)
        shape = slide.shapes.add_textbox(*box.emu())
        frame = shape.text_frame
        frame.vertical_anchor = anchor
        self.write_text(frame, paragraphs, result.size, bullets=bullets, **style)  # type: ignore[arg-type]
        return result.size

    # --- slide scaffolding ----------------------------------------------------------

    def new_slide(self, title: str, kind: str = "content") -> tuple[PptxSlide, float]:
        """Add a slide with its title fitted; return it and the top of the body area."""
        layout = self.title_layout if kind == "title" else self.content_layout
        slide = self.prs.slides.add_slide(layout)
        self.slide_number += 1
        self.slide_title = title
        keep = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}
        if kind == "title":
            keep.add(PP_PLACEHOLDER.SUBTITLE)
        for placeholder in list(slide.placeholders):
            if placeholder.placeholder_format.type not in keep:
                placeholder._element.getparent().remove(placeholder._element)
        title_shape = slide.shapes.title
        if title_shape is None:
            box = self.title_frame
            self.text_box(
                slide,
                box,
                [Paragraph(title, bold=True)],
                36,
                20,
                metrics=self.heading,
                what="the title",
            )
            return slide, box.y + box.h
        if kind == "title":
            box = Box(
                title_shape.left / EMU_PER_PT,
                title_shape.top / EMU_PER_PT,
                title_shape.width / EMU_PER_PT,
                title_shape.height / EMU_PER_PT,
            )
        else:
            box = self.title_frame
            title_shape.left, title_shape.top, title_shape.width, title_shape.height = box.emu()
        largest = 40 if kind == "title" else 34
        result = fit(
            [Paragraph(title, bold=self.bold_titles)],
            self.heading,
            box.w - 2 * INSET_X,
            box.h - 2 * INSET_Y,
            self.pt(largest),
            self.pt(18),
        )
        if not result.fits:
            self.overflowed("the title")
        self.write_text(title_shape.text_frame, [Paragraph(title)], result.size)
        return slide, box.y + box.h

    def body_box(self) -> Box:
        """The body area of a content slide."""
        return self.body_frame

    def write_notes(self, slide: PptxSlide, text: str) -> None:
        if not self.notes or not text:
            return
        notes_slide = slide.notes_slide
        frame = notes_slide.notes_text_frame
        if frame is None:  # the template's notes master has no body placeholder: add one
            notes_slide.shapes._spTree.append(parse_xml(NOTES_BODY))
            frame = notes_slide.notes_text_frame
            assert frame is not None
        paragraphs = [Paragraph(line) for line in text.split("\n")]
        self.write_text(frame, paragraphs, 12)

    # --- slide kinds ----------------------------------------------------------------

    def title_slide(self, plan_slide: Slide) -> None:
        slide, _ = self.new_slide(plan_slide.title, kind="title")
        lines = [Paragraph(plan_slide.subtitle, bold=True)]
        lines += [Paragraph(line, scale=0.85, space_before=0.3) for line in plan_slide.bullets]
        subtitle = next(
            (p for p in slide.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE),
            None,
        )
        if subtitle is not None:
            box = Box(
                subtitle.left / EMU_PER_PT,
                subtitle.top / EMU_PER_PT,
                subtitle.width / EMU_PER_PT,
                subtitle.height / EMU_PER_PT,
            )
            result = fit(
                lines, self.body, box.w - 2 * INSET_X, box.h - 2 * INSET_Y, self.pt(24), self.pt(12)
            )
            if not result.fits:
                self.overflowed("the subtitle")
            self.write_text(
                subtitle.text_frame,
                lines,
                result.size,
                align=PP_ALIGN.CENTER,
                colours=[MSO_THEME_COLOR.TEXT_1] * len(lines),
            )
        else:
            box = Box(
                self.margin, self.height * 0.6, self.width - 2 * self.margin, self.height * 0.3
            )
            self.text_box(slide, box, lines, 24, 12, align=PP_ALIGN.CENTER, what="the subtitle")
        self.write_notes(slide, plan_slide.notes)

    def list_slide(self, plan_slide: Slide) -> None:
        slide, _ = self.new_slide(plan_slide.title)
        body = self.body_box()
        paragraphs = []
        if plan_slide.subtitle:
            paragraphs.append(Paragraph(plan_slide.subtitle, scale=0.8, bold=True))
        paragraphs += [Paragraph(line, space_before=0.35) for line in plan_slide.bullets]
        self.text_box(slide, body, paragraphs, 28, 12, what="the list on it")
        self.write_notes(slide, plan_slide.notes)

    def panel_slide(self, plan_slide: Slide) -> None:
        slide, _ = self.new_slide(plan_slide.title)
        body = self.body_box()
        summary_text = [Paragraph(plan_slide.subtitle)]
        for share in (0.12, 0.17, 0.22):
            summary = Box(body.x, body.y, body.w, body.h * share)
            inner = (summary.w - 2 * INSET_X, summary.h - 2 * INSET_Y)
            if fit(summary_text, self.body, *inner, self.pt(20), self.pt(14)).fits:
                break
        self.text_box(
            slide,
            summary,
            summary_text,
            20,
            12,
            colours=[MSO_THEME_COLOR.TEXT_1],
            italic=[True],
            what="the summary",
        )
        y = body.y + summary.h + body.h * 0.02
        if plan_slide.figures:
            upper = body.h * (0.3 if plan_slide.chart is not None else 0.38)
            if not plan_slide.figures_are_targets:
                # Context figures must not pass for targets: say so above them.
                label = [Paragraph(f"Key figures. {plan_slide.footnote}".strip(), bold=True)]
                for share in (0.08, 0.12, 0.16):
                    note = Box(body.x, y, body.w, body.h * share)
                    inner = (note.w - 2 * INSET_X, note.h - 2 * INSET_Y)
                    if fit(label, self.body, *inner, self.pt(16), self.pt(10)).fits:
                        break
                self.text_box(
                    slide,
                    note,
                    label,
                    16,
                    10,
                    colours=[MSO_THEME_COLOR.TEXT_1],
                    italic=[True],
                    what="the note on the key figures",
                )
                y += note.h
                upper -= note.h * 0.5
            self.figure_cards(slide, plan_slide, Box(body.x, y, body.w, upper))
        else:
            upper = body.h * 0.2
            self.callout(slide, Box(body.x, y, body.w, upper), plan_slide.footnote)
        top_of_lower = y + upper + body.h * 0.03
        lower = Box(body.x, top_of_lower, body.w, body.y + body.h - top_of_lower)
        if plan_slide.chart is not None:
            share = 0.42 if self.width / self.height > 1.5 else 0.38
            left = Box(lower.x, lower.y, lower.w * share, lower.h)
            right = Box(
                lower.x + lower.w * (share + 0.02), lower.y, lower.w * (0.98 - share), lower.h
            )
            self.initiatives(slide, plan_slide.bullets, left)
            self.chart(slide, plan_slide.chart, plan_slide.chart_mark, right)
        else:
            self.initiatives(slide, plan_slide.bullets, lower)
        self.write_notes(slide, plan_slide.notes)

    def figure_cards(self, slide: PptxSlide, plan_slide: Slide, area: Box) -> None:
        count = len(plan_slide.figures)
        gap = area.w * 0.03
        width = (area.w - gap * (count - 1)) / count
        boxes = [Box(area.x + i * (width + gap), area.y, width, area.h) for i in range(count)]
        contents = []
        for figure in plan_slide.figures:
            paragraphs = []
            if figure.qualifier:
                paragraphs.append(Paragraph(figure.qualifier, scale=0.3, bold=True))
            paragraphs.append(Paragraph(figure.value, bold=True))
            paragraphs.append(Paragraph(figure.unit, scale=0.36, bold=True))
            paragraphs.append(Paragraph(figure.label, scale=0.28, space_before=0.2))
            paragraphs.append(Paragraph(f"{figure.detail} {figure.mark}".strip(), scale=0.25))
            contents.append(paragraphs)
        # One size for every card, so equal things look equal.
        fits = [
            fit(c, self.body, b.w - 2 * INSET_X - 8, b.h - 2 * INSET_Y, self.pt(66), self.pt(28))
            for c, b in zip(contents, boxes, strict=True)
        ]
        size = min(result.size for result in fits)
        for figure, result in zip(plan_slide.figures, fits, strict=True):
            if not result.fits:
                self.overflowed(f"the card for {figure.value} {figure.unit}")
        label = "Targets" if plan_slide.figures_are_targets else "Key figures"
        for paragraphs, box in zip(contents, boxes, strict=True):
            bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, *Box(box.x, box.y, 6, box.h).emu())
            bar.fill.solid()
            bar.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
            bar.line.fill.background()
            bar.name = f"{label} accent"
            shape = slide.shapes.add_textbox(*Box(box.x + 8, box.y, box.w - 8, box.h).emu())
            shape.name = label
            colours = [
                MSO_THEME_COLOR.ACCENT_1 if p.scale in (1.0, 0.36) else MSO_THEME_COLOR.TEXT_1
                for p in paragraphs
            ]
            shape.text_frame.vertical_anchor = MSO_ANCHOR.TOP
            self.write_text(shape.text_frame, paragraphs, size, colours=colours)

    def callout(self, slide: PptxSlide, box: Box, text: str) -> None:
        self.text_box(
            slide,
            box,
            [Paragraph(text)],
            24,
            12,
            anchor=MSO_ANCHOR.MIDDLE,
            colours=[MSO_THEME_COLOR.ACCENT_1],
            italic=[True],
            what="the note that no target is given",
        )

    def initiatives(self, slide: PptxSlide, bullets: Sequence[str], box: Box) -> None:
        heading = self.pt(18) * 1.7
        self.text_box(
            slide,
            Box(box.x, box.y, box.w, heading),
            [Paragraph("Key initiatives", bold=True)],
            18,
            14,
            colours=[MSO_THEME_COLOR.ACCENT_1],
        )
        paragraphs = [Paragraph(text, space_before=0.3) for text in bullets]
        rest = Box(box.x, box.y + heading, box.w, box.h - heading)
        self.text_box(
            slide, rest, paragraphs, 22, 10, bullets=True, what="the list of key initiatives"
        )

    def chart(self, slide: PptxSlide, spec: ChartSpec, mark: str, box: Box) -> None:
        foot = self.pt(12) * 1.8
        area = Box(box.x, box.y, box.w, box.h - foot)
        add_native_chart(slide, spec, area, self.scale)
        below = Box(box.x, box.y + area.h, box.w, foot)
        self.text_box(
            slide,
            below,
            [Paragraph(f"Source {mark}")],
            12,
            8,
            align=PP_ALIGN.RIGHT,
            what="the chart's source line",
        )

    def chart_slide(self, plan_slide: Slide) -> None:
        slide, _ = self.new_slide(plan_slide.title)
        body = self.body_box()
        assert plan_slide.chart is not None
        self.chart(slide, plan_slide.chart, plan_slide.chart_mark, body)
        self.write_notes(slide, plan_slide.notes)

    def quotes_slide(self, plan_slide: Slide) -> None:
        slide, _ = self.new_slide(plan_slide.title)
        body = self.body_box()
        count = len(plan_slide.quotes)
        gap = body.h * 0.05
        height = (body.h - gap * (count - 1)) / count
        boxes = [Box(body.x, body.y + i * (height + gap), body.w, height) for i in range(count)]
        contents = [
            [
                Paragraph(f"\u201c{quote.text}\u201d"),
                Paragraph(
                    f"\u2014 {quote.speaker}, {quote.role}, {quote.date} {quote.mark}",
                    scale=0.7,
                    bold=True,
                    space_before=0.4,
                ),
            ]
            for quote in plan_slide.quotes
        ]
        fits = [
            fit(c, self.body, b.w - 2 * INSET_X, b.h - 2 * INSET_Y, self.pt(28), self.pt(10))
            for c, b in zip(contents, boxes, strict=True)
        ]
        size = min(result.size for result in fits)
        for quote, result in zip(plan_slide.quotes, fits, strict=True):
            if not result.fits:
                self.overflowed(f"the quote of {quote.speaker} of {quote.date}")
        for paragraphs, box in zip(contents, boxes, strict=True):
            shape = slide.shapes.add_textbox(*box.emu())
            shape.name = "Quote"
            shape.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
            self.write_text(
                shape.text_frame,
                paragraphs,
                size,
                italic=[True, False],
                colours=[MSO_THEME_COLOR.TEXT_1, MSO_THEME_COLOR.ACCENT_1],
            )
        self.write_notes(slide, plan_slide.notes)

    def table_slide(self, plan_slide: Slide) -> None:
        """A table; rows that do not fit at a readable size continue on another slide."""
        rows = list(plan_slide.rows)
        title = plan_slide.title
        while rows:
            slide, _ = self.new_slide(title)
            body = self.body_box()
            columns = [body.w * share for share in TABLE_WIDTHS[plan_slide.kind]]
            size, heights, count = self._table_fit(plan_slide.columns, rows, columns, body.h)
            if sum(heights) > body.h:  # even one row alone is too tall for the slide
                self.overflowed(f"the row for {rows[0][0]!r}")
            self._table(
                slide, plan_slide, [plan_slide.columns, *rows[:count]], columns, heights, size, body
            )
            self.write_notes(slide, plan_slide.notes)
            rows = rows[count:]
            title = f"{plan_slide.title} (continued)"

    def _row_height(
        self, row: Sequence[str], columns: Sequence[float], size: float, header: bool
    ) -> float:
        return (
            max(
                fit(
                    [Paragraph(cell, bold=header)], self.body, w - 2 * CELL_X, 10_000, size, size
                ).height
                for cell, w in zip(row, columns, strict=True)
            )
            + 2 * CELL_Y
        )

    def _table_fit(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        columns: Sequence[float],
        room: float,
    ) -> tuple[float, list[float], int]:
        """The largest size at which all rows fit; else as many rows as fit at the smallest."""
        size = self.pt(18)
        smallest = self.pt(10)
        while True:
            heights = [self._row_height(header, columns, size, True)]
            heights += [self._row_height(row, columns, size, False) for row in rows]
            if sum(heights) <= room:
                return size, heights, len(rows)
            if size - 0.5 < smallest:
                break
            size -= 0.5
        count = 0
        total = heights[0]
        while count < len(rows) and total + heights[count + 1] <= room:
            total += heights[count + 1]
            count += 1
        count = max(count, 1)  # a row too tall even alone still goes on a slide of its own
        return size, heights[: count + 1], count

    def _table(
        self,
        slide: PptxSlide,
        plan_slide: Slide,
        rows: Sequence[Sequence[str]],
        columns: Sequence[float],
        heights: Sequence[float],
        size: float,
        body: Box,
    ) -> None:
        shape = slide.shapes.add_table(
            len(rows), len(columns), *Box(body.x, body.y, body.w, sum(heights)).emu()
        )
        shape.name = plan_slide.title
        table = shape.table
        for index, width in enumerate(columns):
            table.columns[index].width = Emu(round(width * EMU_PER_PT))
        for r, row in enumerate(rows):
            table.rows[r].height = Emu(round(heights[r] * EMU_PER_PT))
            for c, cell_text in enumerate(row):
                cell = table.cell(r, c)
                cell.margin_left = cell.margin_right = Emu(round(CELL_X * EMU_PER_PT))
                cell.margin_top = cell.margin_bottom = Emu(round(CELL_Y * EMU_PER_PT))
                link = cell_text if plan_slide.kind == "sources" and c == 2 and r else None
                self.write_text(
                    cell.text_frame, [Paragraph(cell_text, bold=r == 0)], size, links=[link]
                )


CELL_X, CELL_Y = 7.2, 3.6  # table cell insets, points

TABLE_WIDTHS = {
    "glance": (0.2, 0.33, 0.22, 0.15, 0.1),
    "timeline": (0.16, 0.72, 0.12),
    "sources": (0.07, 0.5, 0.43),
}


def _bullet(paragraph: object, indent: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    p_pr.set("marL", str(indent))
    p_pr.set("indent", str(-indent))
    for tag in ("a:buNone", "a:buChar", "a:buAutoNum", "a:buFont"):
        for old in p_pr.findall(qn(tag)):
            p_pr.remove(old)
    font = p_pr.makeelement(qn("a:buFont"), {"typeface": "Arial"})
    char = p_pr.makeelement(qn("a:buChar"), {"char": "\u2022"})
    p_pr.append(font)
    p_pr.append(char)


NOTES_BODY = (
    f'<p:sp {nsdecls("p", "a")}><p:nvSpPr><p:cNvPr id="99" name="Notes"/>'
    '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/>'
    '</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="4343400"/>'
    '<a:ext cx="5486400" cy="4114800"/></a:xfrm></p:spPr>'
    "<p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody></p:sp>"
)

CHART_TYPES = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
}


def add_native_chart(slide: PptxSlide, spec: ChartSpec, box: Box, scale: float) -> None:
    """Add an editable chart ("Edit Data" works) drawn from a chart spec."""
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


def build_pptx(
    plan: DeckPlan,
    options: DeckOptions = DeckOptions(),
    progress: Progress | None = None,
    *,
    as_of: dt.datetime | None = None,
    warnings: list[str] | None = None,
) -> bytes:
    """Render a deck plan to the bytes of a .pptx file.

    Args:
        plan: the slides.
        options: template, aspect and notes.
        progress: called with (slides done, slides in all); it may raise ExportCancelled.
        as_of: the date written into the file's properties (fixed, so output is
            reproducible).
        warnings: when given, text that did not fit its box is reported here, a line per
            piece (the deck is written all the same).

    Raises:
        TemplateError: when the template cannot be used.
        ExportCancelled: when ``progress`` cancels.
    """
    template = options.template or default_template(options.aspect)
    presentation = open_template(template)
    remove_all_slides(presentation)
    writer = _Writer(presentation, options.notes)
    total = len(plan.slides)
    for done, plan_slide in enumerate(plan.slides):
        _report(progress, done, total)
        if plan_slide.kind == "title":
            writer.title_slide(plan_slide)
        elif plan_slide.kind == "agenda":
            writer.list_slide(plan_slide)
        elif plan_slide.kind == "panel":
            writer.panel_slide(plan_slide)
        elif plan_slide.kind == "chart":
            writer.chart_slide(plan_slide)
        elif plan_slide.kind == "quotes":
            writer.quotes_slide(plan_slide)
        else:
            writer.table_slide(plan_slide)
    _report(progress, total, total)
    if warnings is not None:
        warnings.extend(writer.overflows)
    stamp = as_of or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    properties = presentation.core_properties
    properties.title = plan.title
    properties.subject = plan.briefing.title
    properties.author = "jvdesk"
    properties.last_modified_by = "jvdesk"
    properties.revision = 1
    properties.created = stamp.replace(tzinfo=None)
    properties.modified = stamp.replace(tzinfo=None)
    properties.last_printed = stamp.replace(tzinfo=None)
    out = io.BytesIO()
    presentation.save(out)
    return reproducible(out.getvalue(), stamp)


def export_pptx(
    plan: DeckPlan,
    target: Path,
    options: DeckOptions = DeckOptions(),
    progress: Progress | None = None,
    *,
    as_of: dt.datetime | None = None,
    warnings: list[str] | None = None,
) -> None:
    """Write a deck to ``target`` atomically (``warnings`` as for ``build_pptx``).

    Raises:
        ExportError: with a one-line message when the deck cannot be written or the
            template cannot be used.
        ExportCancelled: when ``progress`` cancels; nothing is written.
    """
    check_target(target)
    try:
        data = build_pptx(plan, options, progress, as_of=as_of, warnings=warnings)
    except TemplateError as error:
        raise ExportError(str(error)) from None
    except ExportCancelled:
        raise
    write_atomically(target, data)
