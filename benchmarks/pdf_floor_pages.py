"""The pages of the PDF handout's floor, drawn by Qt with no fitting (``benchmarks.pdf_floor``).

Each slide's texts are drawn once, at the size the slide painter starts its search from, in
the same boxes (a table's rows share its body equally, and quotes theirs); the charts with
``chartpainter.paint_chart``, which does no fitting (one measuring pass: category labels
are turned or elided once, never tried at other sizes); the speaker notes at 11 pt under
the slide, a paragraph at a time, moving to a new page when the next would not fit. No
size is searched and nothing is measured twice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from jvdesk.core.deckplan import DeckPlan, Slide
from jvdesk.gui.drawing.chartpainter import paint_chart
from jvdesk.gui.drawing.fonts import slide_font
from jvdesk.gui.drawing.slidepainter import BODY, HEIGHT, MARGIN, MARKING, TITLE, WIDTH
from jvdesk.gui.drawing.slidetheme import LIGHT

THEME = LIGHT
WRAP = int(Qt.TextFlag.TextWordWrap)
LEFT = Qt.AlignmentFlag.AlignLeft
CENTRE = Qt.AlignmentFlag.AlignHCenter
SLIDE_PAGE_MM = (254.0, 142.875)
PARAGRAPH_GAP = 9.0  # QTextDocument's 12 px between HTML paragraphs, at 72 dpi
DOCUMENT_MARGIN = 3.0  # points: QTextDocument's 4 px round its text, at 72 dpi
_FONTS: dict[tuple[float, bool, bool], QFont] = {}

# A text to draw: (text, size, bold, italic, colour).
Piece = tuple[str, float, bool, bool, QColor]


def _font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    key = (size, bold, italic)
    if key not in _FONTS:
        _FONTS[key] = slide_font(size, bold, italic)
    return _FONTS[key]


def _pieces(painter: QPainter, box: QRectF, pieces: Sequence[Piece], align: int = LEFT) -> None:
    """Draw texts one under another in a box, each where the one before it ended."""
    painter.save()
    painter.setClipRect(box)
    y = box.top()
    for text, size, bold, italic, colour in pieces:
        painter.setFont(_font(size, bold, italic))
        painter.setPen(colour)
        drawn = painter.drawText(
            QRectF(box.left(), y, box.width(), max(1.0, box.bottom() - y)), WRAP | align, text
        )
        y = drawn.bottom()
    painter.restore()


def _title_bar(painter: QPainter, slide: Slide) -> None:
    _pieces(painter, TITLE, [(slide.title, 68, True, False, THEME.title)])


def _title(painter: QPainter, slide: Slide) -> None:
    box = QRectF(MARGIN, 300, WIDTH - 2 * MARGIN, 220)
    _pieces(painter, box, [(slide.title, 110, True, False, THEME.title)], CENTRE)
    painter.fillRect(QRectF(WIDTH / 2 - 120, 545, 240, 8), THEME.accent)
    pieces: list[Piece] = [(slide.subtitle, 48, True, False, THEME.text)]
    pieces += [(text, 48 * 0.85, False, False, THEME.muted) for text in slide.bullets]
    _pieces(painter, QRectF(MARGIN, 600, WIDTH - 2 * MARGIN, 300), pieces, CENTRE)


def _agenda(painter: QPainter, slide: Slide) -> None:
    _title_bar(painter, slide)
    pieces: list[Piece] = [(slide.subtitle, 52 * 0.8, True, False, THEME.accent)]
    pieces += [(text, 52, False, False, THEME.text) for text in slide.bullets]
    _pieces(painter, BODY, pieces)


def _panel(painter: QPainter, slide: Slide) -> None:
    _title_bar(painter, slide)
    summary = QRectF(BODY.left(), BODY.top(), BODY.width(), 110)
    _pieces(painter, summary, [(slide.subtitle, 40, False, True, THEME.text)])
    y = summary.bottom() + 20
    upper = 360.0
    if slide.figures:
        if not slide.figures_are_targets:
            label = f"Key figures. {slide.footnote}".strip()
            note = QRectF(BODY.left(), y, BODY.width(), 56)
            _pieces(painter, note, [(label, 32, True, True, THEME.text)])
            y += 60
            upper -= 30
        count = len(slide.figures)
        gap = BODY.width() * 0.03
        width = (BODY.width() - gap * (count - 1)) / count
        for index, figure in enumerate(slide.figures):
            box = QRectF(BODY.left() + index * (width + gap) + 20, y, width - 20, upper)
            painter.fillRect(QRectF(box.left() - 20, box.top(), 10, box.height()), THEME.accent)
            size = 130.0
            pieces: list[Piece] = []
            if figure.qualifier:
                pieces.append((figure.qualifier, size * 0.3, True, False, THEME.accent))
            pieces.append((figure.value, size, True, False, THEME.accent))
            pieces.append((figure.unit, size * 0.36, True, False, THEME.accent))
            pieces.append((figure.label, size * 0.28, False, False, THEME.text))
            detail = f"{figure.detail} {figure.mark}".strip()
            pieces.append((detail, size * 0.25, False, False, THEME.muted))
            _pieces(painter, box, pieces)
    else:
        upper = 170.0
        box = QRectF(BODY.left(), y, BODY.width(), upper)
        _pieces(painter, box, [(slide.footnote, 44, False, True, THEME.accent)])
    top = y + upper + 30
    heading = QRectF(BODY.left(), top, BODY.width(), 60)
    _pieces(painter, heading, [("Key initiatives", 36, True, False, THEME.accent)])
    rest = QRectF(BODY.left(), top + 60, BODY.width(), BODY.bottom() - top - 60)
    _pieces(painter, rest, [(f"•  {text}", 42, False, False, THEME.text) for text in slide.bullets])


def _chart(painter: QPainter, slide: Slide) -> None:
    assert slide.chart is not None
    _title_bar(painter, slide)
    foot = 44.0
    chart_box = QRectF(BODY.left(), BODY.top(), BODY.width(), BODY.height() - foot)
    paint_chart(painter, chart_box, slide.chart, THEME, size=36)
    source = QRectF(BODY.left(), BODY.bottom() - foot, BODY.width(), foot)
    _pieces(
        painter,
        source,
        [(f"Source {slide.chart_mark}", 24, False, False, THEME.muted)],
        Qt.AlignmentFlag.AlignRight,
    )


def _quotes(painter: QPainter, slide: Slide) -> None:
    _title_bar(painter, slide)
    count = len(slide.quotes)
    gap = 40.0
    height = (BODY.height() - gap * (count - 1)) / count
    for index, quote in enumerate(slide.quotes):
        box = QRectF(BODY.left(), BODY.top() + index * (height + gap), BODY.width(), height)
        attribution = f"\u2014 {quote.speaker}, {quote.role}, {quote.date} {quote.mark}"
        pieces: list[Piece] = [
            (f"\u201c{quote.text}\u201d", 58, False, True, THEME.text),
            (attribution, 58 * 0.7, True, False, THEME.accent),
        ]
        _pieces(painter, box, pieces)


def _table(painter: QPainter, slide: Slide) -> None:
    _title_bar(painter, slide)
    widths = [BODY.width() * share for share in slide.column_shares]
    rows = [slide.columns, *slide.rows]
    height = BODY.height() / len(rows)
    pad = 10.0
    for r, row in enumerate(rows):
        y = BODY.top() + r * height
        fill = THEME.header_fill if r == 0 else (THEME.band_fill if r % 2 else THEME.background)
        painter.fillRect(QRectF(BODY.left(), y, BODY.width(), height), fill)
        colour = THEME.header_text if r == 0 else THEME.text
        x = BODY.left()
        for cell, width in zip(row, widths, strict=True):
            box = QRectF(x + pad, y + pad, width - 2 * pad, height - 2 * pad)
            _pieces(painter, box, [(cell, 36, r == 0, False, colour)])
            x += width


KINDS = {
    "title": _title,
    "agenda": _agenda,
    "panel": _panel,
    "chart": _chart,
    "quotes": _quotes,
    "glance": _table,
    "progress": _table,
    "timeline": _table,
    "sources": _table,
}


def _slide(painter: QPainter, target: QRectF, slide: Slide, marking: str) -> None:
    scale = min(target.width() / WIDTH, target.height() / HEIGHT)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(
        target.left() + (target.width() - WIDTH * scale) / 2,
        target.top() + (target.height() - HEIGHT * scale) / 2,
    )
    painter.scale(scale, scale)
    painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), THEME.background)
    painter.fillRect(QRectF(0, HEIGHT - 14, WIDTH, 14), THEME.accent)
    KINDS[slide.kind](painter, slide)
    if marking:
        _pieces(painter, MARKING, [(marking, 30, True, False, THEME.accent)], CENTRE)
    painter.restore()


class _Pages:
    """The writer's pages: a new one on demand, each with the marking in its margins."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, marking: str, margin: float):
        self.writer, self.painter, self.marking, self.margin = writer, painter, marking, margin
        self.page = QRectF(0, 0, writer.width(), writer.height())
        self.count = 1
        self._marking()

    def new(self) -> None:
        self.writer.newPage()
        self.count += 1
        self._marking()

    def _marking(self) -> None:
        if not self.marking:
            return
        font = QFont(_font(10, bold=True))
        font.setPointSizeF(10)
        self.painter.setFont(font)
        self.painter.setPen(THEME.accent)
        page, margin = self.page, self.margin
        band = margin * 0.5 if margin else page.height() * 0.035
        centre = int(Qt.AlignmentFlag.AlignCenter)
        top = QRectF(page.left(), page.top() + band * 0.3, page.width(), band)
        self.painter.drawText(top, centre, self.marking)
        if margin:
            bottom = QRectF(page.left(), page.bottom() - band * 1.3, page.width(), band)
            self.painter.drawText(bottom, centre, self.marking)


def _notes(painter: QPainter, pages: _Pages, text: str, areas: tuple[QRectF, QRectF]) -> None:
    """Notes at 11 pt, a paragraph at a time, under the slide, then on whole further pages."""
    if not text:
        return
    regular = QFont(_font(11))
    regular.setPointSizeF(11)
    bold = QFont(regular)
    bold.setBold(True)
    painter.setPen(THEME.text)
    inner, further = (
        area.adjusted(DOCUMENT_MARGIN, DOCUMENT_MARGIN, -DOCUMENT_MARGIN, -DOCUMENT_MARGIN)
        for area in areas
    )
    room = QRectF(0, 0, inner.width(), inner.height())
    y = inner.top()
    # QTextDocument sets each line on a whole number of points.
    line = {font: QFontMetricsF(font, painter.device()).height() for font in (regular, bold)}
    paragraphs = [("Speaker notes", bold)] + [(part or " ", regular) for part in text.split("\n")]
    for paragraph, font in paragraphs:
        painter.setFont(font)
        lines = round(painter.boundingRect(room, WRAP, paragraph).height() / line[font])
        height = math.ceil(line[font])
        done = 0  # a paragraph breaks between its lines, as the handout's do
        while True:
            fit = min(lines - done, int((inner.bottom() - y) // height))
            if fit > 0 or y == inner.top():
                fit = max(fit, 1)
                painter.save()
                painter.setClipRect(QRectF(inner.left(), y, inner.width(), fit * height))
                whole = QRectF(inner.left(), y - done * height, inner.width(), lines * height)
                painter.drawText(whole, WRAP, paragraph)
                painter.restore()
                done += fit
                y += fit * height
            if done == lines:
                break
            pages.new()
            painter.setFont(font)
            painter.setPen(THEME.text)
            inner = further
            y = inner.top()
        y += PARAGRAPH_GAP


def draw(plan: DeckPlan, target: Path, notes: bool) -> int:
    """Draw a deck plan's pages to ``target``, as the handout has them; return their number."""
    writer = QPdfWriter(str(target))
    writer.setResolution(72)
    writer.setTitle(plan.title)
    if notes:
        size = QPageSize(QPageSize.PageSizeId.A4)
    else:
        size = QPageSize(QSizeF(*SLIDE_PAGE_MM), QPageSize.Unit.Millimeter, "16:9 slide")
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))
    painter = QPainter(writer)
    page = QRectF(0, 0, writer.width(), writer.height())
    margin = page.width() * 0.07 if notes else 0.0
    pages = _Pages(writer, painter, plan.marking, margin)
    for index, slide in enumerate(plan.slides):
        if index:
            pages.new()
        if not notes:
            _slide(painter, page, slide, plan.marking)
            continue
        width = page.width() - 2 * margin
        frame = QRectF(margin, margin, width, width * HEIGHT / WIDTH)
        painter.setPen(THEME.grid)
        painter.drawRect(frame)
        _slide(painter, frame, slide, plan.marking)
        below = QRectF(
            margin,
            frame.bottom() + margin * 0.6,
            width,
            page.height() - frame.bottom() - margin * 1.6,
        )
        further = QRectF(margin, margin, width, page.height() - 2 * margin)
        _notes(painter, pages, slide.notes, (below, further))
    painter.end()
    return pages.count
