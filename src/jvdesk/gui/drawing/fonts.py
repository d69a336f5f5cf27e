"""The fonts jvdesk draws slides with, registered from its own resources."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from jvdesk.core.resources import resource_path
from jvdesk.gui.drawing.bundled_fonts import JAPANESE

SHIPPED = (
    "Carlito-Regular",
    "Carlito-Bold",
    "NotoSansDevanagari-Regular",
    "NotoSansDevanagari-Bold",
)
FAMILY = "Carlito"  # metric-compatible with Calibri, which the exported decks name
FALLBACKS = [
    FAMILY,
    "Noto Sans Devanagari",
    JAPANESE,
    "Noto Sans CJK JP",
    "Yu Gothic",
    "Sans Serif",
]


@cache
def register_fonts() -> tuple[str, ...]:
    """Add jvdesk's shipped fonts to Qt's database; return the families now available."""
    families: list[str] = []
    for name in SHIPPED:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(f"fonts/{name}.ttf")))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return tuple(dict.fromkeys(families))


def slide_font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    """The slide typeface, ``size`` units high in the slide's own coordinates.

    Sizes are pixel sizes in the painter's logical coordinates, so a slide drawn at any
    scale (a thumbnail, a projector, a PDF page) keeps its proportions. Devanagari falls
    back to the shipped Noto font, Japanese to the shipped one once registered
    (``bundled_fonts.register``), else to the system's.

    Returns:
        A font of the caller's own: changing it changes no other.
    """
    return QFont(_font(max(1, round(size)), bold, italic))


@cache
def _font(pixels: int, bold: bool, italic: bool) -> QFont:
    # Built once per size and style: a slide measures its text at many sizes, and a fresh
    # QFont per call (its families, features and the font engine it resolves to) cost more
    # than the measuring. Callers get copies, which share this one's resolved engine.
    register_fonts()
    font = QFont(FAMILY)
    font.setFamilies(FALLBACKS)
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    # No ligatures: Carlito's "ti" and "tt" glyphs have no text mapping in a PDF, so words
    # with them could not be searched or copied from the handout.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
