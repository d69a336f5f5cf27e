"""WCAG 2.x contrast ratios between two colours given as "#RRGGBB" hex strings.

Qt-free, so the themes, the slide colours and a deck template's colours can all be checked
with the same arithmetic (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
"""

from __future__ import annotations

import re

_HEX = re.compile(r"#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})")

TEXT_AA = 4.5  # WCAG 2.2 1.4.3: body text, level AA
TEXT_AAA = 7.0  # WCAG 2.2 1.4.6: body text, level AAA (the high-contrast theme's bar)
GRAPHICS = 3.0  # WCAG 2.2 1.4.11: chart marks, focus indicators, control outlines


def _channel(value: int) -> float:
    """One sRGB channel (0–255) in linear light."""
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def rgb(colour: str) -> tuple[int, int, int]:
    """The red, green and blue of "#RRGGBB" or "#RGB" (0–255 each).

    Raises:
        ValueError: the text is not such a colour.
    """
    match = _HEX.fullmatch(colour.strip())
    if match is None:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    value = int(digits, 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def luminance(colour: str) -> float:
    """The colour's relative luminance: 0 for black, 1 for white."""
    r, g, b = (_channel(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """The contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
