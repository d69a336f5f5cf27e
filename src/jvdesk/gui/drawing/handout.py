"""The PDF handout: the deck plan's slides drawn by Qt into a PDF, charts as vectors.

Why Qt and not a Qt-free PDF library: the handout must show Japanese and Hindi. Devanagari
needs text shaping (conjuncts, vowel signs) and Japanese needs CFF-outline fonts such as
Noto Sans CJK; Qt shapes text with HarfBuzz and embeds any system font, where reportlab
does neither. The same painter draws presentation mode, so handout and projector match.
This module therefore lives in the gui layer; the CLI reaches it only for --format pdf.

Its own words come from gettext (``jvdesk.core.i18n``), not Qt's catalogues, which the
command line does not install: the notes heading in the notes' language, warnings about
text that does not fit in the language in force (the user's), like the deck's.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLoggingCategory,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.i18n import DEFAULT, TAGS, _, parse_language, using
from jvdesk.export.atomic import ExportCancelled, check_target, write_atomically
from jvdesk.export.pdfmeta import add_document_info
from jvdesk.gui.drawing.bundled_fonts import register
from jvdesk.gui.drawing.fonts import slide_font
from jvdesk.gui.drawing.slidepainter import HEIGHT, WIDTH, SlidePainter
from jvdesk.gui.drawing.textlayer import draw_document, draw_text

Progress = Callable[[int, int], None]
RESOLUTION = 72  # one device unit per point: Qt sizes pixel fonts on a PDF as at 72 dpi
SLIDE_PAGE_MM = (254.0, 142.875)  # 10 in × 5.625 in: a 16:9 slide
NOTES_COLOUR = QColor(0, 0, 0)  # printed notes are black, whatever the desktop's theme


class RenderedHandout(NamedTuple):
    """A handout drawn as PDF bytes, with the number of pages drawn."""

    data: bytes
    pages: int


def ensure_gui_application() -> QGuiApplication:
    """A Qt application to draw with; off screen when there is no display (the CLI)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt notes each font it falls back from for Devanagari; on the command line that is noise.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    return QGuiApplication(sys.argv[:1])


def render_pdf(
    plan: DeckPlan,
    notes: bool,
    progress: Progress | None = None,
    warnings: list[str] | None = None,
) -> RenderedHandout:
    """Draw a deck plan as PDF bytes.

    Without notes each page is one 16:9 slide. With notes each page is A4 portrait: the
    slide above, its speaker notes below (continuing on further pages if they are long), so
    a handout can have more pages than the plan has slides. Text too long for its box even
    at the smallest size is drawn clipped, and named in ``warnings`` when given, a line per
    piece.

    Returns:
        The PDF's bytes and its number of pages.

    Raises:
        ExportCancelled: when ``progress`` cancels.
    """
    ensure_gui_application()
    for language in (plan.language, plan.notes_language):  # no system font needed
        register(language)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(plan.title)
    writer.setCreator("jvdesk")
    writer.setAuthor("jvdesk")  # as the deck's; the subject and language: add_document_info
    if notes:
        size = QPageSize(QPageSize.PageSizeId.A4)
        orientation = QPageLayout.Orientation.Portrait
    else:
        size = QPageSize(QSizeF(*SLIDE_PAGE_MM), QPageSize.Unit.Millimeter, "16:9 slide")
        orientation = QPageLayout.Orientation.Portrait  # the custom size is already wide
    writer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    slide_painter = SlidePainter.for_plan(plan)
    page = QRectF(0, 0, writer.width(), writer.height())
    total = len(plan.slides)
    pages = 1  # the writer starts on a page; every newPage() adds one
    margin = page.width() * 0.07
    frame = QRectF(
        margin,
        margin,
        page.width() - 2 * margin,
        (page.width() - 2 * margin) * HEIGHT / WIDTH,
    )
    below = QRectF(
        margin,
        frame.bottom() + margin * 0.6,
        frame.width(),
        page.height() - frame.bottom() - margin * 1.6,
    )
    further = QRectF(margin, margin, frame.width(), page.height() - margin * 2)
    document = _notes_document(writer, below.width()) if notes else None
    with using(parse_language(plan.notes_language) or DEFAULT):
        heading = _("Speaker notes")

    def new_page() -> None:
        nonlocal pages
        writer.newPage()
        pages += 1
        _paint_marking(painter, page, plan.marking, margin if notes else 0.0)

    _paint_marking(painter, page, plan.marking, margin if notes else 0.0)
    try:
        for index, slide in enumerate(plan.slides):
            if progress is not None:
                progress(index, total)
            if index:
                new_page()
            before = len(slide_painter.overflows)
            if not notes:
                slide_painter.paint(painter, page, slide)
                _note_overflows(warnings, index + 1, slide.title, slide_painter.overflows[before:])
                continue
            assert document is not None
            painter.setPen(slide_painter.theme.grid)
            painter.drawRect(frame)
            slide_painter.paint(painter, frame, slide)
            _note_overflows(warnings, index + 1, slide.title, slide_painter.overflows[before:])
            _paint_notes(painter, document, new_page, heading, slide.notes, (below, further))
        if progress is not None:
            progress(total, total)
    finally:
        painter.end()
        buffer.close()
    language = parse_language(plan.language) or DEFAULT
    described = add_document_info(bytes(data.data()), plan.briefing.title, TAGS[language])
    return RenderedHandout(described, pages)


def _note_overflows(
    warnings: list[str] | None, number: int, title: str, pieces: Sequence[str]
) -> None:
    """Name, in the same words as the .pptx export, text a slide could not fit."""
    if warnings is not None and pieces:
        # Imported only when some text did not fit: the .pptx export's text fitting brings
        # in HarfBuzz and its metrics, which the handout (measured by Qt) does not need.
        from jvdesk.export.textfit import overflow_warning, shorten

        for piece in pieces:
            # Translators: names a piece of text in a warning, as "the title" does.
            what = _('the text "{text}"').format(text=shorten(piece, 40))
            warnings.append(overflow_warning(number, title, what))


def _paint_marking(painter: QPainter, page: QRectF, marking: str, margin: float) -> None:
    """The handling marking in a page's header and footer.

    ``margin`` is the page's margin round a slide and its notes; 0 for a page that is a
    slide, whose own footer carries the marking (``SlidePainter``), so only its header is
    drawn here, above the slide's title.
    """
    if not marking:
        return
    painter.save()
    font = slide_font(10, bold=True)
    font.setPointSizeF(10)
    painter.setFont(font)
    painter.setPen(SlidePainter().theme.accent)
    band = margin * 0.5 if margin else page.height() * 0.035
    top = QRectF(page.left(), page.top() + band * 0.3, page.width(), band)
    draw_text(painter, top, int(Qt.AlignmentFlag.AlignCenter), marking)
    if margin:
        bottom = QRectF(page.left(), page.bottom() - band * 1.3, page.width(), band)
        draw_text(painter, bottom, int(Qt.AlignmentFlag.AlignCenter), marking)
    painter.restore()


def _notes_document(writer: QPdfWriter, width: float) -> QTextDocument:
    """The document every slide's speaker notes are laid out in, ``width`` wide.

    One for the whole handout: its font, paint device and width are the same for every
    slide, and laying out an empty document again for each would be wasted.
    """
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.documentLayout().setPaintDevice(writer)
    font = slide_font(11)
    font.setPointSizeF(11)  # notes are set in points, like a word processor's
    document.setDefaultFont(font)
    document.setTextWidth(width)
    return document


def _page_breaks(document: QTextDocument, first: float, rest: float) -> list[tuple[float, float]]:
    """Where the document's pages begin and end, in its own coordinates.

    The first page holds ``first`` units, every further one ``rest``; a page ends before
    the first line that would not fit whole, so no line is ever cut in two.
    """
    layout = document.documentLayout()
    lines: list[tuple[float, float]] = []
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for number in range(text_layout.lineCount()):
            line = text_layout.lineAt(number)
            lines.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    pages: list[tuple[float, float]] = []
    start, room = 0.0, first
    for line_top, line_bottom in lines:
        if line_bottom > start + room and line_top > start:
            pages.append((start, line_top))
            start, room = line_top, rest
    pages.append((start, max(start, lines[-1][1] if lines else start)))
    return pages


def _paint_notes(
    painter: QPainter,
    document: QTextDocument,
    new_page: Callable[[], None],
    heading: str,
    text: str,
    areas: tuple[QRectF, QRectF],
) -> None:
    """Draw speaker notes under a slide, under ``heading``, continuing on further pages.

    ``areas`` are where they go: under the slide, then on each further page (started by
    ``new_page``, with its header and footer), the whole page.
    """
    if not text:
        return
    heading = f"<p style='font-weight:bold'>{html.escape(heading)}</p>"
    body = "".join(
        f"<p>{html.escape(line)}</p>" if line else "<p>&nbsp;</p>" for line in text.split("\n")
    )
    document.setHtml(heading + body)
    below, further = areas
    for number, (start, end) in enumerate(_page_breaks(document, below.height(), further.height())):
        area = further if number else below
        if number:
            new_page()
        painter.save()
        painter.translate(area.left(), area.top() - start)
        draw_document(painter, document, QRectF(0, start, area.width(), end - start), NOTES_COLOUR)
        painter.restore()


def export_pdf(
    plan: DeckPlan,
    target: Path,
    notes: bool = True,
    progress: Progress | None = None,
    warnings: list[str] | None = None,
) -> int:
    """Write the PDF handout to ``target`` atomically (``warnings`` as for ``render_pdf``).

    Returns:
        The number of pages written, which can be more than the plan's slides.

    Raises:
        ExportError: when the file cannot be written.
        ExportCancelled: when ``progress`` cancels; nothing is written.
    """
    check_target(target)
    try:
        handout = render_pdf(plan, notes, progress, warnings)
    except ExportCancelled:
        raise
    write_atomically(target, handout.data)
    return handout.pages
