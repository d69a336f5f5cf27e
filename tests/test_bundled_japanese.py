"""The Japanese fonts jvdesk ships have every character its packs and catalogues write."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
# The rupee sign: Noto Sans CJK has none, and a note in the Japanese translation quotes a
# sum in rupees. Qt takes it from a font that has it, as it does for any missing glyph.
NOT_IN_NOTO_CJK = {0x20B9}


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("subset_fonts", ROOT / "tools/subset_fonts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


subset_fonts = _tool()


@pytest.mark.parametrize("weight", subset_fonts.WEIGHTS)
def test_the_font_has_every_character_the_packs_and_catalogues_write(weight: str) -> None:
    font = TTFont(subset_fonts.path(weight))
    mapped = set(font.getBestCmap())
    wanted = {
        code
        for code in subset_fonts.used_characters() | subset_fonts.DRAWN_BY_JVDESK
        if code >= 0x20 and not 0x0900 <= code < 0x0980  # Devanagari: its own font's
    }
    missing = wanted - mapped - NOT_IN_NOTO_CJK
    assert not missing, f"run tools/subset_fonts.py: {''.join(sorted(map(chr, missing)))}"
    assert set(map(ord, "日本インド兆円万人、。「」\uff08\uff09JPY 2025")) <= mapped


@pytest.mark.parametrize("weight", subset_fonts.WEIGHTS)
def test_the_font_is_truetype_under_its_own_name(weight: str) -> None:
    font = TTFont(subset_fonts.path(weight))
    assert "glyf" in font and "CFF " not in font  # cheap to load unhinted (the tool says)
    names = font["name"]
    assert names.getDebugName(1) == subset_fonts.FAMILY == "Jvdesk Noto Sans CJK JP"
    assert names.getDebugName(6) == f"JvdeskNotoSansCJKjp-{weight}"
    assert names.getDebugName(16) is None  # no typographic family left saying "Noto Sans CJK"
    assert font["OS/2"].usWeightClass == {"Regular": 400, "Bold": 700}[weight]
    # Every glyph kept its outline: a kanji has contours, its advance is the full em.
    glyph = font["glyf"][font.getBestCmap()[ord("兆")]]
    assert glyph.numberOfContours > 0
    assert font["hmtx"][font.getBestCmap()[ord("兆")]][0] == font["head"].unitsPerEm
