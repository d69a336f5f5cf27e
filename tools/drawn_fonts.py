"""Write the Devanagari fonts the PDF handout draws with: Noto Sans Devanagari, unmapped.

    python tools/drawn_fonts.py     # reads resources/fonts/NotoSansDevanagari-*.ttf

The handout draws Hindi twice (src/jvdesk/gui/drawing/textlayer.py): shaped glyphs that a
reader sees, and an invisible copy of the characters that a reader selects and searches.
The shaped glyphs must give no text of their own, or every word would come back twice,
once with letters missing. Qt's PDF writer gives a glyph the character its font's cmap
maps to it, looking only in the Basic Multilingual Plane; so these fonts are Noto Sans
Devanagari with the same glyphs in the same order, whose cmap maps glyph n from U+F0000 + n
(Supplementary Private Use Area-A) and from nothing else. Their layout tables are dropped:
they are never shaped, only given glyphs Noto Sans Devanagari's shaping chose.

The result is under SIL OFL 1.1, like the original (resources/fonts/
LICENSE-NotoSansDevanagari.txt), renamed "Jvdesk Drawn Devanagari" as the licence asks of a
modified font. tests/test_drawn_fonts.py fails when the shipped ones are not current.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "resources" / "fonts"
WEIGHTS = ("Regular", "Bold")
FAMILY = "Jvdesk Drawn Devanagari"
FIRST = 0xF0000  # Supplementary Private Use Area-A: outside the plane Qt maps back
DROPPED = ("GSUB", "GPOS", "GDEF", "DSIG")


def drawn(weight: str) -> bytes:
    """The drawn font of one weight, as the bytes of a TrueType file."""
    font = TTFont(FONTS / f"NotoSansDevanagari-{weight}.ttf", recalcTimestamp=False)
    table = CmapSubtable.newSubtable(12)
    table.platformID, table.platEncID, table.language = 3, 10, 0
    table.cmap = {FIRST + index: name for index, name in enumerate(font.getGlyphOrder()) if index}
    font["cmap"].tables = [table]
    for tag in DROPPED:
        if tag in font:
            del font[tag]
    names = font["name"]
    names.names = [record for record in names.names if record.nameID not in (16, 17)]
    for record in names.names:
        if record.nameID in (1, 3, 4):
            record.string = FAMILY if record.nameID == 1 else f"{FAMILY} {weight}"
        elif record.nameID == 6:
            record.string = f"{FAMILY.replace(' ', '')}-{weight}"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def path(weight: str) -> Path:
    return FONTS / f"{FAMILY.replace(' ', '')}-{weight}.ttf"


def main() -> int:
    for weight in WEIGHTS:
        data = drawn(weight)
        path(weight).write_bytes(data)
        print(f"{path(weight).relative_to(ROOT)}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
