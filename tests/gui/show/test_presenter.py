"""The presenter view's buttons: dark like the view, readable, with visible states."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from jvdesk.core.deckplan import DeckPlan
from jvdesk.gui.drawing.slidepainter import SlidePainter
from jvdesk.gui.show.cache import SlideCache
from jvdesk.gui.show.presenter import PresenterWindow
from jvdesk.gui.show.state import Show
from tests.gui.show.pixels import contrast, luminance, rgb

VIEW_BACKGROUND = QColor("#111111")


@pytest.fixture
def view(qtbot: QtBot, minimal_plan: DeckPlan) -> Iterator[PresenterWindow]:
    presenter = PresenterWindow(Show(minimal_plan), SlideCache(minimal_plan, SlidePainter()))
    qtbot.addWidget(presenter)
    presenter.resize(1280, 800)
    presenter.show()
    qtbot.waitExposed(presenter)
    yield presenter
    presenter.timer.stop()


def colours(button: QPushButton) -> tuple[QColor, QColor, QColor]:
    """A button as drawn: its background, its text (the colour furthest from the background)
    and its border, read from its pixels."""
    image = button.grab().toImage()
    middle = button.height() // 2
    background = image.pixelColor(12, middle)
    border = image.pixelColor(1, middle)
    pixels = rgb(image)[4:-4, 12:-12]
    far = np.linalg.norm(pixels - np.array(background.getRgb()[:3], float), axis=-1)
    y, x = np.unravel_index(int(far.argmax()), far.shape)
    text = QColor(*(int(channel) for channel in pixels[y, x]))
    return background, text, border


def test_buttons_are_dark_with_light_text_and_a_visible_border(view: PresenterWindow) -> None:
    buttons = view.findChildren(QPushButton)
    assert [button.text() for button in buttons] == [
        "Pause timer (T)",
        "Reset timer (R)",
        "Swap screens (S)",
        "End show (Esc)",
    ]
    app = QApplication.instance()
    assert isinstance(app, QApplication) and app.styleSheet() == ""  # the view's own sheet
    system_grey = app.style().standardPalette().button().color()
    for button in buttons:
        background, text, border = colours(button)
        assert background != system_grey and luminance(background) < 0.05, background.name()
        assert luminance(text) > 0.8
        assert contrast(text, background) >= 4.5
        assert contrast(border, VIEW_BACKGROUND) >= 3  # WCAG's figure for a control's edge
        assert button.font().pointSizeF() >= 14 and button.height() >= 44
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus  # Space moves the slides


def test_hover_pressed_and_focus_each_show(qtbot: QtBot, view: PresenterWindow) -> None:
    button = view.pause_button
    normal = colours(button)
    qtbot.mouseMove(button, button.rect().center())
    qtbot.waitUntil(button.underMouse)
    hovered = colours(button)
    assert hovered[0] != normal[0] and hovered[2] != normal[2]
    assert contrast(hovered[1], hovered[0]) >= 4.5
    button.setDown(True)
    pressed = colours(button)
    button.setDown(False)
    assert pressed[0] not in (normal[0], hovered[0])
    assert contrast(pressed[1], pressed[0]) >= 4.5
    qtbot.mouseMove(view, QPoint(5, 5))
    qtbot.waitUntil(lambda: not button.underMouse())
    view.activateWindow()
    button.setFocus()  # no key gives it focus; an assistive tool still may
    qtbot.waitUntil(button.hasFocus)
    focused = colours(button)
    assert focused[2] not in (normal[2], hovered[2])
    assert contrast(focused[2], normal[0]) >= 3


def test_the_notes_scroll_bar_is_dark_too(qtbot: QtBot, view: PresenterWindow) -> None:
    view.notes.setPlainText("A long note.\n" * 200)
    bar = view.notes.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    image = bar.grab().toImage()
    groove = image.pixelColor(1, bar.height() - 2)
    assert luminance(groove) < 0.05, groove.name()
    handle = image.pixelColor(bar.width() // 2, 10)
    assert contrast(handle, groove) >= 3


def test_a_screen_reader_hears_the_slides_titles_and_the_notes(
    view: PresenterWindow, minimal_plan: DeckPlan
) -> None:
    slides = minimal_plan.slides
    assert view.current.accessibleName() == "Current slide"
    assert view.current.accessibleDescription() == slides[0].title
    assert view.next.accessibleName() == "Next slide"
    assert view.next.accessibleDescription() == slides[1].title
    assert view.notes.accessibleName() == "Speaker notes"
    view.show_state.go(len(slides) - 1)
    assert view.current.accessibleDescription() == slides[-1].title
    assert view.next.accessibleDescription() == "End of the briefing"
