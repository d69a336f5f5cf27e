"""The fonts jvdesk ships for Japanese and Devanagari, given to Qt when a language needs them.

The interface and the handout must not depend on the fonts a machine has: an official's
laptop may have no Japanese or Devanagari font at all. jvdesk ships Noto Sans CJK JP (cut
down to JIS X 0208 and the characters its packs use, with TrueType outlines, as "Jvdesk Noto
Sans CJK JP": tools/subset_fonts.py) and Noto Sans Devanagari, and registers them with Qt's
font database the first time Japanese or Hindi text is to be drawn, never at an English
start-up (10 MB of font read for nothing). Qt then falls back to them for every character
the theme's font lacks.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from jvdesk.core.resources import ResourceError, resource_path

JAPANESE = "Jvdesk Noto Sans CJK JP"
FILES = {
    "ja": ("fonts/JvdeskNotoSansCJKjp-Regular.ttf", "fonts/JvdeskNotoSansCJKjp-Bold.ttf"),
    "hi": ("fonts/NotoSansDevanagari-Regular.ttf", "fonts/NotoSansDevanagari-Bold.ttf"),
}


@cache
def register(script: str) -> tuple[str, ...]:
    """Register the fonts for ``script`` ("ja" or "hi") once; their family names.

    A font that cannot be read is left out: Qt then draws with what the system has.
    """
    families: list[str] = []
    for name in FILES.get(script, ()):
        try:
            path = resource_path(name)
        except ResourceError:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return tuple(dict.fromkeys(families))


def register_for_text(text: str) -> None:
    """Register the fonts that the characters of ``text`` need."""
    if any("\u0900" <= char <= "\u097f" for char in text):
        register("hi")
    if any("\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef" for char in text):
        register("ja")
