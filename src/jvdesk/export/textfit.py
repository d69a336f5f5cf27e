"""Measure and fit text with real font metrics, because python-pptx's fit_text cannot.

python-pptx's ``fit_text`` fails on Linux and on CJK text, and its auto-size flag only asks
PowerPoint to shrink text once someone edits it (../shared/NOTES.md). So jvdesk wraps and
sizes every text frame itself, with the advance widths of the font the slide names or of a
metric-compatible font jvdesk ships (Carlito for Calibri, Liberation Sans for Arial), shaped
with HarfBuzz (``measuring`` says why HarfBuzz, and how a width is made up). Characters
those fonts lack are measured as full-width (East Asian) or with Noto Sans Devanagari.

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

Sizes are searched by halving the range of half points to try, not by stepping down it:
text that fits at a size fits at every smaller one (its tokens are narrower, so each line
holds at least as many, and lines are lower), so the largest size that fits is found in a
handful of measurements (``search``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from jvdesk.core.i18n import _
from jvdesk.export.measuring import (
    DEVANAGARI,
    UNITS,
    WIDE,
    Memo,
    kinds,
    substitute_line_height,
    widths,
)

# Fonts whose metrics jvdesk ships, by the lower-case family name a deck may name.
METRIC_FONTS = {
    "calibri": "Carlito",
    "carlito": "Carlito",
    "arial": "LiberationSans",
    "helvetica": "LiberationSans",
    "liberation sans": "LiberationSans",
}
FALLBACK_FONT = "LiberationSans"
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

Result = TypeVar("Result")


def _points(units: float, size: float) -> float:
    """A width in thousandths of an em as points at ``size`` points, with the slack."""
    return units * size / UNITS * WIDTH_SLACK


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
        return _points(widths(self.family, bold).text(text), size)

    def line_factor(self) -> float:
        """The height of a line of Latin text, as a multiple of the font size."""
        own = LINE_HEIGHT.get(self.family, 1.22)
        substitute = TEXT_BOX_LINE_HEIGHT if self.text_box else substitute_line_height()
        return max(own, substitute)

    def line_height(self, text: str, size: float) -> float:
        """Height of one line of ``text`` in points: as tall as the deck's font draws it in
        PowerPoint, and as LibreOffice draws it in that font or a substitute."""
        factor = self.line_factor()
        found = kinds(text)
        if found & WIDE:
            factor = WIDE_LINE_HEIGHT
        elif found & DEVANAGARI:
            factor = max(factor, DEVANAGARI_LINE_HEIGHT)
        return size * factor


def _break_paragraph(key: tuple[str, bool, str, float, float]) -> tuple[tuple[str, ...], float]:
    """The lines of a paragraph (no line breaks in it), and the widest one's width in
    thousandths of an em.

    Args:
        key: the shipped font, boldness, the paragraph, the size and the width in points.
    """
    family, bold, paragraph, size, width = key
    measured = widths(family, bold)
    lines: list[str] = []
    widest = 0.0
    line: list[str] = []  # the line's tokens
    full = 0.0  # the line's width, trailing spaces and all
    stripped = 0.0  # the line's width without its trailing spaces
    content = False  # whether the line holds more than spaces
    for token, units, bare, spaces in measured.tokens[paragraph]:
        candidate = stripped if spaces else full + bare
        if candidate * size / UNITS * WIDTH_SLACK <= width:  # _points(candidate, size), inline
            line.append(token)
            full += units
            stripped = candidate
            content = content or not spaces
            continue
        if content:
            lines.append("".join(line).rstrip())
            widest = max(widest, stripped)
            line = [token]
            full = units
            stripped = 0.0 if spaces else bare
            content = not spaces
        else:
            line.append(token)
            full += units
            stripped = candidate
            content = not spaces
        if stripped * size / UNITS * WIDTH_SLACK <= width:
            continue
        # A single token wider than the line is broken between characters.
        text = "".join(line)
        while _points(measured.text(text.rstrip()), size) > width and len(text.strip()) > 1:
            # The longest prefix that fits, found by halving (widths grow with length): a
            # 2,000-character address is cut in a few dozen measurements, not millions.
            low, high = 1, len(text) - 1
            while low < high:
                middle = (low + high + 1) // 2
                if _points(measured.text(text[:middle]), size) <= width:
                    low = middle
                else:
                    high = middle - 1
            lines.append(text[:low])
            widest = max(widest, measured.text(text[:low]))
            text = text[low:]
        line = [text]
        full = measured.text(text)
        stripped = measured.text(text.rstrip())
        content = bool(text) and not text.isspace()
    lines.append("".join(line).rstrip())
    return tuple(lines), max(widest, stripped)


_LINES = Memo(_break_paragraph)  # each paragraph broken once per font, size and width


def _wrap(
    text: str, metrics: Metrics, size: float, width: float, bold: bool
) -> tuple[list[str], float]:
    """``wrap``'s lines, and the widest one's width in points."""
    lines: list[str] = []
    widest = 0.0
    for paragraph in text.split("\n"):
        broken, units = _LINES[metrics.family, bold, paragraph, size, width]
        lines += broken
        widest = max(widest, units)
    return lines, _points(widest, size)


def wrap(text: str, metrics: Metrics, size: float, width: float, bold: bool = False) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points, the way a renderer would."""
    return _wrap(text, metrics, size, width, bold)[0]


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
    factor = metrics.line_factor()
    for index, paragraph in enumerate(paragraphs):
        own = run_size(size, paragraph.scale)
        lines, paragraph_widest = _wrap(paragraph.text, metrics, own, width, paragraph.bold)
        wrapped.append(tuple(lines))
        if index:
            height += paragraph.space_before * own
        if kinds(paragraph.text):
            height += sum(metrics.line_height(line or paragraph.text, own) for line in lines)
        else:  # every line as tall as a line of Latin text (added up line by line, as above)
            height += sum([own * factor] * len(lines))
        widest = max(widest, paragraph_widest)
    return height, tuple(wrapped), widest


def search(
    sizes: Sequence[float], attempt: Callable[[float], tuple[bool, Result]]
) -> tuple[float, bool, Result]:
    """The first of ``sizes`` (largest first) at which ``attempt`` succeeds, else the last.

    Found by halving, which needs success to be monotone: if it succeeds at a size, it
    succeeds at every smaller one (text that fits at a size fits at a smaller one).

    Args:
        sizes: the sizes to try, largest first (``steps``).
        attempt: says whether the text fits at a size, and what it found there.

    Returns:
        The size, whether it succeeded there, and what ``attempt`` found there.
    """
    fits, found = attempt(sizes[0])
    if fits or len(sizes) == 1:
        return sizes[0], fits, found
    fits, found = attempt(sizes[-1])
    if not fits:
        return sizes[-1], False, found
    failed, succeeded = 0, len(sizes) - 1
    while succeeded - failed > 1:
        middle = (failed + succeeded) // 2
        fits, result = attempt(sizes[middle])
        if fits:
            succeeded, found = middle, result
        else:
            failed = middle
    return sizes[succeeded], True, found


def steps(largest: float, smallest: float) -> list[float]:
    """The sizes from ``largest`` down by half points, to the last one not below ``smallest``
    (or ``largest`` alone, if that is below it)."""
    sizes = [largest]
    while sizes[-1] - 0.5 >= smallest:
        sizes.append(sizes[-1] - 0.5)
    return sizes


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

    def attempt(size: float) -> tuple[bool, tuple[float, tuple[tuple[str, ...], ...]]]:
        used, lines, widest = measure(paragraphs, metrics, size, width)
        too_many = max_lines is not None and any(len(p) > max_lines for p in lines)
        return used <= height and widest <= width and not too_many, (used, lines)

    size, fits, (used, lines) = search(steps(largest, smallest), attempt)
    return Fit(size, fits, used, lines)


def shorten(text: str, most: int) -> str:
    """``text`` cut to at most ``most`` characters, with "..." where it was cut."""
    return text if len(text) <= most else text[: most - 3].rstrip() + "..."


def overflow_warning(slide_number: int, slide_title: str, what: str) -> str:
    """The export warning for text too long for its box (the deck and the handout alike)."""
    # Translators: {what} names the text, as in "the title" or "the summary".
    return _(
        'slide {number} ("{title}"): {what} is too long to fit even at the smallest text size; '
        "shorten it in the pack"
    ).format(number=slide_number, title=shorten(slide_title, 60), what=what)
