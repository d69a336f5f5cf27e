"""The WCAG contrast ratio, against the figures WCAG and its tools give."""

from __future__ import annotations

import pytest

from jvdesk.core.contrast import contrast_ratio, luminance, rgb


def test_black_on_white_is_21_and_a_colour_on_itself_is_1() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#B3001B", "#B3001B") == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("first", "second", "ratio"),
    [
        # Known pairs: the grey that just misses AA on white, and two just above it.
        ("#777777", "#FFFFFF", 4.48),
        ("#767676", "#FFFFFF", 4.54),
        ("#595959", "#FFFFFF", 7.00),
        ("#0000FF", "#FFFFFF", 8.59),
        ("#FF0000", "#FFFFFF", 4.00),
    ],
)
def test_known_ratios(first: str, second: str, ratio: float) -> None:
    assert contrast_ratio(first, second) == pytest.approx(ratio, abs=0.01)


def test_luminance_uses_the_srgb_curve() -> None:
    assert luminance("#000000") == 0.0
    assert luminance("#FFFFFF") == pytest.approx(1.0)
    # 0x80 is 0.2158 in linear light, not 0.5: the sRGB curve, not a straight line.
    assert luminance("#808080") == pytest.approx(0.2158, abs=0.0001)


def test_short_and_lower_case_hex_are_read() -> None:
    assert rgb("#fff") == (255, 255, 255)
    assert rgb("#0b4f9c") == (11, 79, 156)


@pytest.mark.parametrize("text", ["", "#12345", "red", "#1234567"])
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a #RRGGBB colour"):
        rgb(text)
