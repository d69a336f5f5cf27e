"""The presenter view on the laptop: current and next slide, notes, clocks, the controls.

The view speaks the interface's language and follows a change of it live (``retranslate``);
the slides and the speaker notes are the deck plan's, in the deck's and the notes' languages.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jvdesk.gui.common.wraprow import WrappingRow
from jvdesk.gui.show.cache import SlideCache, letterbox
from jvdesk.gui.show.clock import Pace, clock_text
from jvdesk.gui.show.state import Show

# The countdown's colour by pace, each at least 4.5:1 on the view's #111111 (WCAG 2.2 AA).
PACE_COLOURS = {Pace.ON_PACE: "#0D8F3E", Pace.BEHIND: "#C77700", Pace.OVER: "#F8001F"}

# The view's own style sheet: dark, with light text; the buttons and the notes' scroll bar in
# the same colours, not the system's light grey. A button lightens under the pointer, turns
# yellow while pressed, and has a yellow border when it has the keyboard focus (the buttons
# take none today, so that Space still moves the slides).
STYLE = """
#presenter { background: #111111; }
QLabel { color: #EEEEEE; }
QLabel#nextTitle { font-size: 15pt; font-weight: bold; }
QLabel#marking { color: #111111; background: #FFD400; font-size: 16pt; font-weight: bold;
    padding: 2px 12px; border-radius: 4px; }
QTextBrowser { background: #1B1B1B; color: #F5F5F5; border: 1px solid #444444; }
QPushButton {
    background: #262A30; color: #F5F5F5; border: 2px solid #7A828C; border-radius: 6px;
    padding: 10px 18px; font-size: 15pt; font-weight: bold;
}
QPushButton:hover { background: #3A4048; border-color: #E6E6E6; }
QPushButton:pressed { background: #FFD400; color: #111111; border-color: #FFD400; }
QPushButton:focus { border: 3px solid #FFD400; }
QScrollBar:vertical { background: #1B1B1B; width: 16px; margin: 0; }
QScrollBar::handle:vertical {
    background: #7A828C; border-radius: 5px; margin: 3px; min-height: 40px;
}
QScrollBar::handle:vertical:hover { background: #B8BEC6; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
"""


class SlideView(QWidget):
    """A slide drawn in a presenter-view box."""

    def __init__(self, cache: SlideCache) -> None:
        super().__init__()
        self.cache = cache
        self.index: int | None = None
        self.setMinimumSize(160, 90)

    def set_index(self, index: int | None) -> None:
        self.index = index
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202020"))
        if self.index is not None:
            target = letterbox(QRectF(self.rect()))
            painter.drawPixmap(
                target.topLeft(),
                self.cache.get(self.index, target.size().toSize(), self.devicePixelRatioF()),
            )
        else:
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(
                self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("End of the briefing")
            )
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()  # "End of the briefing" is worded when drawn
        super().changeEvent(event)


class PresenterWindow(QWidget):
    """The laptop's view: current and next slide, notes, clocks, and the show's controls."""

    def __init__(self, show: Show, cache: SlideCache) -> None:
        super().__init__()
        self.show_state = show
        self.setObjectName("presenter")
        self.setStyleSheet(STYLE)
        self.notes_points = 20
        self.current = SlideView(cache)
        self.next = SlideView(cache)
        self.notes = QTextBrowser()
        self.notes.setObjectName("presenterNotes")
        self.position = QLabel()
        self.position.setObjectName("position")
        self.elapsed = QLabel()
        self.elapsed.setObjectName("elapsed")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        for label in (self.position, self.elapsed, self.clock, self.countdown):
            font = label.font()
            font.setPointSize(22)
            font.setBold(True)
            label.setFont(font)
        self.pause_button = QPushButton()
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.swap_button = QPushButton()
        self.swap_button.clicked.connect(show.swap_requested)
        self.end_button = QPushButton()
        self.end_button.clicked.connect(show.ended)
        buttons = (self.pause_button, self.reset_button, self.swap_button, self.end_button)
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.marking = QLabel(show.plan.marking)
        self.marking.setObjectName("marking")
        self.marking.setVisible(bool(show.plan.marking))
        # Each row takes a second line when the window is too narrow for it (a laptop, long
        # words, a long marking), rather than pushing the window past the screen's edge.
        self.status_row = WrappingRow(
            (self.position, self.marking, self.elapsed, self.countdown, self.clock), fill=False
        )
        self.controls = WrappingRow(buttons, fill=True)
        self.next_title = QLabel()
        self.next_title.setObjectName("nextTitle")
        grid = QGridLayout()
        grid.addWidget(self.current, 0, 0, 3, 1)
        grid.addWidget(self.next_title, 0, 1)
        grid.addWidget(self.next, 1, 1)
        grid.addWidget(self.notes, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_row)
        layout.addLayout(grid, 1)
        layout.addWidget(self.controls)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh_clocks)
        self.timer.start()
        show.changed.connect(self.refresh)
        show.notes_zoomed.connect(self._on_notes_zoomed)
        self.retranslate()

    def retranslate(self) -> None:
        """Word the view in the interface's language: at the start, and when it changes."""
        self.setWindowTitle(self.tr("jvdesk presenter view"))
        self.current.setAccessibleName(self.tr("Current slide"))
        self.next.setAccessibleName(self.tr("Next slide"))
        self.notes.setAccessibleName(self.tr("Speaker notes"))
        self.reset_button.setText(self.tr("Reset timer (R)"))
        self.swap_button.setText(self.tr("Swap screens (S)"))
        self.end_button.setText(self.tr("End show (Esc)"))
        self.next_title.setText(self.tr("Next"))
        self.refresh()  # the position, the clocks and the pause button

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        show = self.show_state
        self.current.set_index(show.index)
        self.next.set_index(show.index + 1 if show.index + 1 < show.count else None)
        slide = show.plan.slides[show.index]
        # The slides are pictures: a screen reader reads their titles.
        self.current.setAccessibleDescription(slide.title)
        following = show.index + 1 < show.count
        self.next.setAccessibleDescription(
            show.plan.slides[show.index + 1].title if following else self.tr("End of the briefing")
        )
        self.notes.setPlainText(slide.notes or self.tr("No speaker notes for this slide."))
        font = self.notes.font()
        font.setPointSize(self.notes_points)
        self.notes.setFont(font)
        self.position.setText(
            self.tr("Slide {number} of {count}").format(number=show.index + 1, count=show.count)
        )
        self.refresh_clocks()

    def refresh_clocks(self) -> None:
        show = self.show_state
        elapsed = show.clock.elapsed()
        self.elapsed.setText(self.tr("Elapsed {time}").format(time=clock_text(elapsed)))
        self.clock.setText(time.strftime("%H:%M"))
        remaining = show.duration_minutes * 60 - elapsed
        pace = show.pace()
        self.countdown.setText(self.tr("Left {time}").format(time=clock_text(remaining)))
        self.countdown.setProperty("pace", pace.value)
        self.countdown.setStyleSheet(
            f"color: {PACE_COLOURS[pace]};" if pace is not Pace.ON_PACE else ""
        )
        self.pause_button.setText(
            self.tr("Resume timer (T)") if show.clock.paused else self.tr("Pause timer (T)")
        )

    def _on_pause_clicked(self) -> None:
        self.show_state.clock.toggle()
        self.refresh_clocks()

    def _on_reset_clicked(self) -> None:
        self.show_state.clock.reset()
        self.refresh_clocks()

    def _on_notes_zoomed(self, step: int) -> None:
        self.notes_points = max(10, min(48, self.notes_points + 2 * step))
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.show_state.key(Qt.Key(event.key()), event.text(), event.isAutoRepeat()):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.show_state.key_released(Qt.Key(event.key()), event.isAutoRepeat())
