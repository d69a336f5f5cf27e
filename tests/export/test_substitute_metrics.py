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
import uharfbuzz as hb  # type: ignore[import-untyped]

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


def _harfbuzz(file: str, text: str, language: str = "en") -> tuple[float, float]:
    """The width of text in one of jvdesk's fonts in thousandths of an em, shaped with
    HarfBuzz, and unshaped (each character's own advance)."""
    face = hb.Face(hb.Blob.from_file_path(str(resource_path(f"fonts/{file}.ttf"))))
    font = hb.Font(face)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.language = language
    hb.shape(font, buffer)
    shaped = sum(position.x_advance for position in buffer.glyph_positions)
    unshaped = sum(
        font.get_glyph_h_advance(font.get_nominal_glyph(ord(char)) or 0) for char in text
    )
    return shaped * UNITS / face.upem, unshaped * UNITS / face.upem


@pytest.mark.parametrize("family", ["Calibri", "Arial", "Some Font Nobody Has"])
@pytest.mark.parametrize("bold", [False, True])
def test_text_is_measured_as_wide_as_the_widest_substitute(family: str, bold: bool) -> None:
    metrics = Metrics.for_font(family)
    style = "bold" if bold else "regular"
    for text in TEXTS:
        width = metrics.width(text, 10, bold)
        for name, styles in _table()["fonts"].items():
            assert width >= _width(styles[style], text, 10) * WIDTH_SLACK - 1e-6, (name, text)
        # And as wide as the deck's font draws it, kerned or not.
        for own in _harfbuzz(f"{metrics.family}-{style.title()}", text):
            assert width >= own * 10 / UNITS * WIDTH_SLACK - 1e-6, text


def test_a_word_is_as_wide_as_its_font_kerns_it() -> None:
    # Carlito spaces "(j" 63 units (of 2,048) wider than its two characters.
    carlito = Metrics.for_font("Calibri")
    shaped, unshaped = _harfbuzz("Carlito-Regular", "(j")
    assert shaped > unshaped
    assert carlito.width("(j", 10) >= shaped * 10 / UNITS * WIDTH_SLACK


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


def test_other_scripts_are_measured_in_their_own_fonts() -> None:
    metrics = Metrics.for_font("Calibri")
    # Full-width Japanese: an em each; their own lines.
    assert metrics.width("日本", 10) == pytest.approx(2 * 10 * WIDTH_SLACK)
    assert metrics.line_height("日本", 10) == pytest.approx(17.5)
    # Devanagari: shaped in Noto Sans Devanagari, as every renderer shapes it; a conjunct
    # is narrower than its letters one by one.
    for text in ("भारत", "क्षेत्रीय"):
        shaped, _ = _harfbuzz("NotoSansDevanagari-Regular", text, "hi")
        assert metrics.width(text, 10) == pytest.approx(shaped * 10 / UNITS * WIDTH_SLACK)
    shaped, unshaped = _harfbuzz("NotoSansDevanagari-Regular", "क्ष", "hi")
    assert shaped < unshaped
    assert metrics.line_height("भारत", 10) == pytest.approx(15)
    # A word of both: each part in its own font.
    assert metrics.width("भारत,", 10) == pytest.approx(
        metrics.width("भारत", 10) + metrics.width(",", 10)
    )
    # Outside the table (Cyrillic here): the deck's own font alone.
    shaped, unshaped = _harfbuzz("Carlito-Regular", "Жж")
    assert metrics.width("Жж", 10) == pytest.approx(
        max(shaped, unshaped) * 10 / UNITS * WIDTH_SLACK
    )
