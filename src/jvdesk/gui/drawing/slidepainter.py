"""Draw the deck plan's slides with QPainter, for the PDF handout and the projector.

A slide is drawn on a 1920 × 1080 canvas of logical units (16:9), scaled and letterboxed
into whatever rectangle it is given. Text is fitted with Qt's own font metrics: it shrinks
to fit its box and never spills out of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from jvdesk.core.deckplan import Slide
from jvdesk.gui.drawing.chartpainter import paint_chart
from jvdesk.gui.drawing.fonts import slide_font
from jvdesk.gui.drawing.slidetheme import LIGHT, SlideTheme

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


def _height(lines: Sequence[Line], base: float, width: float, painter: QPainter) -> float:
    painter.save()
    total = 0.0
    for index, line in enumerate(lines):
        size = base * line.scale
        rect, _ = _measure(painter, slide_font(size, line.bold, line.italic), width, line.text)
        total += rect.height() + (line.gap * size if index else 0.0)
    painter.restore()
    return total


def fit_size(
    lines: Sequence[Line], box: QRectF, largest: float, smallest: float, painter: QPainter
) -> float:
    """The largest base size (in logical units) at which the lines fit the box."""
    size = largest
    while size > smallest and _height(lines, size, box.width(), painter) > box.height():
        size *= 0.95
    return max(size, smallest)


def draw_lines(
    painter: QPainter,
    box: QRectF,
    lines: Sequence[Line],
    size: float,
    theme: SlideTheme,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    middle: bool = False,
) -> None:
    """Draw fitted lines in a box, top-aligned (or centred vertically), clipped to it."""
    painter.save()
    painter.setClipRect(box)
    y = box.top()
    if middle:
        y += max(0.0, (box.height() - _height(lines, size, box.width(), painter)) / 2)
    for index, line in enumerate(lines):
        own = size * line.scale
        rect, flags = _measure(
            painter, slide_font(own, line.bold, line.italic), box.width(), line.text
        )
        painter.setPen(line.colour or theme.text)
        if index:
            y += line.gap * own
        flags |= int(align)
        painter.drawText(QRectF(box.left(), y, box.width(), rect.height()), flags, line.text)
        y += rect.height()
    painter.restore()


PAINTERS = {
    "title": "_title",
    "agenda": "_agenda",
    "panel": "_panel",
    "chart": "_chart_slide",
    "quotes": "_quotes",
    "glance": "_table",
    "timeline": "_table",
    "sources": "_table",
}


class SlidePainter:
    """Paints one slide of a deck plan into any rectangle."""

    def __init__(self, theme: SlideTheme = LIGHT, marking: str = "") -> None:
        """Paint slides in a theme, with a handling marking in each slide's footer if given."""
        self.theme = theme
        self.marking = marking
        self.overflows: list[str] = []

    def _fit_size(
        self, lines: Sequence[Line], box: QRectF, largest: float, smallest: float, painter: QPainter
    ) -> float:
        """Fit lines to a box; remember any text that cannot fit even at the smallest size."""
        size = fit_size(lines, box, largest, smallest, painter)
        if _height(lines, size, box.width(), painter) > box.height() + 0.5:
            self.overflows.append(" / ".join(line.text for line in lines)[:80])
        return size

    def _fitted(
        self,
        painter: QPainter,
        box: QRectF,
        lines: Sequence[Line],
        largest: float,
        smallest: float,
        theme: SlideTheme,
        **options: Any,
    ) -> float:
        size = self._fit_size(lines, box, largest, smallest, painter)
        draw_lines(painter, box, lines, size, theme, **options)
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
        painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), self.theme.background)
        painter.fillRect(QRectF(0, HEIGHT - 14, WIDTH, 14), self.theme.accent)
        getattr(self, PAINTERS[slide.kind])(painter, slide)
        if self.marking:
            self._fitted(
                painter,
                MARKING,
                [Line(self.marking, bold=True, colour=self.theme.accent)],
                30,
                18,
                self.theme,
                align=Qt.AlignmentFlag.AlignHCenter,
                middle=True,
            )
        painter.restore()

    def _title_bar(self, painter: QPainter, text: str) -> None:
        self._fitted(
            painter, TITLE, [Line(text, bold=True, colour=self.theme.title)], 68, 36, self.theme
        )

    def _title(self, painter: QPainter, slide: Slide) -> None:
        theme = self.theme
        self._fitted(
            painter,
            QRectF(MARGIN, 300, WIDTH - 2 * MARGIN, 220),
            [Line(slide.title, bold=True, colour=theme.title)],
            110,
            48,
            theme,
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
            theme,
            align=Qt.AlignmentFlag.AlignHCenter,
        )

    def _agenda(self, painter: QPainter, slide: Slide) -> None:
        self._title_bar(painter, slide.title)
        lines = [Line(slide.subtitle, scale=0.8, bold=True, colour=self.theme.accent)]
        lines += [Line(text, gap=0.45) for text in slide.bullets]
        self._fitted(painter, BODY, lines, 52, 24, self.theme)

    def _panel(self, painter: QPainter, slide: Slide) -> None:
        theme = self.theme
        self._title_bar(painter, slide.title)
        summary = QRectF(BODY.left(), BODY.top(), BODY.width(), 110)
        self._fitted(painter, summary, [Line(slide.subtitle, italic=True)], 40, 24, theme)
        y = summary.bottom() + 20
        upper = 360.0
        if slide.figures:
            if not slide.figures_are_targets:
                # Context figures must not pass for targets: say so above them.
                label = f"Key figures. {slide.footnote}".strip()
                note = QRectF(BODY.left(), y, BODY.width(), 56)
                self._fitted(painter, note, [Line(label, bold=True, italic=True)], 32, 18, theme)
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
                theme,
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
            draw_lines(painter, box, lines, size, theme)

    def _initiatives(self, painter: QPainter, bullets: Sequence[str], box: QRectF) -> None:
        theme = self.theme
        heading = QRectF(box.left(), box.top(), box.width(), 60)
        self._fitted(
            painter,
            heading,
            [Line("Key initiatives", bold=True, colour=theme.accent)],
            36,
            24,
            theme,
        )
        rest = QRectF(box.left(), box.top() + 60, box.width(), box.height() - 60)
        lines = [Line(f"•  {text}", gap=0.3) for text in bullets]
        self._fitted(painter, rest, lines, 42, 20, theme)

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
            [Line(f"Source {slide.chart_mark}", colour=self.theme.muted)],
            24,
            16,
            self.theme,
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
                Line(f"\u201c{quote.text}\u201d", italic=True),
                Line(
                    f"\u2014 {quote.speaker}, {quote.role}, {quote.date} {quote.mark}",
                    scale=0.7,
                    bold=True,
                    colour=theme.accent,
                    gap=0.4,
                ),
            ]
            for quote in slide.quotes
        ]
        room = BODY.height() - gap * (count - 1)
        size, smallest = 58.0, 22.0
        while True:
            heights = [_height(lines, size, BODY.width(), painter) for lines in contents]
            if sum(heights) <= room or size <= smallest:
                break
            size = max(size * 0.95, smallest)
        if sum(heights) > room + 0.5:
            self.overflows.append(" / ".join(quote.text for quote in slide.quotes)[:80])
        spare = max(0.0, room - sum(heights)) / count
        y = BODY.top()
        for lines, height in zip(contents, heights, strict=True):
            box = QRectF(BODY.left(), y, BODY.width(), height + spare)
            draw_lines(painter, box, lines, size, theme, middle=True)
            y += box.height() + gap

    def _table(self, painter: QPainter, slide: Slide) -> None:
        theme = self.theme
        self._title_bar(painter, slide.title)
        widths = [BODY.width() * share for share in slide.column_shares]
        rows = [slide.columns, *slide.rows]
        pad = 10.0
        size = 36.0
        while True:
            heights = [
                max(
                    _height([Line(cell, bold=r == 0)], size, w - 2 * pad, painter)
                    for cell, w in zip(row, widths, strict=True)
                )
                + 2 * pad
                for r, row in enumerate(rows)
            ]
            if sum(heights) <= BODY.height() or size <= 14:
                break
            size *= 0.95
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
                draw_lines(painter, box, [Line(cell, bold=r == 0, colour=colour)], size, theme)
                x += width
            y += heights[r]
