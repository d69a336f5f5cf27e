"""Write the Japanese font jvdesk ships: Noto Sans CJK JP cut down to what Japanese needs.

    python tools/subset_fonts.py     # reads Debian's fonts-noto-cjk; about 40 s

Run it when a pack or a catalogue brings characters outside JIS X 0208; tests/gui/drawing/
test_bundled_fonts.py fails until then.

The interface and the handout must not depend on the fonts a machine has (issue 13), and
Noto Sans CJK JP whole is 19 MB a weight. The subset keeps:
- every character of JIS X 0208 (levels 1 and 2: 6,355 kanji, kana, full-width forms,
  symbols), which covers the kanji of newspapers and government documents (the jōyō
  kanji are all in it), so a pack updated by a ministry desk still renders;
- every character the shipped pack, its translations and jvdesk's catalogues use (some
  are outside JIS X 0208, such as the full-width wave dash);
- ASCII and Latin-1, so mixed text ("JPY", "2025年") is set in one font.
Glyphs keep their OpenType layout (vertical forms and proportional kana are dropped: jvdesk
sets text horizontally, full-width).

The outlines are then converted from CFF to TrueType (quadratic curves within one unit of
the 1,000-unit em of the originals, the conversion fontTools' cu2qu makes for Noto's own
TrueType builds), and the font is renamed "Jvdesk Noto Sans CJK JP":
- Qt loads a glyph for its advance and again to draw it, at every size, and a Japanese
  screen has hundreds of distinct glyphs. FreeType spent 220,000 instructions a glyph on
  a CFF kanji, hinted or not, and 82,000 on the same glyph as unhinted TrueType
  (callgrind, 1,200 kanji at two sizes); the interface in Japanese draws unhinted
  (jvdesk.gui.common.language). A start in Japanese ran 133 million fewer instructions.
- Under its own name, Qt draws from this file. Named "Noto Sans CJK JP", it lost to the
  system's font of that name wherever fonts-noto-cjk was installed, so Japanese looked
  different from one machine to the next.
The result is under SIL OFL 1.1, like the original (resources/fonts/LICENSE-NotoSansCJK.txt),
renamed as the licence asks of a modified font. tests/test_bundled_japanese.py fails when a
pack or catalogue needs a character the fonts do not have.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parents[1]
SYSTEM = Path("/usr/share/fonts/opentype/noto")
OUT = ROOT / "resources" / "fonts"
WEIGHTS = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}
JAPANESE_FACE = 0  # "Noto Sans CJK JP" is the collection's first face
FAMILY = "Jvdesk Noto Sans CJK JP"
# Characters the interface writes itself, in no catalogue: the bullet of initiatives and
# speaker notes. Missing from the font, each text holding one sent Qt to fontconfig for a
# fallback font, in every language switch into Japanese.
DRAWN_BY_JVDESK = {0x2022}
POSTSCRIPT = "JvdeskNotoSansCJKjp"
ZERO_IN_MAXP = (
    "maxTwilightPoints",
    "maxStorage",
    "maxFunctionDefs",
    "maxInstructionDefs",
    "maxStackElements",
    "maxSizeOfInstructions",
    "maxComponentElements",
)
MAX_ERROR = 1.0  # font units: how far a quadratic curve may stray from its cubic original


def jis_x_0208() -> set[int]:
    """Every character JIS X 0208 encodes, read through Python's EUC-JP codec."""
    found = set()
    for row in range(0xA1, 0xFF):
        for cell in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes([row, cell]).decode("euc_jp")))
            except UnicodeDecodeError:
                continue
    return found


def used_characters() -> set[int]:
    """Characters in the shipped pack and the catalogues."""
    found: set[int] = set()
    resources = ROOT / "resources"
    places = [resources / "packs", resources / "locale", resources / "translations"]
    for place in places:
        for path in place.rglob("*"):
            if path.suffix in (".yaml", ".po", ".ts"):
                found |= {ord(char) for char in path.read_text(encoding="utf-8")}
    return found


def to_truetype(font: TTFont) -> None:
    """Replace the font's CFF outlines with TrueType ones, glyph for glyph, in place."""
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = {}
    for name in glyf.glyphOrder:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    del font["CFF "]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names: TrueType needs none
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000  # TrueType's maxp: fontTools counts points on save
    for field in ZERO_IN_MAXP:  # what hinting instructions would need: these have none
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, weight: str) -> None:
    """Give the font jvdesk's own family name, in every name record that carries it."""
    names = font["name"]
    names.names = [record for record in names.names if record.nameID not in (16, 17)]
    for record in names.names:
        if record.nameID == 1:
            record.string = FAMILY
        elif record.nameID in (3, 4):
            record.string = f"{FAMILY} {weight}"
        elif record.nameID == 6:
            record.string = f"{POSTSCRIPT}-{weight}"


def path(weight: str) -> Path:
    return OUT / f"{POSTSCRIPT}-{weight}.ttf"


def main() -> int:
    wanted = jis_x_0208() | used_characters() | set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    wanted |= DRAWN_BY_JVDESK
    wanted -= set(range(0x0900, 0x0980))  # Devanagari is Noto Sans Devanagari's
    options = subset.Options()
    options.layout_features = ["*"]
    options.drop_tables += ["vhea", "vmtx", "VORG"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    for weight, file in WEIGHTS.items():
        collection = TTCollection(str(SYSTEM / file), recalcTimestamp=False)  # reproducible
        font = collection.fonts[JAPANESE_FACE]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(wanted))
        subsetter.subset(font)
        to_truetype(font)
        rename(font, weight)
        target = path(weight)
        font.save(str(target))
        print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
