"""The ``?`` overlay: opaque over a chart, titled, and laid out to fit every window size."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from jvdesk.core.deckplan import DeckPlan
from jvdesk.gui.drawing.slidepainter import SlidePainter
from jvdesk.gui.drawing.slidetheme import LIGHT
from jvdesk.gui.show import helpoverlay
from jvdesk.gui.show.audience import AudienceWindow
from jvdesk.gui.show.cache import SlideCache
from jvdesk.gui.show.keys import help_title, key_help
from jvdesk.gui.show.state import Show
from tests.gui.show.pixels import distance_to, distance_to_blend, region, rgb

SIZES = [
    (800, 450),
    (800, 600),
    (1024, 768),
    (1280, 720),
    (1280, 1024),
    (1366, 768),
    (1920, 1080),
    (1920, 1200),
    (2560, 1080),
    (3840, 2160),
]


@pytest.fixture
def window(qtbot: QtBot, shipped_plan: DeckPlan) -> AudienceWindow:
    """The audience window, 1280 × 720, on the shipped briefing's first chart slide."""
    chart = next(i for i, slide in enumerate(shipped_plan.slides) if slide.chart is not None)
    audience = AudienceWindow(Show(shipped_plan, chart), SlideCache(shipped_plan, SlidePainter()))
    qtbot.addWidget(audience)
    audience.resize(1280, 720)
    return audience


def test_the_overlay_has_a_title() -> None:
    assert help_title() == "Presentation keys"


def test_the_panel_is_opaque_over_a_chart(window: AudienceWindow) -> None:
    layout = window.help_layout()
    inside = layout.panel.adjusted(layout.border, layout.border, -layout.border, -layout.border)
    slide = region(rgb(window.grab().toImage()), inside)
    series = LIGHT.series[:3]  # red, orange, green (the fourth, navy, is near the panel's own)
    assert sum(int((distance_to(slide, colour) < 3).sum()) for colour in series) > 1000
    window.show_state.help = True
    over_chart = region(rgb(window.grab().toImage()), inside)
    window.show_state.blank = "white"
    over_white = region(rgb(window.grab().toImage()), inside)
    assert np.array_equal(over_chart, over_white)  # nothing under the panel shows through
    for colour in series:
        assert not (distance_to(over_chart, colour) < 30).any(), colour.name()
    # Every pixel is the panel's background, its text colours, or a blend of the two (the
    # anti-aliased edges of letters).
    off = np.minimum(
        distance_to_blend(over_chart, helpoverlay.BACKGROUND, helpoverlay.TEXT),
        distance_to_blend(over_chart, helpoverlay.BACKGROUND, helpoverlay.KEYS),
    )
    assert off.max() < 6
    assert (distance_to(over_chart, helpoverlay.BACKGROUND) < 1).mean() > 0.5


def test_the_title_is_drawn_in_the_text_colour(window: AudienceWindow) -> None:
    window.show_state.help = True
    layout = window.help_layout()
    title = region(rgb(window.grab().toImage()), layout.title)
    assert (distance_to(title, helpoverlay.TEXT) < 1).sum() > 200
    width = QFontMetricsF(layout.title_font).horizontalAdvance(help_title())
    assert width <= layout.title.width()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_columns_never_overlap_or_run_off_the_panel(
    window: AudienceWindow, width: int, height: int
) -> None:
    window.resize(width, height)
    layout = window.help_layout()
    assert layout.fits
    assert QRectF(window.rect()).contains(layout.panel)
    inside = layout.panel.adjusted(layout.border, layout.border, -layout.border, -layout.border)
    boxes = [layout.title] + [box for row in layout.rows for box in row]
    assert all(inside.contains(box) for box in boxes)
    for number, box in enumerate(boxes):
        assert not any(box.intersects(other) for other in boxes[number + 1 :])
    assert len(layout.rows) == len(key_help())
    above = layout.title.bottom()
    for (keys_box, meaning_box), (keys, meaning) in zip(layout.rows, key_help(), strict=True):
        assert keys_box.top() >= above and keys_box.right() < meaning_box.left()
        above = max(keys_box.bottom(), meaning_box.bottom())
        for box, font, text in (
            (keys_box, layout.keys_font, keys),
            (meaning_box, layout.font, meaning),
        ):
            drawn = QFontMetricsF(font).boundingRect(box, helpoverlay.WRAP, text)
            assert box.adjusted(-0.5, -0.5, 0.5, 0.5).contains(drawn), text
    # Large enough to read from the back of the room: about a 35th of the screen's height.
    assert layout.font.pixelSize() >= height / 40
    assert layout.title_font.pixelSize() > layout.font.pixelSize()
