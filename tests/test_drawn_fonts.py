"""The drawn Devanagari fonts jvdesk ships are current, and give no character back."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from fontTools.ttLib import TTFont

from jvdesk.core.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("drawn_fonts", ROOT / "tools/drawn_fonts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


drawn_fonts = _tool()


@pytest.mark.parametrize("weight", drawn_fonts.WEIGHTS)
def test_the_shipped_drawn_font_is_what_the_tool_writes(weight: str) -> None:
    shipped = resource_path(f"fonts/JvdeskDrawnDevanagari-{weight}.ttf")
    assert shipped.read_bytes() == drawn_fonts.drawn(weight), "run tools/drawn_fonts.py"


@pytest.mark.parametrize("weight", drawn_fonts.WEIGHTS)
def test_glyphs_are_the_originals_and_map_from_outside_the_plane_qt_reads(weight: str) -> None:
    original = TTFont(resource_path(f"fonts/NotoSansDevanagari-{weight}.ttf"))
    drawn = TTFont(resource_path(f"fonts/JvdeskDrawnDevanagari-{weight}.ttf"))
    assert drawn.getGlyphOrder() == original.getGlyphOrder()
    mapped = drawn.getBestCmap()
    assert mapped and min(mapped) >= 0x10000
    assert drawn["name"].getDebugName(1) == "Jvdesk Drawn Devanagari"
