"""The show's keys: a table from key to action, and the list the ``?`` key shows.

The table is the one place a key gets its meaning: the show's state acts on actions, and the
help overlay lists the keys of each action from the same table, so the two cannot disagree.

The overlay's words are in the translation context "ShowKeys", each call written out in full
(``QCoreApplication.translate("ShowKeys", "...")``): pyside6-lupdate finds literal calls only.
They are worded anew on every call, so the overlay follows a change of language at once.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

GRID_COLUMNS = 5  # slides in a row of the overview grid


class Action(Enum):
    """What a key does in a show."""

    NEXT = "next"
    PREVIOUS = "previous"
    FIRST = "first"
    LAST = "last"
    BLACK = "black"
    WHITE = "white"
    GRID = "grid"
    HELP = "help"
    ZOOM = "zoom"
    LASER = "laser"
    PAUSE_TIMER = "pause timer"
    RESET_TIMER = "reset timer"
    SWAP_SCREENS = "swap screens"
    PRESENTER_VIEW = "presenter view"
    NOTES_LARGER = "notes larger"
    NOTES_SMALLER = "notes smaller"
    LEAVE = "leave"


Key = Qt.Key
KEYS: dict[Qt.Key, Action] = {
    Key.Key_Right: Action.NEXT,
    Key.Key_Down: Action.NEXT,
    Key.Key_Space: Action.NEXT,
    Key.Key_PageDown: Action.NEXT,  # what a clicker's "next" button sends
    Key.Key_Return: Action.NEXT,
    Key.Key_Enter: Action.NEXT,
    Key.Key_N: Action.NEXT,
    Key.Key_Left: Action.PREVIOUS,
    Key.Key_Up: Action.PREVIOUS,
    Key.Key_PageUp: Action.PREVIOUS,  # a clicker's "back" button
    Key.Key_Backspace: Action.PREVIOUS,
    Key.Key_P: Action.PREVIOUS,
    Key.Key_Home: Action.FIRST,
    Key.Key_End: Action.LAST,
    Key.Key_B: Action.BLACK,
    Key.Key_Period: Action.BLACK,  # some clickers' "blank" button
    Key.Key_W: Action.WHITE,
    Key.Key_Comma: Action.WHITE,
    Key.Key_Tab: Action.GRID,
    Key.Key_G: Action.GRID,
    Key.Key_Question: Action.HELP,
    Key.Key_Z: Action.ZOOM,
    Key.Key_L: Action.LASER,
    Key.Key_T: Action.PAUSE_TIMER,
    Key.Key_R: Action.RESET_TIMER,
    Key.Key_S: Action.SWAP_SCREENS,
    Key.Key_V: Action.PRESENTER_VIEW,
    Key.Key_Plus: Action.NOTES_LARGER,
    Key.Key_Equal: Action.NOTES_LARGER,  # "+" without Shift on most keyboards
    Key.Key_Minus: Action.NOTES_SMALLER,
    Key.Key_Escape: Action.LEAVE,
}

# In the overview grid the arrows move the choice instead: by a slide, or by a row.
GRID_STEPS: dict[Qt.Key, int] = {
    Key.Key_Right: 1,
    Key.Key_Left: -1,
    Key.Key_Down: GRID_COLUMNS,
    Key.Key_Up: -GRID_COLUMNS,
}
CONFIRM_KEYS = (Key.Key_Return, Key.Key_Enter)  # after a slide number, or in the grid


def action_for(key: Qt.Key, text: str = "") -> Action | None:
    """The action of a key press, or None when it is not one of the show's keys.

    Args:
        key: the key pressed.
        text: the text it types; "?" is Shift and another key on most layouts.
    """
    if text == "?":
        return Action.HELP
    return KEYS.get(key)


def keys_for(action: Action) -> list[Qt.Key]:
    """The keys that do ``action``, in the table's order."""
    return [key for key, meaning in KEYS.items() if meaning is action]


def _key_names(actions: tuple[Action, ...]) -> str:
    """The keys of some actions as the keyboard labels them ("Right, Down, Space…").

    Key names are Qt's own (``QKeySequence.NativeText``), translated by Qt's catalogue.
    """
    separator = QCoreApplication.translate("ShowKeys", ", ", "between the keys of one action")
    between = QCoreApplication.translate("ShowKeys", "  /  ", "between the keys of two actions")
    groups = []
    for action in actions:
        names = [
            QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            for key in keys_for(action)
        ]
        if len(names) == 2:
            groups.append(
                QCoreApplication.translate("ShowKeys", "{first} or {second}").format(
                    first=names[0], second=names[1]
                )
            )
        else:
            groups.append(separator.join(names))
    return between.join(groups)


def help_title() -> str:
    """The title of the ``?`` overlay, in the interface's language."""
    return QCoreApplication.translate("ShowKeys", "Presentation keys")


def key_help() -> list[tuple[str, str]]:
    """The keys of presentation mode with what they do, for the ``?`` overlay.

    Worded anew on each call, in the interface's language at that moment.
    """
    return [
        (
            QCoreApplication.translate("ShowKeys", "{keys}, click").format(
                keys=_key_names((Action.NEXT,))
            ),
            QCoreApplication.translate("ShowKeys", "Next slide"),
        ),
        (_key_names((Action.PREVIOUS,)), QCoreApplication.translate("ShowKeys", "Previous slide")),
        (
            _key_names((Action.FIRST, Action.LAST)),
            QCoreApplication.translate("ShowKeys", "First / last slide"),
        ),
        (
            QCoreApplication.translate("ShowKeys", "Number, then Enter"),
            QCoreApplication.translate("ShowKeys", "Go to that slide"),
        ),
        (
            _key_names((Action.BLACK, Action.WHITE)),
            QCoreApplication.translate("ShowKeys", "Black / white screen (again to return)"),
        ),
        (
            _key_names((Action.GRID,)),
            QCoreApplication.translate("ShowKeys", "Overview of all slides"),
        ),
        (
            QCoreApplication.translate("ShowKeys", "Hold {keys} or the right mouse button").format(
                keys=_key_names((Action.LASER,))
            ),
            QCoreApplication.translate("ShowKeys", "Laser pointer"),
        ),
        (
            _key_names((Action.ZOOM,)),
            QCoreApplication.translate(
                "ShowKeys", "Zoom in where the pointer is (again to return)"
            ),
        ),
        (
            _key_names((Action.PAUSE_TIMER, Action.RESET_TIMER)),
            QCoreApplication.translate("ShowKeys", "Pause or resume / reset the timer"),
        ),
        (
            _key_names((Action.SWAP_SCREENS,)),
            QCoreApplication.translate("ShowKeys", "Swap the audience and presenter screens"),
        ),
        (
            _key_names((Action.PRESENTER_VIEW,)),
            QCoreApplication.translate("ShowKeys", "Presenter view on a single screen"),
        ),
        (
            _key_names((Action.NOTES_LARGER, Action.NOTES_SMALLER)),
            QCoreApplication.translate("ShowKeys", "Larger / smaller speaker notes"),
        ),
        (
            _key_names((Action.LEAVE,)),
            QCoreApplication.translate("ShowKeys", "Leave the current mode, then the show"),
        ),
        ("?", QCoreApplication.translate("ShowKeys", "Show these keys")),
    ]
