"""The show's state driven by keys, with no window: modes, numbers, the grid, leaving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jvdesk.core.deckplan import DeckPlan
from jvdesk.gui.show.state import Show

Key = Qt.Key


@pytest.fixture
def show(minimal_plan: DeckPlan) -> Show:
    return Show(minimal_plan)


def test_next_and_previous_clamp_at_the_ends(show: Show) -> None:
    assert show.key(Key.Key_Left) and show.index == 0
    for _ in range(20):
        show.key(Key.Key_PageDown)
    assert show.index == show.count - 1 > 0


def test_a_slide_number_then_enter(show: Show) -> None:
    show.key(Key.Key_4, "4")
    assert show.typed == "4" and show.index == 0
    show.key(Key.Key_Return)
    assert show.index == 3 and show.typed == ""


def test_moving_clears_a_blank_screen(show: Show) -> None:
    show.key(Key.Key_B, "b")
    assert show.blank == "black"
    show.key(Key.Key_W, "w")
    assert show.blank == "white"
    show.key(Key.Key_Space, " ")
    assert show.blank is None and show.index == 1


def test_grid_arrows_choose_and_enter_goes(show: Show) -> None:
    show.key(Key.Key_G, "g")
    show.key(Key.Key_Down)  # a row of five down
    show.key(Key.Key_Right)
    assert show.grid_choice == 6 and show.index == 0
    show.key(Key.Key_Enter)
    assert not show.grid and show.index == 6


def test_escape_leaves_one_mode_at_a_time_then_ends(show: Show) -> None:
    ended: list[bool] = []
    show.ended.connect(lambda: ended.append(True))
    show.key(Key.Key_Z, "z")
    show.key(Key.Key_B, "b")
    show.key(Key.Key_Slash, "?")
    assert show.help and show.blank == "black" and show.zoom
    show.key(Key.Key_Escape)
    assert not show.help and show.blank == "black"
    show.key(Key.Key_Escape)
    show.key(Key.Key_Escape)
    assert not show.zoom and show.blank is None and not ended
    show.key(Key.Key_Escape)
    assert ended == [True]


def test_laser_while_l_is_held(show: Show) -> None:
    show.key(Key.Key_L, "l")
    assert show.key(Key.Key_L, "l", auto_repeat=True) and show.laser
    show.key_released(Key.Key_L, auto_repeat=True)
    assert show.laser
    show.key_released(Key.Key_L)
    assert not show.laser


def test_signals_for_the_windows(show: Show) -> None:
    heard: list[object] = []
    show.swap_requested.connect(lambda: heard.append("swap"))
    show.presenter_toggled.connect(lambda: heard.append("presenter"))
    show.notes_zoomed.connect(heard.append)
    keys = ((Key.Key_S, "s"), (Key.Key_V, "v"), (Key.Key_Plus, "+"), (Key.Key_Minus, "-"))
    for key, text in keys:
        assert show.key(key, text)
    assert heard == ["swap", "presenter", 1, -1]


def test_timer_keys(show: Show) -> None:
    show.key(Key.Key_T, "t")
    assert show.clock.paused
    show.key(Key.Key_T, "t")
    assert not show.clock.paused


def test_other_keys_are_not_the_shows(show: Show) -> None:
    changed: list[bool] = []
    show.changed.connect(lambda: changed.append(True))
    assert not show.key(Key.Key_F1)
    assert not changed
