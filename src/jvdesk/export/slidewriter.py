"""The slide writer's scaffolding: boxes in points, fitted text, titled slides, notes, warnings.

The slide kinds (``slidekinds``, ``tables``) lay out their content with these; python-pptx
sizes nothing itself, so every text frame is fitted here with real font metrics
(``textfit``) and what cannot fit even at the smallest size is reported.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.presentation import Presentation as PresentationType
from pptx.shapes.base import BaseShape
from pptx.slide import Slide as PptxSlide
from pptx.text.text import TextFrame
from pptx.util import Emu, Pt

from jvdesk.core.i18n import N_, _
from jvdesk.export.ooxml import add_title_placeholder, read_first, remove_element
from jvdesk.export.slidemaker import SlideMaker
from jvdesk.export.template import (
    content_frame,
    layout_has_title,
    pick_layout,
    theme_fonts,
    titles_are_bold,
)
from jvdesk.export.textfit import Fit, Metrics, Paragraph, fit, overflow_warning, run_size
from jvdesk.export.textxml import Run, reset_text_body, write_paragraphs

EAST_ASIAN_FONT = "Yu Gothic"  # Windows 8.1+ and Office for Mac; LibreOffice falls back to Noto
COMPLEX_SCRIPT_FONT = "Nirmala UI"  # Windows' Devanagari UI font; others fall back
# The language tag a deck's runs carry, by the plan's language; English decks carry none, as
# they always have, and take the editor's.
LANGUAGE_TAGS = {"en": "", "ja": "ja-JP", "hi": "hi-IN"}
EMU_PER_PT = 12700
DESIGN_HEIGHT_PT = 540.0  # 7.5 in: sizes below are for this slide height and scale with it
INSET_X, INSET_Y = 7.2, 3.6  # python-pptx's default text insets (0.1 in, 0.05 in), points


@dataclass(frozen=True)
class Box:
    """A rectangle on a slide, in points."""

    x: float
    y: float
    w: float
    h: float

    @classmethod
    def of(cls, shape: BaseShape) -> Box:
        """The rectangle a shape takes."""
        return cls(
            shape.left / EMU_PER_PT,
            shape.top / EMU_PER_PT,
            shape.width / EMU_PER_PT,
            shape.height / EMU_PER_PT,
        )

    def emu(self) -> tuple[Emu, Emu, Emu, Emu]:
        """Left, top, width and height in EMU, as python-pptx takes them."""
        return (
            Emu(round(self.x * EMU_PER_PT)),
            Emu(round(self.y * EMU_PER_PT)),
            Emu(round(self.w * EMU_PER_PT)),
            Emu(round(self.h * EMU_PER_PT)),
        )


class SlideWriter:
    """Adds slides with fitted text to one presentation, and notes what did not fit.

    Attributes:
        presentation: the presentation written to.
        maker: what adds its slides and notes pages.
        width: the slide width in points.
        height: the slide height in points.
        scale: the slide height relative to the design height; design sizes scale by it.
        heading: the metrics of the theme's heading font.
        body: the metrics of the theme's body font.
        margin: the left margin of the body area, in points.
        overflows: a warning per piece of text too long for its box at the smallest size.
    """

    def __init__(self, presentation: PresentationType, notes: bool, marking: str = "") -> None:
        """Read the template's fonts, layouts and frame.

        Args:
            presentation: the template, opened, with its slides removed.
            notes: whether to write speaker notes.
            marking: a handling marking for every slide's footer ("" for none); the body
                area ends above it.
        """
        self.presentation = presentation
        self.maker = SlideMaker(presentation)
        self.notes = notes
        assert presentation.slide_width is not None and presentation.slide_height is not None
        self.width = presentation.slide_width / EMU_PER_PT
        self.height = presentation.slide_height / EMU_PER_PT
        self.scale = self.height / DESIGN_HEIGHT_PT
        heading, body = theme_fonts(presentation)
        self.heading = Metrics.for_font(heading).in_text_boxes()
        self.bold_titles = titles_are_bold(presentation)  # measured as they will be drawn
        self.body = Metrics.for_font(body).in_text_boxes()
        self.cells = Metrics.for_font(body)
        self.title_layout = pick_layout(presentation, "title")
        self.content_layout = pick_layout(presentation, "content")
        # Whether each layout styles its slides' titles; else they get a placeholder of ours.
        self.titled = {
            "title": layout_has_title(self.title_layout),
            "content": layout_has_title(self.content_layout),
        }
        frame = content_frame(presentation)
        self.title_frame = Box(*(value / EMU_PER_PT for value in frame.title))
        self.body_frame = Box(*(value / EMU_PER_PT for value in frame.body))
        self.margin = self.body_frame.x
        self.marking = marking
        self.language_tag = ""  # set from the plan's language (``LANGUAGE_TAGS``)
        self.notes_language_tag = ""  # and from its notes' language
        self.marking_box: Box | None = None
        if marking:
            band = self.pt(12) * 2.2
            self.marking_box = Box(
                self.margin,
                self.height - band - self.height * 0.01,
                self.width - 2 * self.margin,
                band,
            )
            self.body_frame = self.clear_of_marking(self.body_frame)
        self._overflows: list[tuple[int, str, str, dict[str, object]]] = []
        self.slide_number = 0
        self.slide_title = ""

    def overflowed(self, what: str, **values: object) -> None:
        """Note that a piece of the current slide's text does not fit its box.

        Args:
            what: names the text, marked with ``N_`` ("the title", "the row for {first}").
            values: what fills ``what``'s placeholders.

        The warning is worded when ``overflows`` is read, in the language in force then:
        the user's, not the language the slides are written in.
        """
        self._overflows.append((self.slide_number, self.slide_title, what, values))

    @property
    def overflows(self) -> list[str]:
        """A warning per piece of text too long for its box at the smallest size."""
        return [
            overflow_warning(number, title, _(what).format(**values))
            for number, title, what, values in self._overflows
        ]

    # --- text -------------------------------------------------------------------------

    def pt(self, size: float) -> float:
        """A design size scaled to this slide, in whole half points (what a run can hold)."""
        return max(1.0, math.floor(size * self.scale * 2) / 2)

    def fit_box(
        self,
        paragraphs: Sequence[Paragraph],
        box: Box,
        largest: float,
        smallest: float,
        *,
        metrics: Metrics | None = None,
        indent: float = 0.0,
    ) -> Fit:
        """Fit paragraphs inside a box's insets, between two design sizes.

        Args:
            paragraphs: the text.
            box: the box.
            largest: the design size to try first.
            smallest: the smallest design size allowed.
            metrics: the font's measurements; the body font's by default.
            indent: points taken off the width besides the insets (a bullet, an accent bar).
        """
        return fit(
            paragraphs,
            metrics or self.body,
            box.w - 2 * INSET_X - indent,
            box.h - 2 * INSET_Y,
            self.pt(largest),
            self.pt(smallest),
        )

    def first_fitting(
        self, paragraphs: Sequence[Paragraph], boxes: Sequence[Box], largest: float, smallest: float
    ) -> Box:
        """The first of ``boxes`` (smallest first) that holds the text; else the last.

        Args:
            paragraphs: the text, in the body font.
            boxes: the boxes to try, in order.
            largest: the design size to try first.
            smallest: the smallest design size that counts as fitting.
        """
        for box in boxes:
            if self.fit_box(paragraphs, box, largest, smallest).fits:
                return box
        return boxes[-1]

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
        """Replace a text frame's text with paragraphs at a base size.

        Args:
            frame: the text frame.
            paragraphs: the text.
            size: the base size in points (each paragraph scales it).
            align: the paragraphs' alignment.
            colours: a theme colour per paragraph; None or missing inherits.
            italic: whether each paragraph is italic; missing is not.
            bullets: whether every paragraph has a bullet.
            links: a hyperlink address per paragraph; None or missing is none.
        """
        self.write_body(
            frame._txBody,
            frame.part,
            paragraphs,
            size,
            align=align,
            colours=colours,
            italic=italic,
            bullets=bullets,
            links=links,
        )

    def write_body(
        self,
        body: etree._Element,
        part: Part,
        paragraphs: Sequence[Paragraph],
        size: float,
        *,
        align: PP_ALIGN = PP_ALIGN.LEFT,
        colours: Sequence[MSO_THEME_COLOR | None] = (),
        italic: Sequence[bool] = (),
        bullets: bool = False,
        links: Sequence[str | None] = (),
        language_tag: str | None = None,
    ) -> None:
        """``write_text`` for a text body element (a table cell's, say) of a part.

        ``language_tag`` is the runs' language when it is not the slides' (speaker notes
        written in another language).
        """
        first = reset_text_body(body)
        alignment = PP_ALIGN.to_xml(align)
        runs = []
        for index, paragraph in enumerate(paragraphs):
            own = run_size(size, paragraph.scale)
            colour = colours[index] if index < len(colours) else None
            link = links[index] if index < len(links) else None
            runs.append(
                Run(
                    paragraph.text,
                    alignment,
                    Pt(own).centipoints,
                    space_before=(
                        Pt(own * paragraph.space_before).centipoints
                        if index and paragraph.space_before
                        else None
                    ),
                    bullet=round(size * paragraph.scale * 1.1 * EMU_PER_PT) if bullets else None,
                    bold=paragraph.bold,  # otherwise inherit: a template's titles may be bold
                    italic=index < len(italic) and italic[index],
                    colour=None if colour is None else MSO_THEME_COLOR.to_xml(colour),
                    link=part.relate_to(link, RT.HYPERLINK, is_external=True) if link else None,
                )
            )
        tag = self.language_tag if language_tag is None else language_tag
        write_paragraphs(body, first, runs, EAST_ASIAN_FONT, COMPLEX_SCRIPT_FONT, tag)

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
        what: str = N_("some text"),
        **style: object,
    ) -> float:
        """Add a text box whose text is sized to fit it; return the size used.

        ``what`` names the text when it cannot fit, for the export's warnings (as for
        ``overflowed``); ``style`` is passed on to ``write_text``.
        """
        indent = self.pt(largest) * 1.1 if bullets else 0.0
        result = self.fit_box(paragraphs, box, largest, smallest, metrics=metrics, indent=indent)
        if not result.fits:
            self.overflowed(what)
        shape = slide.shapes.add_textbox(*box.emu())
        frame = shape.text_frame
        frame.vertical_anchor = anchor
        self.write_text(frame, paragraphs, result.size, bullets=bullets, **style)  # type: ignore[arg-type]
        return result.size

    # --- slide scaffolding ----------------------------------------------------------

    def new_slide(self, title: str, kind: str = "content") -> tuple[PptxSlide, float]:
        """Add a slide with its title fitted; return it and the top of the body area.

        The title is in a title placeholder, the first shape a screen reader reads (the
        first in the slide's shape tree), as PowerPoint's Accessibility Checker wants: a
        layout without one gets one.

        Args:
            title: the slide's title.
            kind: 'title' for a title slide (it keeps its subtitle placeholder), else
                'content'.
        """
        layout = self.title_layout if kind == "title" else self.content_layout
        slide, first = self.maker.add_slide(kind, layout)
        self.slide_number += 1
        self.slide_title = title
        if first:
            keep = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}
            if kind == "title":
                keep.add(PP_PLACEHOLDER.SUBTITLE)
            for placeholder in list(slide.placeholders):
                if placeholder.placeholder_format.type not in keep:
                    remove_element(placeholder._element)
            if slide.shapes.title is None:
                add_title_placeholder(slide.shapes._spTree, self.title_frame.emu())
            title_shape = slide.shapes.title
            assert title_shape is not None
            read_first(title_shape._element)
            self.maker.settle(kind, slide)
        self._write_marking(slide)
        title_shape = slide.shapes.title
        assert title_shape is not None
        own = not self.titled["title" if kind == "title" else "content"]  # no layout styles it
        if kind == "title" or own:
            box = Box.of(title_shape)
        else:
            box = self.title_frame
            title_shape.left, title_shape.top, title_shape.width, title_shape.height = box.emu()
        largest, smallest = (40 if kind == "title" else 34), 18
        if own:  # set as a bold heading, as any slide's text without a style
            largest, smallest = 36, 20
        paragraph = Paragraph(title, bold=True if own else self.bold_titles)
        result = self.fit_box([paragraph], box, largest, smallest, metrics=self.heading)
        if not result.fits:
            self.overflowed(N_("the title"))
        # A title slide's title is centred, over its centred occasion, as the show draws it.
        align = PP_ALIGN.CENTER if kind == "title" else PP_ALIGN.LEFT
        written = Paragraph(title, bold=True) if own else Paragraph(title)
        self.write_text(title_shape.text_frame, [written], result.size, align=align)
        return slide, box.y + box.h

    def _write_marking(self, slide: PptxSlide) -> None:
        """The handling marking in the slide's footer, centred, in the accent colour."""
        if self.marking_box is None:
            return
        self.text_box(
            slide,
            self.marking_box,
            [Paragraph(self.marking, bold=True)],
            12,
            8,
            anchor=MSO_ANCHOR.MIDDLE,
            align=PP_ALIGN.CENTER,
            colours=[MSO_THEME_COLOR.ACCENT_1],
            what=N_("the marking"),
        )
        slide.shapes[-1].name = "Marking"

    def clear_of_marking(self, box: Box) -> Box:
        """``box`` ended above the marking's footer, when there is one."""
        if self.marking_box is None:
            return box
        bottom = self.marking_box.y - self.pt(4)
        return Box(box.x, box.y, box.w, min(box.h, bottom - box.y))

    def body_box(self) -> Box:
        """The body area of a content slide."""
        return self.body_frame

    def write_notes(self, slide: PptxSlide, text: str) -> None:
        """Write a slide's speaker notes, a paragraph a line (unless notes are off)."""
        if not self.notes or not text:
            return
        body, part = self.maker.notes_body(slide)
        paragraphs = [Paragraph(line) for line in text.split("\n")]
        self.write_body(body, part, paragraphs, 12, language_tag=self.notes_language_tag)
