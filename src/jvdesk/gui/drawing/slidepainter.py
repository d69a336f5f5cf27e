"""Draw the deck plan's slides with QPainter, for the PDF handout and the projector.

A slide is drawn on a 1920 × 1080 canvas of logical units (16:9), scaled and letterboxed
into whatever rectangle it is given. Text is fitted with Qt's own font metrics: it shrinks
to fit its box, 5 % at a time, and never spills out of it. The sizes are searched rather
than tried one by one (``first_fit``), and each text is measured once per size and width
for a given device and scale (``SlidePainter.measured`` counts the measurements).

The words drawn are the plan's, already in the deck's language, but for a few of jvdesk's
own ("Key initiatives"): those come from gettext (``jvdesk.core.i18n``), in the language the
painter is given, because the command line draws handouts with no Qt catalogue installed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from jvdesk.core.deckplan import DeckPlan, Slide
from jvdesk.core.i18n import DEFAULT, Language, _, parse_language, using
from jvdesk.gui.drawing.chartpainter import paint_chart
from jvdesk.gui.drawing.fonts import slide_font
from jvdesk.gui.drawing.sizesearch import first_fit, size_steps
from jvdesk.gui.drawing.slidetheme import LIGHT, SlideTheme
from jvdesk.gui.drawing.textlayer import draw_text

WIDTH, HEIGHT = 1920.0, 1080.0
MARGIN = 96.0
TITLE = QRectF(MARGIN, 48, WIDTH - 2 * MARGIN, 130)
BODY = QRectF(MARGIN, 200, WIDTH - 2 * MARGIN, HEIGHT - 200 - 64)
MARKING = QRectF(MARGIN, HEIGHT - 60, WIDTH - 2 * MARGIN, 44)  # under the body, above the bar


@dataclass(frozen=True)
class Line:
    """A paragraph to draw: text, size relative to the box's base size, and style."""

    text: str
    scale: float = 1.0
    bold: bool = False
    italic: bool = False
    colour: QColor | None = None
    gap: float = 0.0  # space above, in units of its own size


WRAP = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
MOST_MEASURES = 50_000  # text boxes remembered per device and scale, far above a briefing's


def _measure(painter: QPainter, font: QFont, width: float, text: str) -> tuple[QRectF, int]:
    """The box ``text`` takes when drawn by this painter, and the flags to draw it with.

    Measured by the painter itself, so its device and transform are accounted for exactly
    as when drawing.
    """
    painter.setFont(font)
    flags = int(Qt.TextFlag.TextWordWrap)
    rect = painter.boundingRect(QRectF(0, 0, width, 1e6), flags, text)
    if rect.width() > width + 0.5:  # a word wider than the box: it will break anywhere
        flags |= int(Qt.TextFlag.TextWrapAnywhere)
        rect = painter.boundingRect(QRectF(0, 0, width, 1e6), flags, text)
    return rect, flags


def _layout_key(painter: QPainter) -> tuple[float, ...]:
    """What a painter's text measurements depend on besides font, width and text."""
    device = painter.device()
    t = painter.combinedTransform()
    return (
        float(device.devType()),
        float(device.logicalDpiX()),
        float(device.logicalDpiY()),
        device.devicePixelRatioF(),
        float(painter.layoutDirection().value),
        *(t.m11(), t.m12(), t.m13(), t.m21(), t.m22(), t.m23(), t.m31(), t.m32(), t.m33()),
    )


PAINTERS = {
    "title": "_title",
    "agenda": "_agenda",
    "panel": "_panel",
    "chart": "_chart_slide",
    "quotes": "_quotes",
    "glance": "_table",
    "progress": "_table",
    "timeline": "_table",
    "sources": "_table",
}


class SlidePainter:
    """Paints one slide of a deck plan into any rectangle.

    Attributes:
        overflows: text that could not fit its box even at its smallest size, a piece
            per box, in the order met.
        measured: how many times text has been measured (``QPainter.boundingRect``).
    """

    def __init__(
        self, theme: SlideTheme = LIGHT, marking: str = "", language: str = DEFAULT
    ) -> None:
        """Paint slides in a theme, with a handling marking in each slide's footer if given.

        ``language`` is the slides' (a plan's ``language``): jvdesk's own words on them are
        drawn in it, whatever the interface speaks.
        """
        self.theme = theme
        self.marking = marking
        self.language: Language = parse_language(language) or DEFAULT
        self.overflows: list[str] = []
        self.measured = 0
        # Text heights (and the flags to draw them with) by font, width and text, for each
        # device and transform met: the fitting searches measure the same text again and again.
        self._layouts: dict[tuple[float, ...], dict[tuple[Any, ...], tuple[float, int]]] = {}
        self._known: dict[tuple[Any, ...], tuple[float, int]] = {}

    @classmethod
    def for_plan(cls, plan: DeckPlan, theme: SlideTheme = LIGHT) -> SlidePainter:
        """A painter for a plan's slides: its marking, and its language for jvdesk's words."""
        return cls(theme, plan.marking, plan.language)

    def _line(
        self, painter: QPainter, size: float, bold: bool, italic: bool, width: float, text: str
    ) -> tuple[float, int]:
        """The height of one paragraph drawn at ``size`` in ``width``, and its flags."""
        pixels = max(1, round(size))  # the font's own size (slide_font)
        key = (pixels, bold, italic, width, text)
        known = self._known.get(key)
        if known is None:
            painter.save()
            rect, flags = _measure(painter, slide_font(pixels, bold, italic), width, text)
            painter.restore()
            self.measured += 1 + (flags != int(Qt.TextFlag.TextWordWrap))
            known = self._known[key] = (rect.height(), flags)
        return known

    def _height(self, painter: QPainter, lines: Sequence[Line], base: float, width: float) -> float:
        total = 0.0
        for index, line in enumerate(lines):
            size = base * line.scale
            height, _flags = self._line(painter, size, line.bold, line.italic, width, line.text)
            total += height + (line.gap * size if index else 0.0)
        return total

    def _fit_size(
        self, lines: Sequence[Line], box: QRectF, largest: float, smallest: float, painter: QPainter
    ) -> float:
        """The largest size at which lines fit a box, trying sizes ``STEP`` apart.

        Text that cannot fit even at ``smallest`` is remembered in ``overflows``.
        """
        sizes = size_steps(largest, smallest)
        width = box.width()
        size = sizes[
            first_fit(sizes, lambda size: self._height(painter, lines, size, width), box.height())
        ]
        if self._height(painter, lines, size, width) > box.height() + 0.5:
            self.overflows.append(" / ".join(line.text for line in lines)[:80])
        return size

    def _draw_lines(
        self,
        painter: QPainter,
        box: QRectF,
        lines: Sequence[Line],
        size: float,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        middle: bool = False,
    ) -> None:
        """Draw fitted lines in a box, top-aligned (or centred vertically), clipped to it."""
        painter.save()
        painter.setClipRect(box)
        y = box.top()
        if middle:
            y += max(0.0, (box.height() - self._height(painter, lines, size, box.width())) / 2)
        for index, line in enumerate(lines):
            own = size * line.scale
            height, flags = self._line(painter, own, line.bold, line.italic, box.width(), line.text)
            painter.setFont(slide_font(own, line.bold, line.italic))
            painter.setPen(line.colour or self.theme.text)
            if index:
                y += line.gap * own
            flags |= int(align)
            draw_text(painter, QRectF(box.left(), y, box.width(), height), flags, line.text)
            y += height
        painter.restore()

    def _fitted(
        self,
        painter: QPainter,
        box: QRectF,
        lines: Sequence[Line],
        largest: float,
        smallest: float,
        **options: Any,
    ) -> float:
        size = self._fit_size(lines, box, largest, smallest, painter)
        self._draw_lines(painter, box, lines, size, **options)
        return size

    def paint(self, painter: QPainter, target: QRectF, slide: Slide) -> None:
        """Paint ``slide`` letterboxed into ``target``."""
        scale = min(target.width() / WIDTH, target.height() / HEIGHT)
        left = target.left() + (target.width() - WIDTH * scale) / 2
        top = target.top() + (target.height() - HEIGHT * scale) / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(left, top)
        painter.scale(scale, scale)
        layout = _layout_key(painter)
        if layout not in self._layouts and len(self._layouts) >= 8:
            self._layouts.clear()  # a window resized again and again: start afresh
        self._known = self._layouts.setdefault(layout, {})
        if len(self._known) > MOST_MEASURES:
            self._known.clear()
        painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), self.theme.background)
        painter.fillRect(QRectF(0, HEIGHT - 14, WIDTH, 14), self.theme.accent)
        with using(self.language):
            getattr(self, PAINTERS[slide.kind])(painter, slide)
        if self.marking:
            self._fitted(
                painter,
                MARKING,
                [Line(self.marking, bold=True, colour=self.theme.accent)],
                30,
                18,
                align=Qt.AlignmentFlag.AlignHCenter,
                middle=True,
            )
        painter.restore()

    def _title_bar(self, painter: QPainter, text: str) -> None:
        self._fitted(painter, TITLE, [Line(text, bold=True, colour=self.theme.title)], 68, 36)

    def _title(self, painter: QPainter, slide: Slide) -> None:
        theme = self.theme
        self._fitted(
            painter,
            QRectF(MARGIN, 300, WIDTH - 2 * MARGIN, 220),
            [Line(slide.title, bold=True, colour=theme.title)],
            110,
            48,
            align=Qt.AlignmentFlag.AlignHCenter,
            middle=True,
        )
        painter.fillRect(QRectF(WIDTH / 2 - 120, 545, 240, 8), theme.accent)
        lines = [Line(slide.subtitle, bold=True)]
        lines += [Line(text, scale=0.85, colour=theme.muted, gap=0.4) for text in slide.bullets]
        self._fitted(
            painter,
            QRectF(MARGIN, 600, WIDTH - 2 * MARGIN, 300),
            lines,
            48,
            24,
            align=Qt.AlignmentFlag.AlignHCenter,
        )

    def _agenda(self, painter: QPainter, slide: Slide) -> None:
        self._title_bar(painter, slide.title)
        lines = [Line(slide.subtitle, scale=0.8, bold=True, colour=self.theme.accent)]
        lines += [Line(text, gap=0.45) for text in slide.bullets]
        self._fitted(painter, BODY, lines, 52, 24)

    def _panel(self, painter: QPainter, slide: Slide) -> None:
        theme = self.theme
        self._title_bar(painter, slide.title)
        summary = QRectF(BODY.left(), BODY.top(), BODY.width(), 110)
        self._fitted(painter, summary, [Line(slide.subtitle, italic=True)], 40, 24)
        y = summary.bottom() + 20
        upper = 360.0
        if slide.figures:
            if not slide.figures_are_targets:
                # Context figures must not pass for targets: say so above them.
                # Translators: above figures that are context, not targets; {note} says why.
                label = _("Key figures. {note}").format(note=slide.footnote).strip()
                note = QRectF(BODY.left(), y, BODY.width(), 56)
                self._fitted(painter, note, [Line(label, bold=True, italic=True)], 32, 18)
                y += 60
                upper -= 30
            self._cards(painter, slide, QRectF(BODY.left(), y, BODY.width(), upper))
        else:
            upper = 170.0
            self._fitted(
                painter,
                QRectF(BODY.left(), y, BODY.width(), upper),
                [Line(slide.footnote, italic=True, colour=theme.accent)],
                44,
                24,
                middle=True,
            )
        lower = QRectF(BODY.left(), y + upper + 30, BODY.width(), BODY.bottom() - (y + upper + 30))
        self._initiatives(painter, slide.bullets, lower)

    def _cards(self, painter: QPainter, slide: Slide, area: QRectF) -> None:
        theme = self.theme
        count = len(slide.figures)
        gap = area.width() * 0.03
        width = (area.width() - gap * (count - 1)) / count
        contents = []
        for figure in slide.figures:
            lines = []
            if figure.qualifier:
                lines.append(Line(figure.qualifier, scale=0.3, bold=True, colour=theme.accent))
            lines.append(Line(figure.value, bold=True, colour=theme.accent))
            lines.append(Line(figure.unit, scale=0.36, bold=True, colour=theme.accent))
            lines.append(Line(figure.label, scale=0.28, gap=0.2))
            lines.append(
                Line(f"{figure.detail} {figure.mark}".strip(), scale=0.25, colour=theme.muted)
            )
            contents.append(lines)
        boxes = [
            QRectF(area.left() + i * (width + gap) + 20, area.top(), width - 20, area.height())
            for i in range(count)
        ]
        size = min(
            self._fit_size(lines, box, 130, 36, painter)
            for lines, box in zip(contents, boxes, strict=True)
        )
        for lines, box in zip(contents, boxes, strict=True):
            painter.fillRect(QRectF(box.left() - 20, box.top(), 10, box.height()), theme.accent)
            self._draw_lines(painter, box, lines, size)

    def _initiatives(self, painter: QPainter, bullets: Sequence[str], box: QRectF) -> None:
        theme = self.theme
        heading = QRectF(box.left(), box.top(), box.width(), 60)
        self._fitted(
            painter,
            heading,
            [Line(_("Key initiatives"), bold=True, colour=theme.accent)],
            36,
            24,
        )
        rest = QRectF(box.left(), box.top() + 60, box.width(), box.height() - 60)
        lines = [Line(f"•  {text}", gap=0.3) for text in bullets]
        self._fitted(painter, rest, lines, 42, 20)

    def _chart_in(self, painter: QPainter, slide: Slide, box: QRectF, label: float = 28) -> None:
        assert slide.chart is not None
        foot = 44.0
        paint_chart(
            painter,
            QRectF(box.left(), box.top(), box.width(), box.height() - foot),
            slide.chart,
            self.theme,
            size=label,
        )
        self._fitted(
            painter,
            QRectF(box.left(), box.bottom() - foot, box.width(), foot),
            # Translators: under a chart; {mark} is its source mark, such as "[3]".
            [Line(_("Source {mark}").format(mark=slide.chart_mark), colour=self.theme.muted)],
            24,
            16,
            align=Qt.AlignmentFlag.AlignRight,
        )

    def _chart_slide(self, painter: QPainter, slide: Slide) -> None:
        self._title_bar(painter, slide.title)
        self._chart_in(painter, slide, BODY, label=36)

    def _quotes(self, painter: QPainter, slide: Slide) -> None:
        """One to three quotes at one size, each as tall as it needs, the rest shared out."""
        theme = self.theme
        self._title_bar(painter, slide.title)
        count = len(slide.quotes)
        gap = 40.0
        contents = [
            [
                Line(quote.quoted(), italic=True),
                Line(
                    quote.attribution(),
                    scale=0.7,
                    bold=True,
                    colour=theme.accent,
                    gap=0.4,
                ),
            ]
            for quote in slide.quotes
        ]
        room = BODY.height() - gap * (count - 1)

        def heights(size: float) -> list[float]:
            return [self._height(painter, lines, size, BODY.width()) for lines in contents]

        sizes = size_steps(58.0, 22.0)
        size = sizes[first_fit(sizes, lambda size: sum(heights(size)), room)]
        tall = heights(size)
        if sum(tall) > room + 0.5:
            self.overflows.append(" / ".join(quote.text for quote in slide.quotes)[:80])
        spare = max(0.0, room - sum(tall)) / count
        y = BODY.top()
        for lines, height in zip(contents, tall, strict=True):
            box = QRectF(BODY.left(), y, BODY.width(), height + spare)
            self._draw_lines(painter, box, lines, size, middle=True)
            y += box.height() + gap

    def _table(self, painter: QPainter, slide: Slide) -> None:
        theme = self.theme
        self._title_bar(painter, slide.title)
        widths = [BODY.width() * share for share in slide.column_shares]
        rows = [slide.columns, *slide.rows]
        pad = 10.0

        def row_heights(size: float) -> list[float]:
            return [
                max(
                    self._height(painter, [Line(cell, bold=r == 0)], size, w - 2 * pad)
                    for cell, w in zip(row, widths, strict=True)
                )
                + 2 * pad
                for r, row in enumerate(rows)
            ]

        sizes = size_steps(36.0, 14.0, clamp=False)
        size = sizes[first_fit(sizes, lambda size: sum(row_heights(size)), BODY.height())]
        heights = row_heights(size)
        if sum(heights) > BODY.height() + 0.5:
            longest = max((cell for row in slide.rows for cell in row), key=len, default="")
            self.overflows.append(longest[:80])
        y = BODY.top()
        for r, row in enumerate(rows):
            fill = theme.header_fill if r == 0 else (theme.band_fill if r % 2 else theme.background)
            painter.fillRect(QRectF(BODY.left(), y, BODY.width(), heights[r]), fill)
            x = BODY.left()
            for cell, width in zip(row, widths, strict=True):
                colour = theme.header_text if r == 0 else theme.text
                box = QRectF(x + pad, y + pad, width - 2 * pad, heights[r] - 2 * pad)
                self._draw_lines(painter, box, [Line(cell, bold=r == 0, colour=colour)], size)
                x += width
            y += heights[r]
