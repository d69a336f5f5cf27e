"""Devanagari on a PDF page: drawn as Qt draws it, read back whole, once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from jvdesk.gui.drawing import textlayer
from jvdesk.gui.drawing.bundled_fonts import register
from jvdesk.gui.drawing.fonts import slide_font
from tests.realtools import pdf_text, render_pages

# Conjuncts (क्ष, त्र, ष्ठ), vowel signs drawn before their letter (कि, नि), a nukta (ज़),
# Latin and digits in the same line, and a middle dot no Devanagari font has.
HINDI = "किसी प्रधानमंत्री ने क्षेत्र में निवेश किया · Japan 10 लाख करोड़ येन · वरिष्ठ अधिकारी ज़रूर"
WIDE = QRectF(20, 20, 1500, 200)
NARROW = QRectF(20, 20, 420, 460)
FLAGS = int(Qt.TextFlag.TextWordWrap)

Draw = Callable[[QPainter], None]


def _pdf(path: Path, draw: Draw) -> Path:
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    size = QPageSize(QSizeF(1600, 500), QPageSize.Unit.Point, "test")
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    painter.setFont(slide_font(24))
    painter.setPen(QColor("black"))
    draw(painter)
    painter.end()
    return path


def _difference(first: Path, second: Path, tmp_path: Path) -> float:
    """The share of pixels that differ visibly between two one-page PDFs drawn at 100 dpi."""
    images = []
    for pdf in (first, second):
        (page,) = render_pages(pdf, tmp_path / pdf.stem, dpi=100)
        images.append(Image.open(page).convert("L"))
    difference = ImageChops.difference(*images).point(lambda value: 255 if value > 64 else 0)
    inked = images[0].point(lambda value: 255 if value < 128 else 0)
    return difference.histogram()[255] / max(1, inked.histogram()[255])


@pytest.fixture(autouse=True)
def _fonts(qapp: object) -> None:
    register("hi")


@pytest.mark.parametrize(
    ("box", "flags"),
    [
        (WIDE, FLAGS),
        (NARROW, FLAGS | int(Qt.AlignmentFlag.AlignHCenter)),
        (NARROW, FLAGS | int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)),
        (NARROW, FLAGS | int(Qt.AlignmentFlag.AlignVCenter)),
    ],
    ids=["one line", "centred", "right and bottom", "middle"],
)
def test_hindi_reads_back_whole_and_looks_as_qt_draws_it(
    box: QRectF, flags: int, tmp_path: Path
) -> None:
    ours = _pdf(tmp_path / "ours.pdf", lambda p: textlayer.draw_text(p, box, flags, HINDI))
    qts = _pdf(tmp_path / "qts.pdf", lambda p: p.drawText(box, flags, HINDI))

    assert " ".join(pdf_text(ours).split()) == HINDI
    assert " ".join(pdf_text(qts).split()) != HINDI  # what Qt alone gives back
    assert _difference(ours, qts, tmp_path) < 0.02  # the same glyphs in the same places


def test_speaker_notes_read_back_whole(tmp_path: Path) -> None:
    def draw(painter: QPainter) -> None:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(painter.device())
        document.setDefaultFont(slide_font(14))
        document.setTextWidth(500)
        document.setPlainText(f"{HINDI}\n\n{HINDI}")
        clip = QRectF(0, 0, 500, document.size().height())
        textlayer.draw_document(painter, document, clip, QColor("black"))

    text = pdf_text(_pdf(tmp_path / "notes.pdf", draw))
    assert " ".join(text.split()) == f"{HINDI} {HINDI}"


def test_latin_and_japanese_are_left_to_qt(tmp_path: Path) -> None:
    text = "Next Generation Economic Partnership 次世代経済パートナーシップ"
    ours = _pdf(tmp_path / "ours.pdf", lambda p: textlayer.draw_text(p, WIDE, FLAGS, text))
    qts = _pdf(tmp_path / "qts.pdf", lambda p: p.drawText(WIDE, FLAGS, text))
    assert ours.read_bytes().count(b"/Font") == qts.read_bytes().count(b"/Font")
    assert " ".join(pdf_text(ours).split()) == text


def test_on_screen_hindi_is_drawn_by_qt_alone(tmp_path: Path) -> None:
    images = []
    for draw in (
        lambda p: textlayer.draw_text(p, NARROW, FLAGS, HINDI),
        lambda p: p.drawText(NARROW, FLAGS, HINDI),
    ):
        image = QImage(600, 500, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(slide_font(24))
        draw(painter)
        painter.end()
        images.append(image)
    assert images[0] == images[1]
