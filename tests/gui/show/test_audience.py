"""The audience window's overview grid: each slide's number under its thumbnail, not on it."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from jvdesk.core.deckplan import DeckPlan
from jvdesk.gui.drawing.slidepainter import SlidePainter
from jvdesk.gui.show.audience import CHOICE, AudienceWindow
from jvdesk.gui.show.cache import SlideCache
from jvdesk.gui.show.state import Show
from tests.gui.show.pixels import distance_to, region, rgb


@pytest.fixture
def window(qtbot: QtBot, shipped_plan: DeckPlan) -> AudienceWindow:
    """The audience window, 1280 × 720, showing the shipped briefing's overview grid."""
    audience = AudienceWindow(Show(shipped_plan, 7), SlideCache(shipped_plan, SlidePainter()))
    qtbot.addWidget(audience)
    audience.resize(1280, 720)
    audience.show_state.key(Qt.Key.Key_G, "g")
    assert audience.show_state.grid
    return audience


@pytest.mark.parametrize(("width", "height"), [(800, 450), (1280, 720), (3840, 2160)])
def test_numbers_sit_in_a_strip_under_their_thumbnails(
    window: AudienceWindow, width: int, height: int
) -> None:
    window.resize(width, height)
    cells = window.grid_layout()
    thumbnails = [thumbnail for thumbnail, _ in cells]
    metrics = QFontMetricsF(window.grid_number_font())
    for index, (thumbnail, number) in enumerate(cells):
        assert not any(number.intersects(other) for other in thumbnails)
        assert number.top() > thumbnail.bottom() and number.left() == thumbnail.left()
        drawn = metrics.boundingRect(number, int(Qt.AlignmentFlag.AlignCenter), str(index + 1))
        assert number.contains(drawn)
    # The choice frame (6 pixels wide, 4 pixels out) around a cell touches no other cell.
    choice = window.show_state.grid_choice
    frame = cells[choice][0].united(cells[choice][1]).adjusted(-7, -7, 7, 7)
    others = [box for index, cell in enumerate(cells) if index != choice for box in cell]
    assert not any(frame.intersects(box) for box in others)


def test_thumbnails_are_drawn_whole_and_the_choice_framed(window: AudienceWindow) -> None:
    image = rgb(window.grab().toImage())
    whole = QRectF(window.rect())
    shown = 0
    for index, (thumbnail, number) in enumerate(window.grid_layout()):
        if not whole.contains(thumbnail.united(number)):
            continue
        shown += 1
        slide = rgb(window.cache.get(index, thumbnail.size().toSize()).toImage())
        box = thumbnail.toRect()
        drawn = image[box.top() : box.bottom() + 1, box.left() : box.right() + 1]
        assert np.array_equal(drawn, slide), f"slide {index + 1}'s thumbnail is drawn over"
        assert (distance_to(region(image, number), CHOICE) < 1).any() == (
            index == window.show_state.grid_choice
        )
    assert shown >= 15
    chosen = window.grid_cells()[window.show_state.grid_choice]
    edge = QPoint(round(chosen.left()) - 4, round(chosen.center().y()))
    assert window.grab().toImage().pixelColor(edge) == CHOICE


def test_a_click_on_a_number_picks_its_slide(qtbot: QtBot, window: AudienceWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    _, number = window.grid_layout()[9]
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=number.center().toPoint())
    assert window.show_state.index == 9 and not window.show_state.grid


def test_a_screen_reader_hears_which_slide_the_room_sees(
    window: AudienceWindow, shipped_plan: DeckPlan
) -> None:
    count = len(shipped_plan.slides)
    title = shipped_plan.slides[7].title
    assert window.accessibleDescription() == f"Slide 8 of {count}: {title}"
    window.show_state.go(0)
    assert window.accessibleDescription() == f"Slide 1 of {count}: {shipped_plan.slides[0].title}"
