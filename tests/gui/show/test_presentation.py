"""Presentation mode on two virtual screens: placement, every key, blanking, the timer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QScreen
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.gui.show import presentation as presentation_module
from jvdesk.gui.show.clock import Pace
from jvdesk.gui.show.keys import key_help
from jvdesk.gui.show.presentation import Presentation


class FakeClock:
    """A clock the test moves by hand: no sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def show(qtbot: QtBot, minimal_plan: DeckPlan, clock: FakeClock) -> Iterator[Presentation]:
    running = Presentation(minimal_plan, 0, clock)
    qtbot.addWidget(running.audience)
    qtbot.addWidget(running.presenter)
    running.start()
    yield running
    running.end()


def screen(name: str) -> QScreen:
    return next(s for s in QGuiApplication.screens() if s.name() == name)


def press(qtbot: QtBot, show: Presentation, key: Qt.Key, text: str = "") -> None:
    qtbot.keyClick(show.audience, key, Qt.KeyboardModifier.NoModifier)


def test_two_screens_are_there(qapp: object) -> None:
    assert [s.name() for s in QGuiApplication.screens()] == ["Laptop", "Projector"]


def test_audience_on_the_projector_presenter_on_the_laptop(show: Presentation) -> None:
    assert show.audience.screen().name() == "Projector"
    assert show.audience.isFullScreen()
    assert show.audience.geometry() == screen("Projector").geometry()
    assert show.presenter.screen().name() == "Laptop"
    assert show.presenter.isVisible()


def test_swap_moves_them(qtbot: QtBot, show: Presentation) -> None:
    press(qtbot, show, Qt.Key.Key_S)
    assert show.audience.screen().name() == "Laptop"
    assert show.presenter.screen().name() == "Projector"
    show.presenter.findChildren(QPushButton)[2].click()  # Swap screens
    assert show.audience.screen().name() == "Projector"


@pytest.mark.parametrize(
    "key",
    [
        Qt.Key.Key_Right,
        Qt.Key.Key_Down,
        Qt.Key.Key_Space,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_N,
    ],
)
def test_keys_that_advance(qtbot: QtBot, show: Presentation, key: Qt.Key) -> None:
    press(qtbot, show, key)
    assert show.show.index == 1


@pytest.mark.parametrize(
    "key",
    [Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P],
)
def test_keys_that_go_back(qtbot: QtBot, show: Presentation, key: Qt.Key) -> None:
    show.show.go(3)
    press(qtbot, show, key)
    assert show.show.index == 2


def test_a_click_advances_and_the_ends_hold(qtbot: QtBot, show: Presentation) -> None:
    qtbot.mouseClick(show.audience, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    assert show.show.index == 1
    last = show.show.count - 1
    press(qtbot, show, Qt.Key.Key_End)
    assert show.show.index == last
    press(qtbot, show, Qt.Key.Key_Right)
    assert show.show.index == last
    press(qtbot, show, Qt.Key.Key_Home)
    assert show.show.index == 0
    press(qtbot, show, Qt.Key.Key_Left)
    assert show.show.index == 0


def test_number_then_enter_jumps(qtbot: QtBot, show: Presentation) -> None:
    qtbot.keyClicks(show.audience, "5")
    assert show.show.typed == "5"
    press(qtbot, show, Qt.Key.Key_Return)
    assert show.show.index == 4 and show.show.typed == ""
    qtbot.keyClicks(show.audience, "99")
    press(qtbot, show, Qt.Key.Key_Enter)
    assert show.show.index == show.show.count - 1  # past the end: the last slide


@pytest.mark.parametrize(
    ("key", "colour"),
    [
        (Qt.Key.Key_B, "black"),
        (Qt.Key.Key_Period, "black"),
        (Qt.Key.Key_W, "white"),
        (Qt.Key.Key_Comma, "white"),
    ],
)
def test_blank_screens_toggle(qtbot: QtBot, show: Presentation, key: Qt.Key, colour: str) -> None:
    middle = show.audience.rect().center()
    assert show.audience.grab().toImage().pixelColor(middle) == QColor("#FFFFFF")  # a slide
    press(qtbot, show, key)
    assert show.show.blank == colour
    assert show.audience.grab().toImage().pixelColor(middle) == QColor(colour)
    press(qtbot, show, key)
    assert show.show.blank is None


def test_overview_grid_picks_a_slide(qtbot: QtBot, show: Presentation) -> None:
    press(qtbot, show, Qt.Key.Key_Tab)
    assert show.show.grid
    show.audience.grab()
    press(qtbot, show, Qt.Key.Key_Right)
    press(qtbot, show, Qt.Key.Key_Right)
    press(qtbot, show, Qt.Key.Key_Return)
    assert not show.show.grid and show.show.index == 2
    press(qtbot, show, Qt.Key.Key_G)
    cell = show.audience.grid_cells()[5]
    qtbot.mouseClick(show.audience, Qt.MouseButton.LeftButton, pos=cell.center().toPoint())
    assert show.show.index == 5 and not show.show.grid


def test_escape_leaves_the_mode_then_the_show(qtbot: QtBot, show: Presentation) -> None:
    finished: list[bool] = []
    show.finished.connect(lambda: finished.append(True))
    for key in (Qt.Key.Key_Question, Qt.Key.Key_G, Qt.Key.Key_B):
        press(qtbot, show, key)
    show.audience.grab()
    press(qtbot, show, Qt.Key.Key_Escape)
    assert show.show.help is False and show.show.grid and show.show.blank == "black"
    press(qtbot, show, Qt.Key.Key_Escape)
    press(qtbot, show, Qt.Key.Key_Escape)
    assert not show.show.grid and show.show.blank is None and not finished
    press(qtbot, show, Qt.Key.Key_Escape)
    assert finished == [True]
    assert not show.audience.isVisible() and not show.presenter.isVisible()


def test_help_lists_the_keys(qtbot: QtBot, show: Presentation) -> None:
    qtbot.keyClicks(show.audience, "?")
    assert show.show.help
    show.audience.grab()
    assert ("Number, then Enter", "Go to that slide") in key_help()


def test_laser_and_zoom(qtbot: QtBot, show: Presentation) -> None:
    qtbot.keyPress(show.audience, Qt.Key.Key_L)
    assert show.show.laser
    qtbot.mouseMove(show.audience, QPoint(400, 300))
    image = show.audience.grab().toImage()
    assert image.pixelColor(400, 300).red() > 200 and image.pixelColor(400, 300).green() < 60
    qtbot.keyRelease(show.audience, Qt.Key.Key_L)
    assert not show.show.laser
    qtbot.mousePress(show.audience, Qt.MouseButton.RightButton, pos=QPoint(200, 200))
    assert show.show.laser
    qtbot.mouseRelease(show.audience, Qt.MouseButton.RightButton, pos=QPoint(200, 200))
    assert not show.show.laser
    press(qtbot, show, Qt.Key.Key_Z)
    assert show.show.zoom
    show.audience.grab()
    press(qtbot, show, Qt.Key.Key_Escape)
    assert not show.show.zoom


def test_presenter_view_shows_current_next_notes_and_position(
    qtbot: QtBot, show: Presentation
) -> None:
    view = show.presenter
    count = show.show.count
    assert (view.current.index, view.next.index) == (0, 1)
    assert view.position.text() == f"Slide 1 of {count}"
    press(qtbot, show, Qt.Key.Key_End)
    assert (view.current.index, view.next.index) == (count - 1, None)
    assert view.position.text() == f"Slide {count} of {count}"
    show.show.go(2)
    assert view.notes.toPlainText() == show.show.plan.slides[2].notes
    before = view.notes_points
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.notes_points == before + 2
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.notes_points == before - 2
    view.grab()


def test_the_timer_counts_pauses_resets_and_changes_colour(
    qtbot: QtBot, show: Presentation, clock: FakeClock
) -> None:
    view = show.presenter
    clock.now += 65
    view.refresh_clocks()
    assert view.elapsed.text() == "Elapsed 1:05"
    assert view.countdown.text() == "Left 18:55"
    assert view.countdown.property("pace") == "on pace"
    qtbot.keyClick(view, Qt.Key.Key_T)  # pause
    clock.now += 600
    view.refresh_clocks()
    assert view.elapsed.text() == "Elapsed 1:05"
    assert view.pause_button.text() == "Resume timer (T)"
    qtbot.keyClick(view, Qt.Key.Key_T)  # resume
    clock.now += 100  # 2:45 on slide 1 of 8: past its share (20 min / 8 = 2:30)
    view.refresh_clocks()
    assert show.show.pace() is Pace.BEHIND
    assert view.countdown.property("pace") == "behind"
    assert view.countdown.styleSheet() == "color: #C77700;"
    show.show.go(5)  # slide 6 of 8: 15 minutes' worth, so back on pace
    assert view.countdown.property("pace") == "on pace"
    clock.now += 20 * 60
    view.refresh_clocks()
    assert view.countdown.property("pace") == "over"
    assert view.countdown.text().startswith("Left -")
    assert view.countdown.styleSheet() == "color: #F8001F;"
    qtbot.keyClick(view, Qt.Key.Key_R)
    view.refresh_clocks()
    assert view.elapsed.text() == "Elapsed 0:00"


def test_unplugging_the_projector_keeps_the_show_running(qtbot: QtBot, show: Presentation) -> None:
    # The offscreen platform cannot unplug a screen, so its screenRemoved signal's handler
    # is called with the projector, as Qt would call it.
    show._on_screen_removed(screen("Projector"))
    assert show.audience.screen().name() == "Laptop"
    assert not show.audience.isFullScreen() and show.audience.isVisible()
    press(qtbot, show, Qt.Key.Key_Right)
    assert show.show.index == 1


def test_one_screen_audience_fills_it_presenter_one_key_away(
    qtbot: QtBot, minimal_plan: DeckPlan, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = screen("Laptop")
    monkeypatch.setattr(
        presentation_module.QGuiApplication, "screens", staticmethod(lambda: [laptop])
    )
    running = Presentation(minimal_plan, 0, clock)
    qtbot.addWidget(running.audience)
    qtbot.addWidget(running.presenter)
    running.start()
    assert running.audience.screen().name() == "Laptop" and running.audience.isFullScreen()
    assert not running.presenter.isVisible()
    press(qtbot, running, Qt.Key.Key_V)
    assert running.presenter.isVisible() and running.presenter.isFullScreen()
    qtbot.keyClick(running.presenter, Qt.Key.Key_V)
    assert not running.presenter.isVisible()
    running.end()


def test_f5_presents_the_chosen_briefing_and_shift_f5_the_current_panel(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jvdesk.core.resources import shipped_pack_path
    from jvdesk.gui.common.settings import Settings
    from jvdesk.gui.workspace.mainwindow import MainWindow

    window = MainWindow(load_pack(shipped_pack_path()), Settings())
    qtbot.addWidget(window)
    window.show()
    window.commands.present_action.trigger()
    running = window.presentation
    assert isinstance(running, Presentation)
    assert running.show.index == 0 and running.show.plan.briefing.id == "full"
    running.end()
    window.show_panel("mobility")
    window.commands.present_here_action.trigger()
    running = window.presentation
    assert isinstance(running, Presentation)
    assert running.show.plan.slides[running.show.index].panel_id == "mobility"
    assert running.show.plan.slides[running.show.index].kind == "panel"
    running.end()


def test_the_show_displays_the_marking(
    qtbot: QtBot, minimal_pack: ContentPack, clock: FakeClock
) -> None:
    running = Presentation(plan_deck(minimal_pack, marking="DRAFT"), 0, clock)
    qtbot.addWidget(running.audience)
    qtbot.addWidget(running.presenter)
    running.start()
    assert running.cache.painter.marking == "DRAFT"
    assert running.presenter.marking.text() == "DRAFT" and running.presenter.marking.isVisible()
    plain = Presentation(plan_deck(minimal_pack), 0, clock)
    qtbot.addWidget(plain.audience)
    qtbot.addWidget(plain.presenter)
    marked_image = running.cache.get(0, running.audience.size()).toImage()
    plain_image = plain.cache.get(0, running.audience.size()).toImage()
    assert marked_image != plain_image  # the footer carries it
    running.end()
