"""Presentation mode: the briefing full screen on the projector, the presenter view beside.

The slides are the deck plan's, drawn by the same painter as the PDF handout, so the room
sees what the exported deck shows, in the same order. This module places the two windows
on their screens and follows the screens as they come and go.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from jvdesk.core.deckplan import DeckPlan
from jvdesk.gui.drawing.slidepainter import SlidePainter
from jvdesk.gui.show.audience import AudienceWindow
from jvdesk.gui.show.cache import SlideCache
from jvdesk.gui.show.clock import Clock
from jvdesk.gui.show.presenter import PresenterWindow
from jvdesk.gui.show.state import Show


class Presentation(QObject):
    """Runs a show: places the audience and presenter windows and follows the screens.

    Signals:
        finished(): the show ended and its windows closed.
    """

    finished = Signal()

    def __init__(self, plan: DeckPlan, start: int = 0, clock: Clock = time.monotonic) -> None:
        super().__init__()
        self.show = Show(plan, start, clock)
        self.cache = SlideCache(plan, SlidePainter.for_plan(plan))
        self.audience = AudienceWindow(self.show, self.cache)
        self.presenter = PresenterWindow(self.show, self.cache)
        self.audience_screen: QScreen | None = None
        self.presenter_on_single_screen = False
        self.show.ended.connect(self.end)
        self.show.swap_requested.connect(self.swap)
        self.show.presenter_toggled.connect(self.toggle_presenter)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenRemoved.connect(self._on_screen_removed)
        self._running = False

    def start(self, audience_screen: QScreen | None = None) -> None:
        """Start on the given audience screen, or on a screen other than the primary one."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        if audience_screen is None:
            others = [screen for screen in screens if screen is not primary]
            audience_screen = others[0] if others else primary
        self.audience_screen = audience_screen
        self._running = True
        self.place()

    def presenter_screen(self) -> QScreen | None:
        others = [
            screen for screen in QGuiApplication.screens() if screen is not self.audience_screen
        ]
        return others[0] if others else None

    def place(self) -> None:
        """Put each window on its screen: the audience full screen, the presenter maximised."""
        assert self.audience_screen is not None
        presenter_screen = self.presenter_screen()
        _full_screen(self.audience, self.audience_screen)
        if presenter_screen is not None:
            _full_screen(self.presenter, presenter_screen, maximise_only=True)
            self.presenter.activateWindow()
            self.presenter.setFocus()
        elif self.presenter_on_single_screen:
            _full_screen(self.presenter, self.audience_screen)
            self.presenter.raise_()
            self.presenter.setFocus()
        else:
            self.presenter.hide()
            self.audience.activateWindow()
            self.audience.setFocus()

    def swap(self) -> None:
        """Exchange the audience's and the presenter's screens."""
        other = self.presenter_screen()
        if other is not None:
            self.audience_screen = other
            self.place()

    def toggle_presenter(self) -> None:
        """With one screen: switch between the audience view and the presenter view."""
        if self.presenter_screen() is None:
            self.presenter_on_single_screen = not self.presenter_on_single_screen
            self.place()

    def _on_screen_removed(self, screen: QScreen) -> None:
        if not self._running:
            return
        remaining = [s for s in QGuiApplication.screens() if s is not screen]
        if not remaining:
            return
        if screen is self.audience_screen or self.audience.screen() is screen:
            # The projector went away: carry on in a window on the screen that is left.
            self.audience_screen = remaining[0]
            target = remaining[0].availableGeometry()
            self.audience.setScreen(remaining[0])
            self.audience.showNormal()
            self.audience.setGeometry(
                target.adjusted(
                    target.width() // 6,
                    target.height() // 6,
                    -target.width() // 6,
                    -target.height() // 6,
                )
            )
            if self.presenter.isVisible():
                self.presenter.raise_()
        elif self.presenter.screen() is screen:
            self.presenter.hide()

    def end(self) -> None:
        """Close the show's windows."""
        if not self._running:
            return
        self._running = False
        self.presenter.timer.stop()
        self.audience.close()
        self.presenter.close()
        self.finished.emit()


def _full_screen(window: QWidget, screen: QScreen, maximise_only: bool = False) -> None:
    window.setScreen(screen)  # before showing: Wayland places a window only then
    window.setGeometry(screen.geometry())
    if maximise_only:
        window.showMaximized()
    else:
        window.showFullScreen()
