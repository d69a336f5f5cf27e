"""The state of a running show: which slide, which mode, the clock; keys act on it here."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from jvdesk.core.deckplan import DeckPlan
from jvdesk.gui.show.clock import Clock, Pace, ShowClock
from jvdesk.gui.show.keys import CONFIRM_KEYS, GRID_STEPS, Action, action_for


class Show(QObject):
    """The state of a running show: which slide, which mode, and the clock.

    Windows draw it and pass it their key presses; it holds no widget, so it is tested with
    none.

    Signals:
        changed(): anything the windows draw changed.
        ended(): the presenter ended the show.
        swap_requested(): the presenter asked to swap screens.
        presenter_toggled(): the presenter asked for the presenter view (one screen).
        notes_zoomed(int): +1 or -1, larger or smaller speaker notes.
    """

    changed = Signal()
    ended = Signal()
    swap_requested = Signal()
    presenter_toggled = Signal()
    notes_zoomed = Signal(int)

    def __init__(self, plan: DeckPlan, start: int = 0, clock: Clock = time.monotonic) -> None:
        super().__init__()
        self.plan = plan
        self.count = len(plan.slides)
        self.index = max(0, min(start, self.count - 1))
        self.clock = ShowClock(clock)
        self.blank: str | None = None  # "black" or "white"
        self.grid = False
        self.grid_choice = self.index
        self.help = False
        self.zoom = False
        self.laser = False
        self.typed = ""
        self._actions: dict[Action, Callable[[], None]] = {
            Action.NEXT: lambda: self._step(1),
            Action.PREVIOUS: lambda: self._step(-1),
            Action.FIRST: lambda: self.go(0),
            Action.LAST: lambda: self.go(self.count - 1),
            Action.BLACK: lambda: self._blank("black"),
            Action.WHITE: lambda: self._blank("white"),
            Action.GRID: self._toggle_grid,
            Action.HELP: lambda: setattr(self, "help", not self.help),
            Action.ZOOM: lambda: setattr(self, "zoom", not self.zoom),
            Action.LASER: lambda: setattr(self, "laser", True),
            Action.PAUSE_TIMER: self.clock.toggle,
            Action.RESET_TIMER: self.clock.reset,
            Action.SWAP_SCREENS: self.swap_requested.emit,
            Action.PRESENTER_VIEW: self.presenter_toggled.emit,
            Action.NOTES_LARGER: lambda: self.notes_zoomed.emit(1),
            Action.NOTES_SMALLER: lambda: self.notes_zoomed.emit(-1),
        }

    @property
    def duration_minutes(self) -> int:
        return self.plan.briefing.duration_minutes

    def go(self, index: int) -> None:
        """Show a slide (clamped to the show)."""
        self.index = max(0, min(index, self.count - 1))
        self.changed.emit()

    def pace(self) -> Pace:
        return self.clock.pace(self.index, self.count, self.duration_minutes)

    def key(self, key: Qt.Key, text: str = "", auto_repeat: bool = False) -> bool:
        """Act on a key press; return whether it was one of the show's keys.

        Args:
            key: the key pressed.
            text: the text it types (digits make a slide number; "?" asks for help).
            auto_repeat: whether it is a repeat of a key held down.
        """
        if auto_repeat and key == Qt.Key.Key_L:
            return True  # the laser stays on while L is held
        if not self._in_mode(key, text):
            action = action_for(key, text)
            if action is None:
                return False
            if action is Action.LEAVE:
                if not self._leave_mode():
                    self.ended.emit()
                    return True
            else:
                self._actions[action]()
        self.changed.emit()
        return True

    def key_released(self, key: Qt.Key, auto_repeat: bool = False) -> None:
        """A key was let go: the laser goes off with L."""
        if key == Qt.Key.Key_L and not auto_repeat:
            self.laser = False
            self.changed.emit()

    def _in_mode(self, key: Qt.Key, text: str) -> bool:
        """Handle keys that mean something else in the current mode; False for the others."""
        if text.isdigit() and not self.grid:
            self.typed += text
        elif key in CONFIRM_KEYS and self.typed:
            target = int(self.typed) - 1
            self.typed = ""
            self.go(target)
        elif key in CONFIRM_KEYS and self.grid:
            self.grid = False
            self.go(self.grid_choice)
        elif self.grid and key in GRID_STEPS:
            self.grid_choice = max(0, min(self.count - 1, self.grid_choice + GRID_STEPS[key]))
        else:
            return False
        return True

    def _step(self, step: int) -> None:
        self.blank = None
        self.go(self.index + step)

    def _blank(self, colour: str) -> None:
        self.blank = None if self.blank == colour else colour

    def _toggle_grid(self) -> None:
        self.grid = not self.grid
        self.grid_choice = self.index

    def _leave_mode(self) -> bool:
        """Leave whatever mode is on top (Esc); False when there was none."""
        if self.typed:
            self.typed = ""
        elif self.help:
            self.help = False
        elif self.grid:
            self.grid = False
        elif self.zoom:
            self.zoom = False
        elif self.blank:
            self.blank = None
        else:
            return False
        return True
