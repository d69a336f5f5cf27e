"""Devanagari in the PDF handout: shaped on the page, searchable in its text layer.

Qt's PDF writer gives every glyph it embeds one character, the one the font's character map
sends to that glyph. Devanagari shaping breaks that: a conjunct (क्ष) is one glyph made of
three characters, and a vowel sign written before its consonant (कि: क then ि) is drawn to
its left. A Hindi handout drawn with ``QPainter.drawText`` reads back with letters missing
and vowel signs out of place (measured on the shipped pack's full briefing: 402 of the
1,015 distinct Hindi words of its slides and notes came back whole through ``pdftotext``).

So on a PDF page, text with Devanagari in it is written twice. What the reader sees are the
shaped glyphs, written in a copy of the font whose glyphs map to no character the PDF
writer looks at (tools/drawn_fonts.py): they give no text back. Over them goes an
invisible copy (alpha 0) of the same characters in their logical order, one glyph each,
looked up in the font's character map without shaping and spread over the width the
shaped glyphs take: that copy is what a viewer selects and searches and what ``pdftotext``
reads. PDF's own ``/ActualText`` spans would say the same, but Qt's writer cannot emit them.

Everything else (Latin and Japanese text, the screen, the projector) is drawn by Qt as
before: it maps to characters one for one already.
"""

from __future__ import annotations

import re
from functools import cache
from typing import cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGlyphRun,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextDocument,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from jvdesk.core.resources import ResourceError, resource_path

SHIPPED_FAMILY = "Noto Sans Devanagari"
DRAWN_FAMILY = "Jvdesk Drawn Devanagari"
PLACE_TOLERANCE = 0.01  # layout units: a character starting where a run ends is the next's
_DRAWN: dict[tuple[bool, bool, float], QRawFont] = {}
SHAPED = re.compile("[\u0900-\u097f\ua8e0-\ua8ff]")  # Devanagari and its extension
INVISIBLE = QColor(0, 0, 0, 0)
MARK_ADVANCE = 0.02  # of the font's size


def needs_layer(painter: QPainter, text: str) -> bool:
    """Whether ``text`` drawn by ``painter`` needs the separate text layer."""
    return isinstance(painter.device(), QPdfWriter) and SHAPED.search(text) is not None


def draw_text(painter: QPainter, rect: QRectF, flags: int, text: str) -> None:
    """``painter.drawText(rect, flags, text)``, with a text layer that reads back on a PDF.

    The lines are laid out as ``QPainter.drawText`` lays them out (qt_format_text in
    qpainter.cpp): the same wrapping, leading, and horizontal and vertical alignment.
    """
    if not needs_layer(painter, text):
        painter.drawText(rect, flags, text)
        return
    font = painter.font()
    layout = QTextLayout(text.replace("\n", "\u2028"), font, painter.device())
    option = QTextOption()
    if flags & Qt.TextFlag.TextWrapAnywhere:
        option.setWrapMode(QTextOption.WrapMode.WrapAnywhere)
    elif flags & Qt.TextFlag.TextWordWrap:
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
    else:
        option.setWrapMode(QTextOption.WrapMode.ManualWrap)
    layout.setTextOption(option)
    leading = QFontMetricsF(font, painter.device()).leading()
    height = -leading
    lines: list[QTextLine] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(rect.width())
        height = float(int(-(-(height + leading) // 1)))  # whole units, as Qt positions them
        line.setPosition(QPointF(0, height))
        height += line.ascent() + line.descent()  # unrounded, as Qt counts it
        lines.append(line)
        if not flags & Qt.TextFlag.TextDontClip and height >= rect.height():
            break  # Qt lays out no line below a clipped box, and aligns what it laid out
    layout.endLayout()
    top = rect.top()
    if flags & Qt.AlignmentFlag.AlignBottom:
        top += rect.height() - height
    elif flags & Qt.AlignmentFlag.AlignVCenter:
        top += (rect.height() - height) / 2
    painter.save()
    if not flags & Qt.TextFlag.TextDontClip:
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    colour = painter.pen().color()
    for line in lines:
        left = rect.left()
        advance = line.horizontalAdvance()
        if flags & Qt.AlignmentFlag.AlignRight:
            left += rect.width() - advance
        elif flags & Qt.AlignmentFlag.AlignHCenter:
            left += (rect.width() - advance) / 2
        _draw_line(painter, line, text, QPointF(left, top), colour)
    painter.restore()


def draw_document(painter: QPainter, document: QTextDocument, clip: QRectF, colour: QColor) -> None:
    """``document.drawContents(painter, clip)``, with a text layer that reads back on a PDF.

    Only the lines that lie within ``clip`` are drawn (a paginated document's lines never
    straddle a page); every character of the document is drawn in ``colour``.
    """
    if not needs_layer(painter, document.toPlainText()):
        painter.save()
        painter.setPen(colour)
        document.drawContents(painter, clip)
        painter.restore()
        return
    layout = document.documentLayout()
    painter.save()
    painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
    block = document.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).topLeft()
        text_layout = block.layout()
        for number in range(text_layout.lineCount()):
            line = text_layout.lineAt(number)
            middle = origin.y() + line.y() + line.height() / 2
            if clip.top() <= middle < clip.bottom():
                _draw_line(painter, line, block.text(), origin, colour)
        block = block.next()
    painter.restore()


def _draw_line(
    painter: QPainter, line: QTextLine, text: str, origin: QPointF, colour: QColor
) -> None:
    """One laid-out line, Devanagari drawn with no text and written again, invisibly."""
    runs = line.glyphRuns()
    drawn = [_drawn(run.rawFont()) for run in runs]
    painter.save()
    painter.setPen(colour)
    for run, stand_in in zip(runs, drawn, strict=True):
        if stand_in is None:  # Latin, digits, Japanese: their glyphs map back to characters
            painter.drawGlyphRun(origin, run)
            continue
        visible = QGlyphRun(run)
        visible.setRawFont(stand_in)
        painter.drawGlyphRun(origin, visible)
    if any(drawn):
        extents = [_extent(run) for run in runs]
        owned = _characters_by_run(line, text, extents)
        for run, stand_in, extent, characters in zip(runs, drawn, extents, owned, strict=True):
            if stand_in is not None:
                _write_invisibly(painter, run, extent, characters, origin)
    painter.restore()


def _extent(run: QGlyphRun) -> tuple[float, float]:
    """From where to where a glyph run reaches along its line."""
    positions = run.positions()
    if not positions:
        return (0.0, 0.0)
    ends = run.rawFont().advancesForGlyphIndexes(run.glyphIndexes())
    left = min(position.x() for position in positions)
    right = max(position.x() + end.x() for position, end in zip(positions, ends, strict=True))
    return (left, right)


def _characters_by_run(line: QTextLine, text: str, extents: list[tuple[float, float]]) -> list[str]:
    """The characters each run of a line draws, in their logical order.

    A character belongs to the run its cursor place lies in (a place where a run ends is
    the next run's), or failing that (a line's last cluster, whose characters Qt places at
    its end) to the run that ends there. Qt gives no reliable link from a run's glyphs to
    its characters: ``QGlyphRun.stringIndexes`` counts from zero again in every run but the
    first of a line.
    """
    owned = [""] * len(extents)
    start = line.textStart()
    for index in range(start, start + line.textLength()):
        place = cast(tuple[float, int], line.cursorToX(index))[0]  # typed as object
        inside = [
            number
            for number, (left, right) in enumerate(extents)
            if left - PLACE_TOLERANCE <= place < right - PLACE_TOLERANCE
        ]
        if not inside:
            inside = sorted(
                range(len(extents)), key=lambda number: abs(extents[number][1] - place)
            )[:1]
        if inside:
            owned[inside[0]] += text[index]
    return owned


def _write_invisibly(
    painter: QPainter,
    run: QGlyphRun,
    extent: tuple[float, float],
    characters: str,
    origin: QPointF,
) -> None:
    """Write ``characters`` one glyph each, unshaped, over the width ``run`` takes."""
    raw = run.rawFont()
    glyphs: list[int] = []
    advances: list[float] = []
    for character in characters:
        found = raw.glyphIndexesForString(character)
        if len(found) != 1 or not found[0]:
            continue  # drawn as the missing-glyph box: nothing to give back
        glyphs.append(found[0])
        # A mark (a vowel sign, a virama) advances a little too, so that no two characters
        # share a place: a reader orders characters by place, and might put a mark after
        # the punctuation that follows its letter.
        advance = raw.advancesForGlyphIndexes([found[0]])[0].x()
        advances.append(max(advance, raw.pixelSize() * MARK_ADVANCE))
    if not glyphs:
        return
    left, right = extent
    scale = (right - left) / sum(advances)
    baseline = run.positions()[0].y()
    x = left
    spread = []
    for advance in advances:
        spread.append(QPointF(x, baseline))
        x += advance * scale
    written = QGlyphRun()
    written.setRawFont(raw)
    written.setGlyphIndexes(glyphs)
    written.setPositions(spread)
    painter.save()
    painter.setPen(INVISIBLE)
    painter.drawGlyphRun(origin, written)
    painter.restore()


@cache
def _drawn_families() -> tuple[str, ...]:
    """Register the drawn fonts (tools/drawn_fonts.py) once; their families."""
    families: list[str] = []
    for weight in ("Regular", "Bold"):
        try:
            path = resource_path(f"fonts/JvdeskDrawnDevanagari-{weight}.ttf")
        except ResourceError:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return tuple(dict.fromkeys(families))


def _drawn(raw: QRawFont) -> QRawFont | None:
    """The drawn font standing in for ``raw``, or None if ``raw`` maps back whole.

    Only the shipped Noto Sans Devanagari has one (its glyph numbers are the drawn font's);
    Devanagari in another font is drawn as Qt draws it.
    """
    if raw.familyName() != SHIPPED_FAMILY or DRAWN_FAMILY not in _drawn_families():
        return None
    bold = raw.weight() >= QFont.Weight.DemiBold.value
    italic = raw.style() != QFont.Style.StyleNormal
    key = (bold, italic, raw.pixelSize())
    drawn = _DRAWN.get(key)
    if drawn is None:
        font = QFont(DRAWN_FAMILY)
        font.setBold(bold)
        font.setItalic(italic)
        drawn = QRawFont.fromFont(font)
        drawn.setPixelSize(raw.pixelSize())
        _DRAWN[key] = drawn
    return drawn if drawn.familyName() == DRAWN_FAMILY else None
