"""The show's key table and its help list, with no window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jvdesk.gui.show.keys import GRID_STEPS, KEYS, Action, action_for, key_help, keys_for


def test_every_action_has_a_key() -> None:
    assert {action for action in Action} == set(KEYS.values())


@pytest.mark.parametrize(
    ("key", "action"),
    [
        (Qt.Key.Key_PageDown, Action.NEXT),  # a clicker's forward button
        (Qt.Key.Key_PageUp, Action.PREVIOUS),  # and its back button
        (Qt.Key.Key_Period, Action.BLACK),  # a clicker's blank button
        (Qt.Key.Key_Space, Action.NEXT),
        (Qt.Key.Key_Escape, Action.LEAVE),
        (Qt.Key.Key_Equal, Action.NOTES_LARGER),
    ],
)
def test_clicker_and_keyboard_keys(key: Qt.Key, action: Action) -> None:
    assert action_for(key) is action


def test_question_mark_is_help_whatever_key_types_it() -> None:
    assert action_for(Qt.Key.Key_Slash, "?") is Action.HELP
    assert action_for(Qt.Key.Key_Slash, "/") is None


def test_keys_that_mean_nothing() -> None:
    assert action_for(Qt.Key.Key_F1) is None
    assert action_for(Qt.Key.Key_Q, "q") is None


def test_keys_for_keeps_the_table_order() -> None:
    assert keys_for(Action.BLACK) == [Qt.Key.Key_B, Qt.Key.Key_Period]
    assert keys_for(Action.FIRST) == [Qt.Key.Key_Home]


def test_grid_arrows_move_by_a_slide_or_a_row() -> None:
    assert GRID_STEPS[Qt.Key.Key_Right] == 1 and GRID_STEPS[Qt.Key.Key_Left] == -1
    assert GRID_STEPS[Qt.Key.Key_Down] == 5 and GRID_STEPS[Qt.Key.Key_Up] == -5


def test_help_lists_the_keys_from_the_table() -> None:
    rows = dict((meaning, keys) for keys, meaning in key_help())
    assert rows["Next slide"] == "Right, Down, Space, PgDown, Return, Enter, N, click"
    assert rows["Previous slide"] == "Left, Up, PgUp, Backspace, P"
    assert rows["Black / white screen (again to return)"] == "B or .  /  W or ,"
    assert rows["Overview of all slides"] == "Tab or G"
    assert rows["Laser pointer"] == "Hold L or the right mouse button"
    assert rows["Leave the current mode, then the show"] == "Esc"
    assert len(rows) == 14
