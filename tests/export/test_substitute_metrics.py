"""The fit leaves room for the fonts LibreOffice substitutes for Calibri (issue 11, item 10).

The substitutes' metrics travel in resources/fonts/substitute-metrics.json, written by
tools/substitute_metrics.py from the installed fonts; here, that the table is current and
that text is measured as wide and as tall as the widest and tallest of the fonts that may
draw it.
"""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from PIL import ImageFont

from jvdesk.core.resources import resource_path
from jvdesk.export.textfit import UNITS, WIDTH_SLACK, Metrics

TEXTS = (
    "India–Japan Joint Vision for the Next Decade: JPY 10 trillion over ten years",
    "“Japan and India, which share fundamental values, jointly bear the responsibility”",
    "more than 500,000 persons · 2022–2026 → [20, 39, 64] ₹5 lakh crore, 40 % (approx.)",
    "newsable.asianetnews.com/india/governors-network",
)


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("JVDESK_REQUIRE_REAL") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("fonts/substitute-metrics.json").read_text(encoding="utf-8")
    )
    return data


def _advances(font: dict[str, Any]) -> dict[str, int]:
    """One substitute's advance widths by character, in font units, from the table."""
    return {
        chr(int(first, 16) + offset): advance
        for first, run in font["advances"].items()
        for offset, advance in enumerate(run)
        if advance is not None
    }


def _width(font: dict[str, Any], text: str, size: float) -> float:
    """The width of text in one substitute, in points, from the table (a character the font
    lacks, LibreOffice draws in another: it counts nothing here)."""
    advances = _advances(font)
    return sum(advances.get(char, 0) for char in text) * size / font["units_per_em"]


def test_the_table_is_current() -> None:
    try:
        tool = importlib.import_module("tools.substitute_metrics")
    except ImportError as error:
        _skip_or_fail(f"the table is written with fontTools, which is not installed ({error})")
    try:
        expected = tool.render(tool.table())
    except tool.FontMissingError as error:
        _skip_or_fail(f"{error} (CI installs fonts-dejavu-core and fonts-noto-core: see .ci/run)")
    current = Path(tool.TABLE).read_text(encoding="utf-8")
    assert current == expected, (
        "resources/fonts/substitute-metrics.json is out of date with the installed fonts: "
        "run python tools/substitute_metrics.py"
    )


def test_the_table_holds_both_substitutes_in_both_weights() -> None:
    fonts = _table()["fonts"]
    assert sorted(fonts) == ["DejaVu Sans", "Noto Sans"]
    for styles in fonts.values():
        assert sorted(styles) == ["bold", "regular"]
        for font in styles.values():
            advances = _advances(font)
            assert all(advances.get(char, 0) > 0 for char in " Aa0–“·"), font["version"]
            assert len(font["advances"]["2000"]) == 0x70  # all of general punctuation


@pytest.mark.parametrize("family", ["Calibri", "Arial", "Some Font Nobody Has"])
@pytest.mark.parametrize("bold", [False, True])
def test_text_is_measured_as_wide_as_the_widest_substitute(family: str, bold: bool) -> None:
    metrics = Metrics.for_font(family)
    style = "bold" if bold else "regular"
    for text in TEXTS:
        width = metrics.width(text, 10, bold)
        for name, styles in _table()["fonts"].items():
            assert width >= _width(styles[style], text, 10) * WIDTH_SLACK - 1e-6, (name, text)
        font = ImageFont.truetype(
            str(resource_path(f"fonts/{metrics.family}-{style.title()}.ttf")), UNITS
        )
        own = sum(font.getlength(char) for char in text)
        assert width >= own * 10 / UNITS * WIDTH_SLACK - 1e-6, text


def test_lines_are_as_tall_as_the_tallest_substitute() -> None:
    tallest = max(
        (font["ascent"] + font["descent"] + font["line_gap"]) / font["units_per_em"]
        for styles in _table()["fonts"].values()
        for font in styles.values()
    )
    assert tallest == pytest.approx(1.362)  # Noto Sans: 1,069 + 293 of 1,000 units
    for family in ("Calibri", "Arial"):
        assert Metrics.for_font(family).line_height("Ag", 20) == pytest.approx(20 * tallest)


def test_text_box_lines_are_as_tall_as_the_font_or_libreoffice_sets_them() -> None:
    # LibreOffice sets a .pptx text box's lines 1.2 em apart in any font; PowerPoint as the
    # font says: Calibri 1.22, Arial 1.15.
    assert Metrics.for_font("Calibri").in_text_boxes().line_height("Ag", 20) == pytest.approx(24.4)
    assert Metrics.for_font("Arial").in_text_boxes().line_height("Ag", 20) == pytest.approx(24)
    assert Metrics.for_font("Calibri").in_text_boxes().line_height("日本", 20) == pytest.approx(35)


def test_other_scripts_are_measured_as_before() -> None:
    metrics = Metrics.for_font("Calibri")
    # Full-width Japanese: an em each; Devanagari: Noto Sans Devanagari; their own lines.
    assert metrics.width("日本", 10) == pytest.approx(2 * 10 * WIDTH_SLACK)
    font = ImageFont.truetype(str(resource_path("fonts/NotoSansDevanagari-Regular.ttf")), UNITS)
    devanagari = sum(font.getlength(char) for char in "भारत")  # per character, unshaped
    assert metrics.width("भारत", 10) == pytest.approx(devanagari * 10 / UNITS * WIDTH_SLACK)
    assert metrics.line_height("日本", 10) == pytest.approx(17.5)
    assert metrics.line_height("भारत", 10) == pytest.approx(15)
    # Outside the table (Cyrillic here): the deck's own font alone.
    carlito = ImageFont.truetype(str(resource_path("fonts/Carlito-Regular.ttf")), UNITS)
    own = sum(carlito.getlength(char) for char in "Жж")
    assert metrics.width("Жж", 10) == pytest.approx(own * 10 / UNITS * WIDTH_SLACK)
