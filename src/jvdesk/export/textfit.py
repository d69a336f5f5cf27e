"""Measure and fit text with real font metrics, because python-pptx's fit_text cannot.

python-pptx's ``fit_text`` fails on Linux and on CJK text, and its auto-size flag only asks
PowerPoint to shrink text once someone edits it (../shared/NOTES.md). So jvdesk wraps and
sizes every text frame itself, with the advance widths of the font the slide names or of a
metric-compatible font jvdesk ships (Carlito for Calibri, Liberation Sans for Arial).
Characters those fonts lack are measured as full-width (East Asian) or with Noto Sans
Devanagari. Widths are summed per character, which ignores kerning and so errs on the wide,
safe side.

The fit also leaves room for the fonts LibreOffice substitutes when the deck's font and its
metric-compatible twin are both missing (issue 11, item 10). On Debian with
``libreoffice-impress`` alone there is no Carlito, and LibreOffice 7.4 draws Calibri in the
default sans: Noto Sans with ``fonts-noto-core``, else DejaVu Sans. Over the shipped pack's
text Noto Sans is 1.157 times Carlito's width (its worst 12-word run 1.17), DejaVu Sans 1.239
(worst 1.263); in bold, Noto Sans Bold is 1.19 times Carlito Bold, DejaVu Sans Bold 1.38.
Embedding Carlito in the .pptx would not help: LibreOffice 7.4 does not read fonts embedded
in a .pptx. So every character in the substitutes' table (Latin, punctuation, currency and
common symbols; ``tools/substitute_metrics.py`` writes it to
``resources/fonts/substitute-metrics.json``) is measured as the widest of the deck's font and
the substitutes of the same weight; other characters are measured as before. Lines: LibreOffice
sets a table cell's lines as far apart as the font's ascent plus descent (Noto Sans 1.36 em,
DejaVu Sans 1.16, Carlito 1.0; PowerPoint's Calibri 1.22), so a line is measured as the
tallest of those; a text box's or placeholder's lines it sets 1.2 em apart in any font, so
``Metrics.in_text_boxes`` measures those as the deck's font's own (1.22 for Calibri) or 1.2,
whichever is taller. Text comes out smaller where it was tight, and fits whichever of these
fonts draws it.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from PIL import ImageFont

from jvdesk.core.resources import resource_path

UNITS = 1000  # fonts are loaded at this pixel size; widths are then scaled to points

# Fonts whose metrics jvdesk ships, by the lower-case family name a deck may name.
METRIC_FONTS = {
    "calibri": "Carlito",
    "carlito": "Carlito",
    "arial": "LiberationSans",
    "helvetica": "LiberationSans",
    "liberation sans": "LiberationSans",
}
FALLBACK_FONT = "LiberationSans"
DEVANAGARI_FONT = "NotoSansDevanagari"
# The metrics of the fonts LibreOffice draws the deck's font in when it is missing.
SUBSTITUTE_METRICS = "fonts/substitute-metrics.json"
# Line height as a multiple of the font size: the shipped fonts' own ascent, descent and
# line gap (Calibri and Carlito 1.22, Arial 1.15), and a generous one for CJK fonts, whose
# metrics differ most between Windows, macOS and LibreOffice (Yu Gothic, Hiragino, Noto).
LINE_HEIGHT = {"Carlito": 1.22, "LiberationSans": 1.15}
# LibreOffice 7.4 sets the lines of a .pptx text box or placeholder 1.2 em apart whatever
# the font (measured with Carlito, Liberation Sans, Noto Sans and DejaVu Sans); in a table
# cell it takes the font's own ascent and descent.
TEXT_BOX_LINE_HEIGHT = 1.2
DEVANAGARI_LINE_HEIGHT = 1.5
WIDE_LINE_HEIGHT = 1.75
# Safety margin for differences between this measurement and a renderer's layout.
WIDTH_SLACK = 1.04


@cache
def _font(name: str, bold: bool) -> ImageFont.FreeTypeFont:
    style = "Bold" if bold else "Regular"
    path: Path = resource_path(f"fonts/{name}-{style}.ttf")
    return ImageFont.truetype(str(path), UNITS)


@cache
def _substitute_fonts() -> list[tuple[bool, dict[str, Any]]]:
    """Each substitute's boldness and metrics (regular and bold of each), from the table."""
    table = json.loads(resource_path(SUBSTITUTE_METRICS).read_text(encoding="utf-8"))
    return [
        (style == "bold", font)
        for styles in table["fonts"].values()
        for style, font in styles.items()
    ]


@cache
def _substitute_widths(bold: bool) -> dict[str, float]:
    """The widest substitute's advance per character, in thousandths of an em."""
    widest: dict[str, float] = {}
    for font_bold, font in _substitute_fonts():
        if font_bold != bold:
            continue
        scale = UNITS / font["units_per_em"]
        for first, advances in font["advances"].items():
            for offset, advance in enumerate(advances):
                if advance is not None:
                    char = chr(int(first, 16) + offset)
                    widest[char] = max(widest.get(char, 0.0), advance * scale)
    return widest


@cache
def _substitute_line_height() -> float:
    """The tallest substitute's line, as a multiple of the font size."""
    heights: list[float] = [
        (font["ascent"] + font["descent"] + font["line_gap"]) / font["units_per_em"]
        for _, font in _substitute_fonts()
    ]
    return max(heights)


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _is_devanagari(char: str) -> bool:
    return "\u0900" <= char <= "\u097f" or "\ua8e0" <= char <= "\ua8ff"


@cache
def _advance(family: str, bold: bool, char: str) -> float:
    """Advance width of one character in thousandths of an em: the font's own, or the widest
    substitute's if that is wider."""
    if _is_wide(char):
        return float(UNITS)
    if _is_devanagari(char):
        return float(_font(DEVANAGARI_FONT, bold).getlength(char))
    own = float(_font(family, bold).getlength(char))
    return max(own, _substitute_widths(bold).get(char, 0.0))


class _Advances(dict[str, float]):
    """Advance widths by character for one font and weight, each measured on first use.

    A dictionary rather than a cached function, so that a string is measured at C speed:
    ``sum(map(advances.__getitem__, text))``.
    """

    def __init__(self, family: str, bold: bool) -> None:
        super().__init__()
        self.family = family
        self.bold = bold

    def __missing__(self, char: str) -> float:
        advance = _advance(self.family, self.bold, char)
        self[char] = advance
        return advance


@cache
def _advances(family: str, bold: bool) -> _Advances:
    return _Advances(family, bold)


@dataclass(frozen=True)
class Metrics:
    """Text measurement for one font family, as a deck names it.

    Attributes:
        family: the shipped font measured (Carlito, LiberationSans).
        text_box: whether lines are measured as a text box's (or a placeholder's) rather
            than as a table cell's, whose lines are taller in a substitute font.
    """

    family: str
    text_box: bool = False

    @classmethod
    def for_font(cls, name: str | None) -> Metrics:
        """Metrics for a font name from a deck; unknown fonts use a wide, safe stand-in."""
        return cls(METRIC_FONTS.get((name or "").strip().lower(), FALLBACK_FONT))

    def in_text_boxes(self) -> Metrics:
        """The same measurements, with lines as tall as a text box's in any renderer."""
        return replace(self, text_box=True)

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Width of ``text`` in points at ``size`` points."""
        total = sum(map(_advances(self.family, bold).__getitem__, text))
        return total * size / UNITS * WIDTH_SLACK

    def line_height(self, text: str, size: float) -> float:
        """Height of one line of ``text`` in points: as tall as the deck's font draws it in
        PowerPoint, and as LibreOffice draws it in that font or a substitute."""
        own = LINE_HEIGHT.get(self.family, 1.22)
        substitute = TEXT_BOX_LINE_HEIGHT if self.text_box else _substitute_line_height()
        factor = max(own, substitute)
        if any(_is_wide(char) for char in text):
            factor = WIDE_LINE_HEIGHT
        elif any(_is_devanagari(char) for char in text):
            factor = max(factor, DEVANAGARI_LINE_HEIGHT)
        return size * factor


def _tokens(text: str) -> list[str]:
    """Split text where a line may break: after spaces, and around wide characters."""
    tokens: list[str] = []
    current = ""
    for char in text:
        if _is_wide(char):
            if current:
                tokens.append(current)
            tokens.append(char)
            current = ""
        elif char == " ":
            tokens.append(current + char)
            current = ""
        else:
            current += char
    if current:
        tokens.append(current)
    return tokens


def wrap(text: str, metrics: Metrics, size: float, width: float, bold: bool = False) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points, the way a renderer would."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _tokens(paragraph):
            candidate = line + token
            if metrics.width(candidate.rstrip(), size, bold) <= width or not line.strip():
                line = candidate
            else:
                lines.append(line.rstrip())
                line = token
            # A single token wider than the line is broken between characters.
            while metrics.width(line.rstrip(), size, bold) > width and len(line.strip()) > 1:
                # The longest prefix that fits, found by halving (widths grow with length):
                # a 2,000-character address is cut in a few dozen measurements, not millions.
                low, high = 1, len(line) - 1
                while low < high:
                    middle = (low + high + 1) // 2
                    if metrics.width(line[:middle], size, bold) <= width:
                        low = middle
                    else:
                        high = middle - 1
                lines.append(line[:low])
                line = line[low:]
        lines.append(line.rstrip())
    return lines


def run_size(base: float, scale: float = 1.0) -> float:
    """The size a run is written at: the scaled size, down to a whole half point."""
    return max(1.0, math.floor(base * scale * 2 + 1e-9) / 2)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph to fit: its text, its size relative to the frame's base size, boldness."""

    text: str
    scale: float = 1.0
    bold: bool = False
    space_before: float = 0.0  # in units of the paragraph's own font size


@dataclass(frozen=True)
class Fit:
    """The result of fitting paragraphs into a box.

    Attributes:
        size: the base font size in points that fits (or the minimum, if nothing does).
        fits: whether the text fits at that size.
        height: the height the text takes at that size, in points.
        lines: the wrapped lines of each paragraph.
    """

    size: float
    fits: bool
    height: float
    lines: tuple[tuple[str, ...], ...]


def measure(
    paragraphs: Sequence[Paragraph], metrics: Metrics, size: float, width: float
) -> tuple[float, tuple[tuple[str, ...], ...], float]:
    """Height, wrapped lines and widest line of paragraphs at a base size, all in points."""
    height = 0.0
    widest = 0.0
    wrapped = []
    for index, paragraph in enumerate(paragraphs):
        own = run_size(size, paragraph.scale)
        lines = wrap(paragraph.text, metrics, own, width, paragraph.bold)
        wrapped.append(tuple(lines))
        if index:
            height += paragraph.space_before * own
        height += sum(metrics.line_height(line or paragraph.text, own) for line in lines)
        widest = max([widest, *(metrics.width(line, own, paragraph.bold) for line in lines)])
    return height, tuple(wrapped), widest


def fit(
    paragraphs: Sequence[Paragraph],
    metrics: Metrics,
    width: float,
    height: float,
    largest: float,
    smallest: float,
    max_lines: int | None = None,
) -> Fit:
    """Find the largest base size, in half points, at which the paragraphs fit the box.

    Args:
        paragraphs: the text.
        metrics: the font's measurements.
        width: usable width of the box in points (insets already taken off).
        height: usable height in points.
        largest: the size to try first.
        smallest: the smallest size allowed.
        max_lines: optionally, the most lines any one paragraph may wrap to.
    """
    size = largest
    while True:
        used, lines, widest = measure(paragraphs, metrics, size, width)
        too_many = max_lines is not None and any(len(p) > max_lines for p in lines)
        if used <= height and widest <= width and not too_many:
            return Fit(size, True, used, lines)
        if size - 0.5 < smallest:
            return Fit(size, False, used, lines)
        size -= 0.5


def shorten(text: str, most: int) -> str:
    """``text`` cut to at most ``most`` characters, with "..." where it was cut."""
    return text if len(text) <= most else text[: most - 3].rstrip() + "..."


def overflow_warning(slide_number: int, slide_title: str, what: str) -> str:
    """The export warning for text too long for its box (the deck and the handout alike)."""
    return (
        f'slide {slide_number} ("{shorten(slide_title, 60)}"): {what} is too long to fit even '
        "at the smallest text size; shorten it in the pack"
    )
