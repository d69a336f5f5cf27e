"""The ``?`` key overlay: an opaque panel listing the show's keys, sized to the window.

The layout is computed from the fonts' own metrics, so the key column and the meaning column
never overlap or run off the panel, at any window size and in any language: the text is as
large as the window allows (it is read from the back of a room), wraps within its column when
a row is long, and shrinks only when it must.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from jvdesk.gui.show.keys import help_title, key_help

BACKGROUND = QColor("#0B0F14")  # near black, opaque: nothing of the slide shows through
TEXT = QColor("#FFFFFF")  # the title and the meanings: 19:1 on the background
KEYS = QColor("#FFD400")  # the keys, in the overview grid's choice yellow: 13:1
BORDER = QColor("#FFD400")  # sets the panel off the black letterbox around a slide

WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
LARGEST = 1 / 18  # of the window's height: the largest text the list is drawn in
SMALLEST = 9  # pixels: below this the list is drawn anyway, and clipped to the panel


@dataclass(frozen=True)
class HelpLayout:
    """Where each part of the help overlay goes, in the window's coordinates.

    Attributes:
        panel: the opaque panel (its border is drawn inside it).
        border: the border's width.
        title: the title's box.
        rows: each row's key box and meaning box, top to bottom, one per ``key_help()`` row.
        font: the meanings' font.
        keys_font: the keys' font.
        title_font: the title's font.
        fits: False only when the window is too small for even the smallest text.
    """

    panel: QRectF
    border: float
    title: QRectF
    rows: list[tuple[QRectF, QRectF]]
    font: QFont
    keys_font: QFont
    title_font: QFont
    fits: bool


def layout_help(size: QSizeF) -> HelpLayout:
    """The help overlay's layout for a window of ``size``: the largest text that fits.

    Args:
        size: the window's size in its own (device-independent) pixels.
    """
    largest = max(SMALLEST, int(size.height() * LARGEST))
    best = _layout_at(size, SMALLEST)
    low, high = SMALLEST + 1, largest
    while low <= high:  # the largest text size that fits, by bisection
        middle = (low + high) // 2
        layout = _layout_at(size, middle)
        if layout.fits:
            best, low = layout, middle + 1
        else:
            high = middle - 1
    return best


def paint_help(painter: QPainter, layout: HelpLayout) -> None:
    """Paint the help overlay: the panel, its title and the rows of keys and meanings."""
    painter.save()
    painter.setClipRect(layout.panel)
    painter.fillRect(layout.panel, BACKGROUND)
    half = layout.border / 2
    painter.setPen(QPen(BORDER, layout.border))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(layout.panel.adjusted(half, half, -half, -half))
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(TEXT)
    painter.setFont(layout.title_font)
    painter.drawText(layout.title, WRAP, help_title())
    for (keys_box, meaning_box), (keys, meaning) in zip(layout.rows, key_help(), strict=True):
        painter.setPen(KEYS)
        painter.setFont(layout.keys_font)
        painter.drawText(keys_box, WRAP, keys)
        painter.setPen(TEXT)
        painter.setFont(layout.font)
        painter.drawText(meaning_box, WRAP, meaning)
    painter.restore()


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _wrapped(font: QFont, width: float, text: str) -> QRectF:
    """The box ``text`` takes wrapped to ``width`` (wider than it when a word is too long)."""
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), WRAP, text)


def _row_heights(
    fonts: tuple[QFont, QFont], rows: list[tuple[str, str]], keys_width: float, width: float
) -> list[float] | None:
    """Each row's height with the columns this wide; None when a word is wider than its column."""
    heights = []
    for keys, meaning in rows:
        keys_box = _wrapped(fonts[0], keys_width, keys)
        meaning_box = _wrapped(fonts[1], width, meaning)
        if keys_box.width() > keys_width + 0.5 or meaning_box.width() > width + 0.5:
            return None
        heights.append(max(keys_box.height(), meaning_box.height()))
    return heights


def _height(
    fonts: tuple[QFont, QFont], rows: list[tuple[str, str]], keys_width: float, width: float
) -> float:
    """The rows' height with the columns this wide (infinite when a word is too wide)."""
    heights = _row_heights(fonts, rows, keys_width, width)
    return float("inf") if heights is None else sum(heights)


def _layout_at(size: QSizeF, pixels: int) -> HelpLayout:
    """The layout with the list's text ``pixels`` high; ``fits`` says whether it fits."""
    rows = key_help()
    font, keys_font = _font(pixels), _font(pixels, bold=True)
    title_font = _font(round(pixels * 1.5), bold=True)
    border = max(2.0, round(pixels / 8))
    padding = border + pixels * 1.1
    gap = pixels * 1.5  # between the key column and the meaning column
    row_gap = pixels * 0.45
    outer = min(size.width(), size.height()) * 0.03  # the slide around the panel
    most_width = size.width() - 2 * outer - 2 * padding
    most_height = size.height() - 2 * outer - 2 * padding
    fonts = (keys_font, font)
    keys_metrics, metrics = QFontMetricsF(keys_font), QFontMetricsF(font)
    keys_width = max(keys_metrics.horizontalAdvance(keys) for keys, _ in rows)
    meanings_width = max(metrics.horizontalAdvance(meaning) for _, meaning in rows)
    title_width = QFontMetricsF(title_font).horizontalAdvance(help_title())
    room = most_width - gap
    if keys_width + meanings_width > room:  # the columns wrap: where to divide the room?
        widths = [keys_metrics.horizontalAdvance(keys) for keys, _ in rows]
        widths.append(room * keys_width / (keys_width + meanings_width))  # in proportion
        candidates = [width for width in widths if 0 < width < room]
        keys_width = min(candidates, key=lambda width: _height(fonts, rows, width, room - width))
        meanings_width = room - keys_width
    content_width = max(keys_width + gap + meanings_width, min(title_width, most_width))
    title_box = _wrapped(title_font, content_width, help_title())
    heights = _row_heights(fonts, rows, keys_width, meanings_width)
    fits = heights is not None and title_box.width() <= content_width + 0.5
    heights = heights or [_wrapped(font, meanings_width, meaning).height() for _, meaning in rows]
    title_gap = pixels * 0.9
    content_height = title_box.height() + title_gap + sum(heights) + row_gap * (len(rows) - 1)
    fits = fits and content_height <= most_height
    panel = QRectF(0, 0, content_width + 2 * padding, content_height + 2 * padding)
    panel.moveCenter(QRectF(0, 0, size.width(), size.height()).center())
    left, top = panel.left() + padding, panel.top() + padding
    title = QRectF(left, top, content_width, title_box.height())
    boxes = []
    y = title.bottom() + title_gap
    for height in heights:
        boxes.append(
            (
                QRectF(left, y, keys_width, height),
                QRectF(left + keys_width + gap, y, meanings_width, height),
            )
        )
        y += height + row_gap
    return HelpLayout(panel, border, title, boxes, font, keys_font, title_font, fits)
