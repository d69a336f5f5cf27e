"""Presentation mode: the briefing full screen on the projector, the presenter view beside.

The slides are the deck plan's, drawn by the same painter as the PDF handout, so the room
sees what the exported deck shows, in the same order.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QScreen,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jvdesk.core.deckplan import DeckPlan
from jvdesk.gui.drawing.slidepainter import HEIGHT, WIDTH, SlidePainter
from jvdesk.gui.show.clock import Clock, Pace, ShowClock, clock_text

NEXT_KEYS = {
    Qt.Key.Key_Right,
    Qt.Key.Key_Down,
    Qt.Key.Key_Space,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_N,
}
PREVIOUS_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Up,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_P,
}
PACE_COLOURS = {Pace.ON_PACE: "#0B7A35", Pace.BEHIND: "#C77700", Pace.OVER: "#C00018"}
GRID_COLUMNS = 5


def key_help() -> list[tuple[str, str]]:
    """The keys of presentation mode, for the ? overlay and the README."""

    def tr(text: str) -> str:
        return QGuiApplication.translate("Show", text)

    return [
        (tr("Right, Down, Space, Page Down, Enter, N, click"), tr("Next slide")),
        (tr("Left, Up, Page Up, Backspace, P"), tr("Previous slide")),
        (tr("Home / End"), tr("First / last slide")),
        (tr("Number, then Enter"), tr("Go to that slide")),
        (tr("B or .  /  W or ,"), tr("Black / white screen (again to return)")),
        (tr("Tab or G"), tr("Overview of all slides")),
        (tr("Hold L or the right mouse button"), tr("Laser pointer")),
        (tr("Z"), tr("Zoom in where the pointer is (again to return)")),
        (tr("T / R"), tr("Pause or resume / reset the timer")),
        (tr("S"), tr("Swap the audience and presenter screens")),
        (tr("V"), tr("Presenter view on a single screen")),
        (tr("+ / -"), tr("Larger / smaller speaker notes")),
        (tr("Esc"), tr("Leave the current mode, then the show")),
        (tr("?"), tr("Show these keys")),
    ]


class Show(QObject):
    """The state of a running show: which slide, which mode, and the clock.

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

    @property
    def duration_minutes(self) -> int:
        return self.plan.briefing.duration_minutes

    def go(self, index: int) -> None:
        """Show a slide (clamped to the show)."""
        index = max(0, min(index, self.count - 1))
        if index != self.index:
            self.index = index
        self.changed.emit()

    def pace(self) -> Pace:
        return self.clock.pace(self.index, self.count, self.duration_minutes)

    def _leave_mode(self) -> bool:
        """Leave whatever mode is on top; False when there was none."""
        for name in ("typed", "help", "grid", "zoom", "blank"):
            value = getattr(self, name)
            if value:
                setattr(self, name, "" if name == "typed" else (None if name == "blank" else False))
                return True
        return False

    def key(self, event: QKeyEvent) -> bool:
        """Act on a key press; return whether it was one of the show's keys."""
        key = Qt.Key(event.key())
        text = event.text()
        if event.isAutoRepeat() and key == Qt.Key.Key_L:
            return True
        if text.isdigit() and not self.grid:
            self.typed += text
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.typed:
            target = int(self.typed) - 1
            self.typed = ""
            self.go(target)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.grid:
            self.grid = False
            self.go(self.grid_choice)
        elif self.grid and key in (
            Qt.Key.Key_Right,
            Qt.Key.Key_Left,
            Qt.Key.Key_Down,
            Qt.Key.Key_Up,
        ):
            step = {
                Qt.Key.Key_Right: 1,
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Down: GRID_COLUMNS,
                Qt.Key.Key_Up: -GRID_COLUMNS,
            }[key]
            self.grid_choice = max(0, min(self.count - 1, self.grid_choice + step))
        elif key == Qt.Key.Key_Escape:
            if not self._leave_mode():
                self.ended.emit()
                return True
        elif key in NEXT_KEYS:
            self.blank = None
            self.go(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.blank = None
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(self.count - 1)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.blank = None if self.blank == "black" else "black"
        elif key in (Qt.Key.Key_W, Qt.Key.Key_Comma):
            self.blank = None if self.blank == "white" else "white"
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_G):
            self.grid = not self.grid
            self.grid_choice = self.index
        elif key == Qt.Key.Key_Question or text == "?":
            self.help = not self.help
        elif key == Qt.Key.Key_Z:
            self.zoom = not self.zoom
        elif key == Qt.Key.Key_L:
            self.laser = True
        elif key == Qt.Key.Key_T:
            self.clock.toggle()
        elif key == Qt.Key.Key_R:
            self.clock.reset()
        elif key == Qt.Key.Key_S:
            self.swap_requested.emit()
        elif key == Qt.Key.Key_V:
            self.presenter_toggled.emit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.notes_zoomed.emit(1)
        elif key == Qt.Key.Key_Minus:
            self.notes_zoomed.emit(-1)
        else:
            return False
        self.changed.emit()
        return True

    def key_released(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_L and not event.isAutoRepeat():
            self.laser = False
            self.changed.emit()


class SlideCache:
    """Slides drawn once per size into pixmaps, so advancing only copies pixels."""

    def __init__(self, plan: DeckPlan, painter: SlidePainter) -> None:
        self.plan = plan
        self.painter = painter
        self._pixmaps: dict[tuple[int, int, int], QPixmap] = {}

    def get(self, index: int, size: QSize, ratio: float = 1.0) -> QPixmap:
        width = max(16, round(size.width() * ratio))
        height = max(9, round(width * HEIGHT / WIDTH))
        key = (index, width, height)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(width, height)
            painter = QPainter(pixmap)
            self.painter.paint(painter, QRectF(0, 0, width, height), self.plan.slides[index])
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            if len(self._pixmaps) > 120:
                self._pixmaps.clear()
            self._pixmaps[key] = pixmap
        return pixmap


def _fit(outer: QRectF) -> QRectF:
    """The largest 16:9 rectangle centred in ``outer`` (letterboxing)."""
    scale = min(outer.width() / WIDTH, outer.height() / HEIGHT)
    width, height = WIDTH * scale, HEIGHT * scale
    return QRectF(
        outer.left() + (outer.width() - width) / 2,
        outer.top() + (outer.height() - height) / 2,
        width,
        height,
    )


class AudienceWindow(QWidget):
    """What the room sees: the slide, letterboxed on black; or black, white, the grid."""

    def __init__(self, show: Show, cache: SlideCache) -> None:
        super().__init__()
        self.show_state = show
        self.cache = cache
        self.setWindowTitle(self.tr("jvdesk presentation"))
        self.setObjectName("audience")
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pointer = QPointF(-1, -1)
        show.changed.connect(self.update)
        show.changed.connect(self._prefetch)

    def slide_rect(self) -> QRectF:
        return _fit(QRectF(self.rect()))

    def _prefetch(self) -> None:
        QTimer.singleShot(0, self._draw_neighbours)

    def _draw_neighbours(self) -> None:
        index = self.show_state.index
        size = self.slide_rect().size().toSize()
        for neighbour in (index + 1, index - 1):
            if 0 <= neighbour < self.show_state.count and not size.isEmpty():
                self.cache.get(neighbour, size, self.devicePixelRatioF())

    def paintEvent(self, event: QPaintEvent) -> None:
        show = self.show_state
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if show.blank == "white":
            painter.fillRect(self.rect(), Qt.GlobalColor.white)
        elif show.blank != "black":
            if show.grid:
                self._paint_grid(painter)
            else:
                target = self.slide_rect()
                pixmap = self.cache.get(
                    show.index, target.size().toSize(), self.devicePixelRatioF()
                )
                if show.zoom and self.rect().contains(self.pointer.toPoint()):
                    self._paint_zoomed(painter, pixmap, target)
                else:
                    painter.drawPixmap(target.topLeft(), pixmap)
            if show.laser and self.rect().contains(self.pointer.toPoint()):
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                glow = QColor(255, 0, 0, 90)
                painter.setBrush(glow)
                radius = max(8.0, self.height() / 90)
                painter.drawEllipse(self.pointer, radius * 1.8, radius * 1.8)
                painter.setBrush(QColor(255, 20, 20))
                painter.drawEllipse(self.pointer, radius, radius)
        if show.typed:
            self._paint_banner(
                painter, self.tr("Go to slide {number}").replace("{number}", show.typed)
            )
        if show.help:
            self._paint_help(painter)
        painter.end()

    def _paint_zoomed(self, painter: QPainter, pixmap: QPixmap, target: QRectF) -> None:
        factor = 2.0
        ratio = pixmap.devicePixelRatio()
        x = (self.pointer.x() - target.left()) * ratio
        y = (self.pointer.y() - target.top()) * ratio
        width, height = pixmap.width() / factor, pixmap.height() / factor
        source = QRectF(
            min(max(0.0, x - width / 2), pixmap.width() - width),
            min(max(0.0, y - height / 2), pixmap.height() - height),
            width,
            height,
        )
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, pixmap, source)

    def grid_cells(self) -> list[QRectF]:
        rows = (self.show_state.count + GRID_COLUMNS - 1) // GRID_COLUMNS
        margin = 24.0
        cell_w = (self.width() - margin * (GRID_COLUMNS + 1)) / GRID_COLUMNS
        cell_h = cell_w * HEIGHT / WIDTH
        first_row = max(0, self.show_state.grid_choice // GRID_COLUMNS - 1)
        cells = []
        for index in range(self.show_state.count):
            row, column = divmod(index, GRID_COLUMNS)
            y = margin + (row - first_row) * (cell_h + margin)
            cells.append(QRectF(margin + column * (cell_w + margin), y, cell_w, cell_h))
        del rows
        return cells

    def _paint_grid(self, painter: QPainter) -> None:
        show = self.show_state
        for index, cell in enumerate(self.grid_cells()):
            if cell.bottom() < 0 or cell.top() > self.height():
                continue
            pixmap = self.cache.get(index, cell.size().toSize(), self.devicePixelRatioF())
            painter.drawPixmap(cell.topLeft(), pixmap)
            if index == show.grid_choice:
                pen = painter.pen()
                pen.setColor(QColor("#FFD400"))
                pen.setWidth(6)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(-4, -4, 4, 4))
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(
                cell.adjusted(6, 4, 0, 0), int(Qt.AlignmentFlag.AlignLeft), str(index + 1)
            )

    def _paint_banner(self, painter: QPainter, text: str) -> None:
        font = QFont()
        font.setPixelSize(max(18, self.height() // 18))
        painter.setFont(font)
        box = QRectF(0, self.height() * 0.8, self.width(), self.height() * 0.12)
        painter.fillRect(box, QColor(0, 0, 0, 200))
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_help(self, painter: QPainter) -> None:
        rows = key_help()
        font = QFont()
        font.setPixelSize(max(14, self.height() // 40))
        painter.setFont(font)
        line = font.pixelSize() * 1.6
        box = QRectF(
            self.width() * 0.1, self.height() * 0.08, self.width() * 0.8, line * (len(rows) + 2)
        )
        painter.fillRect(box, QColor(0, 0, 0, 225))
        painter.setPen(Qt.GlobalColor.white)
        y = box.top() + line
        for keys, meaning in rows:
            painter.drawText(
                QRectF(box.left() + line, y, box.width() * 0.5, line),
                int(Qt.AlignmentFlag.AlignLeft),
                keys,
            )
            painter.drawText(
                QRectF(box.left() + box.width() * 0.52, y, box.width() * 0.46, line),
                int(Qt.AlignmentFlag.AlignLeft),
                meaning,
            )
            y += line

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.show_state.key(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.show_state.key_released(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.pointer = event.position()
        if self.show_state.laser or self.show_state.zoom:
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        show = self.show_state
        self.pointer = event.position()
        if event.button() == Qt.MouseButton.RightButton:
            show.laser = True
            show.changed.emit()
        elif event.button() == Qt.MouseButton.LeftButton:
            if show.grid:
                for index, cell in enumerate(self.grid_cells()):
                    if cell.contains(self.pointer):
                        show.grid = False
                        show.go(index)
                        return
            else:
                show.blank = None
                show.go(show.index + 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.show_state.laser = False
            self.show_state.changed.emit()


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
            target = _fit(QRectF(self.rect()))
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


class PresenterWindow(QWidget):
    """The laptop's view: current and next slide, notes, clocks, and the show's controls."""

    def __init__(self, show: Show, cache: SlideCache) -> None:
        super().__init__()
        self.show_state = show
        self.setWindowTitle(self.tr("jvdesk presenter view"))
        self.setObjectName("presenter")
        self.setStyleSheet(
            "#presenter { background: #111; } QLabel { color: #EEE; } "
            "QTextBrowser { background: #1B1B1B; color: #F5F5F5; border: 1px solid #444; }"
        )
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
        self.pause_button = QPushButton(self.tr("Pause timer (T)"))
        self.pause_button.clicked.connect(self._on_pause_clicked)
        reset = QPushButton(self.tr("Reset timer (R)"))
        reset.clicked.connect(self._on_reset_clicked)
        swap = QPushButton(self.tr("Swap screens (S)"))
        swap.clicked.connect(show.swap_requested)
        end = QPushButton(self.tr("End show (Esc)"))
        end.clicked.connect(show.ended)
        for button in (self.pause_button, reset, swap, end):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QHBoxLayout()
        for widget in (self.position, self.elapsed, self.countdown, self.clock):
            top.addWidget(widget)
            top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.pause_button, reset, swap, end):
            buttons.addWidget(button)
        next_title = QLabel(self.tr("Next"))
        grid = QGridLayout()
        grid.addWidget(self.current, 0, 0, 3, 1)
        grid.addWidget(next_title, 0, 1)
        grid.addWidget(self.next, 1, 1)
        grid.addWidget(self.notes, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh_clocks)
        self.timer.start()
        show.changed.connect(self.refresh)
        show.notes_zoomed.connect(self._on_notes_zoomed)
        self.refresh()

    def refresh(self) -> None:
        show = self.show_state
        self.current.set_index(show.index)
        self.next.set_index(show.index + 1 if show.index + 1 < show.count else None)
        slide = show.plan.slides[show.index]
        self.notes.setPlainText(slide.notes or self.tr("No speaker notes for this slide."))
        font = self.notes.font()
        font.setPointSize(self.notes_points)
        self.notes.setFont(font)
        self.position.setText(
            self.tr("Slide {n} of {total}")
            .replace("{n}", str(show.index + 1))
            .replace("{total}", str(show.count))
        )
        self.refresh_clocks()

    def refresh_clocks(self) -> None:
        show = self.show_state
        elapsed = show.clock.elapsed()
        self.elapsed.setText(self.tr("Elapsed {time}").replace("{time}", clock_text(elapsed)))
        self.clock.setText(time.strftime("%H:%M"))
        remaining = show.duration_minutes * 60 - elapsed
        pace = show.pace()
        self.countdown.setText(self.tr("Left {time}").replace("{time}", clock_text(remaining)))
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
        if not self.show_state.key(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.show_state.key_released(event)


class Presentation(QObject):
    """Runs a show: places the audience and presenter windows and follows the screens.

    Signals:
        finished(): the show ended and its windows closed.
    """

    finished = Signal()

    def __init__(self, plan: DeckPlan, start: int = 0, clock: Clock = time.monotonic) -> None:
        super().__init__()
        self.show = Show(plan, start, clock)
        self.cache = SlideCache(plan, SlidePainter())
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


ShowFactory = Callable[[DeckPlan, int], Presentation]
