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
sets text horizontally, full-width). The result is under SIL OFL 1.1, like the original
(resources/fonts/LICENSE-NotoSansCJK.txt); its name stays "Noto Sans CJK JP" (the OFL lets a
subset keep the name when it is not a Reserved Font Name, which Noto's are not).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[1]
SYSTEM = Path("/usr/share/fonts/opentype/noto")
OUT = ROOT / "resources" / "fonts"
WEIGHTS = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}
JAPANESE_FACE = 0  # "Noto Sans CJK JP" is the collection's first face


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


def main() -> int:
    wanted = jis_x_0208() | used_characters() | set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    wanted -= set(range(0x0900, 0x0980))  # Devanagari is Noto Sans Devanagari's
    options = subset.Options()
    options.layout_features = ["*"]
    options.drop_tables += ["vhea", "vmtx", "VORG"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    for weight, file in WEIGHTS.items():
        collection = TTCollection(str(SYSTEM / file))
        font = collection.fonts[JAPANESE_FACE]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(wanted))
        subsetter.subset(font)
        target = OUT / f"NotoSansJP-{weight}.otf"
        font.save(str(target))
        print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
